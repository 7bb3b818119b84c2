#pragma once

#include "../db/meansrepository.h"

#include <QAbstractTableModel>

namespace relais {

class Database;

// Staff time entries, newest first, filtered by year and person.
class StaffTimeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { Date, Person, Role, Activity, Days, Note, ColumnCount };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // the entry's id
        HalfDaysRole, // the days as a whole number of half-days, for sorting and sums
        StartsOnRole, // the first day (QDate), for sorting
    };

    explicit StaffTimeModel(Database &database, QObject *parent = nullptr);

    // 0 for every year / every person.
    void setFilter(int year, qint64 staffId);
    int year() const { return m_year; }
    qint64 staffId() const { return m_staffId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const StaffTimeEntry &entryAt(int row) const { return m_rows.at(row).entry; }
    // The days of the rows shown.
    double totalDays() const;

public slots:
    void refresh();

signals:
    void refreshed();

private:
    Database &m_database;
    int m_year = 0;
    qint64 m_staffId = 0;
    QList<MeansRepository::StaffTimeRow> m_rows;
};

} // namespace relais
