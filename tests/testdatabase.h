#pragma once

#include <QTemporaryDir>
#include <memory>
#include <models/db/database.h>

// A fresh Relais file with every migration applied, in its own temporary folder,
// removed at the end of the test case.
class TestDatabase
{
public:
    TestDatabase();
    relais::Database &operator*() { return *m_database; }
    relais::Database *operator->() { return m_database.get(); }
    relais::Database &get() { return *m_database; }
    QString path() const;
    QString folder() const { return m_folder.path(); }
    // Closes the file (e.g. to reopen it or inspect it from outside).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<relais::Database> m_database;
};

// SHA-256 of a file's bytes, to check that a refused file was left untouched.
QByteArray fileHash(const QString &path);
