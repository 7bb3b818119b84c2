#include "filterclause.h"

#include "../domain/idlist.h"
#include "database.h"
#include "dialect.h"
#include "sqlquery.h"

namespace relais {

FilterClause::FilterClause(const Dialect &dialect)
    : m_dialect(dialect)
{ }

void FilterClause::add(const QString &condition)
{
    m_conditions << condition;
}

void FilterClause::addIdList(
    const QString &column, const QString &placeholder, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_conditions << QStringLiteral("%1 IN (%2)").arg(column, m_dialect.idsFromList(placeholder));
    m_values.append({ placeholder, m_dialect.idListValue(ids) });
}

void FilterClause::addLinked(const QString &table, const QString &owner, const QString &ownerColumn,
    const QString &column, const QString &placeholder, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_conditions << QStringLiteral("EXISTS (SELECT 1 FROM %1 l WHERE l.%2 = %3 AND l.%4 IN (%5))")
                        .arg(table, owner, ownerColumn, column, m_dialect.idsFromList(placeholder));
    m_values.append({ placeholder, m_dialect.idListValue(ids) });
}

void FilterClause::addDormant(
    const QString &alias, const QString &activityView, const QString &column, const QDate &since)
{
    if (!since.isValid())
        return;
    // created_at holds a date and time: "2025-03-01T…" sorts after "2025-03-01", so a
    // record created on the day itself is not yet dormant.
    m_conditions << QStringLiteral(
        "%1.created_at < :dormantSince AND NOT EXISTS (SELECT 1 FROM %2 a "
        "WHERE a.%3 = %1.id AND a.happened_on >= :dormantSince)")
                        .arg(alias, activityView, column);
    m_values.append({ QStringLiteral(":dormantSince"), isoDate(since) });
}

void FilterClause::addTextSearch(
    const QString &idColumn, const QString &table, const QString &typed)
{
    const QString query = m_dialect.fullTextQuery(typed);
    if (query.isEmpty())
        return;
    m_conditions
        << QStringLiteral("%1 IN (%2)").arg(idColumn, m_dialect.fullTextIdsMatching(table));
    m_values.append({ QStringLiteral(":query"), query });
}

QString FilterClause::where() const
{
    return m_conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void FilterClause::bindTo(SqlQuery &query) const
{
    for (const auto &[placeholder, value] : m_values)
        query.bind(placeholder, value);
}

namespace {

QList<qint64> readIds(SqlQuery &query)
{
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

} // namespace

QList<qint64> matchingIds(const Database &database, const QString &select,
    const FilterClause &clause, const QString &table, const QString &typed)
{
    const QString text = database.dialect().fullTextQuery(typed);
    if (text.isEmpty() || !clause.isEmpty()) {
        SqlQuery query(database, select + clause.where());
        clause.bindTo(query);
        const QList<qint64> selected = readIds(query);
        if (text.isEmpty())
            return selected;
        SqlQuery search(database, database.dialect().fullTextIdsMatching(table));
        search.bind(QStringLiteral(":query"), text);
        return idsInOrder(selected, readIds(search));
    }
    SqlQuery search(database, database.dialect().fullTextIdsMatching(table));
    search.bind(QStringLiteral(":query"), text);
    return readIds(search);
}

} // namespace relais
