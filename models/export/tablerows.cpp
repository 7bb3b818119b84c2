#include "tablerows.h"

#include <QAbstractItemModel>

namespace relais {

QList<QStringList> tableRows(QAbstractItemModel *model, const QList<int> &columns,
    const std::function<bool(int row)> &rowShown)
{
    QList<QStringList> rows;
    if (!model)
        return rows;
    // A model that says it has more but brings nothing would keep us here for ever.
    for (int before = -1; model->canFetchMore({}) && model->rowCount() != before;) {
        before = model->rowCount();
        model->fetchMore({});
    }
    QStringList header;
    for (const int column : columns)
        header << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << header;
    const int count = model->rowCount();
    rows.reserve(count + 1);
    for (int row = 0; row < count; ++row) {
        if (rowShown && !rowShown(row))
            continue;
        QStringList line;
        line.reserve(columns.size());
        for (const int column : columns)
            line << model->index(row, column).data(Qt::DisplayRole).toString();
        rows << line;
    }
    return rows;
}

} // namespace relais
