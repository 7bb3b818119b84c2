#include "attendancesheet.h"

#include "views/forms/dateedit.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>
#include <models/db/databaseerror.h>
#include <models/db/meetingrepository.h>
#include <models/db/referencelistrepository.h>
#include <utility>

namespace relais {

namespace {

// The sheet's unit whatever the device: 1/1200 inch, QPdfWriter's own resolution, so
// that a PDF is drawn unscaled.
constexpr qreal dotsPerInch = 1200.0;
constexpr qreal mm(qreal millimetres)
{
    return millimetres * dotsPerInch / 25.4;
}
constexpr qreal pt(qreal points)
{
    return points * dotsPerInch / 72.0;
}

// About a centimetre, the height people are used to signing in on paper sheets.
constexpr qreal rowHeight = mm(10);
constexpr qreal headerRowHeight = mm(8);
constexpr qreal cellPadding = mm(2);
constexpr qreal rowPadding = mm(1);
constexpr qreal footerHeight = mm(9);
// Room for a full signature, narrower only when the e-mail column needs the space.
constexpr qreal signatureWidth = mm(65);
constexpr qreal signatureWidthWithEmail = mm(60);
constexpr QSizeF largestLogo { mm(50), mm(18) };

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor secondaryInk(0x55, 0x55, 0x55);
const QColor gridColour(0x9a, 0x9a, 0x9a);
const QColor frameColour(0x40, 0x40, 0x40);
const QColor headerFill(0xe9, 0xe9, 0xe9);

// Sized in the sheet's unit: a point size would be scaled twice, once by the device's
// resolution and once by the painter's transform.
QFont printFont(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font(QGuiApplication::font().family());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(pt(points))));
    font.setWeight(weight);
    font.setItalic(italic);
    // Unhinted widths are the same on screen, in a PDF and on a printer.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont nameFont(bool bold)
{
    return printFont(10, bold ? QFont::Bold : QFont::Normal);
}
QFont cellFont()
{
    return printFont(9);
}
QFont emailFont()
{
    return printFont(8.5);
}
QFont columnTitleFont()
{
    return printFont(9, QFont::Bold);
}
QFont footerFont()
{
    return printFont(8);
}

// Lines of text in one font, as wrapped for their box.
struct Lines
{
    QFont font;
    QStringList lines;
    QColor colour = ink;

    qreal height() const
    {
        if (lines.isEmpty())
            return 0;
        const QFontMetricsF metrics(font);
        return (lines.size() - 1) * metrics.lineSpacing() + metrics.height();
    }
    void draw(QPainter &painter, qreal x, qreal top) const
    {
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(colour);
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(
                QPointF(x, top + metrics.ascent() + i * metrics.lineSpacing()), lines[i]);
    }
};

// At most maxLines lines of `width`, the last one elided when the text is longer.
QStringList wrapped(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || maxLines < 1)
        return {};
    QStringList lines;
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetricsF(font).elidedText(
                simplified.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

// An address cut anywhere is hard to read back: a long one goes on two lines at the @.
QStringList emailLines(const QString &email, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    const QString address = email.trimmed();
    if (address.isEmpty() || metrics.horizontalAdvance(address) <= width)
        return address.isEmpty() ? QStringList() : QStringList { address };
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return wrapped(address, font, width, 2);
    return { metrics.elidedText(address.left(at), Qt::ElideRight, width),
        metrics.elidedText(address.mid(at), Qt::ElideRight, width) };
}

QString fileNamePart(QString text)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : text) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    // Windows drops trailing dots and spaces.
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

struct AttendanceSheet::Layout
{
    struct Column
    {
        QString title;
        qreal x = 0;
        qreal width = 0;
    };
    struct Row
    {
        qreal height = rowHeight;
        // Bold last name then first name on one line or, when they do not fit, the last
        // name (on up to two lines) above the first: people look for their own name, so
        // it is shortened only as a last resort. Empty in the blank rows.
        Lines lastName;
        Lines firstName;
        bool nameOnOneLine = true;
        Lines organisation;
        Lines email;
    };

    // The printable area, in the sheet's unit.
    qreal width = 0;
    qreal height = 0;
    // Where the table starts on the first page, under the header block.
    qreal firstTableTop = 0;
    QList<Column> columns;
    bool withEmail = false;
    QList<Row> rows;
    QList<int> rowsPerPage;
    // The last name's lines then the first name's, one under the other.
    static qreal stackedHeight(const Row &row)
    {
        if (row.firstName.lines.isEmpty())
            return row.lastName.height();
        return row.lastName.lines.size() * QFontMetricsF(row.lastName.font).lineSpacing()
            + row.firstName.height();
    }
    int firstRowOfPage(int page) const
    {
        int first = 0;
        for (int i = 0; i < page; ++i)
            first += rowsPerPage[i];
        return first;
    }
};

AttendanceSheet::AttendanceSheet(AttendanceSheetData data, const AttendanceSheetOptions &options)
    : m_data(std::move(data))
    , m_pageLayout(defaultPageLayout())
{
    setOptions(options);
}

AttendanceSheetData AttendanceSheet::load(Database &database, qint64 meetingId)
{
    const MeetingRepository meetings(database);
    const std::optional<Meeting> meeting = meetings.load(meetingId);
    if (!meeting)
        throw DatabaseError(tr("This meeting no longer exists; it may have been deleted."));
    AttendanceSheetData data;
    data.meeting = *meeting;
    const ReferenceListRepository lists(database);
    if (meeting->communeId) {
        if (const auto commune = lists.item(ReferenceList::Commune, meeting->communeId))
            data.meeting.communeName = commune->name;
    }
    if (meeting->typeId) {
        if (const auto type = lists.item(ReferenceList::MeetingType, meeting->typeId))
            data.meetingTypeName = type->name;
    }
    data.programme = SettingsRepository(database).programme();
    data.invitees = meetings.invitees(meetingId);
    return data;
}

bool AttendanceSheet::isListed(const Invitee &invitee, const AttendanceSheetOptions &options)
{
    switch (invitee.status) {
    case AttendanceStatus::Registered:
    case AttendanceStatus::Present:
        return true;
    case AttendanceStatus::Invited:
        return !options.registeredOnly;
    case AttendanceStatus::Excused:
    case AttendanceStatus::Absent:
        return false;
    }
    return false;
}

QPageLayout AttendanceSheet::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
        QPageLayout::Millimeter);
}

void AttendanceSheet::setOptions(const AttendanceSheetOptions &options)
{
    m_options = options;
    m_options.blankRows = qBound(0, options.blankRows, 500);

    // Sorted here too, so that data from anywhere prints in the order the repository
    // gives: by the folded "last first" key, ties in the order given.
    QList<std::pair<QString, Invitee>> keyed;
    for (const Invitee &invitee : std::as_const(m_data.invitees)) {
        if (isListed(invitee, m_options))
            keyed.append({ contactSortKey(invitee.firstName, invitee.lastName), invitee });
    }
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_listed.clear();
    for (const auto &[key, invitee] : std::as_const(keyed))
        m_listed.append(invitee);

    m_rowsPerPage = layOut(m_pageLayout).rowsPerPage;
}

void AttendanceSheet::setPageLayout(const QPageLayout &layout)
{
    m_pageLayout = layout;
    m_rowsPerPage = layOut(m_pageLayout).rowsPerPage;
}

AttendanceSheet::Layout AttendanceSheet::layOut(const QPageLayout &pageLayout) const
{
    Layout layout;
    const QRectF area = pageLayout.paintRect(QPageLayout::Millimeter);
    layout.width = mm(area.width());
    layout.height = mm(area.height());
    layout.withEmail = m_options.withEmail;

    // The signature column first; the others share what is left.
    const qreal signature
        = qMin(m_options.withEmail ? signatureWidthWithEmail : signatureWidth, layout.width * 0.4);
    const qreal rest = layout.width - signature;
    struct Share
    {
        QString title;
        qreal weight;
    };
    // The name is what people look for; a long organisation wraps onto a second line.
    QList<Share> shares { { tr("Name"), 1.0 },
        { tr("Organisation"), m_options.withEmail ? 0.95 : 1.0 } };
    if (m_options.withEmail)
        shares.append({ tr("E-mail"), 1.05 });
    qreal weights = 0;
    for (const Share &share : std::as_const(shares))
        weights += share.weight;
    qreal x = 0;
    for (const Share &share : std::as_const(shares)) {
        const qreal width = rest * share.weight / weights;
        layout.columns.append({ share.title, x, width });
        x += width;
    }
    layout.columns.append({ tr("Signature"), x, layout.width - x });

    const QFont bold = nameFont(true);
    const QFont regular = nameFont(false);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF regularMetrics(regular);
    const qreal nameWidth = layout.columns[0].width - 2 * cellPadding;
    const qreal organisationWidth = layout.columns[1].width - 2 * cellPadding;
    for (const Invitee &invitee : m_listed) {
        Layout::Row row;
        const QString last = invitee.lastName.simplified();
        const QString first = invitee.firstName.simplified();
        const qreal oneLine = boldMetrics.horizontalAdvance(last)
            + (last.isEmpty() || first.isEmpty()
                    ? 0
                    : regularMetrics.horizontalAdvance(QLatin1Char(' ')))
            + regularMetrics.horizontalAdvance(first);
        row.nameOnOneLine = oneLine <= nameWidth;
        if (row.nameOnOneLine) {
            row.lastName = { bold, last.isEmpty() ? QStringList() : QStringList { last } };
            row.firstName = { regular, first.isEmpty() ? QStringList() : QStringList { first } };
        } else {
            row.lastName = { bold, wrapped(last, bold, nameWidth, 2) };
            row.firstName = { regular, wrapped(first, regular, nameWidth, 1) };
        }
        row.organisation
            = { cellFont(), wrapped(invitee.organisation, cellFont(), organisationWidth, 2) };
        if (m_options.withEmail) {
            row.email = { emailFont(),
                emailLines(invitee.email, emailFont(), layout.columns[2].width - 2 * cellPadding),
                secondaryInk };
        }
        const qreal nameHeight
            = row.nameOnOneLine ? boldMetrics.height() : Layout::stackedHeight(row);
        row.height = qMax(rowHeight,
            std::max({ nameHeight, row.organisation.height(), row.email.height() })
                + 2 * rowPadding);
        layout.rows.append(row);
    }
    for (int i = 0; i < m_options.blankRows; ++i)
        layout.rows.append(Layout::Row());

    // Rows never split: a row that does not fit goes to the next page, under the column
    // titles repeated there.
    layout.firstTableTop = headerBlock(nullptr, layout.width);
    const qreal bottom = layout.height - footerHeight;
    int next = 0;
    do {
        const bool first = layout.rowsPerPage.isEmpty();
        qreal y = (first ? layout.firstTableTop : 0) + headerRowHeight;
        int count = 0;
        while (next + count < layout.rows.size()) {
            const qreal height = layout.rows[next + count].height;
            // A page always takes a row, except the first one when its header is too tall.
            if (y + height > bottom && (count > 0 || first))
                break;
            y += height;
            ++count;
        }
        layout.rowsPerPage.append(count);
        next += count;
    } while (next < layout.rows.size());
    return layout;
}

QString AttendanceSheet::dateAndTime() const
{
    const QLocale locale;
    const Meeting &meeting = m_data.meeting;
    QStringList parts;
    if (meeting.date.isValid())
        parts << locale.toString(meeting.date, QLocale::LongFormat);
    if (meeting.startsAt.isValid() && meeting.endsAt.isValid()) {
        parts << tr("%1–%2", "a meeting's start and end times")
                     .arg(clockTime(meeting.startsAt), clockTime(meeting.endsAt));
    } else if (meeting.startsAt.isValid()) {
        parts << clockTime(meeting.startsAt);
    }
    return parts.join(QStringLiteral(" · "));
}

QString AttendanceSheet::place() const
{
    QStringList parts;
    for (const QString &part : { m_data.meeting.place, m_data.meeting.communeName }) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

qreal AttendanceSheet::headerBlock(QPainter *painter, qreal width) const
{
    qreal y = 0;

    // Letterhead: the logo at the top left, the programme and its organisation beside it.
    const ProgrammeSettings &programme = m_data.programme;
    QImage logo;
    if (!programme.logo.isEmpty())
        logo.loadFromData(programme.logo);
    QSizeF logoSize;
    if (!logo.isNull())
        logoSize = QSizeF(logo.size()).scaled(largestLogo, Qt::KeepAspectRatio);
    const qreal textX = logo.isNull() ? 0 : logoSize.width() + mm(5);
    const Lines programmeName { printFont(13, QFont::Bold),
        wrapped(programme.programmeName, printFont(13, QFont::Bold), width - textX, 2) };
    const Lines organisationName { printFont(10.5),
        wrapped(programme.organisationName, printFont(10.5), width - textX, 2), secondaryInk };
    const qreal textGap
        = programmeName.lines.isEmpty() || organisationName.lines.isEmpty() ? 0 : mm(1);
    const qreal textHeight = programmeName.height() + textGap + organisationName.height();
    const qreal letterhead = qMax(logoSize.height(), textHeight);
    if (letterhead > 0) {
        if (painter && !logo.isNull()) {
            painter->drawImage(
                QRectF(QPointF(0, (letterhead - logoSize.height()) / 2), logoSize), logo);
        }
        const qreal textTop = (letterhead - textHeight) / 2;
        if (painter) {
            programmeName.draw(*painter, textX, textTop);
            organisationName.draw(*painter, textX, textTop + programmeName.height() + textGap);
        }
        y = letterhead + mm(4);
        if (painter) {
            painter->setPen(QPen(gridColour, pt(0.75)));
            painter->drawLine(QPointF(0, y), QPointF(width, y));
        }
        y += mm(6);
    }

    QString kind = tr("Attendance sheet");
    if (!m_data.meetingTypeName.trimmed().isEmpty())
        kind += QStringLiteral(" · ") + m_data.meetingTypeName.trimmed();
    const QFont kindFont = printFont(10, QFont::DemiBold);
    const QFont titleFont = printFont(17, QFont::Bold);
    const QFont detailFont = printFont(11);
    const QFont noteFont = printFont(9, QFont::Normal, true);
    // One sentence a line: read at a glance by someone queueing to sign.
    QStringList note { tr("Please sign opposite your name.") };
    if (m_options.blankRows > 0)
        note << tr(
            "Not on the list? Please write your name and organisation in a blank row at the end.");
    Lines noteLines { noteFont, {}, secondaryInk };
    for (const QString &sentence : std::as_const(note))
        noteLines.lines << wrapped(sentence, noteFont, width, 2);

    const QList<std::pair<Lines, qreal>> blocks {
        { { kindFont, wrapped(kind, kindFont, width, 1), secondaryInk }, mm(1.5) },
        { { titleFont, wrapped(m_data.meeting.title, titleFont, width, 3) }, mm(2) },
        { { detailFont, wrapped(dateAndTime(), detailFont, width, 1) }, mm(0.5) },
        { { detailFont, wrapped(place(), detailFont, width, 2) }, mm(5) },
        { noteLines, mm(3) },
    };
    for (const auto &[lines, gapAfter] : blocks) {
        if (lines.lines.isEmpty())
            continue;
        if (painter)
            lines.draw(*painter, 0, y);
        y += lines.height() + gapAfter;
    }
    return y;
}

void AttendanceSheet::paintPage(QPainter &painter, const Layout &layout, int page) const
{
    qreal top = 0;
    if (page == 0) {
        headerBlock(&painter, layout.width);
        top = layout.firstTableTop;
    }

    // Column titles, on every page.
    painter.fillRect(QRectF(0, top, layout.width, headerRowHeight), headerFill);
    const QFont titleFont = columnTitleFont();
    const QFontMetricsF titleMetrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(ink);
    for (const Layout::Column &column : layout.columns) {
        const qreal baseline
            = top + (headerRowHeight - titleMetrics.height()) / 2 + titleMetrics.ascent();
        painter.drawText(QPointF(column.x + cellPadding, baseline),
            titleMetrics.elidedText(column.title, Qt::ElideRight, column.width - 2 * cellPadding));
    }

    const QFont bold = nameFont(true);
    const QFont regular = nameFont(false);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF regularMetrics(regular);
    const int first = layout.firstRowOfPage(page);
    const int count = layout.rowsPerPage.value(page);
    QList<qreal> rowLines;
    qreal y = top + headerRowHeight;
    for (int i = first; i < first + count; ++i) {
        const Layout::Row &row = layout.rows[i];
        const qreal x = layout.columns[0].x + cellPadding;
        if (row.nameOnOneLine) {
            const QString last = row.lastName.lines.value(0);
            const QString firstName = row.firstName.lines.value(0);
            const qreal baseline
                = y + (row.height - boldMetrics.height()) / 2 + boldMetrics.ascent();
            painter.setFont(bold);
            painter.setPen(ink);
            painter.drawText(QPointF(x, baseline), last);
            if (!firstName.isEmpty()) {
                const qreal after = last.isEmpty() ? 0
                                                   : boldMetrics.horizontalAdvance(last)
                        + regularMetrics.horizontalAdvance(QLatin1Char(' '));
                painter.setFont(regular);
                painter.drawText(QPointF(x + after, baseline), firstName);
            }
        } else {
            const qreal nameTop = y + (row.height - Layout::stackedHeight(row)) / 2;
            row.lastName.draw(painter, x, nameTop);
            row.firstName.draw(
                painter, x, nameTop + row.lastName.lines.size() * boldMetrics.lineSpacing());
        }
        row.organisation.draw(painter, layout.columns[1].x + cellPadding,
            y + (row.height - row.organisation.height()) / 2);
        if (layout.withEmail) {
            row.email.draw(painter, layout.columns[2].x + cellPadding,
                y + (row.height - row.email.height()) / 2);
        }
        y += row.height;
        rowLines << y;
    }

    // The grid: light between rows and columns, darker around the table and under the
    // column titles, so that the eye follows a row across to its signature.
    const qreal bottom = y;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(gridColour, pt(0.5)));
    for (int i = 0; i + 1 < rowLines.size(); ++i)
        painter.drawLine(QPointF(0, rowLines[i]), QPointF(layout.width, rowLines[i]));
    for (int c = 1; c < layout.columns.size(); ++c) {
        const qreal columnX = layout.columns[c].x;
        painter.drawLine(QPointF(columnX, top), QPointF(columnX, bottom));
    }
    painter.setPen(QPen(frameColour, pt(0.9)));
    painter.drawLine(
        QPointF(0, top + headerRowHeight), QPointF(layout.width, top + headerRowHeight));
    painter.drawRect(QRectF(0, top, layout.width, bottom - top));

    // Footer: which meeting (pages get separated) and where this page stands.
    const QFont font = footerFont();
    const QFontMetricsF metrics(font);
    const qreal baseline = layout.height - metrics.descent();
    painter.setFont(font);
    painter.setPen(secondaryInk);
    const QString pageText = tr("Page %1 / %2").arg(page + 1).arg(layout.rowsPerPage.size());
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    painter.drawText(QPointF(layout.width - pageWidth, baseline), pageText);
    QStringList meeting;
    if (!m_data.meeting.title.trimmed().isEmpty())
        meeting << m_data.meeting.title.simplified();
    if (m_data.meeting.date.isValid())
        meeting << QLocale().toString(m_data.meeting.date, QLocale::ShortFormat);
    painter.drawText(QPointF(0, baseline),
        metrics.elidedText(meeting.join(QStringLiteral(" · ")), Qt::ElideRight,
            layout.width - pageWidth - mm(10)));
}

bool AttendanceSheet::paintPages(QPagedPaintDevice *device) const
{
    const Layout layout = layOut(device->pageLayout());
    int from = 1;
    int to = int(layout.rowsPerPage.size());
    if (const auto *printer = dynamic_cast<const QPrinter *>(device);
        printer && printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        from = qBound(1, printer->fromPage(), to);
        to = qBound(from, printer->toPage() > 0 ? printer->toPage() : to, to);
    }

    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (int page = from - 1; page < to; ++page) {
        if (page > from - 1 && !device->newPage())
            return false;
        painter.resetTransform();
        painter.setRenderHints(
            QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(device->logicalDpiX() / dotsPerInch, device->logicalDpiY() / dotsPerInch);
        paintPage(painter, layout, page);
    }
    return painter.end();
}

void AttendanceSheet::paint(QPagedPaintDevice *device) const
{
    if (!paintPages(device))
        qWarning("relais: the attendance sheet could not be painted");
}

bool AttendanceSheet::writePdf(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = tr("The attendance sheet could not be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(dotsPerInch));
        writer.setPageLayout(m_pageLayout);
        writer.setCreator(QStringLiteral("Relais"));
        writer.setTitle(
            QStringList { tr("Attendance sheet"), m_data.meeting.title.simplified() }.join(
                QStringLiteral(" – ")));
        if (!paintPages(&writer)) {
            file.cancelWriting();
            return fail(file.errorString());
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QString AttendanceSheet::suggestedFileName() const
{
    QStringList parts { fileNamePart(tr("Attendance sheet")) };
    const QString title = fileNamePart(m_data.meeting.title);
    if (!title.isEmpty())
        parts << title;
    if (m_data.meeting.date.isValid())
        parts << m_data.meeting.date.toString(Qt::ISODate);
    return parts.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

} // namespace relais
