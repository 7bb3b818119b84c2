#include "catchqt.h"
#include "filefaults.h"
#include "schemarollback.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <models/db/backgroundintegritycheck.h>
#include <models/db/backupstore.h>
#include <models/db/contactrepository.h>
#include <models/db/damagedfile.h>
#include <models/db/databaseerror.h>
#include <models/db/filelocation.h>
#include <models/db/integritycheck.h>

using namespace relais;

namespace {

using filefaults::addContacts;
using filefaults::filesIn;
using filefaults::ownerOnly;
using filefaults::writeFile;

QDateTime utc(int year, int month, int day, int hour = 10, int minute = 30)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// Runs statements behind Relais's back, as another program would, foreign keys off.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// A closed Relais file with a few contacts, its WAL folded back into it.
QString closedFile(TestDatabase &db)
{
    addContacts(*db, { "Sénéchal", "Muller", "Koenig" });
    db.close();
    REQUIRE_FALSE(QFileInfo::exists(db.path() + "-wal"));
    return db.path();
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray garbage(qint64 size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator random(20261126);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

// What a failing disk does to one page: a table's root page overwritten with garbage.
void damageTable(const QString &path, const QString &table)
{
    const filefaults::Page page = filefaults::rootPageOf(path, table);
    overwrite(path, page.offset, garbage(page.size));
}

const auto bothAccesses = { Database::Access::ReadWrite, Database::Access::ReadOnly };

// What a BackgroundIntegrityCheck of the file reports, once it has.
IntegrityResult checkedInTheBackground(const QString &path)
{
    BackgroundIntegrityCheck check(path);
    QSignalSpy finished(&check, &BackgroundIntegrityCheck::finished);
    check.start();
    REQUIRE(finished.wait(20000));
    return finished.first().first().value<IntegrityResult>();
}

} // namespace

TEST_CASE("A Relais file whose first 4 KiB are zeroed is refused as damaged, untouched")
{
    TestDatabase db;
    const QString path = closedFile(db);
    overwrite(path, 0, QByteArray(4096, '\0'));
    const QByteArray before = fileHash(path);

    for (const auto access : bothAccesses) {
        for (const auto mode :
            { Database::OpenMode::ExistingOnly, Database::OpenMode::CreateIfMissing }) {
            const auto opened = Database::open(path, mode, access);
            CHECK_FALSE(opened.database);
            CHECK(opened.error == Database::OpenError::Damaged);
            CHECK(opened.message.contains(QDir::toNativeSeparators(path)));
            CHECK(opened.message.contains(QStringLiteral("damaged")));
        }
    }
    CHECK(fileHash(path) == before);
    CHECK(filesIn(db.folder()) == QStringList { "test.relais" });
}

TEST_CASE("A Relais file with a table's page overwritten is refused as damaged, untouched")
{
    TestDatabase db;
    const QString path = closedFile(db);
    damageTable(path, QStringLiteral("contact"));
    const QByteArray before = fileHash(path);

    for (const auto access : bothAccesses) {
        const auto opened = Database::open(path, Database::OpenMode::ExistingOnly, access);
        CHECK_FALSE(opened.database);
        CHECK(opened.error == Database::OpenError::Damaged);
        CHECK(opened.message.contains(QStringLiteral("damaged")));
        // What SQLite found, for the details of the message.
        CHECK_FALSE(opened.detail.isEmpty());
    }
    CHECK(fileHash(path) == before);
    // A read-only look at a WAL file leaves an empty log beside it, nothing more.
    CHECK(QFileInfo(path + "-wal").size() == 0);

    const IntegrityResult check = IntegrityCheck::quickCheck(path);
    CHECK(check.damaged);
    CHECK_FALSE(check.sound());
    CHECK(fileHash(path) == before);
}

TEST_CASE("With its checks deferred a file opens at once and is checked in the background")
{
    TestDatabase db;
    const QString path = closedFile(db);

    SECTION("a sound file is found sound")
    {
        const auto opened = Database::open(path, Database::OpenMode::ExistingOnly,
            Database::Access::ReadWrite, Database::Checks::Deferred);
        REQUIRE(opened.database);
        CHECK_FALSE(opened.database->wasChecked());
        const IntegrityResult result = checkedInTheBackground(path);
        CHECK(result.sound());
        CHECK(result.foreignKeyProblemCount == 0);
        CHECK(result.applicationId == Database::applicationId);
    }
    SECTION("a damaged page is found by the background check, not by the opening")
    {
        damageTable(path, QStringLiteral("contact"));
        const auto opened = Database::open(path, Database::OpenMode::ExistingOnly,
            Database::Access::ReadOnly, Database::Checks::Deferred);
        REQUIRE(opened.database);
        CHECK_FALSE(opened.database->wasChecked());
        const IntegrityResult result = checkedInTheBackground(path);
        CHECK(result.damaged);
        CHECK(Database::damagedMessage(path).contains(QStringLiteral("damaged")));
    }
    SECTION("checked before opening, as by default, the same file is refused")
    {
        damageTable(path, QStringLiteral("contact"));
        const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        CHECK_FALSE(opened.database);
        CHECK(opened.error == Database::OpenError::Damaged);
    }
    SECTION("a file to be migrated is checked before its migration all the same")
    {
        schemarollback::rollBackTo(path, 10);
        damageTable(path, QStringLiteral("contact"));
        const QByteArray before = fileHash(path);
        const auto opened = Database::open(path, Database::OpenMode::ExistingOnly,
            Database::Access::ReadWrite, Database::Checks::Deferred);
        CHECK_FALSE(opened.database);
        CHECK(opened.error == Database::OpenError::Damaged);
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A check destroyed while it runs is waited for, and says nothing afterwards")
{
    TestDatabase db;
    const QString path = closedFile(db);
    bool heard = false;
    {
        BackgroundIntegrityCheck check(path);
        QObject::connect(&check, &BackgroundIntegrityCheck::finished, [&heard] { heard = true; });
        check.start();
    }
    QCoreApplication::processEvents();
    CHECK_FALSE(heard);
}

TEST_CASE("A document that merely is not a database is still not called damaged")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.relais"));
    writeFile(path, QByteArray("Nom;Prénom\n") + QByteArray(4096, ' '));
    CHECK(Database::open(path, Database::OpenMode::ExistingOnly).error
        == Database::OpenError::NotSqlite);
}

TEST_CASE("A damaged file is set aside with its companions, its name freed")
{
    TestDatabase db;
    const QString path = closedFile(db);
    damageTable(path, QStringLiteral("contact"));
    // What a crash leaves beside a file: its log, its index of the log, a journal.
    writeFile(path + "-wal", "wal");
    writeFile(path + "-shm", "shm");
    writeFile(path + "-journal", "journal");
    const QByteArray before = fileHash(path);

    const QString aside = DamagedFile::setAside(path, utc(2026, 11, 26, 12, 0));

    CHECK(aside == path + ".damaged-2026-11-26T120000Z");
    CHECK(fileHash(aside) == before);
    CHECK(filesIn(db.folder())
        == QStringList { "test.relais.damaged-2026-11-26T120000Z",
            "test.relais.damaged-2026-11-26T120000Z-journal",
            "test.relais.damaged-2026-11-26T120000Z-shm",
            "test.relais.damaged-2026-11-26T120000Z-wal" });
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        CHECK_FALSE(QFileInfo::exists(path + suffix));

    // A second one in the same second does not take the first one's name.
    writeFile(path, "again");
    CHECK(DamagedFile::setAside(path, utc(2026, 11, 26, 12, 0))
        == path + ".damaged-2026-11-26T120000Z-2");
    CHECK(fileHash(aside) == before);
    CHECK_FALSE(QFileInfo::exists(path));

    // The name is free: a new database can be made there.
    CHECK(Database::open(path, Database::OpenMode::CreateIfMissing).database);
}

TEST_CASE("A file another Relais has open is not set aside")
{
    TestDatabase db;
    const QByteArray before = fileHash(db.path());
    const QStringList files = filesIn(db.folder());
    CHECK_THROWS_AS(DamagedFile::setAside(db.path(), utc(2026, 11, 26)), DatabaseError);
    CHECK(filesIn(db.folder()) == files);
    CHECK(fileHash(db.path()) == before);
}

TEST_CASE("The newest good backup skips a damaged one, and the offer names it")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal", "Muller" });
    CHECK_FALSE(DamagedFile::newestGoodBackup(db.path()));
    BackupStore store(db.path());
    const Backup good = store.make(*db, BackupReason::Daily, utc(2026, 11, 24));
    addContacts(*db, { "Koenig" });
    const Backup newest = store.make(*db, BackupReason::Daily, utc(2026, 11, 25));
    REQUIRE(store.list().size() == 2);

    auto found = DamagedFile::newestGoodBackup(db.path());
    REQUIRE(found);
    CHECK(found->path == newest.path);

    damageTable(newest.path, QStringLiteral("contact"));
    found = DamagedFile::newestGoodBackup(db.path());
    REQUIRE(found);
    CHECK(found->path == good.path);
    CHECK(found->contactCount == 2);

    const QString aside = db.path() + ".damaged-2026-11-26T120000Z";
    const QString offer = DamagedFile::restoreOffer(db.path(), aside, *found);
    CHECK(offer.contains(QDir::toNativeSeparators(db.path()) + " is damaged"));
    CHECK(offer.contains(QDir::toNativeSeparators(aside)));
    // "2 contacts" once relais_en.ts has the plural; "2 contact(s)" before.
    CHECK(offer.contains(QStringLiteral("(2 contact")));
    CHECK(offer.contains(QLocale().toString(good.taken.toLocalTime(), QLocale::LongFormat)));
    CHECK(offer.endsWith(QLatin1Char('?')));
    CHECK(DamagedFile::noBackupMessage(db.path(), aside).contains(QDir::toNativeSeparators(aside)));
}

TEST_CASE("Rows pointing to missing rows are reported at open, not refused")
{
    TestDatabase db;
    const QString path = closedFile(db);
    {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(opened.database);
        CHECK(opened.database->integrityWarnings().isEmpty());
        CHECK(opened.database->integrityWarnings().message().isEmpty());
    }
    rawExec(path,
        { "PRAGMA foreign_keys = OFF",
            "INSERT INTO contact_email (contact_id, position, email, email_key) "
            "VALUES (9999, 0, 'gone@example.fr', 'gone@example.fr')",
            "INSERT INTO contact_phone (contact_id, position, phone) VALUES (9998, 0, '06')" });

    for (const auto access : bothAccesses) {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly, access);
        REQUIRE(opened.database);
        const IntegrityWarnings &warnings = opened.database->integrityWarnings();
        CHECK(warnings.foreignKeyProblemCount == 2);
        REQUIRE(warnings.examples.size() == 2);
        QStringList tables { warnings.examples[0].table, warnings.examples[1].table };
        tables.sort();
        CHECK(tables == QStringList { "contact_email", "contact_phone" });
        CHECK(warnings.examples[0].parent == "contact");
        CHECK(warnings.message().startsWith(QStringLiteral("2 record")));
        CHECK(warnings.message().contains(QStringLiteral("contact_email")));
    }

    // Check database says the same, and that the file itself is sound.
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.database);
    const IntegrityResult check = IntegrityCheck::fullCheck(*opened.database);
    CHECK(check.ran);
    CHECK_FALSE(check.damaged);
    CHECK(check.foreignKeyProblemCount == 2);
    const QString report = IntegrityCheck::report(check);
    CHECK(report.contains(QStringLiteral("found no damage")));
    CHECK(report.contains(QStringLiteral("no longer exist")));
}

TEST_CASE("Check database reports a sound file as sound")
{
    TestDatabase db;
    addContacts(*db, { "Sénéchal" });
    const IntegrityResult check = IntegrityCheck::fullCheck(*db);
    CHECK(check.sound());
    CHECK(check.problems.isEmpty());
    CHECK(check.foreignKeyProblemCount == 0);
    CHECK(check.applicationId == Database::applicationId);
    const QString report = IntegrityCheck::report(check);
    CHECK(report.contains(QStringLiteral("The database is sound")));
    CHECK(report.contains(QStringLiteral("Every record refers only to records that exist")));
}

TEST_CASE("Check database reports the damage of a damaged file")
{
    TestDatabase db;
    const QString path = closedFile(db);
    damageTable(path, QStringLiteral("contact"));
    // Damaged after it was opened, as a disk fails under a running Relais: opened from a
    // copy made before, then the damaged bytes put in its place.
    const IntegrityResult quick = IntegrityCheck::quickCheck(path);
    REQUIRE(quick.damaged);
    const QString report = IntegrityCheck::report(quick);
    CHECK(report.contains(QStringLiteral("The database is damaged")));
    CHECK(report.contains(QStringLiteral("Restore from backup")));
}

TEST_CASE("A new database and a saved copy are readable by their owner only")
{
#ifdef Q_OS_UNIX
    TestDatabase db;
    addContacts(*db, { "Sénéchal" });
    CHECK(ownerOnly(db.path()));
    REQUIRE(QFileInfo::exists(db.path() + "-wal"));
    CHECK(ownerOnly(db.path() + "-wal"));

    const QString copy = QDir(db.folder()).filePath(QStringLiteral("copy.relais"));
    db->copyTo(copy);
    CHECK(ownerOnly(copy));
    // Over an existing file, readable by all, too.
    writeFile(copy, "old");
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ReadOther);
    db->copyTo(copy);
    CHECK(ownerOnly(copy));
    auto opened = Database::open(copy, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.database);
    CHECK(ContactRepository(*opened.database).count() == 1);
#else
    SUCCEED("Owner-only permissions are a POSIX matter.");
#endif
}

TEST_CASE("File systems are classified as network shares or not")
{
    const auto networkIf = [](const QByteArray &type) {
        return FileLocation::isOnNetworkShare(
            QStringLiteral("/somewhere/relais.relais"), [&](const QString &) { return type; });
    };
    for (const char *type :
        { "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "NFS4", "9p" }) {
        INFO(type);
        CHECK(networkIf(type));
    }
    for (const char *type : { "ext4", "btrfs", "xfs", "tmpfs", "overlay", "NTFS", "vfat", "fuseblk",
             "fuse.portal", "apfs", "" }) {
        INFO(type);
        CHECK_FALSE(networkIf(type));
    }
    CHECK(FileLocation::isNetworkFileSystemMagic(0x6969));
    CHECK(FileLocation::isNetworkFileSystemMagic(0x517B));
    CHECK(FileLocation::isNetworkFileSystemMagic(0xFF534D42));
    CHECK(FileLocation::isNetworkFileSystemMagic(0xFE534D42));
    CHECK_FALSE(FileLocation::isNetworkFileSystemMagic(0xEF53)); // ext4

    // A UNC path is a share whatever the lookup says.
    const auto local = [](const QString &) { return QByteArray("NTFS"); };
    CHECK(
        FileLocation::isOnNetworkShare(QStringLiteral("\\\\server\\share\\relais.relais"), local));
    CHECK(FileLocation::isOnNetworkShare(QStringLiteral("//server/share/relais.relais"), local));
    CHECK(FileLocation::isOnNetworkShare(
        QStringLiteral("\\\\?\\UNC\\server\\share\\relais.relais"), local));
    CHECK_FALSE(FileLocation::isOnNetworkShare(QStringLiteral("\\\\?\\C:\\relais.relais"), local));
    CHECK_FALSE(FileLocation::isOnNetworkShare(QStringLiteral("C:\\Users\\relais.relais"), local));

    // This machine's temporary folder, and a file not yet created in it.
    QTemporaryDir folder;
    CHECK_FALSE(FileLocation::isOnNetworkShare(folder.path()));
    CHECK_FALSE(FileLocation::isOnNetworkShare(folder.filePath("sub/new.relais")));

    const QString warning
        = FileLocation::networkShareWarning(QStringLiteral("/mnt/nas/relais.relais"));
    CHECK(warning.contains(QDir::toNativeSeparators(QStringLiteral("/mnt/nas/relais.relais"))));
    CHECK(warning.contains(QStringLiteral("server mode")));
}

// Not run by default: RELAIS_TIMED_FILE=/tmp/x.relais integrity_tests "[.timing]"
TEST_CASE("Timing of the checks at open", "[.timing]")
{
    const QString source = qEnvironmentVariable("RELAIS_TIMED_FILE");
    REQUIRE_FALSE(source.isEmpty());
    QElapsedTimer timer;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        const IntegrityResult check = IntegrityCheck::quickCheck(source);
        const qint64 checkMs = timer.elapsed();
        CHECK(check.sound());
        QTemporaryDir folder;
        const QString copy = folder.filePath("timed.relais");
        REQUIRE(QFile::copy(source, copy));
        timer.start();
        auto opened = Database::open(copy, Database::OpenMode::ExistingOnly);
        const qint64 openMs = timer.elapsed();
        REQUIRE(opened.database);
        WARN("quick_check + foreign_key_check: " << checkMs << " ms; whole open: " << openMs
                                                 << " ms");
    }
}
