#pragma once

#include "models/domain/actorref.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;

namespace relais {

class ActorCompletionModel;
class Database;

// The contacts and organisations something is about, chosen by typing their names:
// each keystroke asks the file for matches, Enter or a click adds one; Backspace in the
// empty field removes the last, Delete removes the selected ones.
class ActorPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ActorPicker(Database &database, QWidget *parent = nullptr);

    void setActors(const QList<ActorRef> &actors);
    QList<ActorRef> actors() const { return m_actors; }
    void addActor(const ActorRef &actor);
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void removeSelected();

    ActorCompletionModel *m_model;
    QCompleter *m_completer;
    QListWidget *m_chosen;
    QLineEdit *m_edit;
    QList<ActorRef> m_actors;
};

} // namespace relais
