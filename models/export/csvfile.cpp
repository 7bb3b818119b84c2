#include "csvfile.h"

namespace relais {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Quotes (zero or more) followed by a character that starts a formula.
bool looksLikeFormula(const QString &value, qsizetype quotes)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    return i >= quotes && i < value.size() && startsFormula(value[i]);
}

QString field(const QString &value, QChar delimiter)
{
    const QString cell = CsvFile::neutraliseCell(value);
    if (!cell.contains(delimiter) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

char CsvFile::delimiter(CsvProfile profile)
{
    return profile == CsvProfile::Standard ? ',' : ';';
}

QString CsvFile::neutraliseCell(const QString &value)
{
    return looksLikeFormula(value, 0) ? QLatin1Char('\'') + value : value;
}

QString CsvFile::restoreNeutralisedCell(const QString &value)
{
    return looksLikeFormula(value, 1) ? value.mid(1) : value;
}

QByteArray CsvFile::write(const QList<QStringList> &rows, CsvProfile profile)
{
    const QChar separator = QLatin1Char(delimiter(profile));
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields << field(value, separator);
        text += fields.join(separator);
        text += QLatin1String("\r\n");
    }
    const QByteArray bom = profile == CsvProfile::ExcelFrench ? QByteArray("\xEF\xBB\xBF") : "";
    return bom + text.toUtf8();
}

} // namespace relais
