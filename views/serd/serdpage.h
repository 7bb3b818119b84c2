#pragma once

#include "models/export/csvfile.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace relais {

class ActionDialog;
class Commands;
class Database;
class ReferenceListModel;
class SerdActionModel;
class SerdOccurrenceModel;

// The SERD area: an edition chosen at the top with its three figures (actions held,
// distinct actions, organisers) and participants; its actions, filtered by status,
// topic, category, commune and organiser with live totals; its calendar of dates by
// day; the agenda exported for the website (iCalendar) and the table as CSV.
class SerdPage : public QWidget
{
    Q_OBJECT
public:
    SerdPage(Database &database, Commands &commands, QWidget *parent = nullptr);

    SerdActionModel *actions() const { return m_actions; }
    SerdOccurrenceModel *calendar() const { return m_calendar; }
    QTableView *actionsView() const { return m_actionsView; }
    QTableView *calendarView() const { return m_calendarView; }
    QComboBox *editionChooser() const { return m_edition; }
    QTabWidget *tabs() const { return m_tabs; }
    qint64 currentEdition() const;
    QList<qint64> selectedActions() const;
    // The figures line of the edition ("74 actions held · 56 distinct actions · …").
    QString figuresText() const;
    QWidget *focusWidget() const;

public slots:
    void refresh();
    void showEdition(qint64 editionId);
    // The edition's actions filtered on a commune (0: every commune).
    void showCommune(qint64 editionId, qint64 communeId);
    void newEdition();
    void editEdition();
    void deleteEdition();
    ActionDialog *newAction();
    ActionDialog *openAction(qint64 actionId);
    void openCurrent();
    void copyToNextEdition();
    void markHeld();
    void deleteActions();
    // Writes the files; false with a message when they could not be written.
    bool exportCalendar(const QString &path);
    bool exportCsv(const QString &path, CsvProfile profile = CsvProfile::ExcelFrench);
    // The actions list and the calendar as shown, to CSV (their context menus).
    QAction *exportActionsListAction() const { return m_exportActionsList; }
    QAction *exportCalendarListAction() const { return m_exportCalendarList; }

private:
    void fillEditions();
    void editionChosen();
    void applyFilter();
    void updateState();
    void chooseCalendarFile();
    void chooseCsvFile();

    Database &m_database;
    Commands &m_commands;
    bool m_stale = false;
    qint64 m_organiserFilter = 0;
    SerdActionModel *m_actions;
    SerdOccurrenceModel *m_calendar;
    ReferenceListModel *m_topics;
    ReferenceListModel *m_categories;
    ReferenceListModel *m_communes;
    QComboBox *m_edition;
    QPushButton *m_editEdition;
    QPushButton *m_deleteEdition;
    QLabel *m_figures;
    QComboBox *m_status;
    QComboBox *m_topic;
    QComboBox *m_category;
    QComboBox *m_commune;
    QLineEdit *m_organiser;
    QTabWidget *m_tabs;
    QTableView *m_actionsView;
    QTableView *m_calendarView;
    QLabel *m_totals;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_copy;
    QPushButton *m_held;
    QPushButton *m_delete;
    QPushButton *m_exportCalendar;
    QPushButton *m_exportCsv;
    QAction *m_exportActionsList = nullptr;
    QAction *m_exportCalendarList = nullptr;
};

} // namespace relais
