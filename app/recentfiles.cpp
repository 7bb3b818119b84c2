#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace relais {

namespace {
const QString key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(key).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(key).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximum)
        list.removeLast();
    QSettings().setValue(key, list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = QSettings().value(key).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, list);
}

void RecentFiles::clear()
{
    QSettings().remove(key);
}

} // namespace relais
