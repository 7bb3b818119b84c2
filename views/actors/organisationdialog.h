#pragma once

#include "models/domain/actorref.h"
#include "models/domain/organisation.h"
#include "models/domain/validation.h"
#include "views/forms/recorddialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace relais {

class Commands;
class ContributionDialog;
class ContributionModel;
class Database;
class FieldMessage;
class History;
class HistoryView;
class ReferenceChecklist;
class ReferencePicker;
class TagLineEdit;

// An organisation's card: its details, its members (each opens their own card), and
// what it took part in.
class OrganisationDialog : public RecordDialog
{
    Q_OBJECT
public:
    // organisationId 0: a new organisation.
    OrganisationDialog(Database &database, Commands &commands, const History &history,
        qint64 organisationId, QWidget *parent = nullptr);
    // Hides the card first: hiding takes the focus from a field, whose editingFinished
    // must reach the whole card, not what is left of it inside ~QDialog (undefined
    // behaviour, found by UBSan).
    ~OrganisationDialog() override;

    qint64 organisationId() const { return m_organisationId; }
    bool save() override;
    bool isModified() const override;
    Organisation organisation() const;
    // The Contributions tab (existing organisations only): what the organisation put in.
    ContributionModel *contributions() const { return m_contributions; }
    ContributionDialog *newContribution();
    ContributionDialog *openContribution(qint64 contributionId);

signals:
    void newInteractionRequested(const QList<relais::ActorRef> &actors);
    void openHistoryEntryRequested(const QString &source, qint64 id);
    void saved(qint64 organisationId);
    void openContactRequested(qint64 contactId);
    void openOrganisationRequested(qint64 organisationId);
    // "Add a person" from the members tab: a new contact card in this organisation.
    void newMemberRequested(qint64 organisationId, const QString &organisationName);

protected:
    void startNext() override;

private:
    QWidget *buildDetails();
    QWidget *buildMembers();
    QWidget *buildHistory();
    QWidget *buildContributions();
    void updateContributionsTab();
    void logInteraction();
    void load(const Organisation &organisation);
    void loadMembers();
    void showErrors(const QList<FieldError> &errors);
    void checkDuplicates();
    void updateTitle();

    Database &m_database;
    Commands &m_commands;
    const History &m_history;
    HistoryView *m_historyView = nullptr;
    qint64 m_organisationId;
    Organisation m_loaded;

    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    QLabel *m_duplicates;
    QLineEdit *m_acronym;
    ReferencePicker *m_type;
    ReferenceChecklist *m_domains;
    TagLineEdit *m_tags;
    ReferencePicker *m_commune;
    FieldMessage *m_communeMessage;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    FieldMessage *m_phoneMessage;
    QLineEdit *m_email;
    FieldMessage *m_emailMessage;
    QLineEdit *m_website;
    FieldMessage *m_websiteMessage;
    QCheckBox *m_networkHead;
    QCheckBox *m_municipalService;
    QPlainTextEdit *m_notes;
    QTableWidget *m_members;
    QLabel *m_membersEmpty;
    QPushButton *m_addMember;
    QLabel *m_timestamps;
    ContributionModel *m_contributions = nullptr;
    QWidget *m_contributionsPage = nullptr;
    QTableView *m_contributionsView = nullptr;
    QLabel *m_contributionsTotal = nullptr;
};

} // namespace relais
