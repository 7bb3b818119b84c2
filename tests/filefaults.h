#pragma once

// What the storage tests do to files on disk: fill a Relais file, look at its bytes and
// permissions, find where a table lives to damage it as a failing disk would.

#include "catchqt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <models/db/contactrepository.h>
#include <models/db/database.h>

namespace relais::filefaults {

inline void addContacts(Database &db, const QStringList &lastNames)
{
    for (const QString &lastName : lastNames) {
        Contact contact;
        contact.lastName = lastName;
        ContactRepository(db).insert(contact);
    }
}

inline QFileDevice::Permissions groupAndOthers()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

// Readable and writable by its owner, by nobody else.
inline bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & groupAndOthers()) == 0
        && permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Changes a file behind Relais's back, as another program would.
inline void rawExec(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// Where a table's root page lies in an SQLite file, read without changing it.
struct Page
{
    qint64 offset = 0;
    qint64 size = 0;
};
inline Page rootPageOf(const QString &path, const QString &table)
{
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "rootPageOf");
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec("PRAGMA page_size"));
        REQUIRE(q.next());
        pageSize = q.value(0).toLongLong();
        REQUIRE(q.exec("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'"));
        REQUIRE(q.next());
        rootPage = q.value(0).toLongLong();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rootPageOf"));
    REQUIRE(rootPage > 1);
    REQUIRE((rootPage - 1) * pageSize < QFileInfo(path).size());
    return { (rootPage - 1) * pageSize, pageSize };
}

} // namespace relais::filefaults
