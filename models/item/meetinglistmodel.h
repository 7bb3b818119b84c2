#pragma once

#include "../domain/meeting.h"

#include <QAbstractTableModel>

namespace relais {

class Database;

// The Meetings area: meetings by date with their counts, filtered by year and type.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int {
        Date,
        Title,
        Type,
        Place,
        Invited,
        Registered,
        Excused,
        Present,
        Absent,
        WalkIns,
        Rate,
        ColumnCount
    };
    enum Role : int { IdRole = Qt::UserRole + 1 };

    explicit MeetingListModel(Database &database, QObject *parent = nullptr);

    // 0 for every year / every type.
    void setFilter(int year, qint64 typeId);
    int year() const { return m_year; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const MeetingRow &row(int row) const { return m_rows.at(row); }

public slots:
    void refresh();

signals:
    void refreshed();

private:
    Database &m_database;
    int m_year = 0;
    qint64 m_typeId = 0;
    QList<MeetingRow> m_rows;
};

} // namespace relais
