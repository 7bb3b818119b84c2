#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <array>

namespace relais {

namespace {

// Windows-1252 differs from Latin-1 in 0x80–0x9F only. The five bytes it leaves undefined
// read as the C1 controls of the same number, as browsers do.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

QString decodeSingleByte(const QByteArray &bytes, bool windows1252)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = QChar(windows1252 && byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80]
                                                                  : char16_t(byte));
    }
    return text;
}

bool startsWithUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

bool startsWithUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

// Cuts text into records, one at a time, RFC 4180 style but forgiving as spreadsheets are:
// text after a closing quote is kept, a quote inside an unquoted cell is an ordinary
// character, and a quote never closed takes the rest of the file.
class CsvScanner
{
public:
    CsvScanner(QStringView text, QChar delimiter)
        : m_at(text.data())
        , m_end(text.data() + text.size())
        , m_delimiter(delimiter)
    { }

    // The next record that is not blank; false at the end of the text.
    bool next(CsvRecord *record)
    {
        while (m_at < m_end) {
            record->line = m_line;
            // Rows have the same width as a rule: one allocation per row, not one per cell.
            const qsizetype width = std::max<qsizetype>(record->fields.size(), m_width);
            record->fields = QStringList();
            record->fields.reserve(width);
            readRecord(&record->fields);
            m_width = record->fields.size();
            if (!isBlank(record->fields))
                return true;
        }
        return false;
    }

    int unclosedQuoteLine() const { return m_unclosedQuoteLine; }

private:
    static bool isBlank(const QStringList &fields)
    {
        return std::all_of(fields.cbegin(), fields.cend(),
            [](const QString &field) { return field.trimmed().isEmpty(); });
    }

    void readRecord(QStringList *fields)
    {
        for (;;) {
            fields->append(m_at < m_end && *m_at == u'"' ? quotedField() : plainField());
            if (m_at >= m_end)
                return;
            if (*m_at == m_delimiter) {
                ++m_at;
                continue;
            }
            // A line break ends the record: CRLF, LF or a lone CR.
            if (*m_at == u'\r' && m_at + 1 < m_end && m_at[1] == u'\n')
                ++m_at;
            ++m_at;
            ++m_line;
            return;
        }
    }

    QString plainField()
    {
        const QChar *start = m_at;
        while (m_at < m_end && *m_at != m_delimiter && *m_at != u'\n' && *m_at != u'\r')
            ++m_at;
        return QString(start, m_at - start);
    }

    QString quotedField()
    {
        const int openedOn = m_line;
        ++m_at; // the opening quote
        QString value;
        const QChar *segment = m_at;
        bool closed = false;
        while (m_at < m_end) {
            const QChar c = *m_at;
            if (c == u'"') {
                value.append(segment, m_at - segment);
                if (m_at + 1 < m_end && m_at[1] == u'"') {
                    value.append(u'"');
                    m_at += 2;
                    segment = m_at;
                    continue;
                }
                ++m_at;
                closed = true;
                break;
            }
            if (c == u'\n' || (c == u'\r' && !(m_at + 1 < m_end && m_at[1] == u'\n')))
                ++m_line;
            ++m_at;
        }
        if (!closed) {
            value.append(segment, m_at - segment);
            if (!m_unclosedQuoteLine)
                m_unclosedQuoteLine = openedOn;
            return value;
        }
        // `"abc"def` as spreadsheets read it: abcdef.
        const QChar *rest = m_at;
        while (m_at < m_end && *m_at != m_delimiter && *m_at != u'\n' && *m_at != u'\r')
            ++m_at;
        if (m_at > rest)
            value.append(rest, m_at - rest);
        return value;
    }

    const QChar *m_at;
    const QChar *m_end;
    QChar m_delimiter;
    int m_line = 1;
    int m_unclosedQuoteLine = 0;
    qsizetype m_width = 0;
};

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 BOM");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case CsvEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    case CsvEncoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

std::optional<CsvEncoding> csvEncodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8")
        return CsvEncoding::Utf8;
    if (key == u"utf8bom" || key == u"utf8sig")
        return CsvEncoding::Utf8Bom;
    if (key == u"windows1252" || key == u"cp1252" || key == u"ansi")
        return CsvEncoding::Windows1252;
    if (key == u"latin1" || key == u"iso88591")
        return CsvEncoding::Latin1;
    if (key == u"utf16")
        return CsvEncoding::Utf16;
    return std::nullopt;
}

CsvEncoding detectCsvEncoding(const QByteArray &bytes)
{
    if (startsWithUtf8Bom(bytes))
        return CsvEncoding::Utf8Bom;
    if (startsWithUtf16Bom(bytes))
        return CsvEncoding::Utf16;
    return bytes.isValidUtf8() ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

QString decodeCsvText(const QByteArray &bytes, CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        return QString::fromUtf8(startsWithUtf8Bom(bytes) ? bytes.mid(3) : bytes);
    case CsvEncoding::Windows1252:
        return decodeSingleByte(bytes, true);
    case CsvEncoding::Latin1:
        return decodeSingleByte(bytes, false);
    case CsvEncoding::Utf16: {
        // Without a byte-order mark, little-endian: what Excel's "Unicode text" writes.
        QStringDecoder decoder(
            bytes.startsWith("\xFE\xFF") ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    }
    return {};
}

QChar detectCsvDelimiter(QStringView text)
{
    constexpr int sampleSize = 20;
    QChar best = u';';
    double bestConsistency = 0;
    for (const char16_t delimiter : csvDelimiters) {
        CsvScanner scanner(text, QChar(delimiter));
        QList<qsizetype> counts;
        CsvRecord record;
        while (counts.size() < sampleSize && scanner.next(&record))
            counts << record.fields.size();
        if (counts.isEmpty())
            continue;
        // The most frequent number of cells, and the share of rows that have it: a few
        // ragged rows do not disqualify the right delimiter.
        qsizetype usual = 0;
        qsizetype usualRows = 0;
        for (const qsizetype count : counts) {
            const auto rows = std::count(counts.cbegin(), counts.cend(), count);
            if (rows > usualRows || (rows == usualRows && count > usual)) {
                usual = count;
                usualRows = rows;
            }
        }
        if (usual < 2)
            continue;
        const double consistency = double(usualRows) / double(counts.size());
        // Strictly better only: ";" comes first and keeps ties.
        if (consistency > bestConsistency) {
            best = QChar(delimiter);
            bestConsistency = consistency;
        }
    }
    return best;
}

QList<int> CsvTable::raggedLines() const
{
    QList<int> lines;
    for (const CsvRecord &record : records) {
        if (record.fields.size() != header.size())
            lines << record.line;
    }
    return lines;
}

CsvTable readCsv(const QByteArray &bytes, const CsvReadOptions &options)
{
    CsvTable table;
    table.encoding = options.encoding.value_or(detectCsvEncoding(bytes));
    const QString text = decodeCsvText(bytes, table.encoding);
    table.delimiter = options.delimiter.value_or(detectCsvDelimiter(text));

    CsvScanner scanner(text, table.delimiter);
    CsvRecord record;
    if (scanner.next(&record)) {
        table.header = std::move(record.fields);
        table.headerLine = record.line;
        // A rough guess at the number of rows saves most reallocations on large files.
        table.records.reserve(text.size() / 64);
        while (scanner.next(&record))
            table.records.append(std::move(record));
        table.records.squeeze();
    }
    table.unclosedQuoteLine = scanner.unclosedQuoteLine();
    return table;
}

std::optional<CsvTable> CsvFileReader::read(
    const QString &path, const CsvReadOptions &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2.").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Cannot read %1: %2.").arg(name, file.errorString()));
    CsvTable table = readCsv(bytes, options);
    if (table.isEmpty())
        return fail(tr("%1 is empty: there is no row to import.").arg(name));
    return table;
}

} // namespace relais
