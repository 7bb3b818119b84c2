#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace relais {

class Database;
class Dialect;
class SqlQuery;

// Collects the WHERE conditions of a list query with their bound values, so that the
// contacts and organisations lists build their filters the same way.
class FilterClause
{
public:
    explicit FilterClause(const Dialect &dialect);

    void add(const QString &condition);
    // "<column> IN (ids)"; nothing when ids is empty.
    void addIdList(const QString &column, const QString &placeholder, const QList<qint64> &ids);
    // "EXISTS (SELECT 1 FROM <table> WHERE <owner> = <ownerColumn> AND <column> IN (ids))".
    void addLinked(const QString &table, const QString &owner, const QString &ownerColumn,
        const QString &column, const QString &placeholder, const QList<qint64> &ids);
    // Rows of `alias` created before `since` with no row in the activity view on or after
    // it; nothing when since is invalid.
    void addDormant(const QString &alias, const QString &activityView, const QString &column,
        const QDate &since);
    // Rows whose full-text document in <table> matches every word typed.
    void addTextSearch(const QString &idColumn, const QString &table, const QString &typed);

    QString where() const; // "WHERE …" or empty
    bool isEmpty() const { return m_conditions.isEmpty(); }
    void bindTo(SqlQuery &query) const;

private:
    const Dialect &m_dialect;
    QStringList m_conditions;
    QList<std::pair<QString, QVariant>> m_values;
};

// The ids that `select` ("SELECT c.id FROM contact c") gives under `clause` and whose
// full-text document in `table` matches `typed`, in no particular order. The two are
// asked separately and intersected here: joining the full-text matches back to their
// table cost 50 ms for 50,000 matches, where the index alone answers in 2.
QList<qint64> matchingIds(const Database &database, const QString &select,
    const FilterClause &clause, const QString &table, const QString &typed);

} // namespace relais
