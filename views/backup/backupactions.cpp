#include "backupactions.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <models/db/database.h>
#include <models/db/databaseerror.h>

namespace relais {

namespace {

int count(const QSettings &settings, const char *key, int fallback)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

RotationPolicy BackupActions::policy()
{
    const QSettings settings;
    const RotationPolicy defaults;
    RotationPolicy policy;
    policy.daily = count(settings, "backups/daily", defaults.daily);
    policy.weekly = count(settings, "backups/weekly", defaults.weekly);
    policy.monthly = count(settings, "backups/monthly", defaults.monthly);
    return policy;
}

void BackupActions::setPolicy(const RotationPolicy &policy)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backups/daily"), policy.daily);
    settings.setValue(QStringLiteral("backups/weekly"), policy.weekly);
    settings.setValue(QStringLiteral("backups/monthly"), policy.monthly);
}

void BackupActions::setFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        QSettings().remove(QStringLiteral("backups/folder"));
    else
        QSettings().setValue(QStringLiteral("backups/folder"), folder.trimmed());
}

QString BackupActions::folder()
{
    return QSettings().value(QStringLiteral("backups/folder")).toString().trimmed();
}

BackupStore BackupActions::store(const QString &databasePath)
{
    return BackupStore(databasePath, folder());
}

bool BackupActions::applies(const Database &database)
{
    return !database.isReadOnly() && !database.inTransaction();
}

BackupActions::Outcome BackupActions::atOpen(const Database &database, const QDateTime &now)
{
    Outcome outcome;
    if (!applies(database))
        return outcome;
    try {
        BackupStore backups = store(database.path());
        if (!backups.isDue(now))
            return outcome;
        outcome.made = backups.make(database, BackupReason::Daily, now);
        backups.rotate(policy(), now);
    } catch (const DatabaseError &error) {
        outcome.error = error.message();
    }
    return outcome;
}

BackupActions::Outcome BackupActions::onDemand(const Database &database, const QDateTime &now)
{
    Outcome outcome;
    if (!applies(database))
        return outcome;
    try {
        BackupStore backups = store(database.path());
        outcome.made = backups.make(database, BackupReason::OnDemand, now);
        backups.rotate(policy(), now);
    } catch (const DatabaseError &error) {
        outcome.error = error.message();
    }
    return outcome;
}

bool BackupActions::beforeChange(
    const Database &database, BackupReason reason, QWidget *parent, const QDateTime &now)
{
    if (!applies(database))
        return true;
    QString error;
    try {
        store(database.path()).make(database, reason, now);
        return true;
    } catch (const DatabaseError &failure) {
        error = failure.message();
    }
    const QString question = reason == BackupReason::BeforeMerge
        ? tr("No backup could be made before the merge: %1\n\nMerge without a backup?")
        : tr("No backup could be made before the import: %1\n\nImport without a backup?");
    QMessageBox box(
        QMessageBox::Warning, tr("Backup"), question.arg(error), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("backupFailed"));
    QPushButton *goOn = box.addButton(tr("Go on without a backup"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == goOn;
}

} // namespace relais
