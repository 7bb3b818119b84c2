#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais {

// How the bytes of a CSV file spell its characters. A French Excel saves "CSV (séparateur:
// point-virgule)" in Windows-1252 and "CSV UTF-8" with a byte-order mark; other tools write
// UTF-8 without one. Latin-1 is only ever chosen by the user (Windows-1252 reads the same
// letters and more: €, œ, ’).
enum class CsvEncoding { Utf8, Utf8Bom, Windows1252, Latin1, Utf16 };

// "UTF-8", "Windows-1252"…, as shown to the user and accepted by `relais import --encoding`.
QString csvEncodingName(CsvEncoding encoding);
std::optional<CsvEncoding> csvEncodingFromName(const QString &name);

// The bytes as text, the byte-order mark dropped. Windows-1252 is decoded by its own table,
// so that every platform reads 0x80–0x9F the same way, with or without ICU.
QString decodeCsvText(const QByteArray &bytes, CsvEncoding encoding);
// UTF-16 or UTF-8 when the file says so with a byte-order mark; UTF-8 when every byte
// sequence is valid UTF-8 (plain ASCII included); Windows-1252 otherwise.
CsvEncoding detectCsvEncoding(const QByteArray &bytes);

// One row of the file, with the line of the file where it starts (1-based, counting every
// line break, those inside quoted cells too) so that messages can point at it.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    // The cell of a column; empty when the row is shorter.
    QString field(qsizetype column) const { return fields.value(column); }
    bool operator==(const CsvRecord &) const = default;
};

// A file as read: nothing reinterpreted, every cell the string typed ("06 12…", "01000",
// "22.5"). Blank rows (no cell holding anything but blanks) are left out.
struct CsvTable
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u';';
    QStringList header;
    int headerLine = 0; // 0: no header (the file holds no row)
    QList<CsvRecord> records;
    // The line of a quote opened and never closed (the rest of the file went into that
    // cell), or 0.
    int unclosedQuoteLine = 0;

    // Lines of the rows with more or fewer cells than the header.
    QList<int> raggedLines() const;
    bool isEmpty() const { return header.isEmpty() && records.isEmpty(); }
};

// What the caller imposes; what is left unset is detected.
struct CsvReadOptions
{
    std::optional<CsvEncoding> encoding;
    std::optional<QChar> delimiter;
};

// The delimiters recognised: ";" (French Excel), "," and tab.
inline constexpr char16_t csvDelimiters[] = { u';', u',', u'\t' };
// The delimiter that cuts the first rows into the same number of cells (more than one);
// ";" when several do as well, or when none does.
QChar detectCsvDelimiter(QStringView text);

CsvTable readCsv(const QByteArray &bytes, const CsvReadOptions &options = {});

// A CSV file from the disk; nullopt with a message for the user in *error when it cannot be
// read or holds nothing.
class CsvFileReader
{
    Q_DECLARE_TR_FUNCTIONS(relais::CsvFileReader)

public:
    static std::optional<CsvTable> read(
        const QString &path, const CsvReadOptions &options = {}, QString *error = nullptr);
};

} // namespace relais
