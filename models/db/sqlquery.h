#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace relais {

class Database;

// A prepared statement that throws DatabaseError instead of returning false, so that
// repository code reads as the SQL it runs and a failure unwinds the transaction.
class SqlQuery
{
public:
    SqlQuery(const Database &database, const QString &statement);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // As read back from a row: a NULL stays NULL (bind() turns a null string into '').
    SqlQuery &bindAsRead(const QString &placeholder, const QVariant &value);
    SqlQuery &bindNullable(const QString &placeholder, qint64 id); // 0 -> NULL
    SqlQuery &bindDate(const QString &placeholder, const QDate &date); // invalid -> NULL
    SqlQuery &addBind(const QVariant &value); // positional "?"
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    bool flag(int column) const { return m_query.value(column).toInt() != 0; }
    QDate date(int column) const;
    QDateTime dateTime(int column) const;
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar();

private:
    QSqlQuery m_query;
    QString m_statement;
};

QString isoDate(const QDate &date);
QString isoDateTime(const QDateTime &dateTime);

// What a failed statement means for the user, in their language: the disk full, the file
// no longer writable or gone, another program holding it, the file damaged; otherwise
// "could not be updated" with SQLite's own words.
QString storageFailureMessage(const QSqlError &error);

} // namespace relais
