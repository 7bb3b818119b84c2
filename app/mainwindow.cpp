#include "mainwindow.h"

#include "models/commands/commands.h"
#include "models/db/auditretention.h"
#include "models/db/damagedfile.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/filelocation.h"
#include "models/db/indicatorrepository.h"
#include "models/db/integritycheck.h"
#include "models/demo/demogenerator.h"
#include "models/history/history.h"
#include "models/item/followupmodel.h"
#include "recentfiles.h"
#include "views/actors/actorspage.h"
#include "views/actors/duplicatesdialog.h"
#include "views/actors/recordopener.h"
#include "views/audit/auditlogdialog.h"
#include "views/backup/backupactions.h"
#include "views/backup/restorebackupdialog.h"
#include "views/charts/reviewcontent.h"
#include "views/common/aboutdialog.h"
#include "views/common/preferencesdialog.h"
#include "views/common/referencelistsdialog.h"
#include "views/dashboard/dashboardpage.h"
#include "views/followups/followupspage.h"
#include "views/help/userguidewindow.h"
#include "views/import/importhistorydialog.h"
#include "views/import/importwizard.h"
#include "views/means/meanspage.h"
#include "views/meetings/meetingspage.h"
#include "views/print/annualreviewdialog.h"
#include "views/privacy/anonymiseaction.h"
#include "views/privacy/personaldataexport.h"
#include "views/privacy/retentionreviewdialog.h"
#include "views/serd/serdpage.h"
#include "views/training/trainingpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace relais {

namespace {

QString fileFilter()
{
    return MainWindow::tr("Relais databases (*.relais);;All files (*)");
}

void showRefusal(QWidget *parent, const QString &title, const Database::Opened &opened)
{
    QMessageBox box(QMessageBox::Warning, title, opened.message, QMessageBox::Ok, parent);
    if (!opened.detail.isEmpty())
        box.setDetailedText(opened.detail);
    box.exec();
}

} // namespace

MainWindow::MainWindow()
    : m_undoGroup(new QUndoGroup(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_noDatabase(noDatabasePage())
    , m_statusFile(new QLabel(this))
    , m_readOnlyBanner(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Areas are added as they arrive (Meetings, Training, SERD, Dashboard, Reports).
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Actors"));
    m_navigation->addItem(tr("Meetings"));
    m_navigation->addItem(tr("Follow-ups"));
    m_navigation->addItem(tr("Training"));
    m_navigation->addItem(tr("SERD"));
    m_navigation->addItem(tr("Means"));
    m_navigation->addItem(tr("Dashboard"));
    m_navigation->setEnabled(false);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showArea);
    m_navigation->setFixedWidth(160);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setCurrentRow(0);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); } "
                                               "QListWidget::item { padding: 6px 10px; }"));

    // Above everything while the file is open read-only: who holds it, and why nothing
    // typed here can be saved.
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border-bottom: 1px solid "
                       "#e0c97f; }"));
    m_readOnlyBanner->hide();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_readOnlyBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    m_pages->addWidget(m_noDatabase);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_statusFile);
    m_statusFile->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    updateTitle();
    m_today = QDate::currentDate();
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &MainWindow::checkDate);
    clock->start(60 * 1000);
    // Roomy on a large screen, but never beyond a laptop's 1366 x 768 (the window's frame
    // and the task bar take their share).
    QSize size(1400, 820);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 40));
    resize(size);
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

QString MainWindow::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("relais.relais"));
}

QWidget *MainWindow::noDatabasePage()
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(tr("No database is open."), page);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *open = new QPushButton(tr("Open a database…"), page);
    auto *create = new QPushButton(tr("New database…"), page);
    auto *demo = new QPushButton(tr("Open the demo database"), page);
    connect(open, &QPushButton::clicked, this, &MainWindow::openDatabaseDialog);
    connect(create, &QPushButton::clicked, this, &MainWindow::newDatabase);
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemoDatabase);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction *copy = file->addAction(tr("Save a &copy as…"), this, &MainWindow::saveCopyAs);
    m_databaseActions << copy;
    m_backUpNow = file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
    m_restoreBackup
        = file->addAction(tr("Res&tore from backup…"), this, &MainWindow::showRestoreBackup);
    m_databaseActions << m_backUpNow << m_restoreBackup;
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::showImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_databaseActions << import;
    QAction *review = file->addAction(tr("Annual re&view…"), this, [this] { showAnnualReview(0); });
    m_databaseActions << review;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    QAction *undoImport = edit->addAction(tr("Undo &import…"), this, [this] {
        if (!m_database)
            return;
        ImportHistoryDialog dialog(*m_database, *m_commands, this);
        dialog.exec();
    });
    m_databaseActions << undoImport;
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        if (m_actors)
            m_actors->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    m_databaseActions << find;
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const auto goTo = [this](Area area, ActorsPage::List list) {
        return [this, area, list] {
            showArea(int(area));
            if (area == Area::Actors && m_actors)
                m_actors->showList(list);
        };
    };
    QAction *contactsList
        = go->addAction(tr("&Contacts"), this, goTo(Area::Actors, ActorsPage::List::Contacts));
    contactsList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *organisationsList = go->addAction(
        tr("&Organisations"), this, goTo(Area::Actors, ActorsPage::List::Organisations));
    organisationsList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *meetingsArea = go->addAction(tr("&Meetings"), this, goTo(Area::Meetings, {}));
    meetingsArea->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *followUpsArea = go->addAction(tr("&Follow-ups"), this, goTo(Area::FollowUps, {}));
    followUpsArea->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *trainingArea = go->addAction(tr("&Training"), this, goTo(Area::Training, {}));
    trainingArea->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *serdArea = go->addAction(tr("&SERD"), this, goTo(Area::Serd, {}));
    serdArea->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction *meansArea = go->addAction(tr("M&eans"), this, goTo(Area::Means, {}));
    meansArea->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    QAction *dashboardArea = go->addAction(tr("&Dashboard"), this, goTo(Area::Dashboard, {}));
    dashboardArea->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    m_databaseActions << contactsList << organisationsList << meetingsArea << followUpsArea
                      << trainingArea << serdArea << meansArea << dashboardArea;

    QMenu *actors = menuBar()->addMenu(tr("&Actors"));
    QAction *newContact = actors->addAction(tr("New &contact"), this, [this] {
        if (m_actors) {
            m_actors->showList(ActorsPage::List::Contacts);
            m_opener->newContact();
        }
    });
    newContact->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *newOrganisation = actors->addAction(tr("New &organisation"), this, [this] {
        if (m_actors) {
            m_actors->showList(ActorsPage::List::Organisations);
            m_opener->newOrganisation();
        }
    });
    newOrganisation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    actors->addSeparator();
    // From the Actors page it is about the selected rows; elsewhere names are typed.
    QAction *newInteraction = actors->addAction(tr("Log an &interaction…"), this, [this] {
        if (!m_actors)
            return;
        if (m_pages->currentWidget() == m_actors)
            m_actors->newInteraction();
        else
            m_opener->newInteraction();
    });
    newInteraction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *planFollowUps
        = actors->addAction(tr("&Plan a follow-up for each selected…"), this, [this] {
              if (!m_actors)
                  return;
              showArea(int(Area::Actors));
              m_actors->planFollowUps();
          });
    planFollowUps->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    actors->addSeparator();
    QAction *newMeeting = actors->addAction(tr("New &meeting"), this, [this] {
        if (!m_database)
            return;
        showArea(int(Area::Meetings));
        m_opener->newMeeting();
    });
    newMeeting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    actors->addSeparator();
    QAction *lists
        = actors->addAction(tr("&Reference lists…"), this, &MainWindow::showReferenceLists);
    QAction *duplicates = actors->addAction(tr("Find &duplicates…"), this, [this] {
        if (!m_database || !m_commands)
            return;
        DuplicatesDialog dialog(*m_database, *m_commands, this);
        dialog.exec();
    });
    actors->addSeparator();
    // The people's rights (GDPR): on the contacts selected in the Contacts list.
    QAction *exportPersonalData = actors->addAction(tr("&Export a person's data…"), this, [this] {
        if (!m_database)
            return;
        const QList<qint64> ids = selectedContactIds();
        if (ids.size() != 1) {
            QMessageBox::information(this, tr("Export a person's data"),
                tr("Select one contact in the Contacts list first."));
            return;
        }
        PersonalDataExport::chooseFileAndExport(this, *m_database, ids.first());
    });
    QAction *anonymise = actors->addAction(tr("&Anonymise the selected contacts…"), this, [this] {
        if (!m_database || !m_commands || !m_actors)
            return;
        AnonymiseAction::confirmAndRun(this, *m_database, *m_commands, selectedContactIds());
    });
    m_databaseActions << newMeeting << duplicates << anonymise << exportPersonalData;
    m_databaseActions << newContact << newOrganisation << newInteraction << planFollowUps << lists;

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *check = tools->addAction(tr("&Check the database"), this, &MainWindow::checkDatabase);
    m_databaseActions << check;
    QAction *auditLog = tools->addAction(tr("&Audit log…"), this, [this] {
        if (m_database)
            AuditLogDialog::showFor(*m_database, this);
    });
    m_databaseActions << auditLog;
    QAction *retention = tools->addAction(tr("&Retention review…"), this, [this] {
        if (!m_database || !m_commands)
            return;
        RetentionReviewDialog dialog(*m_database, *m_commands, this);
        dialog.exec();
    });
    m_databaseActions << retention;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide
        = help->addAction(tr("&User guide"), this, [this] { UserGuideWindow::showFor(this); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Open the &demo database"), this, &MainWindow::openDemoDatabase);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Relais"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(false);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles().files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(
            QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
        action->setEnabled(!m_database || m_database->path() != QFileInfo(path).absoluteFilePath());
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [] { RecentFiles().clear(); });
    }
}

bool MainWindow::openDatabase(const QString &path, bool createIfMissing)
{
    // Already open here: opening it again would find it held, by this very window.
    if (m_database && m_database->path() == QFileInfo(path).absoluteFilePath())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Database::setMigrationBackupFolder(BackupActions::folder());
    Database::Opened opened = Database::open(path,
        createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly,
        Database::Access::ReadWrite, Database::Checks::Deferred);
    QApplication::restoreOverrideCursor();
    if (opened.error == Database::OpenError::HeldByAnother) {
        // Another Relais writes the file: reading it meanwhile is safe.
        QMessageBox box(QMessageBox::Question, tr("Open a database"), opened.message,
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("heldByAnother"));
        QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        // Another machine's lock outlives a crash or a power cut there: the user, who can
        // go and look, may take it back.
        QPushButton *removeLock = nullptr;
        if (opened.holder && opened.holder->onAnotherMachine())
            removeLock = box.addButton(tr("Remove the &lock…"), QMessageBox::DestructiveRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (removeLock && box.clickedButton() == removeLock) {
            QMessageBox confirm(QMessageBox::Warning, tr("Remove the lock"),
                tr("Is Relais closed on %1?").arg(opened.holder->machine), QMessageBox::Cancel,
                this);
            confirm.setInformativeText(
                tr("Remove the lock only if Relais no longer runs there (the machine crashed or "
                   "was switched off). Two Relais writing the same file can damage it."));
            QPushButton *remove
                = confirm.addButton(tr("Remove the lock"), QMessageBox::DestructiveRole);
            confirm.setDefaultButton(QMessageBox::Cancel);
            confirm.exec();
            if (confirm.clickedButton() != remove)
                return false;
            if (!WriterLock::removeLockOfAnotherMachine(path)) {
                QMessageBox::warning(this, tr("Remove the lock"),
                    tr("The lock could not be removed: %1")
                        .arg(QDir::toNativeSeparators(WriterLock::lockFilePath(path))));
                return false;
            }
            return openDatabase(path, createIfMissing);
        }
        if (box.clickedButton() != readOnly)
            return false;
        const QString holder = opened.holder ? opened.holder->readOnlyMessage() : QString();
        opened = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly,
            Database::Checks::Deferred);
        if (opened.database) {
            installDatabase(std::move(opened.database), true);
            m_readOnlyBanner->setText(holder);
            m_readOnlyBanner->setVisible(!holder.isEmpty());
            startIntegrityCheck();
            return true;
        }
    }
    if (opened.error == Database::OpenError::Damaged)
        return offerGoodBackup(path, opened);
    if (!opened.database) {
        showRefusal(this, tr("Open a database"), opened);
        if (opened.error == Database::OpenError::NotFound)
            RecentFiles().remove(path);
        return false;
    }
    installDatabase(std::move(opened.database), true);
    warnAboutTheFile(m_database->integrityWarnings(), true);
    startIntegrityCheck();
    return true;
}

void MainWindow::startIntegrityCheck()
{
    if (!m_database || m_database->wasChecked())
        return;
    const QString path = m_database->path();
    m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(path);
    connect(m_integrityCheck.get(), &BackgroundIntegrityCheck::finished, this,
        [this, path](const IntegrityResult &result) { integrityChecked(path, result); });
    m_integrityCheck->start();
}

void MainWindow::integrityChecked(const QString &path, const IntegrityResult &result)
{
    if (!m_database || m_database->path() != path)
        return;
    if (result.damaged) {
        // As if open() had refused it: nothing more is written to it, it is set aside and
        // the newest good backup is offered.
        closeDatabase();
        Database::Opened refused;
        refused.error = Database::OpenError::Damaged;
        refused.message = Database::damagedMessage(path);
        refused.detail
            = result.problems.isEmpty() ? result.error : result.problems.join(QLatin1Char('\n'));
        offerGoodBackup(path, refused);
        return;
    }
    IntegrityWarnings warnings;
    warnings.foreignKeyProblemCount = result.foreignKeyProblemCount;
    warnings.examples = result.foreignKeyProblems;
    warnAboutTheFile(warnings, false);
}

bool MainWindow::offerGoodBackup(const QString &path, const Database::Opened &refused)
{
    // Never written over: the damaged file keeps its content under another name, and its
    // own name takes the newest backup that passes its check, if she says so.
    QString keptAs;
    try {
        keptAs = DamagedFile::setAside(path, QDateTime::currentDateTime());
    } catch (const DatabaseError &error) {
        showRefusal(this, tr("Open a database"), refused);
        QMessageBox::warning(this, tr("Open a database"), error.message());
        return false;
    }
    const auto backup = DamagedFile::newestGoodBackup(path, BackupActions::folder());
    if (!backup) {
        QMessageBox::warning(
            this, tr("Open a database"), DamagedFile::noBackupMessage(path, keptAs));
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Open a database"),
        DamagedFile::restoreOffer(path, keptAs, *backup), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("damagedFile"));
    if (!refused.detail.isEmpty())
        box.setDetailedText(refused.detail);
    QPushButton *restore = box.addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    try {
        BackupActions::store(path).restore(*backup, path, QDateTime::currentDateTime());
    } catch (const DatabaseError &error) {
        QMessageBox::warning(this, tr("Open a database"), error.message());
        return false;
    }
    return openDatabase(path);
}

void MainWindow::warnAboutTheFile(const IntegrityWarnings &integrity, bool location)
{
    if (!m_database)
        return;
    QStringList warnings;
    if (!integrity.isEmpty())
        warnings << integrity.message();
    if (location && FileLocation::isOnNetworkShare(m_database->path()))
        warnings << FileLocation::networkShareWarning(m_database->path());
    if (warnings.isEmpty())
        return;
    // Worth reading, not worth stopping the work.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open a database"),
        warnings.join(QLatin1String("\n\n")), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("fileWarnings"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

QList<qint64> MainWindow::selectedContactIds() const
{
    QList<qint64> ids;
    if (!m_actors || m_pages->currentWidget() != m_actors
        || m_actors->currentList() != ActorsPage::List::Contacts)
        return ids;
    for (const ActorRef &actor : m_actors->selectedActors())
        ids << actor.id;
    return ids;
}

void MainWindow::checkDatabase()
{
    if (!m_database)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString report;
    bool sound = false;
    try {
        const IntegrityResult result = IntegrityCheck::fullCheck(*m_database);
        report = IntegrityCheck::report(result);
        sound = result.sound() && result.foreignKeyProblemCount == 0;
    } catch (const DatabaseError &error) {
        report = error.message();
    }
    QApplication::restoreOverrideCursor();
    if (sound)
        QMessageBox::information(this, tr("Check the database"), report);
    else
        QMessageBox::warning(this, tr("Check the database"), report);
}

void MainWindow::installDatabase(std::unique_ptr<Database> database, bool remember)
{
    closeDatabase();
    m_database = std::move(database);
    m_stack = std::make_unique<QUndoStack>();
    m_undoGroup->addStack(m_stack.get());
    m_undoGroup->setActiveStack(m_stack.get());
    m_commands = std::make_unique<Commands>(*m_database, *m_stack);
    connect(m_commands.get(), &Commands::failed, this, [this](const QString &message) {
        QMessageBox::warning(
            this, tr("Undo"), tr("%1\nThe undo history has been cleared.").arg(message));
    });
    m_history = standardHistory(*m_database);
    m_opener = new RecordOpener(*m_database, *m_commands, *m_history, this);
    m_actors = new ActorsPage(*m_database, *m_commands, *m_opener, m_pages);
    m_followUps = new FollowUpsPage(*m_database, *m_commands, m_pages);
    connect(
        m_followUps, &FollowUpsPage::completeRequested, m_opener, &RecordOpener::completeFollowUp);
    connect(m_followUps->model(), &FollowUpModel::refreshed, this, &MainWindow::updateNavigation);
    // The other areas are made when first shown (see meetingsPage()…): each reads its
    // lists and figures as it is made, which the first painted list must not wait for.
    m_pages->addWidget(m_actors);
    m_pages->addWidget(m_followUps);
    m_navigation->setEnabled(true);
    updateNavigation();
    showArea(int(Area::Actors));
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(true);
    // Another Relais writes the file: backing it up or restoring is that one's business.
    m_backUpNow->setEnabled(!m_database->isReadOnly());
    m_restoreBackup->setEnabled(!m_database->isReadOnly());
    if (remember) {
        RecentFiles().add(m_database->path());
        QSettings().setValue(QStringLiteral("lastDatabase"), m_database->path());
        // Once the window shows the file, so that opening stays fast. Not the demo's
        // throw-away file (remember is false for it).
        if (!m_database->isReadOnly()) {
            const QString path = m_database->path();
            QTimer::singleShot(0, this, [this, path] { backUpAtOpen(path); });
        }
    }
    updateTitle();
    m_actors->focusSearch();
}

void MainWindow::backUpAtOpen(const QString &path)
{
    if (!m_database || m_database->path() != path)
        return;
    const auto outcome = BackupActions::atOpen(*m_database, QDateTime::currentDateTime());
    // The audit trail's old entries, once today's backup is made (issue #9).
    try {
        AuditRetention::purge(*m_database, QDateTime::currentDateTimeUtc());
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.message()));
    }
    if (outcome.error.isEmpty())
        return;
    // Worth knowing, not worth stopping the work: the file stays open.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Backup"),
        tr("Today's backup of this file could not be made: %1").arg(outcome.error), QMessageBox::Ok,
        this);
    box->setObjectName(QStringLiteral("dailyBackupFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::backUpNow()
{
    if (!m_database || m_database->isReadOnly())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto outcome = BackupActions::onDemand(*m_database, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    if (outcome.made) {
        statusBar()->showMessage(
            tr("Backed up as %1.").arg(QFileInfo(outcome.made->path).fileName()), 10000);
    }
    if (!outcome.error.isEmpty())
        QMessageBox::warning(this, tr("Back up now"), outcome.error);
}

void MainWindow::showRestoreBackup()
{
    if (!m_database || m_database->isReadOnly())
        return;
    const QString path = m_database->path();
    RestoreBackupDialog dialog(
        BackupActions::store(path),
        [this, path](const Backup &backup) { return restoreBackup(path, backup); }, this);
    dialog.exec();
}

bool MainWindow::restoreBackup(const QString &path, const Backup &backup)
{
    // Every connection to the file must be gone before its WAL moves.
    closeDatabase();
    QString aside;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        aside = BackupActions::store(path).restore(backup, path, QDateTime::currentDateTime());
    } catch (const DatabaseError &failure) {
        error = failure.message();
    }
    QApplication::restoreOverrideCursor();
    // The restored file, or on failure the current one, put back as it was.
    const bool reopened = openDatabase(path);
    const QString title = tr("Restore from backup");
    if (!error.isEmpty()) {
        QMessageBox::warning(this, title,
            reopened ? tr("%1\nThe current file has been reopened.").arg(error) : error);
        return false;
    }
    const QString when = QLocale().toString(backup.taken.toLocalTime(), QLocale::ShortFormat);
    const QString kept = aside.isEmpty()
        ? QString()
        : tr("The file as it was is kept aside as %1.").arg(QDir::toNativeSeparators(aside));
    QMessageBox::information(this, title,
        (tr("The backup of %1 has been restored.").arg(when) + QLatin1Char(' ') + kept).trimmed());
    return reopened;
}

void MainWindow::closeDatabase()
{
    if (!m_database)
        return;
    // A check still reading the file is waited for (it cannot be stopped half-way); one
    // whose result is being handled goes once that is done.
    if (m_integrityCheck)
        m_integrityCheck.release()->deleteLater();
    // Deleting the page on screen would show the next one, which would read its figures
    // (the dashboard's take a second at 100,000 contacts) only to be deleted in turn.
    m_pages->setCurrentWidget(m_noDatabase);
    m_readOnlyBanner->hide();
    if (m_referenceLists) {
        m_referenceLists->close();
        delete m_referenceLists;
    }
    delete m_actors;
    m_actors = nullptr;
    delete m_followUps;
    m_followUps = nullptr;
    delete m_meetings;
    m_meetings = nullptr;
    delete m_training;
    m_training = nullptr;
    delete m_serd;
    m_serd = nullptr;
    delete m_means;
    m_means = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
    delete m_opener;
    m_opener = nullptr;
    m_history.reset();
    m_navigation->setEnabled(false);
    updateNavigation();
    m_commands.reset();
    m_undoGroup->removeStack(m_stack.get());
    m_stack.reset();
    m_database.reset();
    m_pages->setCurrentWidget(m_noDatabase);
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(false);
    updateTitle();
}

void MainWindow::showImport()
{
    if (!m_database)
        return;
    SettingsMappingStore mappings;
    ImportWizard wizard(*m_database, *m_commands, mappings, this);
    if (wizard.exec() != QDialog::Accepted || !wizard.importedBatch())
        return;
    const auto batch = ImportHistoryRepository(*m_database).batch(wizard.importedBatch());
    if (!batch)
        return;
    showArea(int(Area::Actors));
    m_actors->showList(wizard.kind() == ImportKind::Organisations ? ActorsPage::List::Organisations
                                                                  : ActorsPage::List::Contacts);
    statusBar()->showMessage(
        tr("Imported from %1: %2 created, %3 updated, %4 skipped, %5 refused. Edit > Undo "
           "import… takes it back.")
            .arg(batch->fileName)
            .arg(batch->created)
            .arg(batch->updated)
            .arg(batch->skipped)
            .arg(batch->rejected),
        15000);
}

// `page`, made by `make` and added to the pages the first time it is asked for.
template<typename Page, typename Make> Page *MainWindow::madeOnce(Page *&page, Make make)
{
    if (!page) {
        page = make();
        m_pages->addWidget(page);
    }
    return page;
}

MeetingsPage *MainWindow::meetingsPage()
{
    return madeOnce(m_meetings,
        [this] { return new MeetingsPage(*m_database, *m_commands, *m_opener, m_pages); });
}

TrainingPage *MainWindow::trainingPage()
{
    return madeOnce(
        m_training, [this] { return new TrainingPage(*m_database, *m_commands, m_pages); });
}

SerdPage *MainWindow::serdPage()
{
    return madeOnce(m_serd, [this] { return new SerdPage(*m_database, *m_commands, m_pages); });
}

MeansPage *MainWindow::meansPage()
{
    return madeOnce(m_means, [this] { return new MeansPage(*m_database, *m_commands, m_pages); });
}

DashboardPage *MainWindow::dashboardPage()
{
    return madeOnce(m_dashboard, [this] {
        auto *page = new DashboardPage(*m_database, m_pages);
        connect(page, &DashboardPage::openRequested, this, &MainWindow::openChartTarget);
        connect(page, &DashboardPage::reviewRequested, this, &MainWindow::showAnnualReview);
        return page;
    });
}

void MainWindow::showArea(int area)
{
    if (!m_actors)
        return;
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(area);
    switch (Area(area)) {
    case Area::Actors:
        m_pages->setCurrentWidget(m_actors);
        m_actors->focusSearch();
        break;
    case Area::Meetings:
        m_pages->setCurrentWidget(meetingsPage());
        meetingsPage()->view()->setFocus();
        break;
    case Area::FollowUps:
        m_pages->setCurrentWidget(m_followUps);
        m_followUps->view()->setFocus();
        break;
    case Area::Training:
        m_pages->setCurrentWidget(trainingPage());
        trainingPage()->focusWidget()->setFocus();
        break;
    case Area::Serd:
        m_pages->setCurrentWidget(serdPage());
        serdPage()->focusWidget()->setFocus();
        break;
    case Area::Means:
        m_pages->setCurrentWidget(meansPage());
        meansPage()->focusWidget()->setFocus();
        break;
    case Area::Dashboard:
        m_pages->setCurrentWidget(dashboardPage());
        dashboardPage()->focusWidget()->setFocus();
        break;
    }
}

void MainWindow::openChartTarget(const ChartTarget &target)
{
    if (!m_actors)
        return;
    using Kind = ChartTarget::Kind;
    switch (target.kind) {
    case Kind::None:
        return;
    case Kind::OrganisationType:
        showArea(int(Area::Actors));
        m_actors->showOrganisationsOfType(target.id);
        break;
    case Kind::Meeting:
        showArea(int(Area::Meetings));
        meetingsPage()->showMeeting(target.id, target.year);
        meetingsPage()->view()->setFocus();
        break;
    case Kind::SerdEdition:
        showArea(int(Area::Serd));
        serdPage()->showEdition(target.id);
        break;
    case Kind::SerdCommune:
        showArea(int(Area::Serd));
        serdPage()->showCommune(target.editionId, target.id);
        break;
    case Kind::TrainingSession:
        showArea(int(Area::Training));
        trainingPage()->showSession(target.cohortId, target.id);
        break;
    case Kind::StaffRole:
    case Kind::ContributionKind:
        showArea(int(Area::Means));
        meansPage()->setYear(target.year);
        meansPage()->tabs()->setCurrentIndex(target.kind == Kind::StaffRole ? 1 : 0);
        break;
    }
}

// "Follow-ups (3)": what is overdue shows from anywhere in the window.
void MainWindow::updateNavigation()
{
    const int overdue = m_followUps ? m_followUps->model()->overdueCount() : 0;
    QListWidgetItem *item = m_navigation->item(int(Area::FollowUps));
    item->setText(overdue ? tr("Follow-ups (%1)").arg(overdue) : tr("Follow-ups"));
    item->setToolTip(overdue ? tr("%Ln follow-up(s) overdue", nullptr, overdue) : QString());
    QFont font = m_navigation->font();
    font.setBold(overdue > 0);
    item->setFont(font);
}

void MainWindow::checkDate()
{
    // The buckets and the overdue count move at midnight, even if nothing is saved.
    if (m_followUps && QDate::currentDate() != m_today) {
        m_today = QDate::currentDate();
        m_followUps->model()->refresh();
    }
}

void MainWindow::updateTitle()
{
    if (m_database) {
        setWindowTitle(m_database->isReadOnly()
                ? tr("%1 (read-only) — Relais").arg(QFileInfo(m_database->path()).fileName())
                : tr("%1 — Relais").arg(QFileInfo(m_database->path()).fileName()));
        m_statusFile->setText(QDir::toNativeSeparators(m_database->path()));
    } else {
        setWindowTitle(tr("Relais"));
        m_statusFile->clear();
    }
}

void MainWindow::newDatabase()
{
    const QString start = m_database
        ? QFileInfo(m_database->path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), start, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".relais");
    if (m_database && QFileInfo(path).absoluteFilePath() == m_database->path()) {
        QMessageBox::warning(this, tr("New database"),
            tr("This is the database that is open. Choose another name."));
        return;
    }
    // The file dialog has asked before replacing an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New database"),
            tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_database
        ? QFileInfo(m_database->path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a database"), start, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openHandedOver(const QString &path)
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (path.isEmpty())
        return;
    // A dialog in progress (a card being typed, a file being chosen) works on the open
    // file, and File > Open cannot be reached under it either: it is finished first.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
        if (!m_database || m_database->path() != QFileInfo(path).absoluteFilePath())
            QMessageBox::information(modal, tr("Open a database"),
                tr("Close this window first, then open %1 again.")
                    .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_database)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy as"), QFileInfo(m_database->path()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".relais");
    if (QFileInfo(path).absoluteFilePath() == m_database->path()) {
        QMessageBox::warning(
            this, tr("Save a copy as"), tr("Choose another file than the one that is open."));
        return;
    }
    try {
        m_database->copyTo(path);
        statusBar()->showMessage(tr("Copy saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const DatabaseError &error) {
        QMessageBox box(
            QMessageBox::Warning, tr("Save a copy as"), error.message(), QMessageBox::Ok, this);
        box.setDetailedText(error.detail());
        box.exec();
    }
}

void MainWindow::showAnnualReview(int year)
{
    if (!m_database)
        return;
    QList<int> years;
    try {
        years = IndicatorRepository(*m_database).activityYears();
    } catch (const DatabaseError &error) {
        QMessageBox box(
            QMessageBox::Warning, tr("Annual review"), error.message(), QMessageBox::Ok, this);
        box.setDetailedText(error.detail());
        box.exec();
        return;
    }
    Database &database = *m_database;
    AnnualReviewDialog dialog(
        years, [&database](int reviewed) { return annualReviewContent(database, reviewed); }, this);
    if (year)
        dialog.setYear(year);
    dialog.exec();
}

void MainWindow::openDemoDatabase()
{
    const QString path = QDir(QDir::tempPath())
                             .filePath(QStringLiteral("relais-demo-%1.relais")
                                           .arg(QDateTime::currentDateTime().toString(
                                               QStringLiteral("yyyyMMdd-HHmmss"))));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Database::Opened opened = createDemoDatabase(path, DemoOptions());
    QApplication::restoreOverrideCursor();
    if (!opened.database) {
        showRefusal(this, tr("Open the demo database"), opened);
        return;
    }
    installDatabase(std::move(opened.database), false);
    statusBar()->showMessage(
        tr("This is a demo database in a temporary file: changes to it are not kept."), 10000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_database.get(), this);
    dialog.exec();
}

void MainWindow::showReferenceLists()
{
    if (!m_database)
        return;
    if (!m_referenceLists) {
        m_referenceLists = new ReferenceListsDialog(*m_database, *m_commands, this);
        m_referenceLists->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_referenceLists, &QObject::destroyed, this, [this] { m_referenceLists = nullptr; });
    }
    m_referenceLists->show();
    m_referenceLists->raise();
    m_referenceLists->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_database ? m_database->engineVersion() : QString(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace relais
