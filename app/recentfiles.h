#pragma once

#include <QStringList>

namespace relais {

// The databases opened lately, newest first, kept per user.
class RecentFiles
{
public:
    static constexpr int maximum = 8;

    QStringList files() const; // existing files only
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace relais
