#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace relais {

// Where a database file lives: SQLite's locking cannot be trusted over a network file
// system (https://sqlite.org/useovernet.html), so a file on a share gets a warning.
class FileLocation
{
    Q_DECLARE_TR_FUNCTIONS(relais::FileLocation)

public:
    // The type of the file system holding a path, as QStorageInfo::fileSystemType()
    // names it ("ext4", "nfs4", "cifs", "fuse.sshfs", "NTFS"…); empty when unknown.
    using TypeLookup = std::function<QByteArray(const QString &path)>;

    // The file (or, if it does not exist yet, the nearest folder above it) is on a
    // network share: NFS, SMB/CIFS, sshfs… on Linux and macOS, a UNC path or a network
    // drive on Windows.
    static bool isOnNetworkShare(const QString &path);
    // The same with the file system's type looked up by `lookup` (tests give a fake).
    static bool isOnNetworkShare(const QString &path, const TypeLookup &lookup);

    // The classification table, on a type name as QStorageInfo gives it.
    static bool isNetworkFileSystemType(const QByteArray &type);
    // The same on Linux statfs() f_type magic numbers (NFS, SMB, CIFS, SMB2).
    static bool isNetworkFileSystemMagic(qint64 magic);
    // "\\server\share\file.relais" or "//server/share/file.relais".
    static bool isUncPath(const QString &path);

    // The warning to show when the file is on a share, in the user's language.
    static QString networkShareWarning(const QString &path);

private:
    static QByteArray fileSystemType(const QString &path);
};

} // namespace relais
