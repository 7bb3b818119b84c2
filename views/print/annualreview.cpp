#include "annualreview.h"

#include "printstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QThread>
#include <QUrl>
#include <cmath>
#include <limits>
#include <optional>

namespace relais {

using namespace print;

namespace {

// The text document is laid out in CSS pixels: the unit its ODT and HTML writers assume
// for the widths of images and tables. On paper it is scaled to the documents' unit.
constexpr qreal layoutDpi = 96.0;
constexpr qreal px(qreal millimetres)
{
    return millimetres * layoutDpi / 25.4;
}
// Charts are never printed coarser than this.
constexpr qreal minimumChartDpi = 150.0;
// The text width of the ODT and HTML: A4 with 2 cm margins, a word processor's default.
constexpr qreal exportTextWidth = px(170);
// Tables of this many rows or fewer are not split across pages.
constexpr int shortTable = 8;
// A chart keeps room on its page for its caption and some text.
constexpr qreal largestChartHeight = px(150);
// Between a table cell's rules and its text.
constexpr qreal reviewCellPadding = px(1.2);

// A fixed resolution to lay out with, so that a document breaks its pages the same way
// whatever the screen.
QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMetre = qRound(layoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return image;
    }();
    return &device;
}

const QString chartResource = QStringLiteral("relais-chart-%1.png");
const QString logoResource = QStringLiteral("relais-logo.png");

// ---- Words and numbers ---------------------------------------------------------------

QString number(int value)
{
    return QLocale().toString(value);
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString signedText(double difference, const QString &magnitude)
{
    return (difference > 0 ? QLocale().positiveSign() : QLocale().negativeSign()) + magnitude;
}

// A headline figure of a year; none when it means nothing that year (a rate without
// anyone to count, SERD figures without an edition).
struct Figure
{
    enum Kind { Count, Rate, Money, Days };
    Kind kind = Count;
    std::optional<double> value;

    QString text() const
    {
        if (!value)
            return QStringLiteral("—");
        switch (kind) {
        case Count:
            return number(int(*value));
        case Rate:
            return percentText(*value);
        case Money:
            return formatCents(Cents(*value));
        case Days:
            return formatDays(*value);
        }
        return {};
    }

    // From the year before to this one: "+3", "−2 pts", "=".
    QString changeFrom(const Figure &before) const
    {
        if (!value || !before.value)
            return QStringLiteral("—");
        switch (kind) {
        case Count: {
            const int difference = int(*value) - int(*before.value);
            return difference == 0 ? QStringLiteral("=")
                                   : signedText(difference, number(std::abs(difference)));
        }
        case Rate: {
            const int points = int(std::lround(*value * 100) - std::lround(*before.value * 100));
            return points == 0
                ? QStringLiteral("=")
                : signedText(points, AnnualReview::tr("%1 pts").arg(number(std::abs(points))));
        }
        case Money: {
            const Cents difference = Cents(*value) - Cents(*before.value);
            return difference == 0 ? QStringLiteral("=")
                                   : signedText(double(difference), formatCents(qAbs(difference)));
        }
        case Days: {
            const double difference = *value - *before.value;
            return qFuzzyIsNull(difference)
                ? QStringLiteral("=")
                : signedText(difference, formatDays(std::abs(difference)));
        }
        }
        return {};
    }
};

Figure count(int value)
{
    return { Figure::Count, value };
}

Figure rate(bool counted, double fraction)
{
    return { Figure::Rate, counted ? std::optional<double>(fraction) : std::nullopt };
}

QString share(int part, int whole)
{
    return whole > 0 ? percentText(double(part) / whole) : QString();
}

QString routesText(int routes)
{
    QStringList words;
    if (routes & IndicatorRepository::Meeting)
        words << AnnualReview::tr("meeting");
    if (routes & IndicatorRepository::Training)
        words << AnnualReview::tr("training");
    if (routes & IndicatorRepository::Serd)
        words << AnnualReview::tr("SERD");
    if (routes & IndicatorRepository::Contribution)
        words << AnnualReview::tr("contribution");
    return words.join(QStringLiteral(", "));
}

int partnersThrough(const YearIndicators::Actors &actors, int route)
{
    int partners = 0;
    for (const auto &partner : actors.partners)
        partners += (partner.routes & route) ? 1 : 0;
    return partners;
}

QString orNone(const QString &name, const QString &none)
{
    return name.isEmpty() ? none : name;
}

// ---- The images, made once ------------------------------------------------------------

// The review's images as its documents hold them, by resource name. As pixmaps where
// they can be: Qt's layout asks for a pixmap every time it sizes an image on a paint
// device, and would otherwise convert the whole chart each time.
ReviewImages imagesOf(const AnnualReviewContent &content)
{
    const bool pixmaps = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
        && QThread::currentThread() == QCoreApplication::instance()->thread();
    const auto resource = [pixmaps](const QImage &image) {
        return pixmaps ? QVariant(QPixmap::fromImage(image)) : QVariant(image);
    };
    ReviewImages images;
    QImage logo;
    if (!content.programme.logo.isEmpty())
        logo.loadFromData(content.programme.logo);
    if (!logo.isNull())
        images.insert(logoResource, resource(logo));
    for (int i = 0; i < content.charts.size(); ++i) {
        if (!content.charts.at(i).image.isNull())
            images.insert(chartResource.arg(i + 1), resource(content.charts.at(i).image));
    }
    return images;
}

QImage imageOf(const QVariant &image)
{
    return image.userType() == QMetaType::QPixmap ? image.value<QPixmap>().toImage()
                                                  : image.value<QImage>();
}

QSize imageSize(const QVariant &image)
{
    return image.userType() == QMetaType::QPixmap ? image.value<QPixmap>().size()
                                                  : image.value<QImage>().size();
}

// ---- The document, block by block ---------------------------------------------------

// What the pagination watches: a paragraph or a table row, by the positions of its
// blocks (one per cell for a row).
struct Unit
{
    QList<int> blocks;
    bool row = false;
};

// Units printed on one page when they fit: a heading and what follows it, a chart and
// its caption.
struct Group
{
    int first = 0;
    int last = 0;
};

struct Cell
{
    QString text;
    QString detail; // a second, smaller line
};

struct Row
{
    enum Style { Plain, Total, Label };
    QList<Cell> cells;
    Style style = Plain;
    Row(QList<Cell> cells, Style style = Plain)
        : cells(std::move(cells))
        , style(style)
    { }
    Row(const QStringList &texts, Style style = Plain)
        : style(style)
    {
        for (const QString &text : texts)
            cells << Cell { text, {} };
    }
};

struct Column
{
    QString title;
    qreal percent = 0; // of the text width
    Qt::Alignment alignment = Qt::AlignLeft;
};

Column numeric(const QString &title, qreal percent)
{
    return { title, percent, Qt::AlignRight };
}

// Builds the review into a text document. `breaks` are the units that start a new page:
// a paragraph gets a page break before it, a table is split before a row and continues,
// its column titles repeated, on the next page. From `first` on: the units before it are
// counted, not written (a document that starts at a page break, for the pagination).
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(relais::AnnualReview)

public:
    Builder(const AnnualReviewContent &content, const ReviewImages &images, QTextDocument &document,
        qreal textWidth, const QSet<int> &breaks = {}, int first = 0)
        : m_content(content)
        , m_images(images)
        , m_document(document)
        , m_cursor(&document)
        , m_textWidth(textWidth)
        , m_breaks(breaks)
        , m_first(first)
    { }

    void build();

    QList<Unit> units;
    QList<Group> groups;

private:
    enum class Style { Body, Note, Heading, Subheading, Empty };

    int paragraph(const QString &text, Style style, bool keepWithNext = false,
        Qt::Alignment alignment = Qt::AlignLeft);
    void table(const QList<Column> &columns, const QList<Row> &rows);
    void tablePart(
        const QList<Column> &columns, const QList<Row> &rows, int from, int to, bool continued);
    void chart(const ReviewChart &chart, int index);
    void addUnit(const QList<int> &blocks, bool row, bool keepWithNext);
    // The next unit is before `first`: counted, not written.
    bool skipping() const { return units.size() < m_first; }
    // The next unit starts a page (not the first of the document: it is at the top).
    bool breaksBefore() const
    {
        return units.size() > m_first && m_breaks.contains(int(units.size()));
    }
    // Starts a new block (or takes the empty one after a table), with this format.
    int newBlock(QTextBlockFormat format, const QTextCharFormat &chars);

    void titlePage();
    void summary();
    void actors();
    void meetings();
    void training();
    void serd();
    void means();
    void partners();
    void charts(ReviewSection section);
    void figures(const QList<std::pair<QString, QString>> &lines);

    QTextCharFormat chars(Style style) const;
    QTextBlockFormat blockFormat(Style style) const;
    QString yearText() const { return QString::number(m_content.year.year); }

    const AnnualReviewContent &m_content;
    const ReviewImages &m_images;
    QTextDocument &m_document;
    QTextCursor m_cursor;
    qreal m_textWidth;
    QSet<int> m_breaks;
    int m_first = 0;
    bool m_emptyBlock = true;
    int m_keepFrom = -1;
};

QTextCharFormat Builder::chars(Style style) const
{
    QTextCharFormat format;
    format.setForeground(ink);
    switch (style) {
    case Style::Body:
        break;
    case Style::Note:
    case Style::Empty:
        format.setFontPointSize(8.5);
        format.setFontItalic(true);
        format.setForeground(secondaryInk);
        if (style == Style::Empty) {
            format.setFontPointSize(10);
        }
        break;
    case Style::Heading:
        format.setFontPointSize(15);
        format.setFontWeight(QFont::Bold);
        break;
    case Style::Subheading:
        format.setFontPointSize(11);
        format.setFontWeight(QFont::Bold);
        break;
    }
    return format;
}

QTextBlockFormat Builder::blockFormat(Style style) const
{
    QTextBlockFormat format;
    switch (style) {
    case Style::Body:
        format.setBottomMargin(px(2));
        break;
    case Style::Note:
        format.setTopMargin(px(0.5));
        format.setBottomMargin(px(2));
        break;
    case Style::Empty:
        format.setTopMargin(px(1));
        format.setBottomMargin(px(3));
        break;
    case Style::Heading:
        format.setTopMargin(px(9));
        format.setBottomMargin(px(3));
        break;
    case Style::Subheading:
        format.setTopMargin(px(5));
        format.setBottomMargin(px(1.5));
        break;
    }
    return format;
}

void Builder::addUnit(const QList<int> &blocks, bool row, bool keepWithNext)
{
    const int id = int(units.size());
    units.append(Unit { blocks, row });
    if (keepWithNext) {
        if (m_keepFrom < 0)
            m_keepFrom = id;
    } else if (m_keepFrom >= 0) {
        groups.append(Group { m_keepFrom, id });
        m_keepFrom = -1;
    }
}

int Builder::newBlock(QTextBlockFormat format, const QTextCharFormat &chars)
{
    if (breaksBefore())
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    if (m_emptyBlock) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_emptyBlock = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
    return m_cursor.block().position();
}

int Builder::paragraph(const QString &text, Style style, bool keepWithNext, Qt::Alignment alignment)
{
    if (skipping()) {
        addUnit({}, false, keepWithNext);
        return int(units.size()) - 1;
    }
    const QTextCharFormat format = chars(style);
    QTextBlockFormat block = blockFormat(style);
    block.setAlignment(alignment);
    const int position = newBlock(block, format);
    m_cursor.insertText(text, format);
    const int id = int(units.size());
    addUnit({ position }, false, keepWithNext);
    return id;
}

// A short table is kept on one page; a label row stays with the row under it.
bool keepsWithNext(const QList<Row> &rows, int r)
{
    return rows.at(r).style == Row::Label || (rows.size() <= shortTable && r < rows.size() - 1);
}

void Builder::table(const QList<Column> &columns, const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int firstRow = int(units.size());
    int from = 0;
    while (from < rows.size()) {
        int to = from + 1;
        while (to < rows.size() && !m_breaks.contains(firstRow + to))
            ++to;
        if (skipping()) {
            for (int r = from; r < to; ++r)
                addUnit({}, true, keepsWithNext(rows, r));
        } else {
            tablePart(columns, rows, from, to, from > 0);
        }
        from = to;
    }
}

void Builder::tablePart(
    const QList<Column> &columns, const QList<Row> &rows, int from, int to, bool continued)
{
    QTextTableFormat format;
    format.setBorder(0.75);
    format.setBorderBrush(gridColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(reviewCellPadding);
    format.setTopMargin(continued ? 0 : px(1));
    format.setBottomMargin(px(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (const Column &column : columns)
        widths << QTextLength(QTextLength::PercentageLength, column.percent);
    format.setColumnWidthConstraints(widths);
    if (breaksBefore())
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (m_cursor.atStart()) {
        // The document starts with this table: the empty paragraph before it takes no room.
        QTextBlockFormat none;
        none.setLineHeight(0, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(none);
    }

    QTextTable *table = m_cursor.insertTable(to - from + 1, int(columns.size()), format);

    QTextCharFormat titleChars = chars(Style::Body);
    titleChars.setFontWeight(QFont::Bold);
    titleChars.setFontPointSize(8);
    QTextCharFormat headerCell;
    headerCell.setBackground(headerFill);
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, int(c));
        cell.setFormat(headerCell);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(columns.at(c).alignment);
        cursor.setBlockFormat(block);
        cursor.insertText(columns.at(c).title, titleChars);
    }

    QTextCharFormat body = chars(Style::Body);
    body.setFontPointSize(9);
    QTextCharFormat detail = body;
    detail.setFontPointSize(8);
    detail.setForeground(secondaryInk);
    QTextCharFormat labelCell;
    labelCell.setBackground(QColor(0xf4, 0xf4, 0xf4));
    for (int r = from; r < to; ++r) {
        const Row &row = rows.at(r);
        const int tableRow = r - from + 1;
        QTextCharFormat text = body;
        if (row.style != Row::Plain)
            text.setFontWeight(QFont::Bold);
        if (row.style == Row::Label)
            table->mergeCells(tableRow, 0, 1, int(columns.size()));
        QList<int> blocks;
        const int cellCount = row.style == Row::Label ? 1 : int(columns.size());
        for (int c = 0; c < cellCount; ++c) {
            QTextTableCell cell = table->cellAt(tableRow, c);
            if (row.style == Row::Label)
                cell.setFormat(labelCell);
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(columns.at(c).alignment);
            cursor.setBlockFormat(block);
            blocks << cursor.block().position();
            const Cell content = c < row.cells.size() ? row.cells.at(c) : Cell();
            cursor.insertText(content.text, text);
            if (!content.detail.isEmpty()) {
                cursor.insertText(QString(QChar::LineSeparator), text);
                cursor.insertText(content.detail, detail);
            }
        }
        addUnit(blocks, true, keepsWithNext(rows, r));
    }
    m_cursor.movePosition(QTextCursor::End);
    m_emptyBlock = true;
}

void Builder::chart(const ReviewChart &chart, int index)
{
    if (chart.image.isNull())
        return;
    const bool captioned = !chart.caption.isEmpty();
    if (skipping()) {
        addUnit({}, false, captioned);
        if (captioned)
            paragraph(chart.caption, Style::Note, false, Qt::AlignHCenter);
        return;
    }
    const QString name = chartResource.arg(index);
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), m_images.value(name));
    // As wide as the text, but not so wide that the image prints coarse, nor so tall
    // that it leaves no room for its caption.
    QSizeF size(qMin(m_textWidth, chart.image.width() * layoutDpi / minimumChartDpi), 0);
    size.setHeight(size.width() * chart.image.height() / chart.image.width());
    if (size.height() > largestChartHeight)
        size = size * (largestChartHeight / size.height());
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(px(3));
    block.setBottomMargin(px(1));
    const int position = newBlock(block, chars(Style::Body));
    QTextImageFormat image;
    image.setName(name);
    image.setWidth(size.width());
    image.setHeight(size.height());
    image.setQuality(100);
    m_cursor.insertImage(image);
    addUnit({ position }, false, captioned);
    if (captioned)
        paragraph(chart.caption, Style::Note, false, Qt::AlignHCenter);
}

void Builder::charts(ReviewSection section)
{
    for (int i = 0; i < m_content.charts.size(); ++i) {
        if (m_content.charts.at(i).section == section)
            chart(m_content.charts.at(i), i + 1);
    }
}

void Builder::figures(const QList<std::pair<QString, QString>> &lines)
{
    QList<Row> rows;
    for (const auto &[label, value] : lines)
        rows << Row(QStringList { label, value });
    table({ { tr("Figure"), 75 }, numeric(yearText(), 25) }, rows);
}

void Builder::build()
{
    QFont font(QGuiApplication::font().family());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    font.setHintingPreference(QFont::PreferNoHinting);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    m_document.setUseDesignMetrics(true);
    m_document.setMetaInformation(QTextDocument::DocumentTitle,
        AnnualReview::tr("Annual review %1").arg(m_content.year.year));

    titlePage();
    summary();
    actors();
    meetings();
    training();
    serd();
    means();
    partners();
}

void Builder::titlePage()
{
    if (skipping()) {
        addUnit({}, false, false);
        return;
    }
    const ProgrammeSettings &programme = m_content.programme;
    QTextCharFormat text = chars(Style::Body);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);

    const QVariant logo = m_images.value(logoResource);
    if (logo.isValid()) {
        m_document.addResource(QTextDocument::ImageResource, QUrl(logoResource), logo);
        const QSizeF size
            = QSizeF(imageSize(logo)).scaled(QSizeF(px(70), px(35)), Qt::KeepAspectRatio);
        QTextBlockFormat block = centred;
        block.setTopMargin(px(10));
        block.setBottomMargin(px(8));
        newBlock(block, text);
        QTextImageFormat image;
        image.setName(logoResource);
        image.setWidth(size.width());
        image.setHeight(size.height());
        image.setQuality(100);
        m_cursor.insertImage(image);
    }
    const auto line = [&](const QString &words, qreal points, bool bold, const QColor &colour,
                          qreal top, qreal bottom) {
        if (words.isEmpty())
            return;
        QTextBlockFormat block = centred;
        block.setTopMargin(top);
        block.setBottomMargin(bottom);
        QTextCharFormat format = text;
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(colour);
        newBlock(block, format);
        m_cursor.insertText(words, format);
    };
    line(programme.programmeName, 18, true, ink, logo.isNull() ? px(25) : 0, px(2));
    line(programme.organisationName, 13, false, secondaryInk, 0, 0);
    line(AnnualReview::tr("Annual review %1").arg(m_content.year.year), 30, true, ink, px(75),
        px(4));
    line(tr("The figures of %1, compared with those of %2")
             .arg(m_content.year.year)
             .arg(m_content.previous.year),
        12, false, secondaryInk, 0, px(70));
    line(tr("Generated on %1").arg(QLocale().toString(m_content.generatedOn, QLocale::ShortFormat)),
        10, false, secondaryInk, 0, 0);
    QTextBlockFormat last = m_cursor.blockFormat();
    last.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    m_cursor.setBlockFormat(last);
    // The title page is not broken up: it is one unit.
    addUnit({ m_cursor.block().position() }, false, false);
}

void Builder::summary()
{
    const YearIndicators &now = m_content.year;
    const YearIndicators &before = m_content.previous;
    paragraph(tr("Key figures"), Style::Heading, true);

    struct Line
    {
        QString label;
        Figure now;
        Figure before;
    };
    const auto lines = [](const YearIndicators &y) {
        const bool serd = y.serd.hasEdition;
        const auto serdCount = [serd](int value) {
            return Figure { Figure::Count, serd ? std::optional<double>(value) : std::nullopt };
        };
        return QList<Figure> {
            count(y.actors.partnersMobilised),
            count(y.actors.newPartners),
            count(y.meetings.councils),
            rate(y.meetings.councilTotals.invited > 0, y.meetings.councilAttendanceRate()),
            count(y.training.figures.trainees),
            rate(y.training.figures.halfDaysExpected > 0, y.training.figures.attendanceRate()),
            count(y.training.figures.completions),
            rate(y.training.figures.trainees > 0, y.training.traineesWithSerdActionShare()),
            serdCount(y.serd.totals.held),
            serdCount(y.serd.totals.distinct),
            serdCount(y.serd.totals.organisers),
            serdCount(y.serd.totals.participants),
            Figure { Figure::Money, double(y.means.contributions) },
            Figure { Figure::Days, y.means.staffDays() },
        };
    };
    const QList<Figure> thisYear = lines(now);
    const QList<Figure> yearBefore = lines(before);
    const QStringList labels {
        tr("Partners mobilised"),
        tr("New partners"),
        tr("Actors' councils held"),
        tr("Attendance at the actors' councils"),
        tr("Trainees"),
        tr("Training attendance rate"),
        tr("Trainees who completed the training"),
        tr("Trainees who ran a SERD action"),
        tr("SERD actions held"),
        tr("Distinct SERD actions"),
        tr("SERD organisers"),
        tr("SERD participants"),
        tr("Valued contributions"),
        tr("Staff days"),
    };
    // Where each area's lines start, and its label.
    const QList<std::pair<int, QString>> areas {
        { 0, tr("Actors") },
        { 2, tr("Meetings") },
        { 4, tr("Training") },
        { 8, tr("SERD") },
        { 12, tr("Means") },
    };
    QList<Row> rows;
    for (int i = 0; i < labels.size(); ++i) {
        for (const auto &[start, area] : areas) {
            if (start == i)
                rows << Row(QStringList { area }, Row::Label);
        }
        rows << Row(QStringList { labels.at(i), yearBefore.at(i).text(), thisYear.at(i).text(),
            thisYear.at(i).changeFrom(yearBefore.at(i)) });
    }
    table({ { tr("Indicator"), 49 }, numeric(QString::number(before.year), 17),
              numeric(QString::number(now.year), 17), numeric(tr("Change"), 17) },
        rows);
    paragraph(tr("Rates are shares of those expected or invited; their change is in percentage "
                 "points (pts). A dash: nothing to measure that year."),
        Style::Note);
}

void Builder::actors()
{
    const auto &actors = m_content.year.actors;
    paragraph(tr("1. Actors and partners"), Style::Heading, true);
    figures({
        { tr("Organisations in the file at the end of the year"), number(actors.organisations) },
        { tr("Contacts in the file at the end of the year"), number(actors.contacts) },
        { tr("Partners mobilised"), number(actors.partnersMobilised) },
        { tr("of which new partners, mobilised for the first time"), number(actors.newPartners) },
        { tr("mobilised at a meeting"),
            number(partnersThrough(actors, IndicatorRepository::Meeting)) },
        { tr("mobilised through training"),
            number(partnersThrough(actors, IndicatorRepository::Training)) },
        { tr("mobilised through the SERD"),
            number(partnersThrough(actors, IndicatorRepository::Serd)) },
        { tr("mobilised through a valued contribution"),
            number(partnersThrough(actors, IndicatorRepository::Contribution)) },
    });
    paragraph(tr("A partner is an organisation that took part in the year's activities through one "
                 "of its members, or contributed to them; it may have done so in several ways."),
        Style::Note);
    if (actors.partnersMobilised == 0) {
        paragraph(tr("No partner was mobilised in %1.").arg(yearText()), Style::Empty);
    } else {
        const auto breakdown = [&](const QString &heading, const QString &column,
                                   const QList<NamedCount> &counts, const QString &none) {
            paragraph(heading, Style::Subheading, true);
            QList<Row> rows;
            for (const NamedCount &item : counts) {
                rows << Row(QStringList { orNone(item.name, none), number(item.count),
                    share(item.count, actors.partnersMobilised) });
            }
            table({ { column, 60 }, numeric(tr("Partners"), 20), numeric(tr("Share"), 20) }, rows);
        };
        breakdown(
            tr("Partners mobilised by type"), tr("Type"), actors.partnersByType, tr("No type"));
        breakdown(tr("Partners mobilised by commune"), tr("Commune"), actors.partnersByCommune,
            tr("No commune"));
    }
    charts(ReviewSection::Actors);
}

void Builder::meetings()
{
    const auto &meetings = m_content.year.meetings;
    paragraph(tr("2. Meetings"), Style::Heading, true);
    if (meetings.count == 0) {
        paragraph(tr("No meeting was held in %1.").arg(yearText()), Style::Empty);
        charts(ReviewSection::Meetings);
        return;
    }
    paragraph(tr("Meetings by type"), Style::Subheading, true);
    QList<Row> types;
    for (const NamedCount &type : meetings.byType)
        types << Row(QStringList { orNone(type.name, tr("No type")), number(type.count) });
    types << Row(QStringList { tr("Total"), number(meetings.count) }, Row::Total);
    table({ { tr("Type"), 75 }, numeric(tr("Meetings"), 25) }, types);

    const auto countColumns = [] {
        return QList<Column> { numeric(tr("Invited"), 10), numeric(tr("Excused"), 10),
            numeric(tr("Present"), 10), numeric(tr("Absent"), 10), numeric(tr("Walk-ins"), 12),
            numeric(tr("Rate"), 8) };
    };
    const auto countCells = [](const MeetingCounts &counts, const QString &rateText) {
        return QList<Cell> { { number(counts.invited), {} }, { number(counts.excused), {} },
            { number(counts.present), {} }, { number(counts.absent), {} },
            { number(counts.walkIns), {} }, { rateText, {} } };
    };

    paragraph(tr("Attendance at each meeting"), Style::Subheading, true);
    QList<Row> lines;
    for (const auto &meeting : meetings.list) {
        QList<Cell> cells { { QLocale().toString(meeting.date, QLocale::ShortFormat), {} },
            { meeting.title, meeting.type } };
        cells << countCells(meeting.counts,
            meeting.counts.invited > 0 ? percentText(meeting.attendanceRate()) : QString());
        lines << Row(cells);
    }
    QList<Column> columns { { tr("Date"), 12 }, { tr("Meeting"), 28 } };
    columns << countColumns();
    table(columns, lines);
    paragraph(tr("Present includes the walk-ins. Rate: those invited who came, out of those "
                 "invited."),
        Style::Note);

    if (meetings.councils > 0) {
        paragraph(tr("Actors' councils"), Style::Subheading, true);
        const auto average = [&](int MeetingCounts::*field) {
            return Cell { decimal(meetings.councilAverage(field)), {} };
        };
        QList<Cell> averages { { tr("Average per council"), {} } };
        averages << average(&MeetingCounts::invited) << average(&MeetingCounts::excused)
                 << average(&MeetingCounts::present) << average(&MeetingCounts::absent)
                 << average(&MeetingCounts::walkIns) << Cell();
        QList<Cell> totals { { tr("Total of the councils"), {} } };
        totals << countCells(meetings.councilTotals,
            meetings.councilTotals.invited > 0 ? percentText(meetings.councilAttendanceRate())
                                               : QString());
        QList<Column> councilColumns { { QString(), 40 } };
        councilColumns << countColumns();
        table(councilColumns, { Row(totals, Row::Total), Row(averages) });
    }
    charts(ReviewSection::Meetings);
}

void Builder::training()
{
    const auto &training = m_content.year.training;
    const auto &figures = training.figures;
    paragraph(tr("3. Relay actor training"), Style::Heading, true);
    if (figures.sessions == 0 && training.sessions.isEmpty() && figures.trainees == 0) {
        paragraph(tr("No training session was held in %1.").arg(yearText()), Style::Empty);
        charts(ReviewSection::Training);
        return;
    }
    this->figures({
        { tr("Trainees (present at one half-day or more)"), number(figures.trainees) },
        { tr("Sessions"), number(figures.sessions) },
        { tr("Half-days delivered"), number(figures.halfDays) },
        { tr("Attendance rate (half-days present out of those expected)"),
            figures.halfDaysExpected > 0 ? percentText(figures.attendanceRate())
                                         : QStringLiteral("—") },
        { tr("Trainees who completed the training"), number(figures.completions) },
        { tr("Trainees who ran a SERD action"),
            figures.trainees > 0 ? tr("%1 (%2)").arg(number(training.traineesWithSerdAction),
                percentText(training.traineesWithSerdActionShare()))
                                 : number(training.traineesWithSerdAction) },
    });
    paragraph(tr("A trainee ran a SERD action when they were its contact person, or a member of "
                 "an organisation that led or co-organised it, in the year's edition."),
        Style::Note);
    if (!training.sessions.isEmpty()) {
        paragraph(tr("Attendance at each session"), Style::Subheading, true);
        QList<Row> rows;
        bool pending = false;
        for (const auto &session : training.sessions) {
            pending = pending || !session.entered;
            rows << Row(
                QList<Cell> { { QLocale().toString(session.date, QLocale::ShortFormat), {} },
                    { session.module, session.cohort }, { number(session.halfDays), {} },
                    { number(session.enrolled), {} }, { number(session.present), {} },
                    { number(session.excused), {} },
                    { session.entered ? percentText(session.attendanceRate()) : QStringLiteral("—"),
                        {} } });
        }
        table({ { tr("Date"), 12 }, { tr("Module"), 36 }, numeric(tr("Half-days"), 12),
                  numeric(tr("Enrolled"), 10), numeric(tr("Present"), 10),
                  numeric(tr("Excused"), 10), numeric(tr("Rate"), 10) },
            rows);
        QString note = tr("Present and excused count half-days; the rate is the half-days present "
                          "out of those expected of the enrolled.");
        if (pending)
            note += QLatin1Char(' ') + tr("A dash: attendance not entered yet.");
        paragraph(note, Style::Note);
    }
    charts(ReviewSection::Training);
}

void Builder::serd()
{
    const auto &serd = m_content.year.serd;
    paragraph(tr("4. European Week for Waste Reduction (SERD)"), Style::Heading, true);
    if (!serd.hasEdition) {
        paragraph(tr("There was no SERD edition in %1.").arg(yearText()), Style::Empty);
        charts(ReviewSection::Serd);
        return;
    }
    if (serd.totals.held == 0) {
        paragraph(tr("No action of the %1 edition was held.").arg(yearText()), Style::Empty);
        charts(ReviewSection::Serd);
        return;
    }
    figures({
        { tr("Actions held (each date and place)"), number(serd.totals.held) },
        { tr("Distinct actions"), number(serd.totals.distinct) },
        { tr("Organisers"), number(serd.totals.organisers) },
        { tr("Participants"), number(serd.totals.participants) },
    });
    QStringList notes { tr("An action repeated in several places counts once among the distinct "
                           "actions.") };
    if (serd.totals.estimated > 0) {
        notes << tr("Actions held whose participants were not counted, and for which the "
                    "expected number is taken: %1.")
                     .arg(number(serd.totals.estimated));
    }
    if (serd.totals.uncounted > 0) {
        notes << tr("Actions held without any number of participants: %1.")
                     .arg(number(serd.totals.uncounted));
    }
    paragraph(notes.join(QLatin1Char(' ')), Style::Note);

    const auto groupTable
        = [&](const QString &heading, const QString &column,
              const QList<YearIndicators::SerdGroup> &groups, const QString &none) {
              if (groups.isEmpty())
                  return;
              paragraph(heading, Style::Subheading, true);
              QList<Row> rows;
              for (const auto &group : groups) {
                  rows << Row(QStringList { orNone(group.name, none), number(group.totals.held),
                      number(group.totals.distinct), number(group.totals.organisers),
                      number(group.totals.participants) });
              }
              table({ { column, 36 }, numeric(tr("Held"), 16), numeric(tr("Distinct"), 16),
                        numeric(tr("Organisers"), 16), numeric(tr("Participants"), 16) },
                  rows);
          };
    groupTable(tr("By topic"), tr("Topic"), serd.byTopic, tr("No topic"));
    groupTable(tr("By category"), tr("Category"), serd.byCategory, tr("No category"));
    groupTable(tr("By commune"), tr("Commune"), serd.byCommune, tr("No commune"));
    paragraph(tr("By commune, the actions held are the dates held in each commune."), Style::Note);
    charts(ReviewSection::Serd);
}

void Builder::means()
{
    const auto &means = m_content.year.means;
    paragraph(tr("5. Means"), Style::Heading, true);
    paragraph(tr("Valued contributions"), Style::Subheading, true);
    if (means.contributionsByKind.isEmpty()) {
        paragraph(tr("No valued contribution was recorded for %1.").arg(yearText()), Style::Empty);
    } else {
        QList<Row> rows;
        int entries = 0;
        for (const auto &kind : means.contributionsByKind) {
            entries += kind.entries;
            rows << Row(QStringList { kind.name, number(kind.entries), formatCents(kind.amount),
                means.contributions > 0 ? percentText(double(kind.amount) / means.contributions)
                                        : QString() });
        }
        rows << Row(QStringList { tr("Total"), number(entries), formatCents(means.contributions),
                        QString() },
            Row::Total);
        table({ { tr("Kind"), 46 }, numeric(tr("Entries"), 14), numeric(tr("Amount"), 24),
                  numeric(tr("Share"), 16) },
            rows);
        paragraph(tr("What partners put into the programme: their staff's time and their "
                     "material and other expenses, in euros."),
            Style::Note);
    }

    paragraph(tr("Staff time"), Style::Subheading, true);
    if (means.staffHalfDays == 0) {
        paragraph(tr("No staff time was recorded for %1.").arg(yearText()), Style::Empty);
    } else {
        const auto daysTable = [&](const QString &column,
                                   const QList<YearIndicators::StaffDays> &lines,
                                   const QString &none, bool total) {
            QList<Row> rows;
            for (const auto &line : lines) {
                rows << Row(QStringList { orNone(line.name, none), formatDays(line.days()),
                    share(line.halfDays, means.staffHalfDays) });
            }
            if (total) {
                rows << Row(QStringList { tr("Total"), formatDays(means.staffDays()), QString() },
                    Row::Total);
            }
            table({ { column, 60 }, numeric(tr("Days"), 20), numeric(tr("Share"), 20) }, rows);
        };
        daysTable(tr("Role"), means.staffByRole, tr("No role"), true);
        paragraph(tr("Staff days by activity"), Style::Subheading, true);
        daysTable(tr("Activity"), means.staffByActivity, tr("Not specified"), false);
    }
    charts(ReviewSection::Means);
}

void Builder::partners()
{
    const auto &actors = m_content.year.actors;
    if (actors.partners.size() > AnnualReview::partnersListedInPrint) {
        paragraph(tr("6. Partners mobilised in %1").arg(yearText()), Style::Heading, true);
        paragraph(tr("The %1 partners mobilised in %2 are too many to list on paper; section 1 "
                     "gives them by type and by commune. Their list, with the type, commune and "
                     "ways each was mobilised, is saved as a spreadsheet by Save Partners as "
                     "CSV… in the Annual Review window.")
                      .arg(number(int(actors.partners.size())), yearText()),
            Style::Body);
        return;
    }
    paragraph(tr("6. Partners mobilised in %1, by type").arg(yearText()), Style::Heading, true);
    if (actors.partners.isEmpty()) {
        paragraph(tr("No partner was mobilised in %1.").arg(yearText()), Style::Empty);
        return;
    }
    for (const NamedCount &type : actors.partnersByType) {
        QList<Row> rows;
        for (const auto &partner : actors.partners) {
            if (partner.typeId == type.id && (type.id != 0 || partner.type == type.name))
                rows << Row(
                    QStringList { partner.name, partner.commune, routesText(partner.routes) });
        }
        if (rows.isEmpty())
            continue;
        paragraph(QStringLiteral("%1 (%2)").arg(
                      orNone(type.name, tr("No type")), number(int(rows.size()))),
            Style::Subheading, true);
        table({ { tr("Partner"), 46 }, { tr("Commune"), 24 }, { tr("Mobilised through"), 30 } },
            rows);
    }
}

QAbstractTextDocumentLayout::PaintContext paintContext(const QRectF &clip)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, ink);
    return context;
}

} // namespace

// ---- The review -------------------------------------------------------------------------

// The review laid out for one page layout, its pages broken where they should be: one
// document from each forced page break to the next.
struct AnnualReview::Paginated
{
    struct Part
    {
        std::unique_ptr<QTextDocument> document;
        int pages = 0; // of the document, shown
        // Where its last page shown ends: what follows starts the next part's first page.
        qreal end = std::numeric_limits<qreal>::max();
    };
    std::vector<Part> parts;
    QSizeF page; // of text, in the layout's unit
    int count = 0;
};

AnnualReview::AnnualReview(AnnualReviewContent content)
    : m_content(std::move(content))
    , m_document(std::make_unique<QTextDocument>())
{
    if (!m_content.generatedOn.isValid())
        m_content.generatedOn = QDate::currentDate();
    m_images = imagesOf(m_content);
    Builder(m_content, m_images, *m_document, exportTextWidth).build();
    m_document->documentLayout()->setPaintDevice(layoutDevice());
    m_pages = paginate(pageLayout());
}

AnnualReview::~AnnualReview() = default;

int AnnualReview::pageCount() const
{
    return m_pages->count;
}

QString AnnualReview::title() const
{
    return tr("Annual review %1").arg(m_content.year.year);
}

QString AnnualReview::suggestedFileName() const
{
    const QString programme = fileNamePart(m_content.programme.programmeName);
    return (programme.isEmpty() ? title() : tr("%1 - %2").arg(title(), programme))
        + QStringLiteral(".pdf");
}

QString AnnualReview::pdfTitle() const
{
    return title();
}

QString AnnualReview::saveFailure(const QString &path, const QString &reason) const
{
    return tr("The annual review could not be saved as %1: %2").arg(path, reason);
}

void AnnualReview::pageLayoutChanged()
{
    m_pages = paginate(pageLayout());
}

std::shared_ptr<const AnnualReview::Paginated> AnnualReview::paginate(
    const QPageLayout &pageLayout) const
{
    const QSizeF area = printableArea(pageLayout);
    const qreal scale = dotsPerInch / layoutDpi;
    const QSizeF page(area.width() / scale, (area.height() - footerHeight) / scale);
    const auto pageOf = [&](qreal y) { return int(std::floor(y / page.height())); };

    // Lays the review out and walks it, unit by unit, to the first place where a page breaks
    // badly (a table row split, a heading parted from what follows). From there the review
    // is built again as a document of its own that starts on a new page, and walked in turn,
    // until a walk reaches the end. The pages shown are those of each part up to where the
    // next one starts. (A part is a fresh document, not the previous one changed in place:
    // Qt's layout, updated in place, places some blocks where a fresh one would not.) With
    // one document built again from the start for each break, the layout of the pages before
    // the break was done again each time: seven times at 100,000 contacts.
    auto paginated = std::make_shared<Paginated>();
    paginated->page = page;
    QSet<int> breaks;
    for (int first = 0;;) {
        Paginated::Part part;
        part.document = std::make_unique<QTextDocument>();
        Builder builder(m_content, m_images, *part.document, page.width(), breaks, first);
        builder.build();
        // Laid out once built: a layout made before would lay the document out again on
        // every insertion.
        QTextDocument &document = *part.document;
        document.documentLayout()->setPaintDevice(layoutDevice());
        document.setPageSize(page);
        QHash<int, int> groupEnds;
        for (const Group &group : std::as_const(builder.groups))
            groupEnds.insert(group.first, group.last);

        const auto extent = [&](const Unit &unit) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (const int position : unit.blocks) {
                const QRectF box
                    = document.documentLayout()->blockBoundingRect(document.findBlock(position));
                top = qMin(top, box.top());
                bottom = qMax(bottom, box.bottom());
            }
            return std::pair { top, bottom };
        };
        const auto parted = [&](qreal top, qreal bottom) {
            return pageOf(top) != pageOf(bottom - 0.5) && bottom - top < page.height() * 0.8;
        };
        const QList<Unit> &units = builder.units;
        int next = -1;
        qreal nextTop = 0;
        // The part's first unit is at the top of its page.
        for (int i = first == 0 ? 0 : first + 1; i < units.size(); ++i) {
            const auto [top, bottom] = extent(units.at(i));
            const auto groupEnd = groupEnds.constFind(i);
            if ((groupEnd != groupEnds.cend() && parted(top, extent(units.at(*groupEnd)).second))
                || (units.at(i).row && parted(top, bottom))) {
                next = i;
                nextTop = top;
                break;
            }
        }
        if (next < 0) {
            part.pages = document.pageCount();
            paginated->parts.push_back(std::move(part));
            break;
        }
        // A row's text is inside its cells' padding, the rule above it belongs to the row
        // before.
        part.end = units.at(next).row ? nextTop - reviewCellPadding : nextTop;
        part.pages = pageOf(part.end - 0.5) + 1;
        paginated->parts.push_back(std::move(part));
        breaks.insert(next);
        first = next;
    }
    for (const Paginated::Part &part : paginated->parts)
        paginated->count += part.pages;
    return paginated;
}

PrintableDocument::Pages AnnualReview::layOutPages(const QPageLayout &pageLayout) const
{
    const std::shared_ptr<const Paginated> pages
        = pageLayout.isEquivalentTo(this->pageLayout()) ? m_pages : paginate(pageLayout);
    const QSizeF area = printableArea(pageLayout);
    QStringList about;
    for (const QString &name :
        { m_content.programme.programmeName, m_content.programme.organisationName }) {
        if (!name.isEmpty()) {
            about << name;
            break;
        }
    }
    about << title();
    const QString aboutText = about.join(QStringLiteral(" · "));
    const QString generated
        = tr("Generated on %1")
              .arg(QLocale().toString(m_content.generatedOn, QLocale::ShortFormat));
    return { pages->count,
        [pages, area, aboutText, generated](QPainter &painter, int page) {
            painter.save();
            const qreal scale = dotsPerInch / layoutDpi;
            painter.scale(scale, scale);
            // The part the page is in, and its page there.
            int local = page;
            auto part = pages->parts.cbegin();
            while (local >= part->pages) {
                local -= part->pages;
                ++part;
            }
            QRectF shown(QPointF(0, local * pages->page.height()), pages->page);
            shown.setBottom(qMin(shown.bottom(), part->end));
            painter.translate(0, -shown.top());
            painter.setClipRect(shown);
            // A hair shorter: a line starting the next page is not drawn, clipped away, on
            // this one (which would embed its images twice).
            part->document->documentLayout()->draw(
                &painter, paintContext(shown.adjusted(0, 0, 0, -1)));
            painter.restore();
            if (page == 0)
                return;

            // The footer, under a rule.
            const QFont font = printFont(8);
            const QFontMetricsF metrics(font);
            const qreal baseline = area.height() - metrics.descent();
            painter.setPen(QPen(gridColour, pt(0.5)));
            const qreal rule = area.height() - metrics.height() - mm(1.5);
            painter.drawLine(QPointF(0, rule), QPointF(area.width(), rule));
            painter.setFont(font);
            painter.setPen(secondaryInk);
            const QString right
                = QStringList { generated, tr("Page %1 of %2").arg(page + 1).arg(pages->count) }
                      .join(QStringLiteral("   "));
            const qreal rightWidth = metrics.horizontalAdvance(right);
            painter.drawText(QPointF(area.width() - rightWidth, baseline), right);
            painter.drawText(QPointF(0, baseline),
                metrics.elidedText(aboutText, Qt::ElideRight, area.width() - rightWidth - mm(8)));
        } };
}

bool AnnualReview::writeOdt(const QString &path, QString *error) const
{
    // The writer closes the device it is given, which a file being saved must not be.
    QByteArray odt;
    {
        QBuffer buffer(&odt);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(m_document.get())) {
            if (error)
                *error = saveFailure(
                    QDir::toNativeSeparators(path), tr("the document could not be converted"));
            return false;
        }
    }
    return writeFile(
        path, error, [&odt](QIODevice &device) { return device.write(odt) == odt.size(); });
}

QByteArray AnnualReview::html() const
{
    QString html = m_document->toHtml();
    // The images inside, so that the file can be sent on its own.
    for (auto image = m_images.cbegin(); image != m_images.cend(); ++image) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        imageOf(image.value()).save(&buffer, "PNG");
        html.replace(QStringLiteral("src=\"%1\"").arg(image.key()),
            QStringLiteral("src=\"data:image/png;base64,%1\"")
                .arg(QString::fromLatin1(png.toBase64())));
    }
    return html.toUtf8();
}

bool AnnualReview::listsPartners() const
{
    return m_content.year.actors.partners.size() <= partnersListedInPrint;
}

QString AnnualReview::partnersFileName() const
{
    const QString partners = tr("Partners %1").arg(m_content.year.year);
    const QString programme = fileNamePart(m_content.programme.programmeName);
    return (programme.isEmpty() ? partners : tr("%1 - %2").arg(partners, programme))
        + QStringLiteral(".csv");
}

bool AnnualReview::writeHtml(const QString &path, QString *error) const
{
    const QByteArray bytes = html();
    return writeFile(
        path, error, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

} // namespace relais
