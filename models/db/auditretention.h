#pragma once

#include <QDateTime>

namespace relais {

class Database;

// How long the audit trail is kept (issue #9): a number of months kept per user in QSettings
// under AuditTrail::retentionSettingKey, 12 unless changed, 0 for ever. The entries older
// than that are deleted when a file is opened for writing.
class AuditRetention
{
public:
    // The months kept, from QSettings; 0: for ever.
    static int months();
    static void setMonths(int months);

    // The oldest moment kept at `now`; invalid when entries are kept for ever.
    static QDateTime cutoff(int months, const QDateTime &now);

    // Deletes the entries older than months() at `now`; returns how many. Nothing on a
    // read-only file. Throws DatabaseError.
    static int purge(Database &database, const QDateTime &now);
};

} // namespace relais
