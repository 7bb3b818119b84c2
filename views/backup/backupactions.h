#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <models/db/backupstore.h>
#include <optional>

class QWidget;

namespace relais {

class Database;

// What the window does with backups, kept out of it so that tests can run it: the
// settings, the daily backup at open, the backup before an import or a merge, and the
// one on demand. Nothing here runs on a file opened read-only or inside a transaction
// (VACUUM INTO cannot).
//
// Settings (QSettings, per user, edited in Preferences): "backups/daily",
// "backups/weekly", "backups/monthly" (how many copies rotation keeps, 7, 4 and 12 by
// default) and "backups/folder" (empty: "<base name> backups" beside the file).
class BackupActions
{
    Q_DECLARE_TR_FUNCTIONS(relais::BackupActions)

public:
    static RotationPolicy policy();
    static void setPolicy(const RotationPolicy &policy);
    static QString folder();
    static void setFolder(const QString &folder);
    // The backups of this file, in the folder of the settings.
    static BackupStore store(const QString &databasePath);

    struct Outcome
    {
        std::optional<Backup> made; // empty when none was due, or on failure
        QString error; // for the user; empty on success
    };

    // At open: if no backup was taken today, a daily one, then rotation. Never throws.
    static Outcome atOpen(const Database &database, const QDateTime &now);
    // File > Back up now: a backup, then rotation. Never throws.
    static Outcome onDemand(const Database &database, const QDateTime &now);
    // Before an import or a merge: a backup of that reason. If it fails, says why and
    // asks whether to go on without one (Cancel by default). Returns whether to go on.
    static bool beforeChange(
        const Database &database, BackupReason reason, QWidget *parent, const QDateTime &now);

private:
    static bool applies(const Database &database);
};

} // namespace relais
