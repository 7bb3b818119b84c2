#pragma once

#include "../domain/actorfilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace relais {

class Database;

// What the contacts and organisations lists share: the ordered ids that match the
// filter, read from the database on each change of filter or sort (an indexed query,
// not a scan of loaded rows), and rows fetched a page at a time by the subclass.
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
    int totalCount() const { return m_total; }
    // Why the last refresh failed, or empty.
    QString lastError() const { return m_error; }

public slots:
    // Reads the ids again with the current filter and sort.
    void refresh();

signals:
    // After every refresh: counts may have changed.
    void refreshed();

protected:
    Database &database() const { return m_database; }
    const QList<qint64> &ids() const { return m_ids; }
    virtual QList<qint64> queryIds(
        const ActorFilter &filter, int column, Qt::SortOrder order) const = 0;
    virtual int queryTotal() const = 0;
    virtual void clearCache() = 0;
    // Display text of a row that disappeared between two refreshes.
    QVariant goneRow(int role) const;

private:
    Database &m_database;
    ActorFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    int m_total = 0;
    QString m_error;
};

} // namespace relais
