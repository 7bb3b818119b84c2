#include "commandline.h"

#include "models/demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

namespace relais {

namespace { } // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Relais keeps the file of a waste-prevention programme's local actors.\n\n"
        "Commands:\n"
        "  (none)                      open the window\n"
        "  demo --output FILE [--contacts N]\n"
        "                              write a demo database of the Mulhouse area"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"), CommandLine::tr("Open this database file."), CommandLine::tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
        CommandLine::tr("demo: the file to write."), CommandLine::tr("FILE"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
        CommandLine::tr("demo: how many contacts (default 250)."), CommandLine::tr("N"),
        QStringLiteral("250"));
    parser.addOption(db);
    parser.addOption(output);
    parser.addOption(contacts);
    parser.addPositionalArgument(QStringLiteral("command"),
        CommandLine::tr("demo, or a database file to open."), CommandLine::tr("[demo | FILE]"));

    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = CommandLine::Action::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::ShowVersion;
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion();
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("demo")) {
        result.action = CommandLine::Action::WriteDemo;
        result.output = parser.value(output);
        bool ok = false;
        result.contacts = parser.value(contacts).toInt(&ok);
        if (result.output.isEmpty()) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("demo needs --output FILE.");
        } else if (!ok || result.contacts < 0 || result.contacts > 1000000) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("--contacts takes a number from 0 to 1,000,000.");
        } else if (positional.size() > 1) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("Unexpected argument: %1").arg(positional.at(1));
        }
        return result;
    }
    if (parser.isSet(output) || parser.isSet(contacts)) {
        result.action = CommandLine::Action::Error;
        result.message = CommandLine::tr("--output and --contacts go with the demo command.");
        return result;
    }
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(db))) {
        result.action = CommandLine::Action::Error;
        result.message = CommandLine::tr("Give one database file at most.");
        return result;
    }
    result.databasePath = parser.isSet(db) ? parser.value(db) : positional.value(0);
    return result;
}

int writeDemo(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.contacts = command.contacts;
    const Database::Opened opened = createDemoDatabase(command.output, options);
    if (!opened.database) {
        err << opened.message << Qt::endl;
        if (!opened.detail.isEmpty())
            err << opened.detail << Qt::endl;
        return 1;
    }
    out << CommandLine::tr("Wrote %1 (%L2 contacts) in %L3 s.")
               .arg(QDir::toNativeSeparators(opened.database->path()))
               .arg(command.contacts)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace relais
