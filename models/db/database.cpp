#include "database.h"

#include "audittrail.h"
#include "backupstore.h"
#include "databaseerror.h"
#include "integritycheck.h"
#include "migrations.h"
#include "sqlquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

Q_LOGGING_CATEGORY(lcDatabase, "relais.database", QtInfoMsg)

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("relais-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

enum class Header { Sqlite, NotSqlite, Empty, Blank };

// Reads only the 100-byte header: nothing that SQLite might do on open (journal
// recovery, WAL set-up) happens to a file we are going to refuse.
Header readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Header::NotSqlite;
    if (file.size() == 0)
        return Header::Empty;
    static const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = file.read(100);
    if (header.startsWith(magic))
        return Header::Sqlite;
    // A blank header on a file of at least one page is what a failing disk, or a file
    // system that lost its last writes in a power cut, leaves of a database; no
    // document of another program starts with 100 zero bytes.
    if (file.size() >= 512 && header.size() == 100 && header.count('\0') == 100)
        return Header::Blank;
    return Header::NotSqlite;
}

struct Probe
{
    bool readable = false;
    quint32 applicationId = 0;
    bool hasTables = false;
    int schemaVersion = 0;
    QString error;
    // Reading it failed as reading a damaged file fails.
    bool damaged = false;
};

// Looks inside through a read-only connection.
Probe probe(const QString &path)
{
    Probe result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            const auto failed = [&] {
                result.error = q.lastError().text();
                result.damaged = result.damaged || IntegrityCheck::isDamageError(q.lastError());
            };
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                result.readable = true;
                result.applicationId = static_cast<quint32>(q.value(0).toLongLong());
            } else {
                failed();
            }
            if (result.readable) {
                if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
                    result.hasTables = q.value(0).toInt() > 0;
                else
                    failed();
            }
            if (result.readable && result.applicationId == Database::applicationId) {
                if (q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next())
                    result.schemaVersion = q.value(0).toInt();
                else
                    failed();
            }
            q.finish();
            db.close();
        } else {
            result.error = db.lastError().text();
            result.damaged = IntegrityCheck::isDamageError(db.lastError());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Database::Opened refusal(
    Database::OpenError error, const QString &message, const QString &detail = {})
{
    Database::Opened opened;
    opened.error = error;
    opened.message = message;
    opened.detail = detail;
    return opened;
}

QString damaged(const QString &shownName)
{
    return Database::tr("%1 is damaged: SQLite's check of the file found errors. Relais will "
                        "not write to it. Keep it aside and restore a backup. The file has not "
                        "been changed.")
        .arg(shownName);
}

QString folderReadOnly(const QString &shownName)
{
    return Database::tr("The folder of %1 is read-only: Relais needs to write beside its database. "
                        "Copy the file to a folder where you can write, or change the folder's "
                        "permissions. The file has not been changed.")
        .arg(shownName);
}

} // namespace

QString Database::damagedMessage(const QString &path)
{
    return damaged(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

Database::Opened Database::open(const QString &path, OpenMode mode, Access access, Checks checks)
{
    const bool readOnly = access == Access::ReadOnly;
    if (readOnly)
        mode = OpenMode::ExistingOnly;
    const QFileInfo info(path);
    const QString shownName = QDir::toNativeSeparators(info.absoluteFilePath());
    bool initialise = false;
    bool needsMigration = false;

    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return refusal(
                OpenError::NotFound, Database::tr("The file %1 does not exist.").arg(shownName));
        if (!QDir().mkpath(info.absolutePath()))
            return refusal(OpenError::CannotCreate,
                Database::tr("The folder %1 could not be created.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        initialise = true;
    } else {
        if (info.isDir())
            return refusal(OpenError::NotSqlite,
                Database::tr("%1 is a folder, not a database.").arg(shownName));
        const Header header = readHeader(path);
        if (header == Header::NotSqlite)
            return refusal(OpenError::NotSqlite,
                Database::tr("%1 is not a Relais database (it is not an SQLite file at all). "
                             "It has not been changed.")
                    .arg(shownName));
        if (header == Header::Blank)
            return refusal(OpenError::Damaged,
                Database::tr("%1 is damaged: its beginning is blank, as a failing disk or an "
                             "interrupted write leaves a file. Relais cannot read it and will "
                             "not write to it. Keep it aside and restore a backup. The file has "
                             "not been changed.")
                    .arg(shownName));
        if (header == Header::Empty) {
            if (mode == OpenMode::ExistingOnly)
                return refusal(OpenError::NotRelais,
                    Database::tr(
                        "%1 is an empty file, not a Relais database. It has not been changed.")
                        .arg(shownName));
            initialise = true;
        } else {
            const Probe inside = probe(path);
            if (inside.damaged)
                return refusal(OpenError::Damaged, damaged(shownName), inside.error);
            // SQLite writes its shared-memory index beside a WAL file even to read it.
            if (!inside.readable && !QFileInfo(info.absolutePath()).isWritable())
                return refusal(OpenError::ReadOnlyFile, folderReadOnly(shownName), inside.error);
            if (!inside.readable)
                return refusal(OpenError::CannotOpen,
                    Database::tr(
                        "%1 could not be read. It may be damaged or locked by another program.")
                        .arg(shownName),
                    inside.error);
            if (inside.applicationId != applicationId) {
                // An SQLite file with nothing in it is what an interrupted first run
                // leaves behind: safe to initialise, but only where we create files.
                if (inside.applicationId == 0 && !inside.hasTables
                    && mode == OpenMode::CreateIfMissing)
                    initialise = true;
                else
                    return refusal(OpenError::NotRelais,
                        Database::tr("%1 is a database of another program, not a Relais database. "
                                     "It has not been changed.")
                            .arg(shownName));
            } else if (inside.schemaVersion > latestSchemaVersion()) {
                return refusal(OpenError::NewerSchema,
                    Database::tr(
                        "%1 was written by a newer version of Relais (database version %2; "
                        "this version reads up to %3). Install the newer version to open it. "
                        "The file has not been changed.")
                        .arg(shownName)
                        .arg(inside.schemaVersion)
                        .arg(latestSchemaVersion()));
            } else if (!readOnly && inside.schemaVersion < latestSchemaVersion()) {
                needsMigration = true;
            } else if (readOnly && inside.schemaVersion < latestSchemaVersion()) {
                return refusal(OpenError::NeedsUpgrade,
                    Database::tr("%1 was written by an older version of Relais and must first be "
                                 "brought up to date, which cannot be done while it is opened "
                                 "read-only. Open it normally once nobody else has it open. "
                                 "The file has not been changed.")
                        .arg(shownName));
            }
        }
        if (!readOnly && !info.isWritable())
            return refusal(OpenError::ReadOnlyFile,
                Database::tr(
                    "%1 is read-only: Relais needs to write to its database. Copy it to a folder "
                    "where you can write, or change its permissions.")
                    .arg(shownName));
    }

    // Only now, when the file is known to be ours and the only thing left is to write:
    // a refused file says what it is, not who has it open.
    std::unique_ptr<WriterLock> lock;
    if (!readOnly) {
        lock = std::make_unique<WriterLock>(info.absoluteFilePath());
        switch (lock->acquire()) {
        case WriterLock::Status::Held:
            break;
        case WriterLock::Status::HeldByAnother: {
            Opened refused = refusal(OpenError::HeldByAnother,
                Database::tr("%1 Only one Relais at a time can change a file; it can be opened "
                             "read-only meanwhile.")
                    .arg(lock->holder().message()),
                QDir::toNativeSeparators(WriterLock::lockFilePath(path)));
            refused.holder = lock->holder();
            return refused;
        }
        case WriterLock::Status::FolderReadOnly:
            return refusal(OpenError::ReadOnlyFile, folderReadOnly(shownName),
                QDir::toNativeSeparators(WriterLock::lockFilePath(path)));
        case WriterLock::Status::Failed:
            return refusal(OpenError::CannotOpen,
                Database::tr("%1 could not be opened for writing: its lock file %2 could not be "
                             "created.")
                    .arg(shownName, QDir::toNativeSeparators(WriterLock::lockFilePath(path))));
        }
    }

    // Checked through a read-only connection of its own, before anything writes to the
    // file (not even the switch to WAL) and, for the writer, once no other Relais can
    // write to it meanwhile.
    IntegrityWarnings warnings;
    const bool checkNow = !initialise && (checks == Checks::BeforeOpening || needsMigration);
    if (checkNow) {
        const IntegrityResult check = IntegrityCheck::quickCheck(path);
        if (check.damaged)
            return refusal(OpenError::Damaged, damaged(shownName),
                check.problems.isEmpty() ? check.error : check.problems.join(QLatin1Char('\n')));
        if (!check.ran)
            qCWarning(lcDatabase, "%ls could not be checked: %ls", qUtf16Printable(shownName),
                qUtf16Printable(check.error));
        warnings.foreignKeyProblemCount = check.foreignKeyProblemCount;
        warnings.examples = check.foreignKeyProblems;
        if (!warnings.isEmpty())
            qCWarning(lcDatabase, "%ls: %d rows refer to missing rows", qUtf16Printable(shownName),
                warnings.foreignKeyProblemCount);
    } else if (!info.exists()) {
        // Created readable by its owner only before SQLite opens it, so that its -wal and
        // -shm, which SQLite gives the file's permissions, are too.
        QFile created(path);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            created.setPermissions(ownerOnly);
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName()));
    database->m_readOnly = readOnly;
    database->m_integrityWarnings = warnings;
    database->m_checked = initialise || checkNow;
    database->m_writerLock = std::move(lock);
    QSqlDatabase db
        = QSqlDatabase::addDatabase(database->m_dialect.driverName(), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly
            ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return refusal(initialise ? OpenError::CannotCreate : OpenError::CannotOpen,
            Database::tr("%1 could not be opened.").arg(shownName), db.lastError().text());
    if (initialise)
        QFile::setPermissions(path, ownerOnly);
    try {
        for (const QString &statement : database->m_dialect.connectionSetup())
            database->exec(statement);
        if (!readOnly) {
            // A file made by an older Relais is copied before it is changed for good.
            if (!initialise && currentSchemaVersion(*database) < latestSchemaVersion()) {
                try {
                    BackupStore(database->m_path, migrationBackupFolder())
                        .make(
                            *database, BackupReason::BeforeMigration, QDateTime::currentDateTime());
                } catch (const DatabaseError &error) {
                    return refusal(OpenError::MigrationFailed,
                        Database::tr("%1 was made by an earlier version of Relais and could "
                                     "not be backed up before being brought up to date; it was "
                                     "left as it was. %2")
                            .arg(shownName, error.message()),
                        error.detail());
                }
            }
            migrate(*database);
        }
        AuditTrail::install(*database); // does nothing on a read-only connection
    } catch (const DatabaseError &error) {
        if (readOnly)
            return refusal(OpenError::CannotOpen,
                Database::tr("%1 could not be read: %2").arg(shownName, error.message()),
                error.detail());
        return refusal(OpenError::MigrationFailed,
            Database::tr("%1 could not be brought up to date: %2").arg(shownName, error.message()),
            error.detail());
    }
    qCInfo(lcDatabase, "Opened %ls %s (%ls, database version %d)", qUtf16Printable(shownName),
        readOnly ? "read-only" : "for writing", qUtf16Printable(database->engineVersion()),
        database->schemaVersion());
    Opened opened;
    opened.database = std::move(database);
    return opened;
}

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(Dialect::sqlite())
    , m_notifier(std::make_unique<ChangeNotifier>())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return currentSchemaVersion(*this);
}

namespace {
QString &backupFolderForMigrations()
{
    static QString folder;
    return folder;
}
} // namespace

void Database::setMigrationBackupFolder(const QString &folder)
{
    backupFolderForMigrations() = folder;
}

QString Database::migrationBackupFolder()
{
    return backupFolderForMigrations();
}

QString Database::engineVersion() const
{
    try {
        return QStringLiteral("SQLite ")
            + SqlQuery(*this, m_dialect.engineVersion()).scalar().toString();
    } catch (const DatabaseError &) {
        return {};
    }
}

void Database::copyTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath) && !QFile::remove(targetPath))
        throw DatabaseError(
            Database::tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(targetPath)));
    // VACUUM INTO writes into an empty file: created first, readable by its owner only.
    QFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw DatabaseError(
            Database::tr("%1 could not be created.").arg(QDir::toNativeSeparators(targetPath)),
            target.errorString());
    target.close();
    target.setPermissions(ownerOnly);
    try {
        SqlQuery(*this, m_dialect.copyDatabaseTo())
            .bind(QStringLiteral(":path"), targetPath)
            .exec();
    } catch (const DatabaseError &) {
        QFile::remove(targetPath);
        throw;
    }
}

void Database::exec(const QString &statement) const
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        throw DatabaseError(storageFailureMessage(query.lastError()),
            query.lastError().text() + QLatin1Char('\n') + statement);
}

void Database::beginTransaction()
{
    if (m_readOnly)
        throw DatabaseError(
            Database::tr("This file is open read-only: your changes cannot be saved."));
    if (m_depth == 0)
        exec(m_dialect.beginWriteTransaction());
    else
        exec(m_dialect.savepoint(QStringLiteral("level%1").arg(m_depth)));
    ++m_depth;
}

void Database::commitTransaction()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        exec(QStringLiteral("COMMIT"));
        m_depth = 0;
        m_notifier->flush();
    } else {
        --m_depth;
        exec(m_dialect.releaseSavepoint(QStringLiteral("level%1").arg(m_depth)));
    }
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        m_depth = 0;
        m_notifier->discard();
        exec(QStringLiteral("ROLLBACK"));
    } else {
        --m_depth;
        const QString name = QStringLiteral("level%1").arg(m_depth);
        exec(m_dialect.rollbackToSavepoint(name));
        exec(m_dialect.releaseSavepoint(name));
    }
}

} // namespace relais
