#pragma once

// What to do with a file Database::open refused as Damaged (none of it is wired here):
// 1. setAside(path, now): the file and its companions get a ".damaged-<UTC time>" name,
//    so that nothing ever writes over it and its name is free;
// 2. newestGoodBackup(path): the backup to offer, if any;
// 3. restoreOffer(…) as the question; on yes, BackupStore::restore(backup, path, now)
//    (it finds no current file to set aside), then Database::open again.

#include "backupstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace relais {

class DamagedFile
{
    Q_DECLARE_TR_FUNCTIONS(relais::DamagedFile)

public:
    // Renames the file and its -wal, -shm and -journal to "<file>.damaged-<UTC time>"
    // (+ the same suffixes) and returns the new path of the file. Refuses (throws
    // DatabaseError) while another Relais holds the file; on failure, what was moved is
    // put back.
    static QString setAside(const QString &path, const QDateTime &now);

    // The newest backup of the file that passes quick_check and is a Relais file.
    // `backupFolder` empty: the default folder beside the file.
    static std::optional<Backup> newestGoodBackup(
        const QString &databasePath, const QString &backupFolder = {});

    // "<file> is damaged. It has been kept as <x>; restore the backup of <date>
    // (N contacts)?"
    static QString restoreOffer(
        const QString &databasePath, const QString &keptAs, const Backup &backup);
    // When there is no backup to restore.
    static QString noBackupMessage(const QString &databasePath, const QString &keptAs);
};

} // namespace relais
