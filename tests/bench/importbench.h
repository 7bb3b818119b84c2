#pragma once

#include <QString>

namespace relais::bench {

struct ImportRun
{
    double seconds = 0;
    int rows = 0; // contacts in the file afterwards
    QString error; // empty when measured
};

// The import a user makes of the CSV into a new, empty Relais file in `folder`: reading
// (encoding and delimiter guessed), the columns matched by their titles, the plan (every
// row checked and compared with the file and the earlier rows), then one undoable
// transaction. The backup made beforehand is left out: the new file is empty.
ImportRun importWithRelais(const QString &csvPath, const QString &folder);

// The baseline: sqlite3's `.import` of the same CSV into a table of the same columns,
// indexed as Relais indexes its contacts (sort order, name key, e-mail, commune, a
// full-text index kept by a trigger), in WAL with synchronous=FULL as Relais opens its
// files.
ImportRun importWithSqlite3(const QString &sqlite3, const QString &csvPath, const QString &folder);

} // namespace relais::bench
