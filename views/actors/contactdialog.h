#pragma once

#include "models/domain/actorref.h"
#include "models/domain/contact.h"
#include "models/domain/validation.h"
#include "views/forms/recorddialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace relais {

class Commands;
class ConsentEditor;
class Database;
class FieldMessage;
class History;
class HistoryView;
class MembershipEditor;
class OptionalDateEdit;
class ReferenceChecklist;
class ReferencePicker;
class TagLineEdit;
class TrainingRecordView;

// A person's card: typed without the mouse in the assistant's order, checked as she
// goes (e-mail, phone, required name), warned when the person seems to be in the file
// already, saved in one undoable step.
class ContactDialog : public RecordDialog
{
    Q_OBJECT
public:
    // contactId 0: a new contact.
    ContactDialog(Database &database, Commands &commands, const History &history, qint64 contactId,
        QWidget *parent = nullptr);
    // Hides the card first: hiding takes the focus from a field, whose editingFinished
    // must reach the whole card, not what is left of it inside ~QDialog (undefined
    // behaviour, found by UBSan).
    ~ContactDialog() override;

    // Starts a new card with these values (e.g. the organisation it is added from).
    void prefill(const Contact &contact);

    qint64 contactId() const { return m_contactId; }
    bool save() override;
    bool isModified() const override;

    // What the form holds now, as it would be saved.
    Contact contact() const;

signals:
    void newInteractionRequested(const QList<relais::ActorRef> &actors);
    void openHistoryEntryRequested(const QString &source, qint64 id);
    void saved(qint64 contactId);
    void openContactRequested(qint64 contactId);

protected:
    void startNext() override;

private:
    QWidget *buildDetails();
    QWidget *buildHistory();
    void logInteraction();
    void showConsentHistory();
    void load(const Contact &contact);
    void showErrors(const QList<FieldError> &errors, bool all);
    void checkEmails();
    void checkPhones();
    void checkDuplicates();
    void updateTitle();
    void updateDependentFields();

    Database &m_database;
    Commands &m_commands;
    const History &m_history;
    HistoryView *m_historyView = nullptr;
    TrainingRecordView *m_trainings = nullptr;
    int m_trainingsTab = -1;
    qint64 m_contactId;
    Contact m_loaded;
    int m_savedCount = 0;

    QComboBox *m_civility;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    FieldMessage *m_lastNameMessage;
    QLabel *m_duplicates;
    QLineEdit *m_emails;
    FieldMessage *m_emailsMessage;
    QLineEdit *m_phones;
    FieldMessage *m_phonesMessage;
    ReferencePicker *m_commune;
    FieldMessage *m_communeMessage;
    MembershipEditor *m_memberships;
    ReferencePicker *m_type;
    ReferenceChecklist *m_domains;
    TagLineEdit *m_tags;
    QCheckBox *m_networkHead;
    QCheckBox *m_relayActor;
    OptionalDateEdit *m_relaySince;
    FieldMessage *m_relaySinceMessage;
    ConsentEditor *m_consent;
    QPlainTextEdit *m_notes;
    QLabel *m_timestamps;
    QTimer *m_duplicateTimer;
};

} // namespace relais
