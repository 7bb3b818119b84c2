#pragma once

#include "models/domain/actorref.h"

#include <QCompleter>

class QLineEdit;
class QSortFilterProxyModel;

namespace relais {

class ActorCompletionModel;
class Database;

// Completes a line edit with the contacts, or the organisations, whose names start with
// what is typed, asked of the file on each keystroke. Return chooses the highlighted
// suggestion; with none highlighted (the popup open or not) it means "what I typed",
// for a name the file does not know yet.
class ActorNameCompleter : public QCompleter
{
    Q_OBJECT
public:
    ActorNameCompleter(Database &database, ActorRef::Kind kind, QLineEdit *edit);

    // Whether Return with nothing chosen stops at the field (true), or also reaches the
    // dialog around it, to press its default button (false, the default).
    void setKeepReturn(bool keep) { m_keepReturn = keep; }

signals:
    // A suggestion was chosen (Return on it, or a click); the field shows its name.
    void chosen(const relais::ActorRef &actor);
    // Return with no suggestion chosen.
    void typedReturn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ActorRef actorAt(const QModelIndex &index) const;

    QLineEdit *m_edit;
    ActorCompletionModel *m_names;
    QSortFilterProxyModel *m_kind;
    bool m_keepReturn = false;
};

} // namespace relais
