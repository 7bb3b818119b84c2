#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// How a CSV file is written, for whoever opens it.
enum class CsvProfile {
    // As a French spreadsheet opens it: UTF-8 with a byte-order mark (so that Excel reads
    // the accents right), ";" between fields (the "," being the decimal separator).
    ExcelFrench,
    // As most other programs expect it (RFC 4180): UTF-8 without a byte-order mark, ",".
    Standard,
};

namespace CsvFile {

// The rows, the first being the header: fields between the profile's delimiter, quotes
// where a field holds the delimiter, a quote or a line break, CRLF after every row.
// Every field goes through neutraliseCell() first.
QByteArray write(const QList<QStringList> &rows, CsvProfile profile = CsvProfile::ExcelFrench);

// The field delimiter of a profile: ';' or ','.
char delimiter(CsvProfile profile);

// A cell that a spreadsheet would run as a formula — starting with "=", "+", "-", "@",
// a tab or a carriage return — gets a single quote in front, the OWASP way, so that
// "=HYPERLINK(…)" typed in a note stays text. So that restoreNeutralisedCell() can
// tell a quote it added from one that was typed, a cell made of quotes followed by one
// of those characters ("'=x") gets one more.
QString neutraliseCell(const QString &value);
// The inverse, for the import of what Relais exported: one leading quote is taken off
// when what follows it is one of those characters (or more quotes and then one of
// them); any other cell is returned as it is. restoreNeutralisedCell(neutraliseCell(v))
// == v for every v.
QString restoreNeutralisedCell(const QString &value);

} // namespace CsvFile

} // namespace relais
