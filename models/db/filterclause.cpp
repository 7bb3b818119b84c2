#include "filterclause.h"

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

} // namespace relais
