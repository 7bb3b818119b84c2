#pragma once

#include "printstyle.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace relais::print {

struct TableColumn
{
    QString title;
    // A second, smaller line under the title (a half-day's times), or none.
    QString subtitle;
    qreal x = 0;
    qreal width = 0;
    // Of the title: left, centred or right.
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A table printed over as many pages as it needs: every row keeps its height and never
// splits, and the column titles are repeated at the top of each page. The document
// around it paints the cells; the table paints its titles and grid.
class PagedTable
{
public:
    QList<TableColumn> columns;
    qreal headerHeight = mm(8);
    QList<qreal> rowHeights;
    // Lines between the columns; without them only rows are ruled.
    bool verticalLines = true;

    // Gives the columns these widths, one after the other from x = 0.
    void setColumns(const QList<TableColumn> &columns);
    // The width a column needs for its title not to be shortened, padding included.
    static qreal titleWidth(const QString &title);

    // Splits the rows into pages: on the first page the table starts at firstTop, on
    // the others at the top; rows end above `bottom`. `trailing` is the height of what
    // must follow the last row on the same page (a closing block); when the last page
    // has no room left for it, an extra page without rows takes it.
    void paginate(qreal firstTop, qreal bottom, qreal trailing = 0);
    const QList<int> &rowsPerPage() const { return m_rowsPerPage; }
    int pageCount() const { return int(m_rowsPerPage.size()); }
    int firstRowOfPage(int page) const;
    // Whether the closing block is alone on the last page, at its top.
    bool trailingOnOwnPage() const { return m_trailingOnOwnPage; }

    // Paints the column titles at `top`, each row of the page through paintRow (given
    // the row's index and its box) and the grid over them; returns the table's bottom.
    qreal paintPage(QPainter &painter, int page, qreal top, qreal width,
        const std::function<void(int row, const QRectF &box)> &paintRow) const;

private:
    void paintTitles(QPainter &painter, qreal top, qreal width) const;

    QList<int> m_rowsPerPage;
    bool m_trailingOnOwnPage = false;
};

// A person's name in a table cell: the last name in bold then the first name on one
// line or, when they do not fit, the last name (on up to two lines) above the first.
// People look for their own name, so it is shortened only as a last resort.
struct NameCell
{
    Lines lastName;
    Lines firstName;
    bool oneLine = true;

    static NameCell layOut(const QString &lastName, const QString &firstName, qreal width);
    qreal height() const;
    // Drawn at x, centred in the row between rowTop and rowTop + rowHeight.
    void draw(QPainter &painter, qreal x, qreal rowTop, qreal rowHeight) const;

private:
    qreal stackedHeight() const;
};

} // namespace relais::print
