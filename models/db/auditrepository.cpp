#include "auditrepository.h"

#include "../domain/textfold.h"
#include "database.h"
#include "dialect.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QSet>

namespace relais {

namespace {

struct Where
{
    QString sql;
    QList<std::pair<QString, QVariant>> values;
};

// A LIKE pattern finding `text` anywhere, its own % and _ taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Where whereOf(const AuditFilter &filter)
{
    QStringList conditions;
    Where where;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= :from");
        where.values << std::pair { QStringLiteral(":from"), isoDateTime(filter.from) };
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < :to");
        where.values << std::pair { QStringLiteral(":to"), isoDateTime(filter.to) };
    }
    if (!filter.user.isEmpty()) {
        conditions << QStringLiteral("user = :user");
        where.values << std::pair { QStringLiteral(":user"), filter.user };
    }
    if (!filter.recordTable.isEmpty()) {
        conditions << QStringLiteral("record_table = :table");
        where.values << std::pair { QStringLiteral(":table"), filter.recordTable };
        if (filter.recordId) {
            conditions << QStringLiteral("record_id = :id");
            where.values << std::pair { QStringLiteral(":id"), filter.recordId };
        }
    }
    const QString name = foldedKey(filter.recordName);
    if (!name.isEmpty()) {
        // The folded keys, both ways round for a contact: "marie dupont" and "dupont marie".
        conditions << QStringLiteral(
            "((record_table = 'contact' AND record_id IN (SELECT id FROM contact WHERE "
            "name_key LIKE :name ESCAPE '\\' OR sort_key LIKE :name ESCAPE '\\')) "
            "OR (record_table = 'organisation' AND record_id IN (SELECT id FROM organisation "
            "WHERE sort_key LIKE :name ESCAPE '\\')))");
        where.values << std::pair { QStringLiteral(":name"), containsPattern(name) };
    }
    if (filter.upToId > 0) {
        conditions << QStringLiteral("id <= :upTo");
        where.values << std::pair { QStringLiteral(":upTo"), filter.upToId };
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

} // namespace

AuditRepository::AuditRepository(Database &database)
    : m_database(database)
{ }

QList<AuditEntry> AuditRepository::entries(const AuditFilter &filter) const
{
    const Where where = whereOf(filter);
    QString sql = QStringLiteral("SELECT id, at, user, action, record_table, record_id, changes "
                                 "FROM audit_entry")
        + where.sql + QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    SqlQuery q(m_database, sql);
    for (const auto &[placeholder, value] : where.values)
        q.bind(placeholder, value);
    q.exec();
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.id(0);
        e.at = q.dateTime(1);
        e.user = q.text(2);
        e.action = q.text(3);
        e.recordTable = q.text(4);
        e.recordId = q.id(5);
        e.changes = auditChangesFromJson(q.text(6));
        result << e;
    }
    return result;
}

int AuditRepository::count(const AuditFilter &filter) const
{
    const Where where = whereOf(filter);
    SqlQuery q(m_database, QStringLiteral("SELECT count(*) FROM audit_entry") + where.sql);
    for (const auto &[placeholder, value] : where.values)
        q.bind(placeholder, value);
    return q.scalar().toInt();
}

QList<AuditEntry> AuditRepository::historyOf(const QString &recordTable, qint64 recordId) const
{
    AuditFilter filter;
    filter.recordTable = recordTable;
    filter.recordId = recordId;
    filter.limit = 0;
    return entries(filter);
}

QStringList AuditRepository::users() const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT DISTINCT user FROM audit_entry WHERE user <> '' ORDER BY user"));
    q.exec();
    QStringList result;
    while (q.next())
        result << q.text(0);
    return result;
}

QHash<AuditRecordKey, QString> AuditRepository::recordNames(const QList<AuditEntry> &entries) const
{
    QSet<qint64> contacts;
    QSet<qint64> organisations;
    for (const AuditEntry &e : entries) {
        if (e.recordTable == QLatin1String("contact"))
            contacts.insert(e.recordId);
        else if (e.recordTable == QLatin1String("organisation"))
            organisations.insert(e.recordId);
    }
    QHash<AuditRecordKey, QString> names;
    if (contacts.isEmpty() && organisations.isEmpty())
        return names;
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral("SELECT 'contact', id, trim(trim(first_name) || ' ' || trim(last_name)) "
                       "FROM contact WHERE id IN (%1) "
                       "UNION ALL SELECT 'organisation', id, name FROM organisation "
                       "WHERE id IN (%2)")
            .arg(dialect.idsFromList(QStringLiteral(":contacts")),
                dialect.idsFromList(QStringLiteral(":organisations"))));
    q.bind(QStringLiteral(":contacts"), dialect.idListValue(contacts.values()))
        .bind(QStringLiteral(":organisations"), dialect.idListValue(organisations.values()))
        .exec();
    while (q.next())
        names.insert(AuditRecordKey { q.text(0), q.id(1) }, q.text(2));
    return names;
}

qint64 AuditRepository::lastId() const
{
    return SqlQuery(m_database, QStringLiteral("SELECT max(id) FROM audit_entry"))
        .scalar()
        .toLongLong();
}

int AuditRepository::purgeOlderThan(const QDateTime &cutoff)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database, QStringLiteral("DELETE FROM audit_entry WHERE at < :cutoff"));
    q.bind(QStringLiteral(":cutoff"), isoDateTime(cutoff)).exec();
    const int deleted = q.numRowsAffected();
    transaction.commit();
    return deleted;
}

} // namespace relais
