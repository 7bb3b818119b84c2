#include "backupstore.h"

#include "database.h"
#include "databaseerror.h"
#include "sqlquery.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <optional>

namespace relais {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A copy being written is "<backup name>.part" until it has passed its check.
const QString partSuffix = QStringLiteral(".part");

// "2026-11-26T093000Z": sortable, readable, and the same wherever the laptop travels.
QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
}

QDateTime parseStamp(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString reasonToken(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::BeforeMigration:
        return QStringLiteral("before-migration");
    case BackupReason::BeforeImport:
        return QStringLiteral("before-import");
    case BackupReason::BeforeMerge:
        return QStringLiteral("before-merge");
    case BackupReason::OnDemand:
        return QStringLiteral("on-demand");
    }
    return {};
}

std::optional<BackupReason> reasonFromToken(const QString &token)
{
    for (const BackupReason reason : { BackupReason::Daily, BackupReason::BeforeMigration,
             BackupReason::BeforeImport, BackupReason::BeforeMerge, BackupReason::OnDemand })
        if (reasonToken(reason) == token)
            return reason;
    return std::nullopt;
}

// A backup's file name, or that of the copy it was while being written.
struct BackupName
{
    QDateTime taken;
    BackupReason reason = BackupReason::OnDemand;
    int counter = 1; // the second and later backups within one second get "-2", "-3"…
    bool partial = false;
};

std::optional<BackupName> parseName(const QString &fileName, const QString &baseName)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.+)-(\d{4}-\d{2}-\d{2}T\d{6}Z)-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?)"
                       R"(\.relais(\.part)?$)"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1) != baseName)
        return std::nullopt;
    BackupName name;
    name.taken = parseStamp(match.captured(2));
    const std::optional<BackupReason> reason = reasonFromToken(match.captured(3));
    if (!name.taken.isValid() || !reason)
        return std::nullopt;
    name.reason = *reason;
    if (match.hasCaptured(4))
        name.counter = match.captured(4).toInt();
    name.partial = match.hasCaptured(5);
    return name;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("relais-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What a look inside a file through its own read-only connection found.
struct Inspection
{
    bool readable = false;
    quint32 applicationId = 0;
    QString check; // quick_check's answer, "ok" when the file is sound
    int contacts = -1;
    QString error;

    bool sound() const { return readable && check == QLatin1String("ok"); }
    QString detail() const { return error.isEmpty() ? check : error; }
};

Inspection inspect(const QString &path, bool withCheck)
{
    Inspection result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                result.readable = true;
                result.applicationId = static_cast<quint32>(q.value(0).toLongLong());
            } else {
                result.error = q.lastError().text();
            }
            if (result.readable && withCheck) {
                if (q.exec(QStringLiteral("PRAGMA quick_check"))) {
                    QStringList rows;
                    while (q.next())
                        rows << q.value(0).toString();
                    result.check = rows.join(QLatin1Char('\n'));
                } else {
                    result.error = q.lastError().text();
                }
            }
            if (result.readable && q.exec(QStringLiteral("SELECT count(*) FROM contact"))
                && q.next())
                result.contacts = q.value(0).toInt();
            q.finish();
            db.close();
        } else {
            result.error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Creates an empty file readable by its owner only, for SQLite to write into: the data
// never sits in a file others can read, even for a moment.
bool createOwnerOnly(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    return file.setPermissions(ownerOnly);
}

// `time` in the same time zone as `now`, whose days, weeks and months rotation counts.
QDateTime inZoneOf(const QDateTime &time, const QDateTime &now)
{
    switch (now.timeSpec()) {
    case Qt::TimeZone:
        return time.toTimeZone(now.timeZone());
    case Qt::OffsetFromUTC:
        return time.toOffsetFromUtc(now.offsetFromUtc());
    case Qt::UTC:
    case Qt::LocalTime:
        break;
    }
    return time.toTimeSpec(now.timeSpec());
}

} // namespace

QList<QDateTime> keptByRotation(
    const QList<QDateTime> &taken, const RotationPolicy &policy, const QDateTime &now)
{
    QList<QDateTime> past;
    for (const QDateTime &time : taken)
        if (time <= now)
            past << time;
    std::sort(past.begin(), past.end(), std::greater<>());
    QList<bool> keep(past.size(), false);

    // The newest backup of each period, newest period first, up to `count` periods not
    // already kept by a finer rule.
    const auto applyRule = [&](int count, const auto &periodOf) {
        int found = 0;
        std::optional<qint64> last;
        for (qsizetype i = 0; i < past.size() && found < count; ++i) {
            const qint64 period = periodOf(inZoneOf(past[i], now).date());
            if (period == last)
                continue;
            last = period;
            if (!keep[i]) {
                keep[i] = true;
                ++found;
            }
        }
    };
    applyRule(policy.daily, [](const QDate &day) { return day.toJulianDay(); });
    applyRule(policy.weekly, [](const QDate &day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    applyRule(
        policy.monthly, [](const QDate &day) { return qint64(day.year()) * 12 + day.month(); });
    if (!keep.isEmpty())
        keep[0] = true;

    QList<QDateTime> keptTimes;
    for (qsizetype i = 0; i < past.size(); ++i)
        if (keep[i])
            keptTimes << past[i];
    QList<QDateTime> kept;
    for (const QDateTime &time : taken)
        if (time > now || keptTimes.contains(time))
            kept << time;
    std::sort(kept.begin(), kept.end(), std::greater<>());
    return kept;
}

BackupStore::BackupStore(const QString &databasePath, const QString &folder)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(folder.isEmpty() ? defaultFolder(databasePath) : QDir(folder).absolutePath())
{ }

QString BackupStore::defaultFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(" backups"));
}

QString BackupStore::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("Daily");
    case Reason::BeforeMigration:
        return tr("Before an update of the database");
    case Reason::BeforeImport:
        return tr("Before an import");
    case Reason::BeforeMerge:
        return tr("Before a merge");
    case Reason::OnDemand:
        return tr("On demand");
    }
    return {};
}

QString BackupStore::newBackupName(Reason reason, const QDateTime &taken) const
{
    // Backups taken within the same second are numbered, so that the newest sorts first
    // whatever their reasons.
    const QString baseName = QFileInfo(m_databasePath).completeBaseName();
    const QString prefix = baseName + QLatin1Char('-') + stamp(taken) + QLatin1Char('-');
    int counter = 0;
    for (const QString &fileName : QDir(m_folder).entryList(QDir::Files | QDir::Hidden)) {
        if (!fileName.startsWith(prefix))
            continue;
        if (const auto name = parseName(fileName, baseName))
            counter = std::max(counter, name->counter);
    }
    QString fileName = prefix + reasonToken(reason);
    if (counter > 0)
        fileName += QLatin1Char('-') + QString::number(counter + 1);
    return fileName + QStringLiteral(".relais");
}

Backup BackupStore::make(const Database &database, Reason reason, const QDateTime &now)
{
    Q_ASSERT(now.isValid());
    Q_ASSERT(!database.inTransaction());
    const QString shownDatabase = shown(database.path());
    QDir folder(m_folder);
    if (!folder.exists()) {
        if (!QDir().mkpath(m_folder))
            throw DatabaseError(
                tr("The backups folder %1 could not be created.").arg(shown(m_folder)));
        QFile::setPermissions(m_folder, ownerOnly | QFileDevice::ExeOwner);
    }

    const QString finalPath = folder.filePath(newBackupName(reason, now));
    const QString partPath = finalPath + partSuffix;
    QFile::remove(partPath);
    if (!createOwnerOnly(partPath))
        throw DatabaseError(tr("No backup of %1 could be written in the folder %2. The "
                               "database itself has not been changed.")
                                .arg(shownDatabase, shown(m_folder)));
    try {
        SqlQuery(database, database.dialect().copyDatabaseTo())
            .bind(QStringLiteral(":path"), partPath)
            .exec();
    } catch (const DatabaseError &error) {
        QFile::remove(partPath);
        throw DatabaseError(tr("No backup of %1 could be written in the folder %2 (is the "
                               "disk full?). The database itself has not been changed.")
                                .arg(shownDatabase, shown(m_folder)),
            error.detail());
    }

    if (m_beforeCheck)
        m_beforeCheck(partPath);
    const Inspection copy = inspect(partPath, true);
    if (!copy.sound()) {
        QFile::remove(partPath);
        throw DatabaseError(tr("The backup of %1 was damaged as it was written, and has been "
                               "deleted. The database itself has not been changed. Check the "
                               "disk that holds %2.")
                                .arg(shownDatabase, shown(m_folder)),
            copy.detail());
    }
    if (!QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        throw DatabaseError(tr("The backup %1 could not be put in place.").arg(shown(finalPath)));
    }
    QFile::setPermissions(finalPath, ownerOnly);

    Backup backup;
    backup.path = finalPath;
    backup.taken
        = parseName(QFileInfo(finalPath).fileName(), QFileInfo(m_databasePath).completeBaseName())
              ->taken;
    backup.reason = reason;
    backup.size = QFileInfo(finalPath).size();
    backup.contactCount = copy.contacts;
    return backup;
}

QList<Backup> BackupStore::scan() const
{
    const QString baseName = QFileInfo(m_databasePath).completeBaseName();
    QList<std::pair<BackupName, Backup>> found;
    const QDir folder(m_folder);
    const QFileInfoList files
        = folder.entryInfoList({ QStringLiteral("*.relais") }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const std::optional<BackupName> name = parseName(file.fileName(), baseName);
        if (!name || name->partial)
            continue;
        Backup backup;
        backup.path = file.absoluteFilePath();
        backup.taken = name->taken;
        backup.reason = name->reason;
        backup.size = file.size();
        found.append({ *name, backup });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.first.taken != b.first.taken)
            return a.first.taken > b.first.taken;
        return a.first.counter > b.first.counter;
    });
    QList<Backup> backups;
    for (const auto &entry : std::as_const(found))
        backups << entry.second;
    return backups;
}

bool BackupStore::isDue(const QDateTime &now) const
{
    const QDate today = now.date();
    for (const Backup &backup : scan())
        if (backup.taken <= now && inZoneOf(backup.taken, now).date() == today)
            return false;
    return true;
}

QList<Backup> BackupStore::list() const
{
    QList<Backup> backups = scan();
    for (Backup &backup : backups)
        backup.contactCount = inspect(backup.path, false).contacts;
    return backups;
}

QList<QString> BackupStore::rotate(const RotationPolicy &policy, const QDateTime &now)
{
    const QList<Backup> backups = scan();
    QList<QDateTime> taken;
    for (const Backup &backup : backups)
        taken << backup.taken;
    const QList<QDateTime> kept = keptByRotation(taken, policy, now);

    QList<QString> deleted;
    for (const Backup &backup : backups)
        if (!kept.contains(backup.taken) && QFile::remove(backup.path))
            deleted << backup.path;

    // A copy still being written carries a time within the last seconds; one an hour
    // old was left by a backup that was interrupted.
    const QString baseName = QFileInfo(m_databasePath).completeBaseName();
    const QFileInfoList parts = QDir(m_folder).entryInfoList(
        { QLatin1Char('*') + partSuffix }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : parts) {
        const std::optional<BackupName> name = parseName(file.fileName(), baseName);
        if (name && name->partial && name->taken.secsTo(now) > 3600
            && QFile::remove(file.absoluteFilePath()))
            deleted << file.absoluteFilePath();
    }
    return deleted;
}

QString BackupStore::restore(
    const Backup &backup, const QString &databasePath, const QDateTime &now)
{
    const QString shownBackup = shown(backup.path);
    const QString shownDatabase = shown(databasePath);

    // Nothing is touched until the backup is known to be a sound Relais file.
    if (!QFileInfo(backup.path).isFile())
        throw DatabaseError(tr("The backup %1 no longer exists. The current database has not "
                               "been changed.")
                                .arg(shownBackup));
    const Inspection inside = inspect(backup.path, true);
    if (!inside.sound())
        throw DatabaseError(tr("The backup %1 is damaged and cannot be restored. The current "
                               "database has not been changed.")
                                .arg(shownBackup),
            inside.detail());
    if (inside.applicationId != Database::applicationId)
        throw DatabaseError(tr("%1 is not a Relais database and cannot be restored. The "
                               "current database has not been changed.")
                                .arg(shownBackup));

    // The copy is written in full (and synced) beside the database before the current
    // file moves; it takes the file's name only once that is free.
    QFile source(backup.path);
    if (!source.open(QIODevice::ReadOnly))
        throw DatabaseError(tr("The backup %1 could not be read. The current database has not "
                               "been changed.")
                                .arg(shownBackup),
            source.errorString());
    QSaveFile copy(databasePath);
    const auto copyFailed = [&](const QString &reason) {
        return DatabaseError(tr("The backup could not be copied to %1. The current database "
                                "has not been changed.")
                                 .arg(shownDatabase),
            reason);
    };
    if (!copy.open(QIODevice::WriteOnly))
        throw copyFailed(copy.errorString());
    copy.setPermissions(ownerOnly);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (source.error() != QFileDevice::NoError)
            throw copyFailed(source.errorString());
        if (copy.write(chunk) != chunk.size())
            throw copyFailed(copy.errorString());
    }

    // The current file is set aside with its write-ahead log or journal, which hold
    // transactions not yet in the file itself; its -shm is only an index of the log.
    QString aside = databasePath + QStringLiteral(".before-restore-") + stamp(now);
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal"));
         ++n)
        aside = databasePath + QStringLiteral(".before-restore-") + stamp(now) + QLatin1Char('-')
            + QString::number(n);
    const bool hadFile = QFileInfo::exists(databasePath);
    QList<std::pair<QString, QString>> moved;
    const auto putBack = [&] {
        bool all = true;
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            all = QFile::rename(it->second, it->first) && all;
        return all;
    };
    const auto fail = [&](const QString &detail) {
        const bool back = putBack();
        if (back)
            return DatabaseError(tr("The backup could not be put in place of %1. The current "
                                    "database has been left as it was.")
                                     .arg(shownDatabase),
                detail);
        return DatabaseError(tr("The backup could not be put in place of %1, and the current "
                                "database could not be put back: it is kept, unchanged, as %2.")
                                 .arg(shownDatabase, shown(aside)),
            detail);
    };
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, aside + suffix))
            throw fail(tr("%1 could not be renamed.").arg(shown(databasePath + suffix)));
        moved.append({ databasePath + suffix, aside + suffix });
    }
    QFile::remove(databasePath + QStringLiteral("-shm"));

    if (!copy.commit())
        throw fail(copy.errorString());
    QFile::setPermissions(databasePath, ownerOnly);
    const Inspection placed = inspect(databasePath, true);
    if (!placed.sound()) {
        QFile::remove(databasePath);
        throw fail(placed.detail());
    }
    return hadFile ? aside : QString();
}

} // namespace relais
