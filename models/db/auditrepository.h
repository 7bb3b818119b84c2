#pragma once

#include "../domain/audit.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace relais {

class Database;

// Reads and purges the audit trail (AuditTrail writes it).
class AuditRepository
{
public:
    explicit AuditRepository(Database &database);

    // Newest first, a page at a time (filter.limit, filter.offset).
    QList<AuditEntry> entries(const AuditFilter &filter) const;
    int count(const AuditFilter &filter) const;
    // Every entry of one record (its details' included), newest first.
    QList<AuditEntry> historyOf(const QString &recordTable, qint64 recordId) const;
    // The users who wrote an entry, for a filter's choices.
    QStringList users() const;
    // The current names of the contacts and organisations these entries are about ("Marie
    // Dupont", "Mairie de Lutterbach"), read in one query; a record that no longer exists,
    // or of another table, has none.
    QHash<AuditRecordKey, QString> recordNames(const QList<AuditEntry> &entries) const;
    // The newest entry's id; 0 when there is none.
    qint64 lastId() const;
    // Deletes the entries written before `cutoff`; returns how many. Throws DatabaseError.
    int purgeOlderThan(const QDateTime &cutoff);

private:
    Database &m_database;
};

} // namespace relais
