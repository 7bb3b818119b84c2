#pragma once

#include <QList>
#include <QStringList>
#include <functional>

class QAbstractItemModel;

namespace relais {

// A list as its view shows it, header first, ready for CsvFile::write(): the header
// texts and the display text of these columns (in this order) for every row of the
// model — a proxy included, so in its sort order and with its filter — the rows the
// model has not fetched yet fetched first. `rowShown`, when given, leaves out the rows
// for which it answers false (the rows a view hides).
QList<QStringList> tableRows(QAbstractItemModel *model, const QList<int> &columns,
    const std::function<bool(int row)> &rowShown = {});

} // namespace relais
