#pragma once

#include "../domain/meeting.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Meetings and their invitations.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::MeetingRepository)

public:
    explicit MeetingRepository(Database &database);

    std::optional<Meeting> load(qint64 id) const;
    // Under meeting.id when set (undo); timestamps left invalid become now. The commune
    // must already be resolved.
    qint64 insert(const Meeting &meeting);
    void update(const Meeting &meeting);
    void remove(qint64 id);

    // The Meetings area: by date, newest first; year and type 0 for all.
    QList<MeetingRow> list(int year = 0, qint64 typeId = 0) const;
    // The years that have meetings, newest first.
    QList<int> years() const;
    // The latest meeting of a type on or before a date (0 if none).
    qint64 latestOfType(qint64 typeId, const QDate &onOrBefore) const;

    // In the order of the attendance sheet: by last name, then first name.
    QList<Invitee> invitees(qint64 meetingId) const;
    QList<Invitation> invitations(qint64 meetingId) const;
    MeetingCounts counts(qint64 meetingId) const;
    // The organisations of those present, by name.
    QStringList organisationsRepresented(qint64 meetingId) const;
    // The contacts of a meeting, optionally only those with these statuses.
    QList<qint64> contactsOf(qint64 meetingId, const QList<AttendanceStatus> &statuses = {}) const;

    // Writes these invitations (new ones added, existing ones replaced).
    void writeInvitations(qint64 meetingId, const QList<Invitation> &invitations);
    void removeInvitations(qint64 meetingId, const QList<qint64> &contactIds);

    // The meetings of these contacts, for their histories, newest first.
    struct HistoryRow
    {
        qint64 meetingId = 0;
        QDate date;
        QString type;
        QString title;
        QString place;
        qint64 contactId = 0;
        AttendanceStatus status = AttendanceStatus::Invited;
        bool walkIn = false;
    };
    QList<HistoryRow> historyOf(const QList<qint64> &contactIds) const;

private:
    void writeStaff(const Meeting &meeting, qint64 id);
    void notify();

    Database &m_database;
};

} // namespace relais
