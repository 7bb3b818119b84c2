#pragma once

#include "models/domain/actorref.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace relais {

class Commands;
class Database;
class FieldMessage;
class ReferencePicker;

// "Plan a follow-up for each": one follow-up per chosen actor — thank the SERD
// organisers, call back everyone invited — in one undoable step.
class PlanFollowUpsDialog : public QDialog
{
    Q_OBJECT
public:
    PlanFollowUpsDialog(Database &database, Commands &commands, const QList<ActorRef> &actors,
        QWidget *parent = nullptr);

    void accept() override;

private:
    Commands &m_commands;
    QList<ActorRef> m_actors;
    QLineEdit *m_action;
    FieldMessage *m_actionMessage;
    QDateEdit *m_due;
    ReferencePicker *m_assignee;
};

} // namespace relais
