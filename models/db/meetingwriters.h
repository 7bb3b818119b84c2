#pragma once

#include "sqlquery.h"

#include <QDateTime>
#include <optional>

namespace relais {

class Database;
struct Invitation;
struct Meeting;

// How a Meeting becomes rows (meeting, meeting_staff) and an Invitation its row, for
// whoever writes many (BulkLoader): the rows MeetingRepository writes, with statements
// prepared on first use. Rows only: no transaction, no notification.
class MeetingWriter
{
public:
    explicit MeetingWriter(Database &database);

    // Under meeting.id when set; timestamps left invalid become `now`. The commune must
    // already be resolved (communeName is not read).
    qint64 insert(const Meeting &meeting, const QDateTime &now);
    // A new invitation, or the one of that person replaced; a status change left
    // undated is dated `now`.
    void writeInvitation(qint64 meetingId, const Invitation &invitation, const QDateTime &now);

private:
    Database &m_database;
    std::optional<SqlQuery> m_insert, m_staff, m_invitation;
};

} // namespace relais
