#pragma once

#include "../db/meansrepository.h"

#include <QAbstractTableModel>

namespace relais {

class Database;

// Valued contributions, by year then organisation: the Means area's list, and an
// organisation's record (filtered on it).
class ContributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        Year,
        Organisation,
        Kind,
        RelatesTo,
        Quantity,
        Rate,
        Amount,
        Note,
        ColumnCount
    };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // the contribution's id
        CentsRole, // the amount in cents (qint64), for sorting and sums
        OrganisationIdRole,
    };

    explicit ContributionModel(Database &database, QObject *parent = nullptr);

    // 0 for every year / every organisation.
    void setFilter(int year, qint64 organisationId);
    int year() const { return m_year; }
    qint64 organisationId() const { return m_organisationId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const ValuedContribution &contributionAt(int row) const { return m_rows.at(row).contribution; }
    // The sum of the rows shown.
    Cents total() const;

public slots:
    void refresh();

signals:
    void refreshed();

private:
    Database &m_database;
    int m_year = 0;
    qint64 m_organisationId = 0;
    QList<MeansRepository::ContributionRow> m_rows;
};

} // namespace relais
