#pragma once

#include <QDialog>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace relais {

class Commands;
class ContributionDialog;
class ContributionModel;
class Database;
class StaffTimeDialog;
class StaffTimeModel;

// The Means area: a year chosen at the top; the partners' valued contributions (dépenses
// valorisées) with their totals by kind, organisation and action; the staff's time
// (moyens humains) with its totals by role and activity, and the staff's roles.
class MeansPage : public QWidget
{
    Q_OBJECT
public:
    MeansPage(Database &database, Commands &commands, QWidget *parent = nullptr);

    ContributionModel *contributions() const { return m_contributions; }
    StaffTimeModel *staffTime() const { return m_staffTime; }
    QTableView *contributionsView() const { return m_contributionsView; }
    QTableView *staffTimeView() const { return m_staffTimeView; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *yearChooser() const { return m_year; }
    // 0: every year.
    int currentYear() const;
    void setYear(int year);
    // The totals panels, as shown.
    QString contributionTotalsText() const;
    QString staffTimeTotalsText() const;
    QWidget *focusWidget() const;
    // Each list as shown, to CSV (its context menu and its Export button).
    QAction *exportContributionsAction() const { return m_exportContributions; }
    QAction *exportStaffTimeAction() const { return m_exportStaffTime; }

public slots:
    void refresh();
    ContributionDialog *newContribution();
    ContributionDialog *openContribution(qint64 id);
    StaffTimeDialog *newStaffTime();
    StaffTimeDialog *openStaffTime(qint64 id);
    void openCurrent();
    void deleteSelected();
    void editRoles();

private:
    QWidget *buildContributions();
    QWidget *buildStaffTime();
    void fillYears();
    void fillStaff();
    void applyFilter();
    void updateState();
    void updateContributionTotals();
    void updateStaffTimeTotals();
    QList<qint64> selectedIds(QTableView *view) const;
    // "Contributions 2014": the name a list's export is suggested under.
    QString listName(const QString &list) const;

    Database &m_database;
    Commands &m_commands;
    bool m_stale = false;
    qint64 m_organisationFilter = 0;
    ContributionModel *m_contributions;
    StaffTimeModel *m_staffTime;
    QComboBox *m_year;
    QTabWidget *m_tabs;
    // Contributions
    QLineEdit *m_organisation;
    QStackedWidget *m_contributionsStack;
    QTableView *m_contributionsView;
    QLabel *m_contributionsEmpty;
    QLabel *m_contributionTotals;
    QPushButton *m_openContribution;
    QPushButton *m_deleteContribution;
    QAction *m_exportContributions = nullptr;
    // Staff time
    QComboBox *m_person;
    QStackedWidget *m_staffTimeStack;
    QTableView *m_staffTimeView;
    QLabel *m_staffTimeEmpty;
    QLabel *m_staffTimeTotals;
    QPushButton *m_openStaffTime;
    QPushButton *m_deleteStaffTime;
    QAction *m_exportStaffTime = nullptr;
};

// The staff's roles, one combo per person; each change is one step of undo.
class StaffRolesDialog : public QDialog
{
    Q_OBJECT
public:
    StaffRolesDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    // The combo of this person's role.
    QComboBox *roleChooser(qint64 staffId) const;

private:
    QList<QPair<qint64, QComboBox *>> m_choosers;
};

} // namespace relais
