#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace relais {

class CohortGrid;
class Commands;
class Database;

// The Training area: a cohort chosen at the top with its period, rule and the year's
// figures; its attendance grid, where the signed sheets are ticked and trainees are
// enrolled and recognised as relay actors; its sessions, planned and printed from here;
// the modules of the programme behind a button.
class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    TrainingPage(Database &database, Commands &commands, QWidget *parent = nullptr);

    CohortGrid *grid() const { return m_grid; }
    QComboBox *cohortChooser() const { return m_cohort; }
    QTableWidget *sessionsView() const { return m_sessions; }
    QTabWidget *tabs() const { return m_tabs; }
    qint64 currentCohort() const;
    qint64 currentSession() const;
    // The widget that takes the focus when the area is shown.
    QWidget *focusWidget() const;

public slots:
    void showCohort(qint64 cohortId);
    // The cohort's Sessions tab with this session selected.
    void showSession(qint64 cohortId, qint64 sessionId);
    void refresh();
    void newCohort();
    void editCohort();
    void deleteCohort();
    void showModules();
    void enrolTrainees();
    void unenrolSelected();
    void recogniseRelayActors();
    void newSession();
    void editSession();
    void deleteSession();
    // The grid, showing only the current session's half-days.
    void enterAttendance();
    void printSignInSheet();
    // For the selected trainees when several are, else for the whole cohort.
    void printCertificates();

private:
    void fillCohorts();
    void cohortChosen();
    void fillSessions();
    void updateState();
    void updateButtons();
    void updateSummary();

    Database &m_database;
    Commands &m_commands;
    bool m_stale = false;
    QComboBox *m_cohort;
    QPushButton *m_editCohort;
    QPushButton *m_deleteCohort;
    QLabel *m_summary;
    QLabel *m_figures;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QTabWidget *m_tabs;
    CohortGrid *m_grid;
    QPushButton *m_unenrol;
    QPushButton *m_recognise;
    QTableWidget *m_sessions;
    QPushButton *m_editSession;
    QPushButton *m_deleteSession;
    QPushButton *m_enterAttendance;
    QPushButton *m_signInSheet;
    QPushButton *m_certificates;
};

} // namespace relais
