#include "sqlquery.h"

#include "database.h"
#include "databaseerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

namespace relais {

namespace {

[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    const QString detail = query.lastError().text() + QLatin1String("\n") + statement;
    throw DatabaseError(storageFailureMessage(query.lastError()), detail);
}

} // namespace

QString storageFailureMessage(const QSqlError &error)
{
    // SQLite's result code; extended codes keep the primary one in their low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case 13: // SQLITE_FULL
            return QCoreApplication::translate("relais::SqlQuery",
                "The disk is full: nothing of this change was saved. Free some space, "
                "then try again.");
        case 8: // SQLITE_READONLY
            return QCoreApplication::translate("relais::SqlQuery",
                "The file can no longer be written (it or its folder became read-only): "
                "nothing of this change was saved.");
        case 10: // SQLITE_IOERR
            return QCoreApplication::translate("relais::SqlQuery",
                "The disk could not be written (it is full, was removed or is failing): "
                "nothing of this change was saved.");
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return QCoreApplication::translate("relais::SqlQuery",
                "Another program is using the file: nothing of this change was saved. "
                "Try again in a moment.");
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return QCoreApplication::translate("relais::SqlQuery",
                "The file is damaged: nothing of this change was saved. Use Tools > Check "
                "the database, or File > Restore from backup.");
        default:
            break;
        }
    }
    return QCoreApplication::translate("relais::SqlQuery", "The database could not be updated: %1")
        .arg(error.databaseText());
}

SqlQuery::SqlQuery(const Database &database, const QString &statement)
    : m_query(database.connection())
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        fail(m_query, statement);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString binds as SQL NULL; text columns want '' for "nothing typed".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bindAsRead(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bindNullable(const QString &placeholder, qint64 id)
{
    m_query.bindValue(placeholder, id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
    return *this;
}

SqlQuery &SqlQuery::bindDate(const QString &placeholder, const QDate &date)
{
    m_query.bindValue(placeholder,
        date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString)));
    return *this;
}

SqlQuery &SqlQuery::addBind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        fail(m_query, m_statement);
    return *this;
}

QDate SqlQuery::date(int column) const
{
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

QDateTime SqlQuery::dateTime(int column) const
{
    return QDateTime::fromString(m_query.value(column).toString(), Qt::ISODate);
}

QVariant SqlQuery::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace relais
