#pragma once

#include "../domain/actorfilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace relais {

class Database;

// What the contacts and organisations lists share. The model holds ids only: the ids
// of the whole file in the current sort order (read again when the sort or the data
// changes), and on each change of filter the ids the database finds for it (an FTS5
// and indexed query, not a scan of loaded rows), kept in that order. Rows are fetched
// a page at a time by the subclass.
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ActorTableModel(Database &database, QObject *parent = nullptr);

    void setFilter(const ActorFilter &filter);
    ActorFilter filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;

    qint64 idAt(int row) const;
    // -1 when the record is not in the list (filtered out or gone).
    int rowOf(qint64 id) const;
    // Records in the file, whatever the filter.
    int totalCount() const { return int(m_order.size()); }
    // Why the last refresh failed, or empty.
    QString lastError() const { return m_error; }

public slots:
    // Reads everything again (the data changed).
    void refresh();

signals:
    // After every refresh: counts may have changed.
    void refreshed();

protected:
    Database &database() const { return m_database; }
    const QList<qint64> &ids() const { return m_ids; }
    // Every id of the file in this order.
    virtual QList<qint64> queryOrder(int column, Qt::SortOrder order) const = 0;
    // The ids matching a (non-empty) filter, in any order.
    virtual QList<qint64> queryMatches(const ActorFilter &filter) const = 0;
    virtual void clearCache() = 0;
    // Display text of a row that disappeared between two refreshes.
    QVariant goneRow(int role) const;

private:
    Database &m_database;
    ActorFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    void applyFilter();
    void setIds(QList<qint64> ids);

    QList<qint64> m_order; // the whole file, sorted
    QList<qint64> m_ids; // what is shown
    QString m_error;
};

} // namespace relais
