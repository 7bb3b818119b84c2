#include "attendancesheet.h"

#include "letterhead.h"
#include "pagedtable.h"
#include "printstyle.h"
#include "views/forms/dateedit.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <memory>
#include <models/db/databaseerror.h>
#include <models/db/meetingrepository.h>
#include <models/db/referencelistrepository.h>
#include <utility>

namespace relais {

using namespace print;

namespace {

// About a centimetre, the height people are used to signing in on paper sheets.
constexpr qreal rowHeight = mm(10);
// Room for a full signature, narrower only when the e-mail column needs the space.
constexpr qreal signatureWidth = mm(65);
constexpr qreal signatureWidthWithEmail = mm(60);

QFont cellFont()
{
    return printFont(9);
}
QFont emailFont()
{
    return printFont(8.5);
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

} // namespace

struct AttendanceSheet::Layout
{
    struct Row
    {
        NameCell name; // empty in the blank rows
        Lines organisation;
        Lines email;
    };

    // The printable area, in the sheet's unit.
    QSizeF area;
    // Where the table starts on the first page, under the header block.
    qreal firstTableTop = 0;
    bool withEmail = false;
    PagedTable table;
    QList<Row> rows;
};

AttendanceSheet::AttendanceSheet(AttendanceSheetData data, const AttendanceSheetOptions &options)
    : m_data(std::move(data))
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

    m_rowsPerPage = layOut(pageLayout()).table.rowsPerPage();
}

void AttendanceSheet::pageLayoutChanged()
{
    m_rowsPerPage = layOut(pageLayout()).table.rowsPerPage();
}

AttendanceSheet::Layout AttendanceSheet::layOut(const QPageLayout &pageLayout) const
{
    Layout layout;
    layout.area = printableArea(pageLayout);
    const qreal width = layout.area.width();
    layout.withEmail = m_options.withEmail;

    // The signature column first; the others share what is left.
    const qreal signature
        = qMin(m_options.withEmail ? signatureWidthWithEmail : signatureWidth, width * 0.4);
    const qreal rest = width - signature;
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
    QList<TableColumn> columns;
    qreal x = 0;
    for (const Share &share : std::as_const(shares)) {
        const qreal columnWidth = rest * share.weight / weights;
        columns.append({ share.title, {}, x, columnWidth });
        x += columnWidth;
    }
    columns.append({ tr("Signature"), {}, x, width - x });
    layout.table.columns = columns;

    const qreal nameWidth = columns[0].width - 2 * cellPadding;
    const qreal organisationWidth = columns[1].width - 2 * cellPadding;
    for (const Invitee &invitee : m_listed) {
        Layout::Row row;
        row.name = NameCell::layOut(invitee.lastName, invitee.firstName, nameWidth);
        row.organisation
            = { cellFont(), wrapped(invitee.organisation, cellFont(), organisationWidth, 2) };
        if (m_options.withEmail) {
            row.email = { emailFont(),
                emailLines(invitee.email, emailFont(), columns[2].width - 2 * cellPadding),
                secondaryInk };
        }
        layout.table.rowHeights.append(qMax(rowHeight,
            std::max({ row.name.height(), row.organisation.height(), row.email.height() })
                + 2 * rowPadding));
        layout.rows.append(row);
    }
    for (int i = 0; i < m_options.blankRows; ++i) {
        layout.rows.append(Layout::Row());
        layout.table.rowHeights.append(rowHeight);
    }

    // Rows never split: a row that does not fit goes to the next page, under the column
    // titles repeated there.
    layout.firstTableTop = headerBlock(nullptr, width);
    layout.table.paginate(layout.firstTableTop, layout.area.height() - footerHeight);
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
    qreal y = letterhead(painter, m_data.programme, width);

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
    return stack(painter, blocks, 0, y);
}

void AttendanceSheet::paintPage(QPainter &painter, const Layout &layout, int page) const
{
    const qreal width = layout.area.width();
    qreal top = 0;
    if (page == 0) {
        headerBlock(&painter, width);
        top = layout.firstTableTop;
    }

    const QList<TableColumn> &columns = layout.table.columns;
    layout.table.paintPage(painter, page, top, width, [&](int i, const QRectF &box) {
        const Layout::Row &row = layout.rows[i];
        const qreal y = box.top();
        const qreal height = box.height();
        row.name.draw(painter, columns[0].x + cellPadding, y, height);
        row.organisation.draw(
            painter, columns[1].x + cellPadding, y + (height - row.organisation.height()) / 2);
        if (layout.withEmail) {
            row.email.draw(
                painter, columns[2].x + cellPadding, y + (height - row.email.height()) / 2);
        }
    });

    // Footer: which meeting (pages get separated) and where this page stands.
    QStringList meeting;
    if (!m_data.meeting.title.trimmed().isEmpty())
        meeting << m_data.meeting.title.simplified();
    if (m_data.meeting.date.isValid())
        meeting << QLocale().toString(m_data.meeting.date, QLocale::ShortFormat);
    paintFooter(
        painter, layout.area, meeting.join(QStringLiteral(" · ")), page, layout.table.pageCount());
}

PrintableDocument::Pages AttendanceSheet::layOutPages(const QPageLayout &pageLayout) const
{
    const auto layout = std::make_shared<const Layout>(layOut(pageLayout));
    return { layout->table.pageCount(),
        [this, layout](QPainter &painter, int page) { paintPage(painter, *layout, page); } };
}

QString AttendanceSheet::pdfTitle() const
{
    return QStringList { tr("Attendance sheet"), m_data.meeting.title.simplified() }.join(
        QStringLiteral(" – "));
}

QString AttendanceSheet::saveFailure(const QString &path, const QString &reason) const
{
    return tr("The attendance sheet could not be saved as %1: %2").arg(path, reason);
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
