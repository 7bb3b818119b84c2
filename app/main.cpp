#include "commandline.h"
#include "firstpaintprobe.h"
#include "importcommand.h"
#include "instancechannel.h"
#include "language.h"
#include "mainwindow.h"
#include "reportcommand.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <csignal>
#include <memory>

namespace {

void identify(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    relais::installTranslations(app);
}

// Marks invalid fields (set by FieldMessage) and active filters.
const char *const styleSheet = R"(
    QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] {
        border: 1px solid #b3261e; border-radius: 2px; padding: 1px 2px;
    }
    QToolButton[active="true"] { font-weight: bold; }
    QToolButton::menu-indicator { image: none; width: 0px; }
)";

QtMessageHandler defaultHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

// This user's Relais on this display: the platform too, as a Relais drawn off screen (a
// script's screenshots) is not the one a file manager means.
QString session()
{
    const QString display
        = qEnvironmentVariable("WAYLAND_DISPLAY", qEnvironmentVariable("DISPLAY"));
    return QGuiApplication::platformName() + QLatin1Char(':') + display;
}

// A command of the command line, once the application object and translations exist.
int runCommand(QCoreApplication &app)
{
    identify(app);
    const relais::CommandLine command = relais::parseCommandLine(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.action) {
    case relais::CommandLine::Action::ShowHelp:
    case relais::CommandLine::Action::ShowVersion:
        out << command.message << Qt::endl;
        return 0;
    case relais::CommandLine::Action::WriteDemo:
        return relais::writeDemo(command);
    case relais::CommandLine::Action::WriteReport:
        return relais::writeReport(command);
    case relais::CommandLine::Action::Import:
        return relais::importFile(command);
    case relais::CommandLine::Action::Error:
        err << command.message << Qt::endl;
        return 2;
    case relais::CommandLine::Action::OpenWindow:
        break;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // A file grown past the size the system allows (a quota, ulimit -f) must fail the write
    // with an error Relais reports and rolls back, not kill the process mid-transaction.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands that need no window must not need a display either: decide before any
    // application object exists. (Parsed again once the translations are in, for messages.)
    const relais::CommandLine early = relais::parseCommandLine(arguments);
    if (early.action != relais::CommandLine::Action::OpenWindow) {
        // A command's output is what it prints: the log of the files it opens stays out of
        // it unless asked for (QT_LOGGING_RULES="relais.database.info=true").
        QLoggingCategory::setFilterRules(QStringLiteral("relais.database.info=false"));
        if (relais::needsGraphics(early)) {
            // Charts and pages are drawn off screen, whatever display there is or isn't;
            // the off-screen platform's remarks on windows nobody sees are not for the user.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            defaultHandler = qInstallMessageHandler(quietOffscreen);
            QApplication app(argc, argv);
            return runCommand(app);
        }
        QCoreApplication app(argc, argv);
        return runCommand(app);
    }

    QApplication app(argc, argv);
    identify(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relais.png")));
    // Ties the window to the installed desktop file (packaging/), so that a Wayland
    // desktop shows the menu's icon and name for it (X11 uses StartupWMClass).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Relais"));
    app.setStyleSheet(QString::fromLatin1(styleSheet));
    const relais::CommandLine command = relais::parseCommandLine(QCoreApplication::arguments());

    // One window per user and display: a file double-clicked while Relais runs goes to that
    // Relais, which opens it, and this launch ends. Only a window's launch gets here (the
    // commands returned above). The benchmark times a start of its own.
    std::unique_ptr<relais::InstanceChannel> channel;
    if (!relais::FirstPaintProbe::isRequested()) {
        const QString name = relais::InstanceChannel::serverName(session());
        const QString path = command.databasePath.isEmpty()
            ? QString()
            : QFileInfo(command.databasePath).absoluteFilePath();
        if (relais::InstanceChannel::handOver(name, path))
            return 0;
        channel = std::make_unique<relais::InstanceChannel>(name);
        if (!channel->listen())
            channel.reset();
    }

    relais::FirstPaintProbe::installIfRequested();
    relais::MainWindow window;
    if (channel)
        QObject::connect(channel.get(), &relais::InstanceChannel::openRequested, &window,
            &relais::MainWindow::openHandedOver);
    window.restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window.show();
    if (!command.databasePath.isEmpty()) {
        window.openDatabase(command.databasePath, !QFileInfo::exists(command.databasePath));
    } else {
        // The last file she worked in, else the default one (created on first run).
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (last.isEmpty() || !QFileInfo::exists(last) || !window.openDatabase(last))
            window.openDatabase(relais::MainWindow::defaultDatabasePath(), true);
    }
    return app.exec();
}
