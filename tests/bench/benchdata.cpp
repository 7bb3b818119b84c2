#include "benchdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <models/demo/demogenerator.h>
#include <utility>

namespace relais::bench {

namespace {

// Reads the demo file with a connection of its own, closed before returning.
template<typename Read> auto readDemo(const QString &path, Read read)
{
    const QString name = QStringLiteral("bench-read");
    decltype(read(std::declval<QSqlDatabase &>())) result {};
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (connection.open())
            result = read(connection);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString foldedLower(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

} // namespace

std::optional<BenchSize> benchSize(const QString &name)
{
    if (name == QLatin1String("small"))
        return BenchSize { name, 250, 3 };
    if (name == QLatin1String("medium"))
        return BenchSize { name, 10000, 5 };
    if (name == QLatin1String("large"))
        return BenchSize { name, 100000, 10 };
    return std::nullopt;
}

QDate benchToday()
{
    return QDate(2026, 12, 15);
}

int measuredYear()
{
    return benchToday().year() - 1;
}

QString demoFile(const BenchSize &size, const QString &folder, QString *error)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(
        QStringLiteral("demo-%1-%2y.relais").arg(size.contacts).arg(size.years));
    if (QFileInfo::exists(path))
        return path;
    DemoOptions options;
    options.contacts = size.contacts;
    options.years = size.years;
    options.today = benchToday();
    // Written under another name and renamed once complete: an interrupted generation
    // leaves no file that looks ready.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    auto opened = createDemoDatabase(partial, options);
    if (!opened.database) {
        *error = opened.message;
        return {};
    }
    opened.database.reset();
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot rename %1").arg(partial);
        return {};
    }
    return path;
}

QString contactsCsv(const QString &demoPath, int rows, const QString &folder, QString *error)
{
    const QString path = QDir(folder).filePath(QStringLiteral("contacts-%1.csv").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    const QStringList lines = readDemo(demoPath, [rows](QSqlDatabase &db) {
        QStringList lines { QStringLiteral("Prénom;Nom;E-mail;Téléphone;Commune") };
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT c.first_name, c.last_name,"
            " (SELECT email FROM contact_email e WHERE e.contact_id = c.id ORDER BY position"
            "  LIMIT 1),"
            " (SELECT phone FROM contact_phone p WHERE p.contact_id = c.id ORDER BY position"
            "  LIMIT 1),"
            " m.name FROM contact c LEFT JOIN commune m ON m.id = c.commune_id"
            " ORDER BY c.id LIMIT %1")
                   .arg(rows));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 5; ++i)
                cells << q.value(i).toString();
            lines << cells.join(QLatin1Char(';'));
        }
        return lines;
    });
    if (lines.size() != rows + 1) {
        *error = QStringLiteral("%1 holds %2 contacts, not %3")
                     .arg(demoPath)
                     .arg(lines.size() - 1)
                     .arg(rows);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return {};
    }
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

qint64 busiestContact(const QString &demoPath)
{
    return readDemo(demoPath, [](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT contact_id FROM invitation GROUP BY contact_id"
                              " ORDER BY count(*) DESC, contact_id LIMIT 1"));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    });
}

QString commonLastName(const QString &demoPath)
{
    const QString name = readDemo(demoPath, [](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT last_name FROM contact WHERE length(last_name) >= 6"
                              " AND last_name NOT GLOB '*[ -]*'"
                              " GROUP BY last_name ORDER BY count(*) DESC, last_name LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    });
    return foldedLower(name);
}

} // namespace relais::bench
