#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <utility>

namespace relais {

// One field of an audited change: its value before and after (null when the record or the
// detail did not exist on that side). field is the JSON key: a column name ("first_name"),
// or "commune", "type", "email", "phone", "membership".
struct AuditChange
{
    QString field;
    QVariant before;
    QVariant after;

    bool operator==(const AuditChange &) const = default;
};

// One row of the audit trail.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString action; // 'create', 'update', 'delete', 'merge', 'import', 'export', 'anonymise'
    QString recordTable; // 'contact', 'organisation'…
    qint64 recordId = 0;
    QList<AuditChange> changes;
};

// What to list from the audit trail; every criterion left empty matches everything.
struct AuditFilter
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    QString user;
    QString recordTable;
    qint64 recordId = 0; // with recordTable
    int limit = 200; // 0: no limit
    int offset = 0;
    // The records (contacts and organisations) whose current name contains this text,
    // accents and case aside: "dupont" finds Marie Dupont's entries.
    QString recordName;
    // Only entries up to this id (0: all): a list read a page at a time stays the same list
    // while new entries are written.
    qint64 upToId = 0;
};

// One record of the audit trail: its table and id ({"contact", 12}).
using AuditRecordKey = std::pair<QString, qint64>;

// The changes stored as {field: [old, new]} (a value that is not a pair is taken as the
// new value), in the order of the JSON text.
QList<AuditChange> auditChangesFromJson(const QString &json);

// "E-mail: a@b.fr → c@d.fr"; "E-mail: c@d.fr" when added (or created), "E-mail: a@b.fr → —"
// when removed (or deleted); in the user's language.
QString describeAuditChange(const AuditChange &change);
// "Created", "Changed", "Deleted", "Merged"…
QString auditActionLabel(const QString &action);
// "First name", "E-mail"…; the field itself when it has no label.
QString auditFieldLabel(const QString &field);
// What a contact or an organisation is called once it no longer exists: "deleted contact #12".
QString auditMissingRecordLabel(const QString &recordTable, qint64 recordId);

} // namespace relais
