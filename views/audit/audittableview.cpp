#include "audittableview.h"

#include "models/item/auditlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <algorithm>

namespace relais {

AuditTableView::AuditTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // One line of text a row, as in the other lists (the style's default is taller).
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setTabKeyNavigation(false);
}

void AuditTableView::setAuditModel(AuditLogModel *model)
{
    setModel(model);
    sizeColumns();
}

void AuditTableView::sizeColumns()
{
    // Sized from the texts they hold rather than from the rows read: the first page would
    // set widths that the next pages do not fit.
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const QString longestDate
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    setColumnWidth(AuditLogModel::When, metrics.horizontalAdvance(longestDate) + padding);
    setColumnWidth(AuditLogModel::Who, metrics.averageCharWidth() * 12 + padding);
    int action = 0;
    for (const char *key :
        { "create", "update", "delete", "merge", "import", "export", "anonymise" })
        action = qMax(action, metrics.horizontalAdvance(auditActionLabel(QLatin1String(key))));
    setColumnWidth(AuditLogModel::Action, action + padding);
    setColumnWidth(AuditLogModel::Record, metrics.averageCharWidth() * 26 + padding);
}

QString AuditTableView::selectedText() const
{
    if (!model())
        return {};
    QList<int> rows;
    if (selectionModel() && selectionModel()->hasSelection()) {
        for (const QModelIndex &index : selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < model()->rowCount(); ++row)
            rows << row;
    }
    QList<int> columns;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!isColumnHidden(column))
            columns << column;
    }
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QStringLiteral("; "));
    };
    QStringList lines;
    QStringList header;
    for (const int column : std::as_const(columns))
        header << model()->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells << clean(model()->index(row, column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AuditTableView::copy() const
{
    QApplication::clipboard()->setText(selectedText());
}

void AuditTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace relais
