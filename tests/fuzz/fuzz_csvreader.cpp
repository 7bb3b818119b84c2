// libFuzzer target for the CSV reader (models/import/csvreader.cpp): any bytes, read with
// detection and with every encoding and delimiter imposed, must give a table that keeps the
// reader's promises, and never crash. Built with -DRELAIS_FUZZ=ON and clang (see
// tests/fuzz/CMakeLists.txt); scripts/dev.sh test runs it briefly over tests/data/csv.
#include <QByteArray>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <models/import/csvreader.h>

using namespace relais;

namespace {

[[noreturn]] void fail(const char *what, int line = 0)
{
    std::fprintf(stderr, "fuzz_csvreader: broken invariant: %s (line %d)\n", what, line);
    std::abort();
}

void check(bool condition, const char *what, int line = 0)
{
    if (!condition)
        fail(what, line);
}

// Lines of a text as the reader counts them: CRLF, LF and a lone CR each end one.
int lineCount(const QString &text)
{
    int lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n'
            || (text[i] == u'\r' && !(i + 1 < text.size() && text[i + 1] == u'\n')))
            ++lines;
    }
    return lines;
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
        [](const QString &field) { return field.trimmed().isEmpty(); });
}

bool sameTable(const CsvTable &a, const CsvTable &b)
{
    return a.encoding == b.encoding && a.delimiter == b.delimiter && a.header == b.header
        && a.headerLine == b.headerLine && a.records == b.records
        && a.unclosedQuoteLine == b.unclosedQuoteLine;
}

// Every cell quoted, quotes doubled, rows ended by LF: what any CSV writer may produce.
QString quotedCsv(const CsvTable &table)
{
    QString text;
    const auto appendRow = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += table.delimiter;
            QString field = fields[i];
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            text += u'"' + field + u'"';
        }
        text += u'\n';
    };
    appendRow(table.header);
    for (const CsvRecord &record : table.records)
        appendRow(record.fields);
    return text;
}

void checkTable(const QByteArray &bytes, const CsvReadOptions &options)
{
    const CsvTable table = readCsv(bytes, options);
    if (options.encoding)
        check(table.encoding == *options.encoding, "imposed encoding not used");
    else
        check(table.encoding == detectCsvEncoding(bytes), "detected encoding differs");
    const QString text = decodeCsvText(bytes, table.encoding);
    if (options.delimiter)
        check(table.delimiter == *options.delimiter, "imposed delimiter not used");
    else
        check(
            std::find(std::begin(csvDelimiters), std::end(csvDelimiters), table.delimiter.unicode())
                != std::end(csvDelimiters),
            "detected delimiter is not one of ; , tab");

    // Reading is a function of the bytes and options.
    check(sameTable(table, readCsv(bytes, options)), "reading twice gave two tables");

    // No header, no record; a header is a row that is not blank.
    if (table.header.isEmpty()) {
        check(table.records.isEmpty(), "records without a header");
        check(table.headerLine == 0, "header line without a header");
    } else {
        check(table.headerLine >= 1, "header on line 0");
        check(!isBlank(table.header), "blank header");
    }
    const int lastLine = lineCount(text);
    check(table.headerLine <= lastLine, "header after the last line", table.headerLine);
    // The line where a row ends: where it starts, and as many more as its cells hold breaks.
    const auto lastLineOf = [](int line, const QStringList &fields) {
        for (const QString &field : fields)
            line += lineCount(field) - 1;
        return line;
    };
    int previous = table.header.isEmpty() ? 0 : lastLineOf(table.headerLine, table.header);
    check(previous <= lastLine, "header runs past the last line", table.headerLine);
    for (const CsvRecord &record : table.records) {
        check(record.line > previous, "record lines not increasing", record.line);
        check(record.line <= lastLine, "record after the last line", record.line);
        check(!record.fields.isEmpty(), "record without cells", record.line);
        check(!isBlank(record.fields), "blank record kept", record.line);
        previous = lastLineOf(record.line, record.fields);
        check(previous <= lastLine, "record runs past the last line", record.line);
    }
    for (const int line : table.raggedLines())
        check(line > table.headerLine && line <= lastLine, "ragged line out of range", line);
    check(table.unclosedQuoteLine >= 0 && table.unclosedQuoteLine <= lastLine,
        "unclosed quote line out of range", table.unclosedQuoteLine);

    // Written back with every cell quoted, the table reads back the same cells (in UTF-8:
    // not when the text holds a lone surrogate, which UTF-8 cannot carry).
    if (!table.header.isEmpty() && text.isValidUtf16()) {
        const QString written = quotedCsv(table);
        CsvReadOptions same;
        same.encoding = CsvEncoding::Utf8;
        same.delimiter = table.delimiter;
        const CsvTable again = readCsv(written.toUtf8(), same);
        check(again.header == table.header, "header changed once written and read back");
        check(again.records.size() == table.records.size(),
            "record count changed once written and read back");
        for (qsizetype i = 0; i < table.records.size() && i < again.records.size(); ++i)
            check(again.records[i].fields == table.records[i].fields,
                "cells changed once written and read back", table.records[i].line);
        check(again.unclosedQuoteLine == 0, "a quote left open once written back");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    checkTable(bytes, {});
    for (const CsvEncoding encoding : { CsvEncoding::Utf8, CsvEncoding::Utf8Bom,
             CsvEncoding::Windows1252, CsvEncoding::Latin1, CsvEncoding::Utf16 }) {
        CsvReadOptions options;
        options.encoding = encoding;
        checkTable(bytes, options);
        const QString text = decodeCsvText(bytes, encoding);
        if (encoding == CsvEncoding::Windows1252 || encoding == CsvEncoding::Latin1)
            check(text.size() == bytes.size(), "a single-byte encoding changed the length");
        if (encoding == CsvEncoding::Latin1)
            check(text.toLatin1() == bytes, "Latin-1 does not read back to its bytes");
    }
    for (const char16_t delimiter : csvDelimiters) {
        CsvReadOptions options;
        options.delimiter = QChar(delimiter);
        checkTable(bytes, options);
    }
    // Both imposed: the encoding and delimiter the bytes' length picks, so that every pair
    // is tried across inputs without trying them all on each.
    CsvReadOptions both;
    both.encoding = CsvEncoding(size % 5);
    both.delimiter = QChar(csvDelimiters[(size / 5) % 3]);
    checkTable(bytes, both);
    return 0;
}
