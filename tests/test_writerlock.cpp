#include "catchqt.h"
#include "filefaults.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/migrations.h>
#include <models/db/sqlquery.h>
#include <models/db/transaction.h>
#include <models/db/writerlock.h>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

using namespace relais;

namespace {

using filefaults::rawExec;

Contact named(const QString &lastName)
{
    Contact contact;
    contact.lastName = lastName;
    return contact;
}

// A Relais file with one contact, closed (its journal folded back in), in `folder`.
QString closedFileWithOneContact(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("file.relais"));
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE(opened.database);
    ContactRepository(*opened.database).insert(named(QStringLiteral("Sénéchal")));
    return path;
}

int contactCount(Database &database)
{
    return SqlQuery(database, QStringLiteral("SELECT count(*) FROM contact")).scalar().toInt();
}

// Another Relais, in its own process, holding `path` for writing until killed.
class OtherRelais
{
public:
    explicit OtherRelais(const QString &path, const QString &user)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("USER"), user);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(RELAIS_CRASHWRITER), { QStringLiteral("--hold"), path });
        REQUIRE(m_process.waitForStarted());
        QByteArray said;
        while (!said.contains('\n') && m_process.waitForReadyRead(30000))
            said += m_process.readAllStandardOutput();
        INFO(m_process.readAllStandardError().toStdString());
        REQUIRE(said == "held\n");
    }
    ~OtherRelais() { kill(); }
    qint64 pid() const { return m_process.processId(); }
    // SIGKILL on Unix: no destructor runs, the lock file stays behind.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        // Reaped, so that its process id is really gone.
        m_process.waitForFinished(30000);
    }

private:
    QProcess m_process;
};

// Root writes through any permission, so a permission test run as root proves nothing:
// it then runs this very test case again in a child process as user "nobody".
bool rerunUnprivileged()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return false;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({ QString::fromStdString(Catch::getResultCapture().getCurrentTestName()) });
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setChildProcessModifier([] {
        const gid_t nobodyGroup = 65534;
        if (::setgroups(1, &nobodyGroup) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(77);
    });
    child.start();
    REQUIRE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output.toStdString());
    if (child.exitStatus() == QProcess::NormalExit && child.exitCode() == 77) {
        WARN("Could not become an unprivileged user: the permission checks did not run.");
        return true;
    }
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    // It ran the test case (a name matching nothing also exits with 0).
    CHECK(output.contains(QStringLiteral("All tests passed")));
    return true;
#else
    return false;
#endif
}

} // namespace

TEST_CASE("A second open for writing is refused, naming who holds the file")
{
    TestDatabase db;
    ContactRepository(*db).insert(named(QStringLiteral("Sénéchal")));
    const QByteArray before = fileHash(db.path());

    const auto second = Database::open(db.path(), Database::OpenMode::ExistingOnly);
    CHECK_FALSE(second.database);
    CHECK(second.error == Database::OpenError::HeldByAnother);
    REQUIRE(second.holder);
    CHECK(second.holder->user == WriterLock::currentUserName());
    CHECK_FALSE(second.holder->user.isEmpty());
    CHECK(second.holder->machine == QSysInfo::machineHostName());
    CHECK(second.holder->pid == QCoreApplication::applicationPid());
    CHECK(second.message.contains(QStringLiteral("open in Relais by %1 on %2 since")
                                      .arg(second.holder->user, second.holder->machine)));
    CHECK(second.message.contains(QStringLiteral("read-only")));
    CHECK(fileHash(db.path()) == before);
    // The holder keeps writing.
    ContactRepository(*db).insert(named(QStringLiteral("Dupont")));
    CHECK(contactCount(*db) == 2);
}

TEST_CASE("Another Relais process holds the file: refused with its user and machine, read-only "
          "meanwhile")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared.relais"));
    OtherRelais other(path, QStringLiteral("bernard"));

    const auto refused = Database::open(path, Database::OpenMode::CreateIfMissing);
    CHECK_FALSE(refused.database);
    REQUIRE(refused.error == Database::OpenError::HeldByAnother);
    REQUIRE(refused.holder);
    CHECK(refused.holder->user == QStringLiteral("bernard"));
    CHECK(refused.holder->machine == QSysInfo::machineHostName());
    CHECK(refused.holder->pid == other.pid());
    CHECK(refused.holder->since.isValid());
    CHECK(refused.message.startsWith(
        QStringLiteral("This file is open in Relais by bernard on %1 since ")
            .arg(QSysInfo::machineHostName())));
    CHECK(refused.holder->readOnlyMessage().contains(QStringLiteral("opened read-only")));

    auto reader
        = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    REQUIRE(reader.database);
    CHECK(reader.database->isReadOnly());
    CHECK(reader.database->schemaVersion() == latestSchemaVersion());
    CHECK(contactCount(*reader.database) == 0);
    // The holder is still the other process.
    CHECK(WriterLock::holderOf(path)->pid == other.pid());
}

TEST_CASE("A lock left by a killed process is recovered")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("crashed.relais"));
    const QString lockFile = WriterLock::lockFilePath(path);
    {
        OtherRelais other(path, QStringLiteral("bernard"));
        other.kill();
    }
    // The killed process could not remove its lock.
    REQUIRE(QFile::exists(lockFile));
    REQUIRE(WriterLock::holderOf(path)->user == QStringLiteral("bernard"));

    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK_FALSE(opened.database->isReadOnly());
    const auto holder = WriterLock::holderOf(path);
    REQUIRE(holder);
    CHECK(holder->pid == QCoreApplication::applicationPid());
    CHECK(holder->user == WriterLock::currentUserName());
}

TEST_CASE("A lock file with no holder in it is taken for a crash's remains once it is old")
{
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    // Empty, as a power cut between QLockFile's creating it and writing in it leaves it.
    QFile lock(WriterLock::lockFilePath(path));
    const auto touch = [&lock](const QDateTime &when) {
        REQUIRE(lock.open(QIODevice::WriteOnly));
        REQUIRE(lock.setFileTime(when, QFileDevice::FileModificationTime));
        lock.close();
    };

    // Not old (dated ahead, however slow this machine): its holder may be writing in it.
    touch(QDateTime::currentDateTime().addSecs(3600));
    const auto refused = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK_FALSE(refused.database);
    CHECK(refused.error == Database::OpenError::HeldByAnother);
    CHECK(refused.message.startsWith(QStringLiteral("This file is open in another Relais.")));

    touch(QDateTime::currentDateTime().addSecs(-WriterLock::unreadableLockSeconds - 60));
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);
    CHECK(WriterLock::holderOf(path)->pid == QCoreApplication::applicationPid());
}

TEST_CASE("The lock is released when the database is closed")
{
    TestDatabase db;
    const QString lockFile = WriterLock::lockFilePath(db.path());
    CHECK(QFile::exists(lockFile));
    CHECK(QFile::exists(WriterLock::holderFilePath(db.path())));
    db.close();
    CHECK_FALSE(QFile::exists(lockFile));
    CHECK_FALSE(QFile::exists(WriterLock::holderFilePath(db.path())));
    CHECK_FALSE(WriterLock::holderOf(db.path()));
    auto again = Database::open(db.path(), Database::OpenMode::ExistingOnly);
    CHECK(again.database);
}

TEST_CASE("A read-only open reads, refuses every write and leaves the file's bytes unchanged")
{
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    const QByteArray before = fileHash(path);

    auto opened
        = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    REQUIRE(opened.database);
    Database &db = *opened.database;
    CHECK(db.isReadOnly());
    CHECK(contactCount(db) == 1);
    // A reader takes no lock: a writer may still come.
    CHECK_FALSE(QFile::exists(WriterLock::lockFilePath(path)));

    try {
        ContactRepository(db).insert(named(QStringLiteral("Dupont")));
        FAIL("a read-only database accepted a contact");
    } catch (const DatabaseError &error) {
        CHECK(error.message().startsWith(QStringLiteral("This file is open read-only: ")));
    }
    CHECK_FALSE(db.inTransaction());
    // Even a statement outside any transaction is refused by SQLite itself.
    CHECK_THROWS_AS(SqlQuery(db, QStringLiteral("DELETE FROM contact")).exec(), DatabaseError);
    CHECK(contactCount(db) == 1);
    opened.database.reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("A reader sees what the writer commits meanwhile, and changes neither file nor journal")
{
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    auto reader
        = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    REQUIRE(reader.database);
    {
        auto writer = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(writer.database);
        ContactRepository(*writer.database).insert(named(QStringLiteral("Roux")));
    }
    CHECK(contactCount(*reader.database) == 2);
    reader.database.reset();

    // What the writer left in the journal is read again, and neither is written.
    const QString journal = path + QStringLiteral("-wal");
    const QByteArray fileBefore = fileHash(path);
    const QByteArray journalBefore = fileHash(journal);
    auto again = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    REQUIRE(again.database);
    CHECK(contactCount(*again.database) == 2);
    again.database.reset();
    CHECK(fileHash(path) == fileBefore);
    CHECK(fileHash(journal) == journalBefore);
}

TEST_CASE("A read-only open never creates a file")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing.relais"));
    const auto opened
        = Database::open(path, Database::OpenMode::CreateIfMissing, Database::Access::ReadOnly);
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::NotFound);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(folder.path()).isEmpty());
}

TEST_CASE("A file that needs a migration is refused read-only and left untouched")
{
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    // As if the newest migration had not run yet: this version would have to apply it.
    rawExec(path,
        QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(latestSchemaVersion()));
    rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = fileHash(path);
    const auto opened
        = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::NeedsUpgrade);
    CHECK(opened.message.contains(QStringLiteral("older version of Relais")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A read-only file is refused for writing and opens read-only unchanged")
{
    if (rerunUnprivileged())
        return;
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);

    const auto refused = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK_FALSE(refused.database);
    CHECK(refused.error == Database::OpenError::ReadOnlyFile);
    CHECK(refused.message.contains(QStringLiteral("is read-only")));
    CHECK_FALSE(QFile::exists(WriterLock::lockFilePath(path)));

    auto reader
        = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    INFO(reader.message.toStdString() + " " + reader.detail.toStdString());
    REQUIRE(reader.database);
    CHECK(contactCount(*reader.database) == 1);
    CHECK_THROWS_AS(Transaction(*reader.database), DatabaseError);
    reader.database.reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("A file in a read-only folder is refused with a clear message and left unchanged")
{
    if (rerunUnprivileged())
        return;
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    const QByteArray before = fileHash(path);
    const QStringList entries = QDir(folder.path()).entryList(QDir::Files);
    REQUIRE(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
    const auto writable = qScopeGuard([&] {
        QFile::setPermissions(
            folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    // SQLite cannot even read a WAL file without writing its index beside it.
    for (const auto access : { Database::Access::ReadWrite, Database::Access::ReadOnly }) {
        const auto refused = Database::open(path, Database::OpenMode::ExistingOnly, access);
        CHECK_FALSE(refused.database);
        CHECK(refused.error == Database::OpenError::ReadOnlyFile);
        CHECK(refused.message.contains(QStringLiteral("The folder of ")));
        CHECK(refused.message.contains(QStringLiteral("is read-only")));
    }
    CHECK(fileHash(path) == before);
    CHECK(QDir(folder.path()).entryList(QDir::Files) == entries);
}

TEST_CASE("A lock left by another machine's Relais is removed only when asked, and only then")
{
    QTemporaryDir folder;
    const QString path = closedFileWithOneContact(folder.path());
    // As QLockFile writes it on a machine called PC-ACCUEIL, whose Relais was switched off.
    QFile lock(WriterLock::lockFilePath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nrelais\nPC-ACCUEIL\n");
    lock.close();
    QFile holderFile(WriterLock::holderFilePath(path));
    REQUIRE(holderFile.open(QIODevice::WriteOnly));
    holderFile.write(R"({"user":"marie","machine":"PC-ACCUEIL","pid":4242})");
    holderFile.close();

    const auto refused = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK_FALSE(refused.database);
    CHECK(refused.error == Database::OpenError::HeldByAnother);
    REQUIRE(refused.holder);
    CHECK(refused.holder->machine == QStringLiteral("PC-ACCUEIL"));
    CHECK(refused.holder->user == QStringLiteral("marie"));
    CHECK(refused.holder->onAnotherMachine());

    REQUIRE(WriterLock::removeLockOfAnotherMachine(path));
    CHECK_FALSE(QFile::exists(WriterLock::holderFilePath(path)));
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    INFO(opened.message.toStdString());
    REQUIRE(opened.database);

    // A lock of this machine is never removed that way: its holder is alive (this process).
    CHECK_FALSE(WriterLock::holderOf(path)->onAnotherMachine());
    CHECK_FALSE(WriterLock::removeLockOfAnotherMachine(path));
    CHECK(QFile::exists(WriterLock::lockFilePath(path)));
    CHECK(Database::open(path, Database::OpenMode::ExistingOnly).error
        == Database::OpenError::HeldByAnother);
}
