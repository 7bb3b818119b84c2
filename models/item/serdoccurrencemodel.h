#pragma once

#include "../db/serdrepository.h"

#include <QAbstractTableModel>

namespace relais {

class Database;

// An edition's calendar: every occurrence of its actions by day and time, cancelled
// ones included (and shown so).
class SerdOccurrenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        Date,
        Time, // "14:00 – 17:00", empty when not set
        Action,
        Place,
        Commune,
        Lead, // the action's lead organiser
        Expected, // participants, empty when not known
        Actual,
        Status, // "Cancelled" for a cancelled occurrence, else the action's status
        ColumnCount
    };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // the occurrence's id
        ActionIdRole,
        DateRole, // QDate
        FirstOfDayRole, // bool: the first row of its day, for the view to set days apart
        HeldRole, // bool: counts by the rule of SerdTotals
    };

    explicit SerdOccurrenceModel(Database &database, QObject *parent = nullptr);

    void setEdition(qint64 editionId);
    qint64 edition() const { return m_editionId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOf(qint64 occurrenceId) const;
    // The first row of that day, or -1.
    int firstRowOn(const QDate &date) const;
    const SerdCalendarRow &row(int row) const { return m_rows.at(row); }

public slots:
    void refresh();

signals:
    void refreshed();

private:
    Database &m_database;
    qint64 m_editionId = 0;
    QList<SerdCalendarRow> m_rows;
};

} // namespace relais
