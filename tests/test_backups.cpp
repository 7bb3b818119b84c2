#include "catchqt.h"
#include "filefaults.h"
#include "schemarollback.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <models/db/backupstore.h>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/migrations.h>

using namespace relais;

namespace {

using filefaults::addContacts;
using filefaults::filesIn;
using filefaults::ownerOnly;
using filefaults::writeFile;

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// A day's backup, at 10:30.
QDateTime utc(int year, int month, int day)
{
    return utc(year, month, day, 10, 30);
}

// The contacts of a Relais file, read by opening a copy of it as Relais would (opening
// migrates and switches to WAL, which the file itself must not undergo).
int contactsInCopyOf(const QString &path, const QStringList &companions = {})
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("copy.relais"));
    if (!QFile::copy(path, copy))
        return -2;
    for (const QString &suffix : companions)
        if (!QFile::copy(path + suffix, copy + suffix))
            return -2;
    auto opened = Database::open(copy, Database::OpenMode::ExistingOnly);
    if (!opened.database)
        return -3;
    return ContactRepository(*opened.database).count();
}

// What a failing disk does: the second half of the file's pages overwritten.
void damage(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    REQUIRE(file.seek(size / 2));
    REQUIRE(file.write(QByteArray(size - size / 2, '\x5a')) == size - size / 2);
}

// A damage quick_check has to find: the first bytes of a table's root page zeroed, the
// rest of the file sound.
void damageTable(const QString &path, const QString &table)
{
    const filefaults::Page page = filefaults::rootPageOf(path, table);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(page.offset));
    REQUIRE(file.write(QByteArray(8, '\0')) == 8);
}

QStringList minutes(const QList<QDateTime> &times)
{
    QStringList texts;
    for (const QDateTime &time : times)
        texts << time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return texts;
}

} // namespace

TEST_CASE("A backup is a checked copy with the same contacts, readable by its owner only")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal", "Muller", "Koenig" });
    BackupStore store(db.path());
    CHECK(store.folder() == QDir(db.folder()).filePath(QStringLiteral("test backups")));

    const Backup backup = store.make(*db, BackupReason::OnDemand, utc(2026, 11, 26, 10, 30));

    CHECK(QFileInfo(backup.path).fileName() == "test-2026-11-26T103000Z-on-demand.relais");
    CHECK(QFileInfo(backup.path).absolutePath() == store.folder());
    CHECK(backup.taken == utc(2026, 11, 26, 10, 30));
    CHECK(backup.reason == BackupReason::OnDemand);
    CHECK(backup.size == QFileInfo(backup.path).size());
    CHECK(backup.contactCount == 3);
    // Nothing else left behind: no temporary copy, no -wal or -shm of the check.
    CHECK(filesIn(store.folder()) == QStringList { "test-2026-11-26T103000Z-on-demand.relais" });
    CHECK(ownerOnly(backup.path));
    CHECK(ownerOnly(store.folder()));
    CHECK(contactsInCopyOf(backup.path) == 3);
    // The database goes on as before.
    addContacts(*db, { "Weber" });
    CHECK(ContactRepository(*db).count() == 4);
}

TEST_CASE("A backup goes to the folder given instead of the default one")
{
    TestDatabase db;
    const QString folder = QDir(db.folder()).filePath(QStringLiteral("elsewhere/saves"));
    BackupStore store(db.path(), folder);
    const Backup backup = store.make(*db, BackupReason::Daily, utc(2026, 11, 26));
    CHECK(QFileInfo(backup.path).absolutePath() == folder);
    CHECK_FALSE(QFileInfo::exists(BackupStore::defaultFolder(db.path())));
    CHECK(store.list().size() == 1);
}

TEST_CASE("A copy damaged before its check is deleted and reported")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal", "Muller" });
    BackupStore store(db.path());
    QString checkedCopy;
    store.setBeforeCheckHook([&](const QString &path) {
        checkedCopy = path;
        damageTable(path, "contact");
    });
    try {
        store.make(*db, BackupReason::BeforeImport, utc(2026, 11, 26));
        FAIL("A damaged copy was kept");
    } catch (const DatabaseError &error) {
        CHECK(error.message().contains(QStringLiteral("damaged")));
        CHECK(error.message().contains(QStringLiteral("has not been changed")));
        // What quick_check said, for the details.
        CHECK(error.detail().contains(QStringLiteral("in database main")));
    }
    CHECK(checkedCopy.endsWith(QStringLiteral(".part")));
    CHECK(filesIn(store.folder()).isEmpty());
    CHECK(store.list().isEmpty());
    CHECK(store.isDue(utc(2026, 11, 26, 12)));

    // The same copy undamaged passes: the check, not the hook, made the difference.
    store.setBeforeCheckHook({});
    CHECK(store.make(*db, BackupReason::BeforeImport, utc(2026, 11, 26)).contactCount == 2);
}

TEST_CASE("A backups folder that cannot be created is reported and nothing is written")
{
    TestDatabase db;
    // A file where the folder should be.
    writeFile(BackupStore::defaultFolder(db.path()), "not a folder");
    BackupStore store(db.path());
    CHECK_THROWS_AS(store.make(*db, BackupReason::Daily, utc(2026, 11, 26)), DatabaseError);
    CHECK(QFileInfo(BackupStore::defaultFolder(db.path())).isFile());
    CHECK(filesIn(db.folder()).filter(QStringLiteral("2026")).isEmpty());
}

TEST_CASE("A backup is due when none was taken on the day")
{
    TestDatabase db;
    BackupStore store(db.path());
    CHECK(store.isDue(utc(2026, 11, 26, 8)));
    store.make(*db, BackupReason::BeforeMerge, utc(2026, 11, 26, 8));
    // Any reason counts.
    CHECK_FALSE(store.isDue(utc(2026, 11, 26, 8)));
    CHECK_FALSE(store.isDue(utc(2026, 11, 26, 23, 59)));
    // The next day, even less than 24 hours later: opened every morning at about the same
    // time, the file still gets a backup every day.
    CHECK(store.isDue(utc(2026, 11, 27, 7, 59)));
    // A backup dated after now (a clock that was ahead) does not count.
    CHECK(store.isDue(utc(2026, 11, 25, 9)));
}

TEST_CASE("Backups are listed newest first with their reasons and contacts")
{
    TestDatabase db;
    BackupStore store(db.path());
    addContacts(*db, { "Sénéchal" });
    store.make(*db, BackupReason::Daily, utc(2026, 11, 24));
    addContacts(*db, { "Muller" });
    store.make(*db, BackupReason::BeforeImport, utc(2026, 11, 26, 9, 15));
    addContacts(*db, { "Koenig" });
    // The same second: numbered, and still listed as the newer.
    const Backup third = store.make(*db, BackupReason::OnDemand, utc(2026, 11, 26, 9, 15));
    CHECK(QFileInfo(third.path).fileName() == "test-2026-11-26T091500Z-on-demand-2.relais");

    // Files that are not this database's backups are left out: another file's backups in
    // a shared folder, a reason this version does not know, anything else.
    writeFile(store.folder() + "/other-2026-11-25T100000Z-daily.relais", "x");
    writeFile(store.folder() + "/test-2026-11-25T100000Z-weekly.relais", "x");
    writeFile(store.folder() + "/notes.txt", "x");
    // A backup that cannot be read is listed, its contacts unknown.
    writeFile(store.folder() + "/test-2026-11-01T100000Z-daily.relais", "not a database");

    const QList<Backup> backups = store.list();
    REQUIRE(backups.size() == 4);
    CHECK(minutes({ backups[0].taken, backups[1].taken, backups[2].taken, backups[3].taken })
        == QStringList {
            "2026-11-26 09:15", "2026-11-26 09:15", "2026-11-24 10:30", "2026-11-01 10:00" });
    CHECK(backups[0].path == third.path);
    CHECK(backups[0].reason == BackupReason::OnDemand);
    CHECK(backups[1].reason == BackupReason::BeforeImport);
    CHECK(backups[2].reason == BackupReason::Daily);
    CHECK(backups[0].contactCount == 3);
    CHECK(backups[1].contactCount == 2);
    CHECK(backups[2].contactCount == 1);
    CHECK(backups[3].contactCount == -1);
    for (const Backup &backup : backups)
        CHECK(backup.size == QFileInfo(backup.path).size());
    CHECK(BackupStore::reasonText(BackupReason::BeforeImport) == "Before an import");
}

TEST_CASE("Rotation over two years of daily backups keeps 7 days, 4 weeks and 12 months")
{
    // Every day at 10:30 from 27 November 2024 to Thursday 26 November 2026.
    QList<QDateTime> taken;
    for (QDate day(2024, 11, 27); day <= QDate(2026, 11, 26); day = day.addDays(1))
        taken << QDateTime(day, QTime(10, 30), Qt::UTC);
    REQUIRE(taken.size() == 730);
    const QDateTime now = utc(2026, 11, 26, 12);

    const QList<QDateTime> kept = keptByRotation(taken, RotationPolicy(), now);

    // Newest first: the last 7 days; the Sundays of the 4 ISO weeks before them (that of
    // week 47, the 22nd, is already kept); the last day of each of the 12 months before
    // (November's newest is already kept).
    CHECK(minutes(kept)
        == QStringList { "2026-11-26 10:30", "2026-11-25 10:30", "2026-11-24 10:30",
            "2026-11-23 10:30", "2026-11-22 10:30", "2026-11-21 10:30", "2026-11-20 10:30",
            "2026-11-15 10:30", "2026-11-08 10:30", "2026-11-01 10:30", "2026-10-31 10:30",
            "2026-10-25 10:30", "2026-09-30 10:30", "2026-08-31 10:30", "2026-07-31 10:30",
            "2026-06-30 10:30", "2026-05-31 10:30", "2026-04-30 10:30", "2026-03-31 10:30",
            "2026-02-28 10:30", "2026-01-31 10:30", "2025-12-31 10:30", "2025-11-30 10:30" });
    CHECK(kept.size() == 7 + 4 + 12);
    // Sorted as rotation sorts them: the input order does not matter.
    QList<QDateTime> reversed(taken.crbegin(), taken.crend());
    CHECK(keptByRotation(reversed, RotationPolicy(), now) == kept);
}

TEST_CASE("Rotation keeps the newest backup of a day, and the newest backup always")
{
    const QDateTime now = utc(2026, 11, 26, 18);
    const QList<QDateTime> taken { utc(2026, 11, 26, 8), utc(2026, 11, 26, 17),
        utc(2026, 11, 25, 9), utc(2026, 11, 25, 16) };
    CHECK(minutes(keptByRotation(taken, RotationPolicy(), now))
        == QStringList { "2026-11-26 17:00", "2026-11-25 16:00" });
    CHECK(minutes(keptByRotation(taken, RotationPolicy { 0, 0, 0 }, now))
        == QStringList { "2026-11-26 17:00" });
    CHECK(keptByRotation({}, RotationPolicy(), now).isEmpty());
    // A smaller policy: 2 days, 1 week, 1 month.
    QList<QDateTime> daily;
    for (QDate day(2026, 9, 1); day <= QDate(2026, 11, 26); day = day.addDays(1))
        daily << QDateTime(day, QTime(10, 30), Qt::UTC);
    CHECK(minutes(keptByRotation(daily, RotationPolicy { 2, 1, 1 }, now))
        == QStringList {
            "2026-11-26 10:30", "2026-11-25 10:30", "2026-11-22 10:30", "2026-10-31 10:30" });
}

TEST_CASE("Rotation counts periods with a backup, not the calendar, and keeps the future")
{
    // Relais left unopened for over a year: its old copies are all it has.
    const QDateTime now = utc(2026, 11, 26, 12);
    const QList<QDateTime> taken { utc(2026, 11, 26), utc(2025, 3, 10), utc(2025, 2, 10),
        utc(2025, 1, 10), utc(2024, 12, 10) };
    CHECK(keptByRotation(taken, RotationPolicy(), now).size() == 5);
    CHECK(minutes(keptByRotation(taken, RotationPolicy { 2, 0, 0 }, now))
        == QStringList { "2026-11-26 10:30", "2025-03-10 10:30" });
    // A backup dated after now cannot be placed by the rule and is kept.
    CHECK(minutes(keptByRotation({ utc(2030, 1, 1), utc(2026, 11, 25), utc(2026, 11, 24) },
              RotationPolicy { 1, 0, 0 }, now))
        == QStringList { "2030-01-01 10:30", "2026-11-25 10:30" });
}

TEST_CASE("Rotation deletes the backups the rule does not keep, and nothing else")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal" });
    BackupStore store(db.path());
    const QDateTime now = utc(2026, 11, 26, 12);
    const Backup newest = store.make(*db, BackupReason::Daily, now);
    // Ninety earlier days of backups, and a second one on some days.
    QList<QDateTime> taken { newest.taken };
    for (int days = 1; days <= 90; ++days) {
        for (const int hour : days % 10 == 0 ? QList<int> { 9, 15 } : QList<int> { 9 }) {
            const QDateTime time = QDateTime(now.date().addDays(-days), QTime(hour, 0), Qt::UTC);
            const QString name = QStringLiteral("test-%1-%2.relais")
                                     .arg(time.toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'")),
                                         hour == 9 ? "daily" : "before-import");
            REQUIRE(QFile::copy(newest.path, store.folder() + '/' + name));
            taken << time;
        }
    }
    const QStringList foreign { "other-2026-01-01T100000Z-daily.relais", "notes.txt",
        // A copy a backup is writing now, and one an interrupted backup left.
        "test-2026-11-26T115900Z-daily.relais.part" };
    for (const QString &name : foreign)
        writeFile(store.folder() + '/' + name, "x");
    const QString stalePart = store.folder() + "/test-2026-11-26T103000Z-daily.relais.part";
    writeFile(stalePart, "x");

    const QList<QDateTime> kept = keptByRotation(taken, RotationPolicy(), now);
    REQUIRE(kept.size() < taken.size());
    const QList<QString> deleted = store.rotate(RotationPolicy(), now);

    const QList<Backup> left = store.list();
    QList<QDateTime> leftTimes;
    for (const Backup &backup : left)
        leftTimes << backup.taken;
    CHECK(minutes(leftTimes) == minutes(kept));
    CHECK(left.first().path == newest.path);
    CHECK(deleted.size() == taken.size() - kept.size() + 1);
    CHECK(deleted.contains(stalePart));
    for (const QString &path : deleted)
        CHECK_FALSE(QFileInfo::exists(path));
    for (const QString &name : foreign)
        CHECK(QFileInfo::exists(store.folder() + '/' + name));
    // Rotating again finds nothing more to delete.
    CHECK(store.rotate(RotationPolicy(), now).isEmpty());
}

TEST_CASE("Restoring sets the current file aside and brings back the backup's content")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal", "Muller" });
    BackupStore store(db.path());
    const Backup backup = store.make(*db, BackupReason::OnDemand, utc(2026, 11, 20));
    addContacts(*db, { "Koenig", "Weber" });
    db.close();
    const QByteArray current = fileHash(db.path());
    const QByteArray backedUp = fileHash(backup.path);

    const QString aside = store.restore(backup, db.path(), utc(2026, 11, 26, 12));

    CHECK(aside == db.path() + ".before-restore-2026-11-26T120000Z");
    CHECK(fileHash(aside) == current);
    CHECK(fileHash(db.path()) == backedUp);
    CHECK(ownerOnly(db.path()));
    // The backup itself is still there, for another restore.
    CHECK(fileHash(backup.path) == backedUp);
    db.reopen();
    CHECK(ContactRepository(*db).count() == 2);
    CHECK(contactsInCopyOf(aside) == 4);
}

TEST_CASE("Restoring moves the write-ahead log along with the file it belongs to")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal" });
    BackupStore store(db.path());
    const Backup backup = store.make(*db, BackupReason::OnDemand, utc(2026, 11, 20));
    addContacts(*db, { "Muller", "Koenig" });
    // What a crash leaves: the file and its log, the last transactions only in the log.
    QTemporaryDir crashed;
    const QString path = crashed.filePath(QStringLiteral("test.relais"));
    REQUIRE(QFileInfo(db.path() + "-wal").size() > 0);
    REQUIRE(QFile::copy(db.path(), path));
    REQUIRE(QFile::copy(db.path() + "-wal", path + "-wal"));
    REQUIRE(QFile::copy(db.path() + "-shm", path + "-shm"));
    REQUIRE(contactsInCopyOf(path) != 3);

    const QString aside = store.restore(backup, path, utc(2026, 11, 26, 12));

    CHECK(filesIn(crashed.path())
        == QStringList { "test.relais", "test.relais.before-restore-2026-11-26T120000Z",
            "test.relais.before-restore-2026-11-26T120000Z-wal" });
    CHECK(contactsInCopyOf(aside, { "-wal" }) == 3);
    CHECK(contactsInCopyOf(path) == 1);
}

TEST_CASE("Restoring a damaged backup leaves the current file untouched")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal", "Muller" });
    BackupStore store(db.path());
    Backup backup = store.make(*db, BackupReason::OnDemand, utc(2026, 11, 20));
    addContacts(*db, { "Koenig" });
    db.close();
    SECTION("a table's page zeroed, which quick_check reports")
    {
        damageTable(backup.path, "contact");
    }
    SECTION("half of the file overwritten, which stops quick_check")
    {
        damage(backup.path);
    }
    const QByteArray before = fileHash(db.path());
    const QStringList filesBefore = filesIn(db.folder());

    try {
        store.restore(backup, db.path(), utc(2026, 11, 26, 12));
        FAIL("A damaged backup was restored");
    } catch (const DatabaseError &error) {
        CHECK(error.message().contains(QDir::toNativeSeparators(backup.path)));
        CHECK(error.message().contains(QStringLiteral("damaged")));
    }
    CHECK(fileHash(db.path()) == before);
    CHECK(filesIn(db.folder()) == filesBefore);

    // Nor is a sound SQLite file that is not a Relais database restored.
    const QString foreign = store.folder() + "/test-2026-11-21T103000Z-on-demand.relais";
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "foreign");
        raw.setDatabaseName(foreign);
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE contact (id INTEGER)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    backup.path = foreign;
    CHECK_THROWS_AS(store.restore(backup, db.path(), utc(2026, 11, 26, 12)), DatabaseError);
    CHECK(fileHash(db.path()) == before);
    CHECK(filesIn(db.folder()) == filesBefore);
    db.reopen();
    CHECK(ContactRepository(*db).count() == 3);
}

TEST_CASE("Restoring where the file is missing puts the backup there")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal" });
    BackupStore store(db.path());
    const Backup backup = store.make(*db, BackupReason::OnDemand, utc(2026, 11, 20));
    db.close();
    // As after a damaged file was set aside.
    REQUIRE(QFile::rename(db.path(), db.path() + ".damaged"));
    CHECK(store.restore(backup, db.path(), utc(2026, 11, 26, 12)).isEmpty());
    CHECK(fileHash(db.path()) == fileHash(backup.path));
    db.reopen();
    CHECK(ContactRepository(*db).count() == 1);
}

TEST_CASE("A file made by an older Relais is backed up before it is migrated")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal", "Muller" });
    const QString path = db.path();
    db.close();
    // As a Relais of the version before wrote it.
    const int older = latestSchemaVersion() - 1;
    schemarollback::rollBackTo(path, older);
    const QString folder = QFileInfo(path).dir().filePath(QStringLiteral("chosen backups"));
    Database::setMigrationBackupFolder(folder);

    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    Database::setMigrationBackupFolder(QString());
    REQUIRE(opened.database);
    CHECK(opened.database->schemaVersion() == latestSchemaVersion());

    const QList<Backup> backups = BackupStore(path, folder).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == BackupReason::BeforeMigration);
    CHECK(backups.first().contactCount == 2);
    // The copy is the file as it was: still at the older version.
    {
        QSqlDatabase copy
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        copy.setDatabaseName(backups.first().path);
        REQUIRE(copy.open());
        QSqlQuery q(copy);
        REQUIRE(q.exec(QStringLiteral("SELECT max(version) FROM schema_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == older);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));

    // Opening it again migrates nothing, and copies nothing.
    opened.database.reset();
    opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.database);
    CHECK(BackupStore(path).list().isEmpty());
    CHECK(BackupStore(path, folder).list().size() == 1);
}
