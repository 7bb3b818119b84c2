#pragma once

#include "../domain/audit.h"

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
    // Deletes the entries written before `cutoff`; returns how many. Throws DatabaseError.
    int purgeOlderThan(const QDateTime &cutoff);

private:
    Database &m_database;
};

} // namespace relais
