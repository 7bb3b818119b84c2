#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace relais {

class Database;

// What the command line asks for. The command line is a thin layer over models/:
// parsing here, work there.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(relais::CommandLine)

public:
    enum class Action { OpenWindow, WriteDemo, WriteReport, Import, ShowVersion, ShowHelp, Error };
    enum class ReportFormat { Json, Pdf, Odt, Html };
    Action action = Action::OpenWindow;
    QString databasePath; // --db FILE, or a file given alone (from the file manager)
    QString output; // demo and report --output FILE (report: empty or "-" for stdout)
    int contacts = 250; // demo --contacts N
    int years = 0; // demo --years Y; 0: the demo's own history, about two years
    int year = 0; // report --year Y
    ReportFormat format = ReportFormat::Json; // report --format, else from --output's suffix
    // import --kind K [--mapping FILE] [--encoding E] [--delimiter D] [--duplicates A]
    // [--skip-invalid] [--dry-run] CSV
    QString kind; // importKindKey()
    QString csvPath;
    QString mappingPath;
    QString encoding; // csvEncodingName(), empty: detected
    QString delimiter; // ";", ",", "tab", empty: detected
    QString duplicates; // skip, fill, overwrite, create; empty: as proposed per row
    bool skipInvalid = false;
    bool dryRun = false;
    QString message; // help text, or what is wrong
};

CommandLine parseCommandLine(const QStringList &arguments);

// A Relais file that must exist, for a command; null when it cannot be opened, after
// saying why on the standard error. A command that only reads opens it read-only, so
// that it runs while the window has the file open (a file an older Relais wrote is
// opened for writing once, to bring it up to date).
enum class FileUse { Read, Write };
std::unique_ptr<Database> openExistingFile(const QString &path, FileUse use = FileUse::Write);

// `relais demo`: writes a demo database; returns the process exit code.
int writeDemo(const CommandLine &command);

// Whether the command draws (charts, pages) and so needs a QApplication, even without a
// display.
bool needsGraphics(const CommandLine &command);

} // namespace relais
