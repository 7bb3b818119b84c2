#pragma once

#include "../db/serdrepository.h"

#include <QAbstractTableModel>

namespace relais {

class Database;

// The SERD actions of an edition, filtered (status, topic, category, commune,
// organiser), with the live totals of the filtered set for the view's footer.
class SerdActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        Title,
        Status,
        Category,
        Topic,
        Lead, // the lead organiser
        CoOrganisers,
        Communes, // of its occurrences
        Dates, // first – last occurrence
        Occurrences, // held occurrences (of how many)
        Participants, // by the rule of SerdTotals, over its held occurrences
        Registered, // on the EWWR platform
        ColumnCount
    };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // the action's id
        StatusRole, // SerdStatus as an int
        HeldRole, // its held occurrences, an int
        FirstDateRole, // QDate of its first occurrence, for sorting
    };

    explicit SerdActionModel(Database &database, QObject *parent = nullptr);

    // Nothing is listed until an edition is set.
    void setFilter(const SerdFilter &filter);
    const SerdFilter &filter() const { return m_filter; }
    // Of the listed actions (see SerdTotals for the counting rule).
    const SerdTotals &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const SerdActionRow &row(int row) const { return m_rows.at(row); }

public slots:
    void refresh();

signals:
    void refreshed();
    void totalsChanged(const relais::SerdTotals &totals);

private:
    Database &m_database;
    SerdFilter m_filter;
    QList<SerdActionRow> m_rows;
    QList<int> m_participants; // per row
    SerdTotals m_totals;
};

} // namespace relais
