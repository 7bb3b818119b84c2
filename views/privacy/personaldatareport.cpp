#include "personaldatareport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>
#include <models/db/personaldatarepository.h>
#include <models/domain/audit.h>
#include <models/domain/consent.h>

namespace relais {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

QString PersonalDataReport::shown(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return value;
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression isoDateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T"));
    const QLocale locale;
    if (isoDate.match(value).hasMatch())
        return locale.toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    if (isoDateTime.match(value).hasMatch()) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODate);
        if (at.isValid())
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    if (column.endsWith(QLatin1String("source")))
        return consentSourceLabel(consentSourceFromKey(value));
    if (column == QLatin1String("action") && !value.contains(QLatin1Char(' ')))
        return auditActionLabel(value);
    const QHash<QString, QString> labels {
        { QStringLiteral("yes"), tr("Yes") },
        { QStringLiteral("no"), tr("No") },
        { QStringLiteral("Ms"), tr("Ms") },
        { QStringLiteral("Mr"), tr("Mr") },
        { QStringLiteral("invited"), tr("Invited") },
        { QStringLiteral("registered"), tr("Registered") },
        { QStringLiteral("excused"), tr("Excused") },
        { QStringLiteral("present"), tr("Present") },
        { QStringLiteral("absent"), tr("Absent") },
        { QStringLiteral("agreed"), tr("Agreed") },
        { QStringLiteral("refused"), tr("Refused") },
        { QStringLiteral("withdrawn"), tr("Withdrawn") },
        { QStringLiteral("not_asked"), tr("Not asked") },
        { QStringLiteral("proposed"), tr("Proposed") },
        { QStringLiteral("confirmed"), tr("Confirmed") },
        { QStringLiteral("held"), tr("Held") },
        { QStringLiteral("cancelled"), tr("Cancelled") },
        { QStringLiteral("morning"), tr("Morning") },
        { QStringLiteral("afternoon"), tr("Afternoon") },
        { QStringLiteral("email"), tr("E-mail") },
        { QStringLiteral("post"), tr("Post") },
        { QStringLiteral("domain"), tr("Domain") },
        { QStringLiteral("tag"), tr("Tag") },
    };
    return labels.value(value, value);
}

PersonalDataReport::PersonalDataReport(const PersonalData &data)
{
    const QLocale locale;
    QString html = QStringLiteral(
        "<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 9pt\">");
    html += QStringLiteral("<h1 style=\"font-size: 16pt\">%1</h1>")
                .arg(escaped(tr("Personal data held about %1").arg(data.name)));
    html
        += QStringLiteral("<p>%1</p>")
               .arg(escaped(
                   tr("Everything the programme's file (Relais) holds about this "
                      "person on %1, in answer to their right of access.")
                       .arg(locale.toString(data.generatedAt.toLocalTime(), QLocale::LongFormat))));
    const QString table
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         "style=\"border-collapse: collapse; border-color: #888\">");
    // The section's title is the first row of its table's head: it stays with the rows
    // that follow it, and comes again on each page the table runs onto.
    const auto head = [](const QString &title, qsizetype columns) {
        return QStringLiteral("<tr><th colspan=\"%1\" align=\"left\" "
                              "style=\"font-size: 12pt; padding-top: 6px\">%2</th></tr>")
            .arg(columns)
            .arg(escaped(title));
    };
    for (const PersonalDataSection &section : data.sections) {
        if (section.rows.isEmpty()) {
            html += QStringLiteral("<h2 style=\"font-size: 12pt\">%1</h2><p>%2</p>")
                        .arg(escaped(section.title), escaped(tr("None.")));
            continue;
        }
        html += table;
        if (section.key == QLatin1String("identity")) {
            html += QStringLiteral("<thead>") + head(section.title, 2) + QStringLiteral("</thead>");
            const QStringList &row = section.rows.first();
            for (qsizetype i = 0; i < section.columnTitles.size(); ++i) {
                html += QStringLiteral(
                    "<tr><th align=\"left\" width=\"35%\">%1</th><td>%2</td></tr>")
                            .arg(escaped(section.columnTitles[i]),
                                escaped(shown(section.columnKeys[i], row.value(i))));
            }
        } else {
            html += QStringLiteral("<thead>") + head(section.title, section.columnTitles.size())
                + QStringLiteral("<tr>");
            for (const QString &title : section.columnTitles)
                html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\">%1</th>")
                            .arg(escaped(title));
            html += QStringLiteral("</tr></thead>");
            for (const QStringList &row : section.rows) {
                html += QStringLiteral("<tr>");
                for (qsizetype i = 0; i < section.columnKeys.size(); ++i)
                    html += QStringLiteral("<td>%1</td>")
                                .arg(escaped(shown(section.columnKeys[i], row.value(i))));
                html += QStringLiteral("</tr>");
            }
        }
        html += QStringLiteral("</table><p></p>");
    }
    html += QStringLiteral("</body></html>");
    m_html = html;
}

PersonalDataReport::~PersonalDataReport() = default;

bool PersonalDataReport::writePdf(const QString &path, QString *error) const
{
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(part);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        printer.setDocName(tr("Personal data"));
        QTextDocument document;
        document.setHtml(m_html);
        document.print(&printer);
    }
    const bool written = QFileInfo(part).size() > 0 && (!QFile::exists(path) || QFile::remove(path))
        && QFile::rename(part, path);
    if (!written) {
        QFile::remove(part);
        if (error)
            *error = tr("The personal data could not be saved as %1.")
                         .arg(QDir::toNativeSeparators(path));
    }
    return written;
}

} // namespace relais
