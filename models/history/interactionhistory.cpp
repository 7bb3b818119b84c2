#include "interactionhistory.h"

#include "../db/followuprepository.h"
#include "../db/interactionrepository.h"

namespace relais {

InteractionHistory::InteractionHistory(Database &database)
    : m_database(database)
{ }

QList<std::pair<HistoryEntry, qint64>> InteractionHistory::entries(const HistoryQuery &query) const
{
    QList<std::pair<HistoryEntry, qint64>> result;
    for (const auto &row :
        InteractionRepository(m_database).historyOf(query.contactIds, query.organisationIds)) {
        HistoryEntry entry;
        entry.date = row.date;
        entry.kind = row.kind.isEmpty() ? tr("Interaction") : row.kind;
        entry.summary
            = row.subject.isEmpty() ? row.note.section(QLatin1Char('\n'), 0, 0) : row.subject;
        entry.detail = row.note;
        entry.with = row.actors;
        entry.staff = row.staff;
        entry.source = sourceName();
        entry.id = row.id;
        result.append({ entry, row.contactId });
    }
    return result;
}

FollowUpHistory::FollowUpHistory(Database &database)
    : m_database(database)
{ }

QList<std::pair<HistoryEntry, qint64>> FollowUpHistory::entries(const HistoryQuery &query) const
{
    QList<std::pair<HistoryEntry, qint64>> result;
    for (const auto &row :
        FollowUpRepository(m_database).openFor(query.contactIds, query.organisationIds)) {
        HistoryEntry entry;
        entry.date = row.due;
        entry.kind = tr("Follow-up");
        entry.summary = row.action;
        entry.with = row.actors;
        entry.staff = row.staff;
        entry.planned = true;
        entry.source = sourceName();
        entry.id = row.id;
        result.append({ entry, row.contactId });
    }
    return result;
}

} // namespace relais
