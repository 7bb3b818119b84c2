#pragma once

namespace relais {

struct CommandLine;

// `relais import`: the import window's engine without a window. Reads the CSV file,
// maps its columns (from a saved mapping, else from the header), checks every row and
// imports in one transaction — or nothing, when a row is refused and --skip-invalid is
// not given. Prints what it read, every refused line with its reason, the new list
// values, the duplicates and the counts. Returns the exit code: 0 imported (or, with
// --dry-run, importable), 1 refused (a row, the file, the database), 2 never reaches
// here (a mistyped command).
int importFile(const CommandLine &command);

} // namespace relais
