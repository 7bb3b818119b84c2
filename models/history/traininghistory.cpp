#include "traininghistory.h"

#include "../db/trainingrepository.h"

namespace relais {

TrainingHistory::TrainingHistory(Database &database)
    : m_database(database)
{ }

QList<std::pair<HistoryEntry, qint64>> TrainingHistory::entries(const HistoryQuery &query) const
{
    QList<std::pair<HistoryEntry, qint64>> result;
    if (query.contactIds.isEmpty())
        return result;
    for (const auto &row : TrainingRepository(m_database).historyOf(query.contactIds)) {
        HistoryEntry entry;
        entry.date = row.date;
        entry.kind = tr("Training");
        QStringList attended;
        if (row.halfDaysPresent > 0)
            attended << tr("%n half-day(s) present", nullptr, row.halfDaysPresent);
        if (row.halfDaysExcused > 0)
            attended << tr("%n excused", nullptr, row.halfDaysExcused);
        if (row.halfDaysAbsent > 0)
            attended << tr("%n absent", nullptr, row.halfDaysAbsent);
        entry.summary = tr("%1 — %2").arg(row.module, attended.join(QStringLiteral(", ")));
        entry.detail = row.cohort;
        entry.source = sourceName();
        entry.id = row.sessionId;
        result.append({ entry, row.contactId });
    }
    return result;
}

} // namespace relais
