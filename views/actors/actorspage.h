#pragma once

#include "models/domain/actorref.h"
#include "models/domain/consent.h"
#include "models/export/csvfile.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace relais {

class ActorFilterBar;
class ActorTableView;
class Commands;
class ContactTableModel;
class Database;
class OrganisationTableModel;
class RecordOpener;

// The actor file: contacts and organisations, searched and filtered as one types,
// opened, added and deleted from here.
class ActorsPage : public QWidget
{
    Q_OBJECT
public:
    enum class List { Contacts, Organisations };

    ActorsPage(
        Database &database, Commands &commands, RecordOpener &opener, QWidget *parent = nullptr);

    void showList(List list);
    // The organisations of one type, every other filter cleared (0: no type filter).
    void showOrganisationsOfType(qint64 typeId);
    List currentList() const;
    ActorTableView *contactsView() const { return m_contactsView; }
    ActorTableView *organisationsView() const { return m_organisationsView; }
    ContactTableModel *contactsModel() const { return m_contacts; }
    OrganisationTableModel *organisationsModel() const { return m_organisations; }
    ActorFilterBar *filterBar() const { return m_filterBar; }
    // "42 of 250 contacts"
    QString countText() const;
    // The selected rows of the list on screen, as actors.
    QList<ActorRef> selectedActors() const;
    // The list on screen to CSV, as shown (context menu and Export button; for a menu).
    QAction *exportCsvAction() const { return m_exportCsv; }
    // The selected contacts as vCards; their addresses on the clipboard for Bcc.
    QAction *exportVCardAction() const { return m_exportVCard; }
    QAction *copyEmailsAction() const { return m_copyEmails; }
    // Write the files without asking; false with a message when they could not be.
    bool exportCsv(const QString &path, CsvProfile profile);
    // Whoever did not agree to be contacted by e-mail has a card without addresses; those
    // never asked have theirs if `unasked` says so.
    bool exportVCard(const QString &path, Unasked unasked = Unasked::LeaveOut);

public slots:
    void newRecord();
    void openCurrent();
    void deleteSelected();
    void focusSearch();
    // Logs an interaction with the selected actors (Ctrl+I).
    void newInteraction();
    // Plans one follow-up for each selected actor.
    void planFollowUps();
    void chooseCsvFile();
    void chooseVCardFile();
    // The addresses of the selected contacts who agreed to be contacted by e-mail, for the Bcc
    // field; asks whether to add those never asked. Returns (and shows under the list) what
    // was copied.
    QString copyEmailAddresses();

signals:
    void countTextChanged(const QString &text);

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void showNotice(const QString &text);
    // An export of contacts, in the audit trail: what ("csv", "vcard", "clipboard"), how many
    // people, which file.
    void recordExport(const QString &what, int people, const QString &path);
    ActorTableView *currentView() const;

    Database &m_database;
    Commands &m_commands;
    RecordOpener &m_opener;
    ContactTableModel *m_contacts;
    OrganisationTableModel *m_organisations;
    QTabBar *m_switch;
    ActorFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    ActorTableView *m_contactsView;
    ActorTableView *m_organisationsView;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_notice;
    QAction *m_exportCsv;
    QAction *m_exportVCard;
    QAction *m_copyEmails;
    int m_noticeGeneration = 0;
};

} // namespace relais
