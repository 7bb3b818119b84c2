#include "importbench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/database.h>
#include <models/db/importrepository.h>
#include <models/import/columnmapping.h>
#include <models/import/csvreader.h>
#include <models/import/importplan.h>

namespace relais::bench {

namespace {

QString freshPath(const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    return path;
}

} // namespace

ImportRun importWithRelais(const QString &csvPath, const QString &folder)
{
    ImportRun run;
    auto opened = Database::open(freshPath(folder, QStringLiteral("import-relais.relais")),
        Database::OpenMode::CreateIfMissing);
    if (!opened.database) {
        run.error = opened.message;
        return run;
    }
    Database &database = *opened.database;
    QUndoStack stack;
    Commands commands(database, stack);

    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto table = CsvFileReader::read(csvPath, {}, &error);
    if (!table) {
        run.error = error;
        return run;
    }
    const ColumnMapping mapping = proposeColumnMapping(ImportKind::Contacts, table->header);
    for (qsizetype column = 0; column < table->header.size(); ++column) {
        if (mapping.fieldOf(column).isEmpty()) {
            run.error
                = QStringLiteral("column %1 is matched to no field").arg(table->header[column]);
            return run;
        }
    }
    const auto plan = ImportPlan::analyse(
        *table, mapping, ImportRepository(database).existingActors(ImportKind::Contacts), &error);
    if (!plan) {
        run.error = error;
        return run;
    }
    if (!commands.importActors(*plan, QFileInfo(csvPath).fileName())) {
        run.error = commands.lastError();
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.rows = ContactRepository(database).count();
    return run;
}

ImportRun importWithSqlite3(const QString &sqlite3, const QString &csvPath, const QString &folder)
{
    ImportRun run;
    const QString path = freshPath(folder, QStringLiteral("import-sqlite3.db"));
    const QString script = QStringLiteral(R"(PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TABLE contact (first_name TEXT, last_name TEXT, email TEXT, phone TEXT, commune TEXT);
CREATE INDEX contact_sort ON contact(last_name, first_name);
CREATE INDEX contact_name_key ON contact(lower(first_name || ' ' || last_name));
CREATE INDEX contact_email ON contact(lower(email));
CREATE INDEX contact_commune ON contact(commune);
CREATE VIRTUAL TABLE contact_search USING fts5(first_name, last_name, email,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_search (rowid, first_name, last_name, email)
    VALUES (new.rowid, new.first_name, new.last_name, new.email);
END;
.mode csv
.separator ;
.import --skip 1 '%1' contact
SELECT count(*) FROM contact;
)")
                               .arg(csvPath);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, { QStringLiteral("-batch"), path });
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        run.error = QStringLiteral("sqlite3 failed: %1")
                        .arg(QString::fromLocal8Bit(process.readAllStandardError()).left(400));
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    // The last line is the count (journal_mode printed "wal" before it).
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    run.rows = lines.isEmpty() ? 0 : lines.last().trimmed().toInt();
    return run;
}

} // namespace relais::bench
