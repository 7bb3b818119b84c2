#include "pagedtable.h"

#include <QFontMetricsF>
#include <QPainter>

namespace relais::print {

namespace {

QFont columnTitleFont()
{
    return printFont(9, QFont::Bold);
}
QFont columnSubtitleFont()
{
    return printFont(8);
}
QFont nameFont(bool bold)
{
    return printFont(10, bold ? QFont::Bold : QFont::Normal);
}

} // namespace

void PagedTable::setColumns(const QList<TableColumn> &newColumns)
{
    columns = newColumns;
    qreal x = 0;
    for (TableColumn &column : columns) {
        column.x = x;
        x += column.width;
    }
}

void PagedTable::paginate(qreal firstTop, qreal bottom, qreal trailing)
{
    m_rowsPerPage.clear();
    m_trailingOnOwnPage = false;
    int next = 0;
    qreal y = 0;
    do {
        const bool first = m_rowsPerPage.isEmpty();
        y = (first ? firstTop : 0) + headerHeight;
        int count = 0;
        while (next + count < rowHeights.size()) {
            const qreal height = rowHeights[next + count];
            // A page always takes a row, except the first one when what is above the
            // table leaves no room.
            if (y + height > bottom && (count > 0 || first))
                break;
            y += height;
            ++count;
        }
        m_rowsPerPage.append(count);
        next += count;
    } while (next < rowHeights.size());
    if (trailing > 0 && y + trailing > bottom) {
        m_rowsPerPage.append(0);
        m_trailingOnOwnPage = true;
    }
}

qreal PagedTable::titleWidth(const QString &title)
{
    return QFontMetricsF(columnTitleFont()).horizontalAdvance(title) + 2 * cellPadding;
}

int PagedTable::firstRowOfPage(int page) const
{
    int first = 0;
    for (int i = 0; i < page && i < m_rowsPerPage.size(); ++i)
        first += m_rowsPerPage[i];
    return first;
}

void PagedTable::paintTitles(QPainter &painter, qreal top, qreal width) const
{
    painter.fillRect(QRectF(0, top, width, headerHeight), headerFill);
    const QFont titleFont = columnTitleFont();
    const QFont subtitleFont = columnSubtitleFont();
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF subtitleMetrics(subtitleFont);
    for (const TableColumn &column : columns) {
        const qreal inner = column.width - 2 * cellPadding;
        const Lines title { titleFont,
            { titleMetrics.elidedText(column.title, Qt::ElideRight, inner) } };
        Lines subtitle { subtitleFont, {}, secondaryInk };
        if (!column.subtitle.isEmpty())
            subtitle.lines << subtitleMetrics.elidedText(column.subtitle, Qt::ElideRight, inner);
        const qreal height = subtitle.lines.isEmpty()
            ? titleMetrics.height()
            : titleMetrics.lineSpacing() + subtitle.height();
        const qreal titleTop = top + (headerHeight - height) / 2;
        title.draw(painter, column.x + cellPadding, titleTop, inner, column.alignment);
        subtitle.draw(painter, column.x + cellPadding, titleTop + titleMetrics.lineSpacing(), inner,
            column.alignment);
    }
}

qreal PagedTable::paintPage(QPainter &painter, int page, qreal top, qreal width,
    const std::function<void(int row, const QRectF &box)> &paintRow) const
{
    paintTitles(painter, top, width);

    const int first = firstRowOfPage(page);
    const int count = m_rowsPerPage.value(page);
    QList<qreal> rowLines;
    qreal y = top + headerHeight;
    for (int i = first; i < first + count; ++i) {
        const qreal height = rowHeights[i];
        paintRow(i, QRectF(0, y, width, height));
        y += height;
        rowLines << y;
    }

    // The grid: light between rows and columns, darker around the table and under the
    // column titles, so that the eye follows a row across.
    const qreal bottom = y;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(gridColour, pt(0.5)));
    for (int i = 0; i + 1 < rowLines.size(); ++i)
        painter.drawLine(QPointF(0, rowLines[i]), QPointF(width, rowLines[i]));
    if (verticalLines) {
        for (int c = 1; c < columns.size(); ++c) {
            const qreal columnX = columns[c].x;
            painter.drawLine(QPointF(columnX, top), QPointF(columnX, bottom));
        }
    }
    painter.setPen(QPen(frameColour, pt(0.9)));
    painter.drawLine(QPointF(0, top + headerHeight), QPointF(width, top + headerHeight));
    painter.drawRect(QRectF(0, top, width, bottom - top));
    return bottom;
}

NameCell NameCell::layOut(const QString &lastName, const QString &firstName, qreal width)
{
    const QFont bold = nameFont(true);
    const QFont regular = nameFont(false);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF regularMetrics(regular);
    const QString last = lastName.simplified();
    const QString first = firstName.simplified();
    const qreal oneLine = boldMetrics.horizontalAdvance(last)
        + (last.isEmpty() || first.isEmpty() ? 0
                                             : regularMetrics.horizontalAdvance(QLatin1Char(' ')))
        + regularMetrics.horizontalAdvance(first);
    NameCell cell;
    cell.oneLine = oneLine <= width;
    if (cell.oneLine) {
        cell.lastName = { bold, last.isEmpty() ? QStringList() : QStringList { last } };
        cell.firstName = { regular, first.isEmpty() ? QStringList() : QStringList { first } };
    } else {
        cell.lastName = { bold, wrapped(last, bold, width, 2) };
        cell.firstName = { regular, wrapped(first, regular, width, 1) };
    }
    return cell;
}

qreal NameCell::stackedHeight() const
{
    if (firstName.lines.isEmpty())
        return lastName.height();
    return lastName.lines.size() * lastName.lineSpacing() + firstName.height();
}

qreal NameCell::height() const
{
    return oneLine ? QFontMetricsF(nameFont(true)).height() : stackedHeight();
}

void NameCell::draw(QPainter &painter, qreal x, qreal rowTop, qreal rowHeight) const
{
    if (!oneLine) {
        const qreal nameTop = rowTop + (rowHeight - stackedHeight()) / 2;
        lastName.draw(painter, x, nameTop);
        firstName.draw(painter, x, nameTop + lastName.lines.size() * lastName.lineSpacing());
        return;
    }
    const QFontMetricsF boldMetrics(nameFont(true));
    const QFontMetricsF regularMetrics(nameFont(false));
    const QString last = lastName.lines.value(0);
    const QString first = firstName.lines.value(0);
    const qreal baseline = rowTop + (rowHeight - boldMetrics.height()) / 2 + boldMetrics.ascent();
    painter.setFont(nameFont(true));
    painter.setPen(ink);
    painter.drawText(QPointF(x, baseline), last);
    if (!first.isEmpty()) {
        const qreal after = last.isEmpty() ? 0
                                           : boldMetrics.horizontalAdvance(last)
                + regularMetrics.horizontalAdvance(QLatin1Char(' '));
        painter.setFont(nameFont(false));
        painter.drawText(QPointF(x + after, baseline), first);
    }
}

} // namespace relais::print
