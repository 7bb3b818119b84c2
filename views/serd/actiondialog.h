#pragma once

#include "models/domain/actorref.h"
#include "models/domain/serd.h"
#include "views/forms/recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace relais {

class ActorNameCompleter;
class Commands;
class Database;
class FieldMessage;
class ReferencePicker;

// A SERD action: what, who organises it (a lead and co-organisers from the actor file),
// the contact person, its EWWR category and topic, its status; and, on the second tab,
// each date it is held with its place and participants. Saved in one step, the dates
// with the action.
class ActionDialog : public RecordDialog
{
    Q_OBJECT
public:
    // A new action of the edition when actionId is 0.
    ActionDialog(Database &database, Commands &commands, qint64 editionId, qint64 actionId,
        QWidget *parent = nullptr);

    qint64 actionId() const { return m_actionId; }
    SerdAction action() const;
    const QList<SerdOccurrence> &occurrences() const { return m_occurrences; }
    void setLead(const ActorRef &organisation);
    void addCoOrganiser(const ActorRef &organisation);
    void setContact(const ActorRef &contact);
    // The dates, edited in a small card; false when cancelled.
    bool addOccurrence(const SerdOccurrence &occurrence);
    QTableWidget *occurrencesView() const { return m_dates; }

    bool save() override;
    bool isModified() const override;

signals:
    void saved(qint64 actionId);

protected:
    void startNext() override;

private:
    QWidget *buildDetails();
    QWidget *buildDates();
    void load(const SerdAction &action, const QList<SerdOccurrence> &occurrences);
    void fillDates();
    void newDate();
    void editDate();
    void removeDates();
    QString organisationName(qint64 id) const;
    QString contactName(qint64 id) const;

    Database &m_database;
    Commands &m_commands;
    qint64 m_editionId;
    qint64 m_actionId;
    SerdAction m_saved;
    QList<SerdOccurrence> m_savedOccurrences;
    QList<SerdOccurrence> m_occurrences;
    ActorRef m_lead;
    QList<ActorRef> m_coOrganisers;
    ActorRef m_contact;

    QLineEdit *m_title = nullptr;
    FieldMessage *m_titleMessage = nullptr;
    QComboBox *m_status = nullptr;
    ReferencePicker *m_category = nullptr;
    ReferencePicker *m_topic = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_leadEdit = nullptr;
    FieldMessage *m_leadMessage = nullptr;
    QLineEdit *m_coEdit = nullptr;
    QListWidget *m_coList = nullptr;
    QLineEdit *m_contactEdit = nullptr;
    QCheckBox *m_registered = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableWidget *m_dates = nullptr;
    QPushButton *m_editDate = nullptr;
    QPushButton *m_removeDate = nullptr;
};

} // namespace relais
