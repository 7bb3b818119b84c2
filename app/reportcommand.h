#pragma once

namespace relais {

struct CommandLine;

// `relais report`: writes the annual review of a year from a database, without a window;
// returns the process exit code (0 written, 1 refused with a message on stderr).
int writeReport(const CommandLine &command);

} // namespace relais
