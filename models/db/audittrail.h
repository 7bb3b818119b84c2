#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace relais {

class Database;

// The audit trail of personal data: every create, update and delete of a contact, an
// organisation or a contact's details (e-mails, phones, memberships, consent) writes one
// audit_entry, whatever code path made it (forms, imports, merges, undo), because the rows
// are written by triggers rather than by the repositories.
//
// The triggers are TEMP triggers created on each read-write connection: only they can read
// the connection's temp table audit_session, which holds who is at the keyboard (the OS user
// now, the server user later). A read-only connection, or a program that is not Relais, writes
// no entry.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditTrail)

public:
    // Creates audit_session and the triggers on a read-write connection (nothing on a read-only
    // one). Database::open() calls it once the migrations are applied. Throws DatabaseError.
    static void install(Database &database);

    // Records an act that is not a row change: 'import', 'export', 'anonymise', 'merge'.
    // changes is {field: [old, new]} or any JSON object the act wants to keep (no erased
    // value for an anonymisation). Returns the entry's id; 0 on a read-only file, where
    // nothing can be written. Throws DatabaseError.
    static qint64 record(Database &database, const QString &action, const QString &recordTable,
        qint64 recordId, const QJsonObject &changes = {});

    // Who the entries written through this connection are attributed to.
    static QString user(const Database &database);

    // The tables whose rows are audited, and the record their rows are shown against.
    static QStringList auditedTables();

    // How long entries are kept unless the settings say otherwise; the caller reads
    // retentionSettingKey from QSettings and calls AuditRepository::purgeOlderThan().
    static constexpr int defaultRetentionMonths = 12;
    static constexpr const char *retentionSettingKey = "audit/retentionMonths";
};

} // namespace relais
