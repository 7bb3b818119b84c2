#include "serdhistory.h"

#include "../db/serdrepository.h"

namespace relais {

SerdHistory::SerdHistory(Database &database)
    : m_database(database)
{ }

QList<std::pair<HistoryEntry, qint64>> SerdHistory::entries(const HistoryQuery &query) const
{
    QList<std::pair<HistoryEntry, qint64>> result;
    if (query.contactIds.isEmpty() && query.organisationIds.isEmpty())
        return result;
    const QDate today = QDate::currentDate();
    for (const auto &row :
        SerdRepository(m_database).historyOf(query.contactIds, query.organisationIds)) {
        HistoryEntry entry;
        entry.date = row.date;
        entry.kind = tr("SERD action");
        QStringList roles;
        if (row.lead)
            roles << tr("lead organiser");
        if (row.coOrganiser)
            roles << tr("co-organiser");
        if (row.contactPerson)
            roles << tr("contact person");
        roles << serdStatusName(row.status).toLower();
        entry.summary = tr("%1 — %2").arg(row.title, roles.join(QStringLiteral(", ")));
        QStringList detail { tr("SERD %1").arg(row.year) };
        if (row.heldOccurrences > 1)
            detail << tr("held %n time(s)", nullptr, row.heldOccurrences);
        if (!row.communes.isEmpty())
            detail << row.communes.join(QStringLiteral(", "));
        entry.detail = detail.join(QStringLiteral(" — "));
        entry.planned = row.status != SerdStatus::Cancelled && row.date > today;
        entry.source = sourceName();
        entry.id = row.actionId;
        result.append({ entry, row.contactId });
    }
    return result;
}

} // namespace relais
