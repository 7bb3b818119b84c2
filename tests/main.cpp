#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {
QString settingsFolder;
// Each test case starts with lists as the code lays them out: columns a test moved or
// sorted (remembered by RememberedColumns) must not reach the next one.
struct ForgetRememberedColumns : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override
    {
        QSettings().remove(QStringLiteral("columns"));
    }
};

} // namespace

CATCH_REGISTER_LISTENER(ForgetRememberedColumns)

QString runSettingsFolder()
{
    return settingsFolder;
}

int main(int argc, char *argv[])
{
    // Without a display QApplication aborts, and test discovery at build time would
    // then register no test at all while the build stays green.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relais-tests"));
    // Preferences a test saves (a remembered option, a folder) start afresh on every run
    // and never reach the user's own settings.
    const QTemporaryDir settingsDir;
    settingsFolder = settingsDir.path();
    for (const auto format : { QSettings::NativeFormat, QSettings::IniFormat })
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    // The English plural forms ("1 contact", "2 contacts"), as the app loads them.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(RELAIS_QM_DIR "/relais_en.qm")))
        QApplication::installTranslator(&plurals);
    return Catch::Session().run(argc, argv);
}
