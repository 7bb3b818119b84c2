#include "actortablemodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../domain/idlist.h"

namespace relais {

ActorTableModel::ActorTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    // Who is dormant changes with every interaction and every meeting attended.
    connect(&database.notifier(), &ChangeNotifier::changed, this, [this] {
        if (m_filter.dormantSince.isValid())
            applyFilter();
    });
}

void ActorTableModel::setFilter(const ActorFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

void ActorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

qint64 ActorTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int ActorTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

void ActorTableModel::refresh()
{
    try {
        m_order = queryOrder(m_sortColumn, m_sortOrder);
        m_error.clear();
    } catch (const DatabaseError &error) {
        m_order.clear();
        m_error = error.message();
    }
    applyFilter();
}

void ActorTableModel::applyFilter()
{
    if (!m_error.isEmpty()) {
        setIds({});
        return;
    }
    if (m_filter.isEmpty()) {
        setIds(m_order);
        return;
    }
    QList<qint64> matches;
    try {
        matches = queryMatches(m_filter);
    } catch (const DatabaseError &error) {
        m_error = error.message();
        setIds({});
        return;
    }
    setIds(idsInOrder(m_order, matches));
}

void ActorTableModel::setIds(QList<qint64> ids)
{
    if (ids == m_ids) {
        // Same rows in the same order: refresh their contents without a reset, so that
        // the view keeps its selection and scroll position.
        clearCache();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        clearCache();
        endResetModel();
    }
    emit refreshed();
}

QVariant ActorTableModel::goneRow(int role) const
{
    if (role == Qt::DisplayRole)
        return QStringLiteral("…");
    return {};
}

} // namespace relais
