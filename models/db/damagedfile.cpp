#include "damagedfile.h"

#include "database.h"
#include "databaseerror.h"
#include "integritycheck.h"
#include "writerlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace relais {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

const QStringList companions { QStringLiteral("-wal"), QStringLiteral("-shm"),
    QStringLiteral("-journal") };

bool anyExists(const QString &base)
{
    if (QFileInfo::exists(base))
        return true;
    for (const QString &suffix : companions)
        if (QFileInfo::exists(base + suffix))
            return true;
    return false;
}

} // namespace

QString DamagedFile::setAside(const QString &path, const QDateTime &now)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    if (const auto holder = WriterLock::holderOf(file))
        throw DatabaseError(tr("%1 cannot be set aside while another Relais has it open. %2")
                                .arg(shown(file), holder->message()));
    if (!QFileInfo(file).isFile())
        throw DatabaseError(tr("The file %1 does not exist.").arg(shown(file)));

    const QString stamp = now.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    QString aside = file + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; anyExists(aside); ++n)
        aside = file + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);

    QList<std::pair<QString, QString>> moved;
    for (const QString &suffix : QStringList { QString() } + companions) {
        if (!QFileInfo::exists(file + suffix))
            continue;
        if (!QFile::rename(file + suffix, aside + suffix)) {
            for (auto it = moved.crbegin(); it != moved.crend(); ++it)
                QFile::rename(it->second, it->first);
            throw DatabaseError(tr("The damaged file %1 could not be set aside: %2 could not be "
                                   "renamed. It has not been changed.")
                                    .arg(shown(file), shown(file + suffix)));
        }
        moved.append({ file + suffix, aside + suffix });
    }
    return aside;
}

std::optional<Backup> DamagedFile::newestGoodBackup(
    const QString &databasePath, const QString &backupFolder)
{
    for (const Backup &backup : BackupStore(databasePath, backupFolder).list()) {
        const IntegrityResult check = IntegrityCheck::quickCheck(backup.path);
        if (check.sound() && check.applicationId == Database::applicationId)
            return backup;
    }
    return std::nullopt;
}

QString DamagedFile::restoreOffer(
    const QString &databasePath, const QString &keptAs, const Backup &backup)
{
    const QString date = QLocale().toString(backup.taken.toLocalTime(), QLocale::LongFormat);
    const QString contacts = backup.contactCount < 0
        ? tr("contacts not counted")
        : tr("%n contact(s)", nullptr, backup.contactCount);
    return tr("%1 is damaged. It has been kept as %2, so that nothing is lost. Restore the "
              "backup of %3 (%4)?")
        .arg(shown(databasePath), shown(keptAs), date, contacts);
}

QString DamagedFile::noBackupMessage(const QString &databasePath, const QString &keptAs)
{
    return tr("%1 is damaged. It has been kept as %2, so that nothing is lost, but there is no "
              "sound backup of it to restore. Relais can start a new, empty database in its "
              "place; the damaged file may still be repaired by a specialist.")
        .arg(shown(databasePath), shown(keptAs));
}

} // namespace relais
