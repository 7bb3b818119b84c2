#pragma once

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

// The folder tests/main.cpp points QSettings at for the whole run, away from the
// user's own settings.
QString runSettingsFolder();

// Settings that start empty for the length of one test: remembered options written
// by an earlier test are not seen, and the run's folder is back afterwards.
class ScratchSettings
{
public:
    ScratchSettings() { point(m_folder.path()); }
    ~ScratchSettings() { point(runSettingsFolder()); }
    ScratchSettings(const ScratchSettings &) = delete;
    ScratchSettings &operator=(const ScratchSettings &) = delete;

private:
    static void point(const QString &folder)
    {
        for (const auto format : { QSettings::NativeFormat, QSettings::IniFormat })
            QSettings::setPath(format, QSettings::UserScope, folder);
    }

    QTemporaryDir m_folder;
};
