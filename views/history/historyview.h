#pragma once

#include "models/domain/actorref.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace relais {

class Database;
class History;
class HistoryModel;

// The History tab of a contact's or organisation's card: everything that happened
// with them, newest first, and the way to log the next thing.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(Database &database, const History &history, QWidget *parent = nullptr);

    void setActor(const ActorRef &actor);
    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void logRequested();
    // An entry to open: its area's source name and its id.
    void openRequested(const QString &source, qint64 id);

private:
    void updateEmptyState();

    HistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_log;
};

} // namespace relais
