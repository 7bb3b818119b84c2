#pragma once

// Automatic backups of one Relais file, kept in a folder beside it.
//
// What callers must do (none of it is wired here):
// - At open, once Database::open has succeeded: if isDue(now), make(db, Daily, now),
//   then rotate(policy, now). A failed backup is worth a warning, not a refusal to open.
// - Before a migration: Database::open must call make(…, BeforeMigration, now) after the
//   connection is open and before migrate() runs, when the file's schema is older than
//   latestSchemaVersion(). make() needs only the connection, not the current schema.
// - Before an import or a merge: make(…, BeforeImport / BeforeMerge, now) before the
//   step's transaction begins (VACUUM INTO cannot run inside a transaction), and do not
//   start the import or merge if it throws.
// - On demand: make(…, OnDemand, now).
// - Restore (File > Restore from backup): list() for the choice, then close the Database
//   (destroy it: every connection to the file must be gone, or its WAL would be moved
//   from under it), restore(backup, path, now), and open the file again, which migrates
//   a backup taken before a migration. Tell the user where the file set aside is.
// Everything throws DatabaseError with a message for the user; `now` is the caller's
// clock (QDateTime::currentDateTime()), taken as a parameter so that tests choose it.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace relais {

class Database;

// Why a backup was taken; part of its file name.
enum class BackupReason {
    Daily, // at open, when no backup was taken that day
    BeforeMigration,
    BeforeImport,
    BeforeMerge,
    OnDemand,
};

// One backup file.
struct Backup
{
    QString path;
    QDateTime taken; // UTC, to the second, as its file name says
    BackupReason reason = BackupReason::OnDemand;
    qint64 size = 0; // bytes
    int contactCount = -1; // -1 when the file could not be read
};

// How many backups rotation keeps: the newest of each of the last `daily` days that
// have one, then of as many further ISO weeks, then of as many further months.
struct RotationPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// The rotation rule, without files. Of these times (any order), the ones to keep,
// newest first. Days, weeks and months are those of now's time zone.
// As in borg and restic, a period without a backup does not count, so that a file left
// unopened for a year still has its older copies, and a backup already kept by a finer
// rule is not counted again by a coarser one: a daily series keeps daily + weekly +
// monthly copies. Always kept: the newest time not after now, and any time after now
// (a clock that was wrong), which the rule cannot place. Equal times are kept together.
QList<QDateTime> keptByRotation(
    const QList<QDateTime> &taken, const RotationPolicy &policy, const QDateTime &now);

// The backups of one database file. Each is a file named
// "<database base name>-<UTC time>-<reason>.relais", e.g.
// "relais-2026-11-26T093000Z-daily.relais", readable by its owner only, made with
// VACUUM INTO a temporary file that is checked before it gets its name.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::BackupStore)

public:
    using Reason = BackupReason;

    // `folder` empty: "<base name> backups" beside the database.
    explicit BackupStore(const QString &databasePath, const QString &folder = {});

    static QString defaultFolder(const QString &databasePath);
    QString databasePath() const { return m_databasePath; }
    QString folder() const { return m_folder; }

    // Copies the open database into a new backup, checked with quick_check; creates the
    // folder (owner only) if needed. A copy that fails its check is deleted.
    Backup make(const Database &database, Reason reason, const QDateTime &now);
    // No backup (of any reason) was taken on now's day; backups dated after now are
    // ignored, so that a clock that was once ahead does not stop the daily backups.
    bool isDue(const QDateTime &now) const;
    // Newest first, with each file's count of contacts (read-only).
    QList<Backup> list() const;
    // Deletes the backups keptByRotation() does not keep, and temporary copies left more
    // than an hour before now by an interrupted backup; returns the paths deleted.
    QList<QString> rotate(const RotationPolicy &policy, const QDateTime &now);

    // Puts the backup in place of the (closed) file at databasePath, usually
    // databasePath(): checks the backup, sets the current file aside as
    // "<file>.before-restore-<UTC time>" (its -wal and -journal moved along with it, its
    // -shm removed), then copies the backup in, readable by its owner only. Returns the
    // path of the file set aside, empty when there was none. On failure the current
    // file is left, or put back, as it was.
    QString restore(const Backup &backup, const QString &databasePath, const QDateTime &now);

    // For the list of backups: "Daily", "Before an import"…
    static QString reasonText(Reason reason);

    // For tests only: runs on each fresh copy before it is checked, so that a test can
    // damage it as a failing disk would.
    void setBeforeCheckHook(std::function<void(const QString &copyPath)> hook)
    {
        m_beforeCheck = std::move(hook);
    }

private:
    QList<Backup> scan() const;
    QString newBackupName(Reason reason, const QDateTime &taken) const;

    QString m_databasePath;
    QString m_folder;
    std::function<void(const QString &)> m_beforeCheck;
};

} // namespace relais
