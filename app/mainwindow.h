#pragma once

#include "models/db/backgroundintegritycheck.h"
#include "models/db/database.h"

#include <QDate>
#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace relais {

class ActorsPage;
class FollowUpsPage;
class MeetingsPage;
class TrainingPage;
class SerdPage;
class MeansPage;
class DashboardPage;
struct ChartTarget;
class History;
class Commands;
class Database;
struct Backup;
class RecordOpener;
class ReferenceListsDialog;

// The window: menus, navigation between areas and the open database. Wiring only;
// each area is its own page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    // Opens a database file (creating it when mode allows); on refusal shows why and
    // keeps the current one. Returns whether it is now open.
    bool openDatabase(const QString &path, bool createIfMissing = false);
    // The database in the user's data folder, created on first run.
    static QString defaultDatabasePath();

    Database *database() const { return m_database.get(); }
    Commands *commands() const { return m_commands.get(); }
    ActorsPage *actorsPage() const { return m_actors; }
    TrainingPage *trainingPage() const { return m_training; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    QUndoStack *undoStack() const { return m_stack.get(); }

public slots:
    void newDatabase();
    void openDatabaseDialog();
    // A file handed over by another launch of Relais (a double-click in the file manager):
    // the window comes forward and opens it as File > Open does; none: it only comes
    // forward.
    void openHandedOver(const QString &path);
    void saveCopyAs();
    void openDemoDatabase();
    void showPreferences();
    void showReferenceLists();
    void showAbout();
    // The review of that year (0: the dialog's choice), to print or save.
    void showAnnualReview(int year);
    // File > Import…
    void showImport();
    // File > Back up now
    void backUpNow();
    // File > Restore from backup…
    void showRestoreBackup();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    // remember: a file to reopen next time (not the throw-away demo).
    enum class Area { Actors, Meetings, FollowUps, Training, Serd, Means, Dashboard };
    void showArea(int area);
    // The areas other than Actors and Follow-ups, made when first asked for.
    template<typename Page, typename Make> Page *madeOnce(Page *&page, Make make);
    MeetingsPage *meetingsPage();
    TrainingPage *trainingPage();
    SerdPage *serdPage();
    MeansPage *meansPage();
    DashboardPage *dashboardPage();
    // A bar or slice of the dashboard clicked: the matching list in its area.
    void openChartTarget(const ChartTarget &target);
    void updateNavigation();
    void checkDate();
    void installDatabase(std::unique_ptr<Database> database, bool remember);
    // The daily backup, if due, of the file still open at that path.
    void backUpAtOpen(const QString &path);
    // A file refused as damaged: set aside, and the newest good backup offered instead.
    bool offerGoodBackup(const QString &path, const Database::Opened &refused);
    // Records pointing nowhere, a file on a network share: said once the file is open
    // (the records once its check, if deferred, has run).
    void warnAboutTheFile(const IntegrityWarnings &warnings, bool location);
    // The file's quick_check and foreign_key_check, in the background (Database::Checks).
    void startIntegrityCheck();
    void integrityChecked(const QString &path, const IntegrityResult &result);
    void checkDatabase();
    // The contacts selected in the Contacts list (none when another list or area shows).
    QList<qint64> selectedContactIds() const;
    // Closes the file, puts the backup in its place and reopens it; says how it went.
    bool restoreBackup(const QString &path, const Backup &backup);
    void closeDatabase();
    void updateTitle();
    QWidget *noDatabasePage();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Commands> m_commands;
    QUndoGroup *m_undoGroup;
    std::unique_ptr<History> m_history;
    RecordOpener *m_opener = nullptr;
    ActorsPage *m_actors = nullptr;
    FollowUpsPage *m_followUps = nullptr;
    MeetingsPage *m_meetings = nullptr;
    TrainingPage *m_training = nullptr;
    SerdPage *m_serd = nullptr;
    MeansPage *m_means = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QDate m_today;
    ReferenceListsDialog *m_referenceLists = nullptr;

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QWidget *m_noDatabase;
    QMenu *m_recentMenu;
    QLabel *m_statusFile;
    QLabel *m_readOnlyBanner;
    QList<QAction *> m_databaseActions;
    QAction *m_backUpNow = nullptr;
    QAction *m_restoreBackup = nullptr;
};

} // namespace relais
