#include "sessionsheet.h"

#include "letterhead.h"
#include "pagedtable.h"
#include "printstyle.h"
#include "views/forms/dateedit.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <memory>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/referencelistrepository.h>
#include <models/domain/contact.h>
#include <utility>

namespace relais {

using namespace print;

namespace {

// As on the meetings' sheets: about a centimetre to sign in.
constexpr qreal rowHeight = mm(10);
// Room for a full signature in each half-day's column; two half-days share a little
// less each so that names keep their room.
constexpr qreal oneSignatureWidth = mm(58);
constexpr qreal twoSignaturesWidth = mm(42);
// The trainer's box after the last row: a gap, then the box.
constexpr qreal trainerGap = mm(8);
constexpr qreal trainerBoxHeight = mm(26);

QFont cellFont()
{
    return printFont(9);
}

} // namespace

QString halfDayTimes(const TrainingSession &session, HalfDay half)
{
    const QTime starts = half == HalfDay::Morning ? session.morningStarts : session.afternoonStarts;
    const QTime ends = half == HalfDay::Morning ? session.morningEnds : session.afternoonEnds;
    if (starts.isValid() && ends.isValid() && ends > starts) {
        return SessionSheet::tr("%1–%2", "a half-day's start and end times")
            .arg(clockTime(starts), clockTime(ends));
    }
    return starts.isValid() ? clockTime(starts) : QString();
}

struct SessionSheet::Layout
{
    struct Row
    {
        NameCell name; // empty in the blank rows
        Lines organisation;
    };

    QSizeF area;
    qreal firstTableTop = 0;
    // Where the signature columns start: the trainer's box lines up with them.
    qreal signaturesX = 0;
    PagedTable table;
    QList<Row> rows;
};

SessionSheet::SessionSheet(SessionSheetData data, const SessionSheetOptions &options)
    : m_data(std::move(data))
{
    setOptions(options);
}

SessionSheetData SessionSheet::load(Database &database, qint64 sessionId)
{
    const TrainingRepository training(database);
    const std::optional<TrainingSession> session = training.session(sessionId);
    if (!session)
        throw DatabaseError(tr("This session no longer exists; it may have been deleted."));
    SessionSheetData data;
    data.session = *session;
    if (session->communeId) {
        if (const auto commune
            = ReferenceListRepository(database).item(ReferenceList::Commune, session->communeId))
            data.session.communeName = commune->name;
    }
    if (data.session.trainerName.trimmed().isEmpty() && session->trainerContactId) {
        if (const auto trainer = ContactRepository(database).load(session->trainerContactId))
            data.session.trainerName = trainer->displayName();
    }
    if (const auto module = training.module(session->moduleId))
        data.module = *module;
    if (const auto cohort = training.cohort(session->cohortId))
        data.cohort = *cohort;
    data.programme = SettingsRepository(database).programme();
    data.trainees = training.trainees(session->cohortId);
    return data;
}

void SessionSheet::setOptions(const SessionSheetOptions &options)
{
    m_options = options;
    m_options.blankRows = qBound(0, options.blankRows, 500);

    // Sorted here too, so that data from anywhere prints in the sheet's order.
    QList<std::pair<QString, TrainingRepository::Trainee>> keyed;
    for (const TrainingRepository::Trainee &trainee : std::as_const(m_data.trainees))
        keyed.append({ contactSortKey(trainee.firstName, trainee.lastName), trainee });
    std::stable_sort(
        keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_listed.clear();
    for (const auto &[key, trainee] : std::as_const(keyed))
        m_listed.append(trainee);

    updatePages();
}

void SessionSheet::pageLayoutChanged()
{
    updatePages();
}

void SessionSheet::updatePages()
{
    const Layout layout = layOut(pageLayout());
    m_rowsPerPage = layout.table.rowsPerPage();
    m_trainerBoxOnOwnPage = layout.table.trailingOnOwnPage();
}

SessionSheet::Layout SessionSheet::layOut(const QPageLayout &pageLayout) const
{
    Layout layout;
    layout.area = printableArea(pageLayout);
    const qreal width = layout.area.width();

    const QList<HalfDay> halves = m_data.session.halfDays();
    const qreal signatureWidth = halves.size() > 1 ? twoSignaturesWidth : oneSignatureWidth;
    const qreal signatures = qMin(signatureWidth * qMax(1, int(halves.size())), width * 0.55);
    const qreal rest = width - signatures;
    QList<TableColumn> columns { { tr("Name"), {}, 0, rest / 2 },
        { tr("Organisation"), {}, 0, rest / 2 } };
    if (halves.isEmpty()) {
        columns.append({ tr("Signature"), {}, 0, signatures });
    } else {
        for (const HalfDay half : halves) {
            columns.append({ halfDayName(half), halfDayTimes(m_data.session, half), 0,
                signatures / halves.size(), Qt::AlignHCenter });
        }
    }
    layout.table.setColumns(columns);
    layout.table.headerHeight = mm(10);
    layout.signaturesX = rest;

    const qreal nameWidth = columns[0].width - 2 * cellPadding;
    const qreal organisationWidth = columns[1].width - 2 * cellPadding;
    for (const TrainingRepository::Trainee &trainee : m_listed) {
        Layout::Row row;
        row.name = NameCell::layOut(trainee.lastName, trainee.firstName, nameWidth);
        row.organisation
            = { cellFont(), wrapped(trainee.organisation, cellFont(), organisationWidth, 2) };
        layout.table.rowHeights.append(
            qMax(rowHeight, qMax(row.name.height(), row.organisation.height()) + 2 * rowPadding));
        layout.rows.append(row);
    }
    for (int i = 0; i < m_options.blankRows; ++i) {
        layout.rows.append(Layout::Row());
        layout.table.rowHeights.append(rowHeight);
    }

    layout.firstTableTop = headerBlock(nullptr, width);
    layout.table.paginate(
        layout.firstTableTop, layout.area.height() - footerHeight, trainerGap + trainerBoxHeight);
    return layout;
}

QString SessionSheet::dateAndHalfDays() const
{
    const TrainingSession &session = m_data.session;
    QStringList parts;
    if (session.date.isValid())
        parts << QLocale().toString(session.date, QLocale::LongFormat);
    for (const HalfDay half : session.halfDays()) {
        const QString times = halfDayTimes(session, half);
        parts << (times.isEmpty() ? halfDayName(half)
                                  : tr("%1 %2", "a half-day and its times: Morning 09:00–12:30")
                                        .arg(halfDayName(half), times));
    }
    return parts.join(QStringLiteral(" · "));
}

QString SessionSheet::kindAndPlace() const
{
    const TrainingSession &session = m_data.session;
    QStringList place;
    for (const QString &part : { session.place, session.communeName }) {
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    }
    const QString kind = session.kind == TrainingSession::Kind::FieldVisit ? tr("Field visit")
                                                                           : tr("Room session");
    return place.isEmpty()
        ? kind
        : QStringList { kind, place.join(QStringLiteral(", ")) }.join(QStringLiteral(" · "));
}

qreal SessionSheet::headerBlock(QPainter *painter, qreal width) const
{
    const qreal y = letterhead(painter, m_data.programme, width);

    const QFont kindFont = printFont(10, QFont::DemiBold);
    const QFont titleFont = printFont(17, QFont::Bold);
    const QFont cohortFont = printFont(11, QFont::DemiBold);
    const QFont detailFont = printFont(11);
    const QFont noteFont = printFont(9, QFont::Normal, true);

    const QString cohort = m_data.cohort.name.trimmed().isEmpty()
        ? QString()
        : tr("Cohort: %1").arg(m_data.cohort.name.trimmed());
    const QString trainer = m_data.session.trainerName.trimmed().isEmpty()
        ? QString()
        : tr("Trainer: %1").arg(m_data.session.trainerName.trimmed());
    QStringList note { m_data.session.halfDays().size() > 1
            ? tr("Please sign opposite your name for each half-day you attend.")
            : tr("Please sign opposite your name.") };
    if (m_options.blankRows > 0)
        note << tr("Not on the list? Please write your name and organisation in a blank row at "
                   "the end.");
    Lines noteLines { noteFont, {}, secondaryInk };
    for (const QString &sentence : std::as_const(note))
        noteLines.lines << wrapped(sentence, noteFont, width, 2);

    const QList<std::pair<Lines, qreal>> blocks {
        { { kindFont, wrapped(tr("Training sign-in sheet"), kindFont, width, 1), secondaryInk },
            mm(1.5) },
        { { titleFont, wrapped(m_data.module.title, titleFont, width, 3) }, mm(1.5) },
        { { cohortFont, wrapped(cohort, cohortFont, width, 2) }, mm(2) },
        { { detailFont, wrapped(dateAndHalfDays(), detailFont, width, 2) }, mm(0.5) },
        { { detailFont, wrapped(kindAndPlace(), detailFont, width, 2) }, mm(0.5) },
        { { detailFont, wrapped(trainer, detailFont, width, 1) }, mm(0.5) },
    };
    const qreal details = stack(painter, blocks, 0, y);
    return stack(painter, { { noteLines, mm(3) } }, 0, details + mm(4));
}

void SessionSheet::paintTrainerBox(QPainter &painter, const Layout &layout, qreal top) const
{
    const qreal width = layout.area.width();
    const qreal boxX = layout.signaturesX;
    const QRectF box(boxX, top, width - boxX, trainerBoxHeight);

    // At the left, who signs; where no trainer is recorded, a line to write the name on.
    const QFont labelFont = printFont(9, QFont::Bold);
    const QFont nameFont = printFont(11, QFont::Bold);
    const qreal textWidth = boxX - mm(6);
    const Lines label { labelFont, wrapped(tr("Trainer"), labelFont, textWidth, 1), secondaryInk };
    const Lines name { nameFont, wrapped(m_data.session.trainerName, nameFont, textWidth, 2) };
    label.draw(painter, 0, top + mm(2));
    const qreal nameTop = top + mm(2) + label.height() + mm(2);
    if (!name.lines.isEmpty()) {
        name.draw(painter, 0, nameTop);
    } else {
        painter.setPen(QPen(gridColour, pt(0.5)));
        const qreal lineY = nameTop + mm(7);
        painter.drawLine(QPointF(0, lineY), QPointF(textWidth, lineY));
    }

    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(frameColour, pt(0.9)));
    painter.drawRect(box);
    const QFont boxFont = printFont(8);
    const Lines title { boxFont,
        wrapped(tr("Trainer's signature"), boxFont, box.width() - 2 * cellPadding, 1),
        secondaryInk };
    title.draw(painter, box.left() + cellPadding, box.top() + mm(1.5));
}

void SessionSheet::paintPage(QPainter &painter, const Layout &layout, int page) const
{
    const qreal width = layout.area.width();
    const int lastPage = layout.table.pageCount() - 1;
    qreal top = 0;
    if (page == 0) {
        headerBlock(&painter, width);
        top = layout.firstTableTop;
    }

    if (page == lastPage && layout.table.trailingOnOwnPage()) {
        paintTrainerBox(painter, layout, 0);
    } else {
        const QList<TableColumn> &columns = layout.table.columns;
        const qreal bottom
            = layout.table.paintPage(painter, page, top, width, [&](int i, const QRectF &box) {
                  const Layout::Row &row = layout.rows[i];
                  row.name.draw(painter, columns[0].x + cellPadding, box.top(), box.height());
                  row.organisation.draw(painter, columns[1].x + cellPadding,
                      box.top() + (box.height() - row.organisation.height()) / 2);
              });
        if (page == lastPage)
            paintTrainerBox(painter, layout, bottom + trainerGap);
    }

    QStringList about;
    if (!m_data.module.title.trimmed().isEmpty())
        about << m_data.module.title.simplified();
    if (!m_data.cohort.name.trimmed().isEmpty())
        about << m_data.cohort.name.simplified();
    if (m_data.session.date.isValid())
        about << QLocale().toString(m_data.session.date, QLocale::ShortFormat);
    paintFooter(
        painter, layout.area, about.join(QStringLiteral(" · ")), page, layout.table.pageCount());
}

PrintableDocument::Pages SessionSheet::layOutPages(const QPageLayout &pageLayout) const
{
    const auto layout = std::make_shared<const Layout>(layOut(pageLayout));
    return { layout->table.pageCount(),
        [this, layout](QPainter &painter, int page) { paintPage(painter, *layout, page); } };
}

QString SessionSheet::pdfTitle() const
{
    QStringList parts { tr("Training sign-in sheet") };
    if (!m_data.module.title.trimmed().isEmpty())
        parts << m_data.module.title.simplified();
    return parts.join(QStringLiteral(" – "));
}

QString SessionSheet::saveFailure(const QString &path, const QString &reason) const
{
    return tr("The sign-in sheet could not be saved as %1: %2").arg(path, reason);
}

QString SessionSheet::suggestedFileName() const
{
    QStringList parts { fileNamePart(tr("Sign-in sheet")) };
    const QString title = fileNamePart(m_data.module.title);
    if (!title.isEmpty())
        parts << title;
    if (m_data.session.date.isValid())
        parts << m_data.session.date.toString(Qt::ISODate);
    return parts.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

} // namespace relais
