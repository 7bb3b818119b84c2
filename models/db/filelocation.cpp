#include "filelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace relais {

namespace {

// The path itself, or the nearest folder above it that exists: a file about to be
// created is on the file system of its folder.
QString existingPathFor(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return {};
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

} // namespace

bool FileLocation::isNetworkFileSystemType(const QByteArray &type)
{
    static const QList<QByteArray> network { "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
        "ncpfs", "afs", "afpfs", "9p", "ceph", "glusterfs", "webdav", "davfs", "sshfs",
        "fuse.sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.davfs", "fuse.rclone", "fuse.s3fs" };
    const QByteArray lower = type.trimmed().toLower();
    return network.contains(lower);
}

bool FileLocation::isNetworkFileSystemMagic(qint64 magic)
{
    switch (static_cast<quint32>(magic)) {
    case 0x6969: // NFS
    case 0x517B: // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
        return true;
    default:
        return false;
    }
}

bool FileLocation::isUncPath(const QString &path)
{
    // Backslashes too, wherever this runs: a Windows path may come from a setting.
    QString native = path;
    native.replace(QLatin1Char('\\'), QLatin1Char('/'));
    // "//?/C:/…" is a long local path, "//?/UNC/server/share" a share.
    if (native.startsWith(QLatin1String("//?/")) || native.startsWith(QLatin1String("//./")))
        return native.mid(4).startsWith(QLatin1String("UNC/"), Qt::CaseInsensitive);
    return native.startsWith(QLatin1String("//")) && native.size() > 2
        && native.at(2) != QLatin1Char('/');
}

QByteArray FileLocation::fileSystemType(const QString &path)
{
    const QString existing = existingPathFor(path);
    if (existing.isEmpty())
        return {};
    QByteArray type = QStorageInfo(existing).fileSystemType();
#ifdef Q_OS_LINUX
    // A second opinion from the kernel, for a mount table QStorageInfo could not read.
    struct statfs fs;
    if (type.isEmpty() && ::statfs(QFile::encodeName(existing).constData(), &fs) == 0
        && isNetworkFileSystemMagic(static_cast<qint64>(fs.f_type)))
        type = "nfs";
#endif
    return type;
}

bool FileLocation::isOnNetworkShare(const QString &path, const TypeLookup &lookup)
{
    if (isUncPath(path))
        return true;
    return isNetworkFileSystemType(lookup(path));
}

bool FileLocation::isOnNetworkShare(const QString &path)
{
    if (isUncPath(path))
        return true;
#ifdef Q_OS_WIN
    // On Windows the type is the server's ("NTFS"): ask whether the drive is remote.
    const QString existing = existingPathFor(path);
    if (!existing.isEmpty()) {
        const QString root = QDir::toNativeSeparators(QStorageInfo(existing).rootPath());
        if (!root.isEmpty()
            && ::GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
            return true;
    }
#endif
    return isOnNetworkShare(path, &FileLocation::fileSystemType);
}

QString FileLocation::networkShareWarning(const QString &path)
{
    return tr("%1 is on a network share. SQLite, which Relais uses to store its data, cannot "
              "lock a file reliably over a network file system: two computers writing to it, "
              "or a connection lost while writing, can damage the file. Keep the database on "
              "this computer's own disk (backups can go to a share). A server mode, made for "
              "working together over the network, is coming.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

} // namespace relais
