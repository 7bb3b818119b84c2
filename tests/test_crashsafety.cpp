#include "catchqt.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <iostream>
#include <models/db/database.h>
#include <models/db/sqlquery.h>

using namespace relais;

namespace {

constexpr int runs = 100;

quint32 crashSeed()
{
    bool given = false;
    const quint32 seed = qEnvironmentVariable("RELAIS_CRASH_SEED").toUInt(&given);
    return given ? seed : QRandomGenerator::global()->generate();
}

// The ids on the whole lines of what the writer printed: a line is written at once,
// after its transaction committed.
QList<qint64> acknowledgedIds(const QByteArray &output)
{
    QList<qint64> ids;
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        bool ok = false;
        ids << line.toLongLong(&ok);
        REQUIRE(ok);
    }
    return ids;
}

} // namespace

TEST_CASE("A writer killed at random moments leaves a sound file with every acknowledged row")
{
    const quint32 seed = crashSeed();
    std::cout << "Crash test seed: " << seed << " (RELAIS_CRASH_SEED=" << seed << " replays it)"
              << std::endl;
    CAPTURE(seed);
    QRandomGenerator random(seed);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("crash.relais"));
    QSet<qint64> acknowledged;

    for (int run = 0; run < runs; ++run) {
        CAPTURE(run);
        QProcess writer;
        writer.start(QStringLiteral(RELAIS_CRASHWRITER), { path });
        REQUIRE(writer.waitForStarted());
        // Killed once it writes: its first acknowledged row is the signal.
        QByteArray output;
        while (!output.contains('\n') && writer.waitForReadyRead(30000))
            output += writer.readAllStandardOutput();
        INFO("writer said: " << writer.readAllStandardError().toStdString());
        REQUIRE(output.contains('\n'));
        QThread::msleep(random.bounded(2, 101));
        writer.kill();
        REQUIRE(writer.waitForFinished(30000));
        // Killed while writing: an error of its own would have ended it normally.
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const QList<qint64> ids = acknowledgedIds(output);
        REQUIRE_FALSE(ids.isEmpty());
        acknowledged.unite(QSet<qint64>(ids.begin(), ids.end()));

        // Reopened as the next Relais would: the killed writer's lock is recovered.
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        INFO(opened.message.toStdString() + " " + opened.detail.toStdString());
        REQUIRE(opened.database);
        Database &db = *opened.database;
        REQUIRE(SqlQuery(db, QStringLiteral("PRAGMA integrity_check")).scalar().toString()
            == QStringLiteral("ok"));
        SqlQuery foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
        REQUIRE_FALSE(foreignKeys.exec().next());
        QSet<qint64> present;
        SqlQuery rows(db, QStringLiteral("SELECT id FROM contact"));
        rows.exec();
        while (rows.next())
            present.insert(rows.value(0).toLongLong());
        QList<qint64> lost;
        for (const qint64 id : std::as_const(acknowledged))
            if (!present.contains(id))
                lost << id;
        CAPTURE(lost);
        REQUIRE(lost.isEmpty());
    }
    std::cout << acknowledged.size() << " acknowledged rows over " << runs << " kills" << std::endl;
}
