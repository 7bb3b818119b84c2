#pragma once

#include "models/domain/actorref.h"

#include <QWidget>

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

public slots:
    void newRecord();
    void openCurrent();
    void deleteSelected();
    void focusSearch();
    // Logs an interaction with the selected actors (Ctrl+I).
    void newInteraction();
    // Plans one follow-up for each selected actor.
    void planFollowUps();

signals:
    void countTextChanged(const QString &text);

private:
    void applyFilter();
    void updateCount();
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
};

} // namespace relais
