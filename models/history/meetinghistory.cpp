#include "meetinghistory.h"

#include "../db/meetingrepository.h"

namespace relais {

MeetingHistory::MeetingHistory(Database &database)
    : m_database(database)
{ }

QList<std::pair<HistoryEntry, qint64>> MeetingHistory::entries(const HistoryQuery &query) const
{
    QList<std::pair<HistoryEntry, qint64>> result;
    if (query.contactIds.isEmpty())
        return result;
    for (const auto &row : MeetingRepository(m_database).historyOf(query.contactIds)) {
        HistoryEntry entry;
        entry.date = row.date;
        entry.kind = row.type.isEmpty() ? tr("Meeting") : row.type;
        const QString status
            = row.walkIn ? tr("present (walk-in)") : attendanceStatusName(row.status).toLower();
        entry.summary = tr("%1 — %2").arg(row.title, status);
        entry.detail = row.place;
        entry.source = sourceName();
        entry.id = row.meetingId;
        result.append({ entry, row.contactId });
    }
    return result;
}

} // namespace relais
