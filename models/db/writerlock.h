#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

class QLockFile;

namespace relais {

// Makes one Relais process the writer of a database file. The lock is a QLockFile
// beside the database (<file>.lock: process id, machine, boot), which tells a lock
// left by a crashed process from a live one and removes it; who holds it is written
// beside it (<file>.lock.json), since QLockFile keeps no user name.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(relais::WriterLock)

public:
    struct Holder
    {
        QString user; // the OS user name; empty when it could not be known
        QString machine; // the host name
        QDateTime since; // when the lock was taken
        qint64 pid = 0;

        // "This file is open in Relais by marie on PC-ACCUEIL since 09:12."
        QString message() const;
        // The same, adding that this window opened it read-only: for a banner.
        QString readOnlyMessage() const;
        // Held by a Relais of another machine: a lock it left behind (it crashed, it was
        // switched off) never goes stale by itself, since this machine cannot see its
        // processes.
        bool onAnotherMachine() const;
    };

    enum class Status {
        Held,
        HeldByAnother, // a live process holds it: see holder()
        FolderReadOnly, // the lock file cannot be created beside the database
        Failed, // another error (disk full…)
    };

    explicit WriterLock(const QString &databasePath);
    // Releases the lock if held.
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    // Takes the lock without waiting, recovering one left by a process that no longer
    // runs on this machine. Another process of this machine or another machine keeps it.
    Status acquire();
    bool isHeld() const;
    void release();
    // Who holds the lock, as the last acquire() found it: another process after
    // HeldByAnother (fields left empty if it could not be read), this one after Held.
    const Holder &holder() const { return m_holder; }

    // Who holds the lock of this database now, if anyone.
    static std::optional<Holder> holderOf(const QString &databasePath);
    // Removes the lock a Relais of another machine holds, once the user has said that it
    // no longer runs there. False, removing nothing, when nobody holds the lock or it is
    // held on this machine (a live process here keeps it; a dead one's is recovered by
    // acquire()), or when it cannot be removed.
    static bool removeLockOfAnotherMachine(const QString &databasePath);
    static QString lockFilePath(const QString &databasePath);
    static QString holderFilePath(const QString &databasePath);
    // The OS user: USER, USERNAME or LOGNAME, else (POSIX) the effective user's name.
    static QString currentUserName();

    // A lock file with no holder written in it is taken for a crash's remains after this.
    static constexpr int unreadableLockSeconds = 10;

private:
    void writeHolder() const;
    bool removeUnreadableLock();

    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    Holder m_holder;
};

} // namespace relais
