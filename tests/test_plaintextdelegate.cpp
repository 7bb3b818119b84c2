#include "catchqt.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <views/common/plaintextdelegate.h>
#include <views/forms/listview.h>

using namespace relais;

namespace {

// A record list as the Actors page sets it up: alternate rows, a selected row with the
// cursor on it, a cell too long for its column, an empty cell, a line break.
struct List
{
    QStandardItemModel model { 6, 3 };
    QTableView view;

    List()
    {
        const QStringList texts { QStringLiteral("Ackermann"), QStringLiteral("Brigitte"),
            QStringLiteral("Épicerie solidaire de Wittenheim et des communes voisines"),
            QStringLiteral("Bader"), QString(), QStringLiteral("Line one\nline two") };
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                model.setItem(
                    row, column, new QStandardItem(texts.at((row + column) % texts.size())));
        }
        setUpRecordList(&view, QAbstractItemView::ExtendedSelection);
        view.setModel(&model);
        view.resize(520, 200);
        view.horizontalHeader()->resizeSection(0, 120);
        view.horizontalHeader()->resizeSection(1, 150);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setCurrentIndex(model.index(2, 1));
        view.selectRow(2);
    }

    QImage picture(QAbstractItemDelegate *delegate)
    {
        view.setItemDelegate(delegate);
        return view.viewport()->grab().toImage();
    }
};

// Where the text of a cell is inked: the box of its pixels far from the cell's ground.
QRect inkOf(const QImage &image, const QRect &cell)
{
    const QColor ground = image.pixelColor(cell.right() - 1, cell.top() + 2);
    QRect ink;
    for (int y = cell.top() + 1; y < cell.bottom(); ++y) {
        for (int x = cell.left() + 1; x < cell.right(); ++x) {
            if (qAbs(image.pixelColor(x, y).lightness() - ground.lightness()) > 80)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

} // namespace

TEST_CASE("A list painted by PlainTextDelegate looks as QStyledItemDelegate paints it",
    "[views][delegate]")
{
    List list;
    QStyledItemDelegate styled;
    PlainTextDelegate plain;
    const QImage expected = list.picture(&styled);
    const QImage painted = list.picture(&plain);
    REQUIRE(painted.size() == expected.size());
    int inked = 0;
    for (int row = 0; row < list.model.rowCount(); ++row) {
        for (int column = 0; column < list.model.columnCount(); ++column) {
            const QModelIndex index = list.model.index(row, column);
            INFO("row " << row << ", column " << column << ": "
                        << index.data().toString().toStdString());
            const QRect cell = list.view.visualRect(index);
            // The same ground: alternate rows, the selected row.
            CHECK(painted.pixelColor(cell.right() - 1, cell.top() + 2)
                == expected.pixelColor(cell.right() - 1, cell.top() + 2));
            // A line break shows as a space rather than cutting the text short.
            if (index.data().toString().contains(QLatin1Char('\n')))
                continue;
            // The text where the style puts it, elided as it elides it (to a pixel or
            // two: QTextLayout and QPainter::drawText place glyphs a fraction apart).
            const QRect ink = inkOf(painted, cell);
            const QRect expectedInk = inkOf(expected, cell);
            CHECK(ink.isNull() == expectedInk.isNull());
            if (ink.isNull())
                continue;
            ++inked;
            CHECK(qAbs(ink.left() - expectedInk.left()) <= 1);
            CHECK(qAbs(ink.right() - expectedInk.right()) <= 2);
            CHECK(qAbs(ink.top() - expectedInk.top()) <= 1);
            CHECK(qAbs(ink.bottom() - expectedInk.bottom()) <= 1);
        }
    }
    CHECK(inked >= 10);
    const QColor highlight = list.view.palette().color(QPalette::Active, QPalette::Highlight);
    const QRect selected = list.view.visualRect(list.model.index(2, 2));
    CHECK(painted.pixelColor(selected.right() - 2, selected.center().y()) == highlight);
}
