#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace relais::CsvFile {

// A CSV file as a French spreadsheet opens it: UTF-8 with a byte-order mark (so that
// Excel reads the accents right), ";" between fields, quotes where a field holds a ";",
// a quote or a line break, CRLF between rows. The first row is the header.
QByteArray write(const QList<QStringList> &rows);

} // namespace relais::CsvFile
