#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais {

// What the command line asks for. The command line is a thin layer over models/:
// parsing here, work there.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(relais::CommandLine)

public:
    enum class Action { OpenWindow, WriteDemo, ShowVersion, ShowHelp, Error };
    Action action = Action::OpenWindow;
    QString databasePath; // --db FILE, or a file given alone (from the file manager)
    QString output; // demo --output FILE
    int contacts = 250; // demo --contacts N
    QString message; // help text, or what is wrong
};

CommandLine parseCommandLine(const QStringList &arguments);

// `relais demo`: writes a demo database; returns the process exit code.
int writeDemo(const CommandLine &command);

} // namespace relais
