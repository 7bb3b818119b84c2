#pragma once

#include "models/domain/actorref.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace relais {

class ActorNameCompleter;
class Commands;
class Database;

// Enrols people of the file in a cohort: names typed with completion gather in a list
// (Delete takes one back), then Enrol adds them all in one step. Those already in the
// cohort are said so and not added twice.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(Database &database, Commands &commands, qint64 cohortId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_edit; }
    ActorNameCompleter *completer() const { return m_completer; }
    QList<qint64> chosen() const;
    void add(const relais::ActorRef &contact);
    // How many were enrolled by the last Enrol.
    int added() const { return m_added; }

public slots:
    void enrol();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    Commands &m_commands;
    qint64 m_cohortId;
    QList<qint64> m_enrolled;
    QLineEdit *m_edit;
    ActorNameCompleter *m_completer;
    QListWidget *m_list;
    QLabel *m_note;
    QPushButton *m_enrol;
    int m_added = 0;
};

} // namespace relais
