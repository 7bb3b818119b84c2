#include "commandline.h"

#include "models/db/database.h"
#include "models/demo/demogenerator.h"
#include "models/import/csvreader.h"
#include "models/import/importfields.h"
#include "views/backup/backupactions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace relais {

namespace {

std::optional<CommandLine::ReportFormat> reportFormat(const QString &name)
{
    const QString key = name.toLower();
    if (key == QLatin1String("json"))
        return CommandLine::ReportFormat::Json;
    if (key == QLatin1String("pdf"))
        return CommandLine::ReportFormat::Pdf;
    if (key == QLatin1String("odt"))
        return CommandLine::ReportFormat::Odt;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return CommandLine::ReportFormat::Html;
    return std::nullopt;
}

bool isStandardOutput(const QString &output)
{
    return output.isEmpty() || output == QLatin1String("-");
}

// The options of `import`, which no other command takes.
const QStringList importOptionNames = { QStringLiteral("kind"), QStringLiteral("mapping"),
    QStringLiteral("encoding"), QStringLiteral("delimiter"), QStringLiteral("duplicates"),
    QStringLiteral("skip-invalid"), QStringLiteral("dry-run") };

bool anyImportOption(const QCommandLineParser &parser)
{
    return std::any_of(importOptionNames.cbegin(), importOptionNames.cend(),
        [&](const QString &name) { return parser.isSet(name); });
}

// `import --db FILE --kind K [--mapping M] [--encoding E] [--delimiter D]
// [--duplicates A] [--skip-invalid] [--dry-run] CSV`.
void parseImport(
    const QCommandLineParser &parser, const QStringList &positional, CommandLine &result)
{
    result.action = CommandLine::Action::Error;
    result.databasePath = parser.value(QStringLiteral("db"));
    result.kind = parser.value(QStringLiteral("kind"));
    QStringList kinds;
    for (const ImportKind kind : allImportKinds)
        kinds << importKindKey(kind);
    if (result.databasePath.isEmpty()) {
        result.message = CommandLine::tr("import needs --db FILE: the database to import into.");
        return;
    }
    if (result.kind.isEmpty()) {
        result.message = CommandLine::tr("import needs --kind K: one of %1.")
                             .arg(kinds.join(QLatin1String(", ")));
        return;
    }
    if (!importKindFromKey(result.kind)) {
        result.message = CommandLine::tr("--kind takes one of %1, not \"%2\".")
                             .arg(kinds.join(QLatin1String(", ")), result.kind);
        return;
    }
    if (positional.size() != 2) {
        result.message = positional.size() < 2
            ? CommandLine::tr("import needs the CSV file to read, after the options.")
            : CommandLine::tr("Unexpected argument: %1").arg(positional.at(2));
        return;
    }
    result.csvPath = positional.at(1);
    result.mappingPath = parser.value(QStringLiteral("mapping"));
    result.encoding = parser.value(QStringLiteral("encoding"));
    if (!result.encoding.isEmpty() && !csvEncodingFromName(result.encoding)) {
        result.message = CommandLine::tr("--encoding takes UTF-8, UTF-8-BOM, Windows-1252, "
                                         "Latin-1 or UTF-16, not \"%1\".")
                             .arg(result.encoding);
        return;
    }
    result.delimiter = parser.value(QStringLiteral("delimiter"));
    if (!result.delimiter.isEmpty()
        && !QStringList { QStringLiteral(";"), QStringLiteral(","), QStringLiteral("tab") }
                .contains(result.delimiter)) {
        result.message = CommandLine::tr("--delimiter takes \";\", \",\" or tab, not \"%1\".")
                             .arg(result.delimiter);
        return;
    }
    result.duplicates = parser.value(QStringLiteral("duplicates"));
    if (!result.duplicates.isEmpty()
        && !QStringList { QStringLiteral("skip"), QStringLiteral("fill"),
            QStringLiteral("overwrite"), QStringLiteral("create") }
                .contains(result.duplicates)) {
        result.message
            = CommandLine::tr("--duplicates takes skip, fill, overwrite or create, not \"%1\".")
                  .arg(result.duplicates);
        return;
    }
    result.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    result.dryRun = parser.isSet(QStringLiteral("dry-run"));
    result.action = CommandLine::Action::Import;
}

// `report --db FILE --year Y [--format F] [--output FILE]`.
void parseReport(const QCommandLineParser &parser, CommandLine &result)
{
    result.action = CommandLine::Action::Error;
    result.databasePath = parser.value(QStringLiteral("db"));
    result.output = parser.value(QStringLiteral("output"));
    if (result.databasePath.isEmpty()) {
        result.message = CommandLine::tr("report needs --db FILE: the database to review.");
        return;
    }
    const QString yearText = parser.value(QStringLiteral("year"));
    bool ok = false;
    result.year = yearText.toInt(&ok);
    if (yearText.isEmpty()) {
        result.message = CommandLine::tr("report needs --year Y: the year to review.");
        return;
    }
    if (!ok || result.year < 1900 || result.year > 2999) {
        result.message
            = CommandLine::tr("--year takes a year such as 2014, not \"%1\".").arg(yearText);
        return;
    }
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        const auto chosen = reportFormat(name);
        if (!chosen) {
            result.message
                = CommandLine::tr("--format takes pdf, odt, html or json, not \"%1\".").arg(name);
            return;
        }
        result.format = *chosen;
    } else if (!isStandardOutput(result.output)) {
        result.format = reportFormat(QFileInfo(result.output).suffix())
                            .value_or(CommandLine::ReportFormat::Json);
    }
    if (isStandardOutput(result.output) && result.format != CommandLine::ReportFormat::Json
        && result.format != CommandLine::ReportFormat::Html) {
        result.message = CommandLine::tr("A PDF or ODT review needs --output FILE.");
        return;
    }
    result.action = CommandLine::Action::WriteReport;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Relais keeps the file of a waste-prevention programme's local actors.\n\n"
        "Commands:\n"
        "  (none)                      open the window\n"
        "  demo --output FILE [--contacts N] [--years Y]\n"
        "                              write a demo database of the Mulhouse area\n"
        "  report --db FILE --year Y [--format pdf|odt|html|json] [--output FILE]\n"
        "                              write the annual review of a year (JSON to\n"
        "                              the standard output when no file is given)\n"
        "  import --db FILE --kind K [--mapping M.json] [--encoding E] [--delimiter D]\n"
        "         [--duplicates skip|fill|overwrite|create] [--skip-invalid] [--dry-run] CSV\n"
        "                              import the rows of a CSV file (see\n"
        "                              docs/csv-formats.md); nothing is imported when a\n"
        "                              row is refused, unless --skip-invalid"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"), CommandLine::tr("Open this database file."), CommandLine::tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
        CommandLine::tr("demo, report: the file to write."), CommandLine::tr("FILE"));
    const QCommandLineOption year(QStringLiteral("year"),
        CommandLine::tr("report: the year reviewed."), CommandLine::tr("Y"));
    const QCommandLineOption format(QStringLiteral("format"),
        CommandLine::tr("report: pdf, odt, html or json (default: from the output file's "
                        "suffix, else json)."),
        CommandLine::tr("FORMAT"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
        CommandLine::tr("demo: how many contacts (default 250)."), CommandLine::tr("N"),
        QStringLiteral("250"));
    const QCommandLineOption years(QStringLiteral("years"),
        CommandLine::tr("demo: years of history, from 1 to 30; with them, the meetings, "
                        "trainings and SERD actions grow with the number of contacts "
                        "(default: two to three years, at Mulhouse's size)."),
        CommandLine::tr("Y"));
    const QList<QCommandLineOption> importOptions {
        { QStringLiteral("kind"),
            CommandLine::tr("import: what the rows are (organisations, contacts…)."),
            CommandLine::tr("K") },
        { QStringLiteral("mapping"),
            CommandLine::tr("import: which field each column goes to, as the import "
                            "window saves it (default: from the header)."),
            CommandLine::tr("FILE") },
        { QStringLiteral("encoding"),
            CommandLine::tr("import: UTF-8, UTF-8-BOM, Windows-1252, Latin-1 or UTF-16 "
                            "(default: detected)."),
            CommandLine::tr("E") },
        { QStringLiteral("delimiter"),
            CommandLine::tr("import: \";\", \",\" or tab (default: detected)."),
            CommandLine::tr("D") },
        { QStringLiteral("duplicates"),
            CommandLine::tr("import: what to do with rows like a record of the file or an "
                            "earlier row: skip, fill (the empty fields), overwrite or create "
                            "(default: fill when certainly the same, else create)."),
            CommandLine::tr("A") },
        { QStringLiteral("skip-invalid"),
            CommandLine::tr("import: import the other rows when some are refused.") },
        { QStringLiteral("dry-run"),
            CommandLine::tr("import: say what would be imported, change nothing.") },
    };
    parser.addOption(db);
    parser.addOption(output);
    parser.addOptions(importOptions);
    parser.addOption(contacts);
    parser.addOption(years);
    parser.addOption(year);
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("command"),
        CommandLine::tr("demo, report, import, or a database file to open."),
        CommandLine::tr("[demo | report | import | FILE]"));

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
    const bool importing = !positional.isEmpty() && positional.first() == QLatin1String("import");
    if (!importing && anyImportOption(parser)) {
        result.action = CommandLine::Action::Error;
        result.message = CommandLine::tr("--kind, --mapping, --encoding, --delimiter, "
                                         "--duplicates, --skip-invalid and --dry-run go with "
                                         "the import command.");
        return result;
    }
    if (importing) {
        parseImport(parser, positional, result);
        if (result.action == CommandLine::Action::Import
            && (parser.isSet(output) || parser.isSet(contacts) || parser.isSet(years)
                || parser.isSet(year) || parser.isSet(format))) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("import takes none of --output, --contacts, "
                                             "--years, --year and --format.");
        }
        return result;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("demo")) {
        result.action = CommandLine::Action::WriteDemo;
        result.output = parser.value(output);
        bool ok = false;
        result.contacts = parser.value(contacts).toInt(&ok);
        bool yearsOk = true;
        if (parser.isSet(years))
            result.years = parser.value(years).toInt(&yearsOk);
        if (result.output.isEmpty()) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("demo needs --output FILE.");
        } else if (!ok || result.contacts < 0 || result.contacts > 1000000) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("--contacts takes a number from 0 to 1,000,000.");
        } else if (parser.isSet(years)
            && (!yearsOk || result.years < 1 || result.years > demoMaxYears)) {
            result.action = CommandLine::Action::Error;
            result.message
                = CommandLine::tr("--years takes a number from 1 to %1.").arg(demoMaxYears);
        } else if (positional.size() > 1) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("Unexpected argument: %1").arg(positional.at(1));
        } else if (parser.isSet(year) || parser.isSet(format)) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("--year and --format go with the report command.");
        }
        return result;
    }
    if (!positional.isEmpty() && positional.first() == QLatin1String("report")) {
        parseReport(parser, result);
        if (result.action == CommandLine::Action::WriteReport
            && (parser.isSet(contacts) || parser.isSet(years))) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("--contacts and --years go with the demo command.");
        } else if (result.action == CommandLine::Action::WriteReport && positional.size() > 1) {
            result.action = CommandLine::Action::Error;
            result.message = CommandLine::tr("Unexpected argument: %1").arg(positional.at(1));
        }
        return result;
    }
    if (parser.isSet(year) || parser.isSet(format)) {
        result.action = CommandLine::Action::Error;
        result.message = CommandLine::tr("--year and --format go with the report command.");
        return result;
    }
    if (parser.isSet(output) || parser.isSet(contacts) || parser.isSet(years)) {
        result.action = CommandLine::Action::Error;
        result.message
            = CommandLine::tr("--output, --contacts and --years go with the demo command.");
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

std::unique_ptr<Database> openExistingFile(const QString &path, FileUse use)
{
    Database::setMigrationBackupFolder(BackupActions::folder());
    Database::Opened opened = Database::open(path, Database::OpenMode::ExistingOnly,
        use == FileUse::Read ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (opened.error == Database::OpenError::NeedsUpgrade)
        opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened.database) {
        QTextStream err(stderr);
        err << opened.message << Qt::endl;
        if (!opened.detail.isEmpty())
            err << opened.detail << Qt::endl;
    }
    return std::move(opened.database);
}

int writeDemo(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.contacts = command.contacts;
    options.years = command.years;
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

bool needsGraphics(const CommandLine &command)
{
    return command.action == CommandLine::Action::WriteReport
        && command.format != CommandLine::ReportFormat::Json;
}

} // namespace relais
