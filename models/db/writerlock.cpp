#include "writerlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace relais {

namespace {

std::optional<WriterLock::Holder> readHolder(const QString &databasePath)
{
    const QString lockPath = WriterLock::lockFilePath(databasePath);
    WriterLock::Holder holder;
    QString processName;
    if (!QLockFile(lockPath).getLockInfo(&holder.pid, &holder.machine, &processName))
        return std::nullopt;
    // QLockFile writes its file once, when the lock is taken.
    holder.since = QFileInfo(lockPath).lastModified();
    // The user beside it counts only if it was written by the same holder: a process
    // killed before removing it leaves one behind that is overwritten by the next.
    QFile file(WriterLock::holderFilePath(databasePath));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        if (json.value(QLatin1String("pid")).toInteger() == holder.pid
            && json.value(QLatin1String("machine")).toString() == holder.machine)
            holder.user = json.value(QLatin1String("user")).toString();
    }
    // Between the lock and the user being written, the lock file's owner is the user.
    if (holder.user.isEmpty())
        holder.user = QFileInfo(lockPath).owner();
    return holder;
}

QString shownTime(const QDateTime &since)
{
    const QLocale locale;
    if (since.date() == QDate::currentDate())
        return locale.toString(since.time(), QLocale::ShortFormat);
    return locale.toString(since, QLocale::ShortFormat);
}

} // namespace

QString WriterLock::Holder::message() const
{
    if (machine.isEmpty())
        return WriterLock::tr("This file is open in another Relais.");
    if (user.isEmpty())
        return WriterLock::tr("This file is open in Relais on %1 since %2.")
            .arg(machine, shownTime(since));
    return WriterLock::tr("This file is open in Relais by %1 on %2 since %3.")
        .arg(user, machine, shownTime(since));
}

bool WriterLock::Holder::onAnotherMachine() const
{
    return !machine.isEmpty() && machine != QSysInfo::machineHostName();
}

QString WriterLock::Holder::readOnlyMessage() const
{
    return WriterLock::tr("%1 It is opened read-only here: changes cannot be saved.")
        .arg(message());
}

WriterLock::WriterLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lock(std::make_unique<QLockFile>(lockFilePath(databasePath)))
{
    // A database stays open for hours: only a holder that no longer runs makes the
    // lock stale, never its age.
    m_lock->setStaleLockTime(0);
}

WriterLock::~WriterLock()
{
    release();
}

WriterLock::Status WriterLock::acquire()
{
    if (m_lock->isLocked())
        return Status::Held;
    // A holder that lets go between our attempt and our reading who it was: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        // tryLock removes a lock whose process is gone (same machine, same boot).
        if (m_lock->tryLock(0)) {
            writeHolder();
            m_holder = readHolder(m_databasePath).value_or(Holder {});
            return Status::Held;
        }
        switch (m_lock->error()) {
        case QLockFile::PermissionError:
            return Status::FolderReadOnly;
        case QLockFile::LockFailedError:
            if (const auto holder = readHolder(m_databasePath)) {
                m_holder = *holder;
                return Status::HeldByAnother;
            }
            if (removeUnreadableLock())
                continue;
            break;
        default:
            return Status::Failed;
        }
    }
    m_holder = Holder {};
    return Status::HeldByAnother;
}

bool WriterLock::removeUnreadableLock()
{
    // No process in it, so no process to find alive. QLockFile writes its file as it
    // creates it: one still unreadable after a while is what a power cut between the
    // two leaves, and would otherwise keep the database read-only for good.
    const auto unreadableAndOld = [this] {
        qint64 pid = 0;
        const QFileInfo file(m_lock->fileName());
        return !m_lock->getLockInfo(&pid, nullptr, nullptr) && file.exists()
            && file.lastModified().secsTo(QDateTime::currentDateTime()) > unreadableLockSeconds;
    };
    if (!unreadableAndOld())
        return false;
    // The guard QLockFile takes to remove a stale lock: of two processes removing one,
    // the second would remove the first one's new lock.
    QLockFile removing(m_lock->fileName() + QLatin1String(".rmlock"));
    return removing.tryLock(0) && unreadableAndOld() && m_lock->removeStaleLockFile();
}

void WriterLock::writeHolder() const
{
    QJsonObject json;
    json.insert(QLatin1String("user"), currentUserName());
    // As QLockFile wrote them, to be compared with what it reads back.
    qint64 pid = 0;
    QString machine;
    m_lock->getLockInfo(&pid, &machine, nullptr);
    json.insert(QLatin1String("machine"), machine);
    json.insert(QLatin1String("pid"), pid);
    QSaveFile file(holderFilePath(m_databasePath));
    // Without it the holder is still known by the lock file's owner.
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

bool WriterLock::isHeld() const
{
    return m_lock->isLocked();
}

void WriterLock::release()
{
    if (!m_lock->isLocked())
        return;
    // The user file first: once the lock is gone it may already be the next holder's.
    QFile::remove(holderFilePath(m_databasePath));
    m_lock->unlock();
}

std::optional<WriterLock::Holder> WriterLock::holderOf(const QString &databasePath)
{
    return readHolder(databasePath);
}

bool WriterLock::removeLockOfAnotherMachine(const QString &databasePath)
{
    const auto holder = readHolder(databasePath);
    if (!holder || !holder->onAnotherMachine())
        return false;
    QFile::remove(holderFilePath(databasePath));
    return QFile::remove(lockFilePath(databasePath));
}

QString WriterLock::lockFilePath(const QString &databasePath)
{
    QFileInfo info(databasePath);
    // The same file reached through a link, or through a linked folder, gets one lock.
    if (info.isSymLink())
        info.setFile(info.symLinkTarget());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder)
        .filePath(info.fileName() + QLatin1String(".lock"));
}

QString WriterLock::holderFilePath(const QString &databasePath)
{
    return lockFilePath(databasePath) + QLatin1String(".json");
}

QString WriterLock::currentUserName()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // A session without them (a service, a container) still runs as someone.
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

} // namespace relais
