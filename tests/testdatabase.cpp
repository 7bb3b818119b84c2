#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <stdexcept>

TestDatabase::TestDatabase()
{
    reopen();
}

QString TestDatabase::path() const
{
    return m_folder.filePath(QStringLiteral("test.relais"));
}

void TestDatabase::reopen()
{
    m_database.reset();
    auto opened = relais::Database::open(path(), relais::Database::OpenMode::CreateIfMissing);
    if (!opened.database)
        throw std::runtime_error(opened.message.toStdString() + " " + opened.detail.toStdString());
    m_database = std::move(opened.database);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}
