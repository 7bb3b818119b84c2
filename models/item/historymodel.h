#pragma once

#include "../domain/actorref.h"
#include "../history/history.h"

#include <QAbstractTableModel>
#include <functional>

namespace relais {

class Database;

// An actor's history as a table, newest first; follows the file.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { Date, Kind, Summary, Who, Staff, ColumnCount };
    enum Role : int {
        SourceRole = Qt::UserRole + 1, // QString: which area the entry comes from
        IdRole, // qint64: the record in that area
        PlannedRole, // bool: not done yet
    };

    HistoryModel(Database &database, const History &history, QObject *parent = nullptr);

    // Today's date, to tell what is planned from what is overdue; tests fix it.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    // Whose history; an organisation's includes its members' entries.
    void setActor(const ActorRef &actor);
    ActorRef actor() const { return m_actor; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HistoryEntry &entry(int row) const { return m_entries.at(row); }

public slots:
    void refresh();

private:
    const History &m_history;
    ActorRef m_actor;
    QList<HistoryEntry> m_entries;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace relais
