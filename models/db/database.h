#pragma once

#include "../changenotifier.h"
#include "dialect.h"
#include "integritycheck.h"
#include "writerlock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace relais {

// One open Relais file: the connection, its dialect, its transactions and the notifier
// through which committed changes are announced.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(relais::Database)

public:
    enum class OpenMode {
        ExistingOnly, // the file must exist and be a Relais database
        CreateIfMissing, // create and initialise it when absent
    };

    enum class Access {
        // The one writer of the file: holds its WriterLock and applies migrations.
        ReadWrite,
        // Only reads (another Relais writes it, or it cannot be written): creates
        // nothing, migrates nothing, takes no lock, and refuses every transaction.
        ReadOnly,
    };

    enum class OpenError {
        None,
        NotFound,
        NotSqlite, // not an SQLite file at all
        NotRelais, // SQLite, but another program's
        NewerSchema, // made by a newer Relais
        ReadOnlyFile,
        CannotCreate,
        CannotOpen,
        MigrationFailed,
        HeldByAnother, // another Relais writes it: it can be opened read-only meanwhile
        NeedsUpgrade, // read-only, but made by an older Relais and not yet migrated
        // An SQLite file that fails quick_check or cannot be read as one (its first page
        // blank…): never written to; see DamagedFile for setting it aside.
        Damaged,
    };

    struct Opened
    {
        std::unique_ptr<Database> database;
        OpenError error = OpenError::None;
        // For the user, in their language.
        QString message;
        QString detail;
        // HeldByAnother: who holds the file, for the read-only banner.
        std::optional<WriterLock::Holder> holder;
    };

    // Opens a file, checking before anything is written that it is a Relais database
    // this version can read; applies pending migrations. A refused file is left
    // byte-for-byte untouched. ReadOnly never creates a file, whatever the mode.
    // When SQLite's quick_check and foreign_key_check of an existing file run.
    enum class Checks {
        BeforeOpening, // open() refuses a damaged file (the command line, the tests)
        // Left to the caller (BackgroundIntegrityCheck), so that a large file opens at
        // once: the window checks it while the user starts working. The header, the schema
        // and SQLite's reading of the first pages are still checked, and a file to be
        // migrated is still checked before its migration.
        Deferred,
    };
    static Opened open(const QString &path, OpenMode mode, Access access = Access::ReadWrite,
        Checks checks = Checks::BeforeOpening);
    // For a file whose check found it damaged, in the user's language.
    static QString damagedMessage(const QString &path);

    // Where open() puts the copy it makes before migrating a file made by an older Relais
    // (the backups folder of the preferences); empty: "<name> backups" beside the file.
    static void setMigrationBackupFolder(const QString &folder);
    static QString migrationBackupFolder();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;
    const Dialect &dialect() const { return m_dialect; }
    ChangeNotifier &notifier() const { return *m_notifier; }
    int schemaVersion() const;
    // "SQLite 3.40.1", for About and the log.
    QString engineVersion() const;
    // What foreign_key_check found at open (rows pointing to rows that no longer exist):
    // not a reason to refuse the file, but worth showing.
    const IntegrityWarnings &integrityWarnings() const { return m_integrityWarnings; }
    // False when open() left the checks to the caller (Checks::Deferred).
    bool wasChecked() const { return m_checked; }

    // Writes a consistent copy of the file (for "Save a copy as…"), readable by its owner
    // only; throws DatabaseError.
    void copyTo(const QString &targetPath) const;

    // The file's identity in the SQLite header (PRAGMA application_id): "Rlai".
    static constexpr quint32 applicationId = 0x526c6169;

    // Used by Transaction: nested transactions become savepoints. On a file opened
    // read-only, beginTransaction() throws.
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();
    bool inTransaction() const { return m_depth > 0; }
    // Records what the current transaction changes, announced once it commits.
    template<typename What> void changed(What what)
    {
        m_notifier->mark(what);
        if (m_depth == 0)
            m_notifier->flush();
    }

private:
    Database(const QString &path, const QString &connectionName);
    void exec(const QString &statement) const;

    QString m_path;
    QString m_connectionName;
    Dialect m_dialect;
    std::unique_ptr<ChangeNotifier> m_notifier;
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_checked = false;
    IntegrityWarnings m_integrityWarnings;
    // Released once the destructor has closed the connection.
    std::unique_ptr<WriterLock> m_writerLock;
};

} // namespace relais
