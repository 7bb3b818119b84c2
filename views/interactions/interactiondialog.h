#pragma once

#include "models/domain/interaction.h"
#include "models/domain/validation.h"
#include "views/forms/recorddialog.h"

#include <optional>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relais {

class ActorPicker;
class Commands;
class Database;
class FieldMessage;
class ReferencePicker;

// Logs an interaction — a call, a visit, a thank-you — with whom, by whom, about what,
// and optionally the follow-up it calls for. Also edits one, and marks a follow-up
// done by logging the interaction that did it.
class InteractionDialog : public RecordDialog
{
    Q_OBJECT
public:
    InteractionDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    // A new interaction with these actors (the cursor then waits in the subject).
    void setActors(const QList<ActorRef> &actors);
    // Edits an existing interaction (its follow-ups are managed in the Follow-ups area).
    void editInteraction(qint64 interactionId);
    // Marks this follow-up done by logging what was done.
    void completeFollowUp(qint64 followUpId);

    qint64 interactionId() const { return m_interactionId; }
    bool save() override;
    bool isModified() const override;

    Interaction interaction() const;
    std::optional<FollowUp> followUp() const;

signals:
    void saved(qint64 interactionId);

protected:
    void startNext() override;

private:
    QWidget *buildForm();
    void snapshot();
    void showErrors(const QList<FieldError> &errors);
    void updateTitle();

    Database &m_database;
    Commands &m_commands;
    qint64 m_interactionId = 0;
    qint64 m_completing = 0; // the follow-up being marked done
    QString m_completingAction;
    std::pair<Interaction, std::optional<FollowUp>> m_loaded;

    QDateEdit *m_date;
    FieldMessage *m_dateMessage;
    ReferencePicker *m_kind;
    ActorPicker *m_actors;
    FieldMessage *m_actorsMessage;
    ReferencePicker *m_staff;
    QLineEdit *m_subject;
    QPlainTextEdit *m_note;
    QGroupBox *m_followUpBox;
    QDateEdit *m_due;
    FieldMessage *m_dueMessage;
    QLineEdit *m_action;
    FieldMessage *m_actionMessage;
    ReferencePicker *m_assignee;
    QLabel *m_context;
};

} // namespace relais
