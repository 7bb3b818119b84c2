#include "trainingpage.h"

#include "cohortdialog.h"
#include "cohortgrid.h"
#include "enroldialog.h"
#include "models/changenotifier.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/referencelistrepository.h"
#include "models/db/trainingrepository.h"
#include "models/item/cohortattendancemodel.h"
#include "moduledialog.h"
#include "sessiondialog.h"
#include "views/common/rememberedcolumns.h"
#include "views/forms/confirmdeletion.h"
#include "views/forms/dateedit.h"
#include "views/forms/listview.h"
#include "views/print/certificatesdialog.h"
#include "views/print/sessionsheetdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
enum SessionColumn { Date, Module, HalfDays, Kind, Place, Trainer, Present, SessionColumnCount };
} // namespace

TrainingPage::TrainingPage(Database &database, Commands &commands, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_cohort(new QComboBox(this))
    , m_editCohort(new QPushButton(tr("&Edit cohort…"), this))
    , m_deleteCohort(new QPushButton(tr("Delete cohort"), this))
    , m_summary(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_grid(new CohortGrid(database, commands, this))
    , m_unenrol(new QPushButton(tr("Remove from the cohort"), this))
    , m_recognise(new QPushButton(this))
    , m_sessions(new QTableWidget(this))
    , m_editSession(new QPushButton(tr("Chan&ge…"), this))
    , m_deleteSession(new QPushButton(tr("Delete"), this))
    , m_enterAttendance(new QPushButton(tr("Enter atten&dance"), this))
    , m_signInSheet(new QPushButton(tr("Sign-in s&heet…"), this))
    , m_certificates(new QPushButton(tr("Cer&tificates…"), this))
{
    setObjectName(QStringLiteral("trainingPage"));
    m_cohort->setObjectName(QStringLiteral("cohort"));
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cohort->setMinimumContentsLength(28);
    m_editCohort->setObjectName(QStringLiteral("editCohort"));
    m_deleteCohort->setObjectName(QStringLiteral("deleteCohort"));
    m_deleteCohort->setToolTip(
        tr("Delete the cohort with its sessions and attendance; Ctrl+Z brings them back"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_unenrol->setObjectName(QStringLiteral("unenrol"));
    m_unenrol->setToolTip(tr("Take the selected trainees out of the cohort, with their "
                             "attendance; Ctrl+Z brings them back"));
    m_recognise->setObjectName(QStringLiteral("recognise"));
    m_recognise->setToolTip(tr("Flag the trainees who meet the cohort's rule as relay actors in "
                               "the actor file, as of today"));

    auto *newCohort = new QPushButton(tr("&New cohort…"), this);
    newCohort->setObjectName(QStringLiteral("newCohort"));
    auto *modules = new QPushButton(tr("&Modules…"), this);
    modules->setObjectName(QStringLiteral("modules"));
    auto *cohortLabel = new QLabel(tr("&Cohort:"), this);
    cohortLabel->setBuddy(m_cohort);
    auto *top = new QHBoxLayout;
    top->addWidget(cohortLabel);
    top->addWidget(m_cohort);
    top->addWidget(m_editCohort);
    top->addWidget(m_deleteCohort);
    top->addStretch(1);
    top->addWidget(newCohort);
    top->addWidget(modules);

    // The attendance tab: the grid and what is done to trainees.
    auto *attendance = new QWidget(this);
    auto *enrol = new QPushButton(tr("En&rol trainees…"), attendance);
    enrol->setObjectName(QStringLiteral("enrol"));
    auto *traineeButtons = new QHBoxLayout;
    traineeButtons->addWidget(enrol);
    traineeButtons->addWidget(m_unenrol);
    traineeButtons->addStretch(1);
    traineeButtons->addWidget(m_recognise);
    traineeButtons->addWidget(m_certificates);
    auto *attendanceLayout = new QVBoxLayout(attendance);
    attendanceLayout->addWidget(m_grid, 1);
    attendanceLayout->addLayout(traineeButtons);

    // The sessions tab.
    auto *sessions = new QWidget(this);
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setColumnCount(SessionColumnCount);
    m_sessions->setHorizontalHeaderLabels({ tr("Date"), tr("Module"), tr("Half-days"), tr("Kind"),
        tr("Place"), tr("Trainer"), tr("Present") });
    setUpRecordList(m_sessions, QAbstractItemView::SingleSelection);
    m_sessions->setColumnWidth(Date, 100);
    m_sessions->setColumnWidth(Module, 230);
    m_sessions->setColumnWidth(HalfDays, 290);
    m_sessions->setColumnWidth(Kind, 100);
    m_sessions->setColumnWidth(Place, 200);
    m_sessions->setColumnWidth(Trainer, 160);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    new RememberedColumns(m_sessions, QStringLiteral("trainingSessions"));
    auto *newSession = new QPushButton(tr("New sess&ion…"), sessions);
    newSession->setObjectName(QStringLiteral("newSession"));
    m_editSession->setObjectName(QStringLiteral("editSession"));
    m_deleteSession->setObjectName(QStringLiteral("deleteSession"));
    m_enterAttendance->setObjectName(QStringLiteral("enterAttendance"));
    m_signInSheet->setObjectName(QStringLiteral("signInSheet"));
    m_signInSheet->setToolTip(tr("Print the sheet the trainees sign at this session"));
    m_certificates->setObjectName(QStringLiteral("certificates"));
    m_certificates->setToolTip(
        tr("Print certificates of attendance for the selected trainees, or for all"));
    m_enterAttendance->setToolTip(tr("Tick this session's signed sheet in the grid"));
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(newSession);
    sessionButtons->addWidget(m_editSession);
    sessionButtons->addWidget(m_deleteSession);
    sessionButtons->addStretch(1);
    sessionButtons->addWidget(m_signInSheet);
    sessionButtons->addWidget(m_enterAttendance);
    auto *sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->addWidget(m_sessions, 1);
    sessionsLayout->addLayout(sessionButtons);

    m_tabs->setObjectName(QStringLiteral("cohortTabs"));
    m_tabs->addTab(attendance, tr("&Attendance"));
    m_tabs->addTab(sessions, tr("&Sessions"));

    auto *emptyText = new QLabel(tr("No training cohort yet. Add the modules of the programme "
                                    "with Modules…, then the group of trainees with New cohort…."),
        m_empty);
    emptyText->setObjectName(QStringLiteral("emptyText"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);

    auto *cohortPage = new QWidget(this);
    auto *cohortLayout = new QVBoxLayout(cohortPage);
    cohortLayout->setContentsMargins(0, 0, 0, 0);
    cohortLayout->addWidget(m_summary);
    cohortLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(cohortPage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_figures);

    connect(m_cohort, &QComboBox::currentIndexChanged, this, &TrainingPage::cohortChosen);
    // Alt+A or Alt+S leads straight to the grid or the list, for the keyboard.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->hasFocus() || m_tabs->tabBar()->hasFocus())
            (index == 0 ? static_cast<QWidget *>(m_grid->view()) : m_sessions)->setFocus();
    });
    connect(newCohort, &QPushButton::clicked, this, &TrainingPage::newCohort);
    connect(m_editCohort, &QPushButton::clicked, this, &TrainingPage::editCohort);
    connect(m_deleteCohort, &QPushButton::clicked, this, &TrainingPage::deleteCohort);
    connect(modules, &QPushButton::clicked, this, &TrainingPage::showModules);
    connect(enrol, &QPushButton::clicked, this, &TrainingPage::enrolTrainees);
    connect(m_unenrol, &QPushButton::clicked, this, &TrainingPage::unenrolSelected);
    connect(m_recognise, &QPushButton::clicked, this, &TrainingPage::recogniseRelayActors);
    connect(newSession, &QPushButton::clicked, this, &TrainingPage::newSession);
    connect(m_editSession, &QPushButton::clicked, this, &TrainingPage::editSession);
    connect(m_deleteSession, &QPushButton::clicked, this, &TrainingPage::deleteSession);
    connect(m_enterAttendance, &QPushButton::clicked, this, &TrainingPage::enterAttendance);
    connect(m_signInSheet, &QPushButton::clicked, this, &TrainingPage::printSignInSheet);
    connect(m_certificates, &QPushButton::clicked, this, &TrainingPage::printCertificates);
    connect(m_sessions, &QTableWidget::activated, this, &TrainingPage::editSession);
    // Moving in the list changes what the buttons act on, not the figures.
    connect(m_sessions, &QTableWidget::currentCellChanged, this, &TrainingPage::updateButtons);
    auto *remove
        = new QShortcut(QKeySequence::Delete, m_sessions, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &TrainingPage::deleteSession);
    connect(m_grid->model(), &CohortAttendanceModel::refreshed, this, [this] {
        fillSessions();
        updateState();
    });
    connect(m_grid->model(), &QAbstractItemModel::modelReset, this, [this] {
        fillSessions();
        updateState();
    });
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::trainingChanged, this, [this] { m_stale = true; });
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        if (m_stale)
            refresh();
    });
    refresh();
}

qint64 TrainingPage::currentCohort() const
{
    return m_cohort->currentData().toLongLong();
}

QWidget *TrainingPage::focusWidget() const
{
    return currentCohort() ? static_cast<QWidget *>(m_grid->view()) : m_cohort;
}

void TrainingPage::refresh()
{
    m_stale = false;
    fillCohorts();
    updateState();
}

void TrainingPage::fillCohorts()
{
    QList<TrainingRepository::CohortRow> cohorts;
    try {
        cohorts = TrainingRepository(m_database).cohorts();
    } catch (const DatabaseError &error) {
        m_summary->setText(error.message());
    }
    const qint64 current = currentCohort();
    {
        const QSignalBlocker blocker(m_cohort);
        m_cohort->clear();
        for (const auto &cohort : std::as_const(cohorts))
            m_cohort->addItem(cohort.name, cohort.id);
        // The most recent cohort unless one was chosen: the one being run.
        int index = m_cohort->findData(current);
        if (index < 0 && !cohorts.isEmpty()) {
            index = 0;
            for (int i = 1; i < cohorts.size(); ++i) {
                if (cohorts[i].startsOn > cohorts[index].startsOn)
                    index = i;
            }
        }
        m_cohort->setCurrentIndex(index);
    }
    cohortChosen();
}

void TrainingPage::showCohort(qint64 cohortId)
{
    if (m_stale)
        refresh();
    const int index = m_cohort->findData(cohortId);
    if (index >= 0)
        m_cohort->setCurrentIndex(index);
}

void TrainingPage::showSession(qint64 cohortId, qint64 sessionId)
{
    showCohort(cohortId);
    if (currentCohort() != cohortId)
        return;
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_sessions->parentWidget()));
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QTableWidgetItem *item = m_sessions->item(row, Date);
        if (item && item->data(Qt::UserRole).toLongLong() == sessionId) {
            m_sessions->setCurrentCell(row, 0);
            m_sessions->scrollToItem(item);
            break;
        }
    }
}

void TrainingPage::cohortChosen()
{
    const qint64 id = currentCohort();
    m_stack->setCurrentWidget(id ? m_stack->widget(1) : m_empty);
    if (m_grid->cohortId() == id)
        m_grid->model()->refresh();
    else
        m_grid->setCohort(id);
    fillSessions();
    updateState();
}

void TrainingPage::fillSessions()
{
    const qint64 current = currentSession();
    const CohortAttendanceModel *model = m_grid->model();
    const QList<TrainingSession> &sessions = model->sessions();
    const QLocale locale;
    m_sessions->setRowCount(int(sessions.size()));
    int currentRow = sessions.isEmpty() ? -1 : 0;
    for (int row = 0; row < sessions.size(); ++row) {
        const TrainingSession &session = sessions[row];
        QStringList halves;
        QStringList present;
        bool entered = false;
        for (const HalfDay half : session.halfDays()) {
            QString text = halfDayName(half);
            const QTime starts
                = half == HalfDay::Morning ? session.morningStarts : session.afternoonStarts;
            const QTime ends
                = half == HalfDay::Morning ? session.morningEnds : session.afternoonEnds;
            if (starts.isValid() && ends.isValid())
                text += QStringLiteral(" %1–%2").arg(clockTime(starts), clockTime(ends));
            halves << text;
            const int column = model->columnOf(session.id, half);
            const auto counts = model->countsAt(column);
            const bool any = counts.present + counts.excused + counts.absent > 0;
            entered = entered || any;
            present << (any ? QStringLiteral("%1/%2").arg(counts.present).arg(model->traineeCount())
                            : QStringLiteral("—"));
        }
        QString commune;
        if (session.communeId) {
            try {
                if (const auto item = ReferenceListRepository(m_database)
                                          .item(ReferenceList::Commune, session.communeId))
                    commune = item->name;
            } catch (const DatabaseError &) { }
        }
        QStringList place;
        for (const QString &part : { session.place, commune }) {
            if (!part.isEmpty())
                place << part;
        }
        const QStringList cells { locale.toString(session.date, QLocale::ShortFormat),
            model->moduleTitle(session.moduleId), halves.join(QStringLiteral(", ")),
            session.kind == TrainingSession::Kind::FieldVisit ? tr("Field visit")
                                                              : tr("Room session"),
            place.join(QStringLiteral(", ")), session.trainerName,
            entered ? present.join(QStringLiteral(" · ")) : tr("not entered") };
        for (int column = 0; column < SessionColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column == Date)
                item->setData(Qt::UserRole, session.id);
            m_sessions->setItem(row, column, item);
        }
        if (session.id == current)
            currentRow = row;
    }
    if (currentRow >= 0)
        m_sessions->setCurrentCell(currentRow, 0);
}

qint64 TrainingPage::currentSession() const
{
    const QTableWidgetItem *item = m_sessions->item(m_sessions->currentRow(), Date);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TrainingPage::updateState()
{
    updateButtons();
    updateSummary();
}

void TrainingPage::updateButtons()
{
    const qint64 id = currentCohort();
    m_editCohort->setEnabled(id != 0);
    m_deleteCohort->setEnabled(id != 0);
    const CohortAttendanceModel *model = m_grid->model();
    const QList<qint64> ready = model->completedNotRecognised();
    m_recognise->setText(ready.isEmpty()
            ? tr("Recognise relay actors…")
            : tr("Recognise %Ln relay actor(s)…", nullptr, ready.size()));
    m_recognise->setEnabled(!ready.isEmpty());
    m_unenrol->setEnabled(model->traineeCount() > 0);
    const bool session = currentSession() != 0;
    m_editSession->setEnabled(session);
    m_deleteSession->setEnabled(session);
    m_enterAttendance->setEnabled(session && model->traineeCount() > 0);
    m_signInSheet->setEnabled(session);
    m_certificates->setEnabled(model->traineeCount() > 0);
}

// The cohort's line and the year's figures, read again only when the file changes.
void TrainingPage::updateSummary()
{
    const qint64 id = currentCohort();
    const CohortAttendanceModel *model = m_grid->model();

    if (!id) {
        m_summary->clear();
        m_figures->clear();
        return;
    }
    const Cohort &cohort = model->cohort();
    const QLocale locale;
    QStringList parts;
    if (cohort.startsOn.isValid()) {
        parts << (cohort.endsOn.isValid()
                ? tr("%1 to %2")
                      .arg(locale.toString(cohort.startsOn, QLocale::ShortFormat),
                          locale.toString(cohort.endsOn, QLocale::ShortFormat))
                : tr("from %1").arg(locale.toString(cohort.startsOn, QLocale::ShortFormat)));
    }
    parts << tr("%Ln trainee(s)", nullptr, model->traineeCount())
          << tr("%Ln session(s)", nullptr, int(model->sessions().size()))
          << (cohort.rule.count > 0 ? cohort.rule.description() : tr("no completion rule"));
    int completed = 0;
    for (int row = 0; row < model->traineeCount(); ++row)
        completed += model->totalsAt(row).completed ? 1 : 0;
    if (cohort.rule.count > 0)
        parts << tr("%Ln completed", nullptr, completed);
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    const int year = cohort.startsOn.isValid() ? cohort.startsOn.year() : m_commands.today().year();
    try {
        const auto figures = TrainingRepository(m_database).figures(year);
        m_figures->setText(
            tr("Training in %1: %Ln trainee(s) present at least once, %2 sessions, %3 half-days "
               "delivered, attendance %4, %5 completions",
                nullptr, figures.trainees)
                .arg(year)
                .arg(figures.sessions)
                .arg(figures.halfDays)
                .arg(figures.halfDaysExpected
                        ? locale.toString(100.0 * figures.attendanceRate(), 'f', 0)
                            + QStringLiteral(" %")
                        : QStringLiteral("—"))
                .arg(figures.completions));
    } catch (const DatabaseError &error) {
        m_figures->setText(error.message());
    }
}

void TrainingPage::newCohort()
{
    CohortDialog dialog(m_database, m_commands, 0, this);
    if (dialog.exec() == QDialog::Accepted || dialog.cohortId())
        showCohort(dialog.cohortId());
}

void TrainingPage::editCohort()
{
    if (const qint64 id = currentCohort()) {
        CohortDialog dialog(m_database, m_commands, id, this);
        dialog.exec();
    }
}

void TrainingPage::deleteCohort()
{
    const qint64 id = currentCohort();
    if (!id)
        return;
    if (!confirmDeletion(this, tr("Delete the cohort %1?").arg(m_cohort->currentText()),
            tr("Its %Ln trainee(s), sessions and attendance go with it. Edit > "
               "Undo (Ctrl+Z) brings them back until Relais is closed.",
                nullptr, m_grid->model()->traineeCount())))
        return;
    if (!m_commands.deleteCohort(id))
        QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
}

void TrainingPage::showModules()
{
    ModulesDialog dialog(m_database, m_commands, this);
    dialog.exec();
}

void TrainingPage::enrolTrainees()
{
    const qint64 id = currentCohort();
    if (!id)
        return;
    EnrolDialog dialog(m_database, m_commands, id, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosen().isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_grid->selectContact(dialog.chosen().constFirst());
    }
}

void TrainingPage::unenrolSelected()
{
    const qint64 id = currentCohort();
    const QList<qint64> ids = m_grid->selectedContacts();
    if (!id || ids.isEmpty())
        return;
    const QString who = ids.size() == 1
        ? m_grid->model()->traineeAt(m_grid->model()->rowOf(ids.constFirst())).displayName()
        : tr("%Ln trainee(s)", nullptr, ids.size());
    if (QMessageBox::question(this, tr("Remove from the cohort"),
            tr("Remove %1 from the cohort, with their attendance? Ctrl+Z brings them back.")
                .arg(who))
        != QMessageBox::Yes)
        return;
    if (!m_commands.unenrol(id, ids))
        QMessageBox::warning(this, tr("Remove from the cohort"), m_commands.lastError());
}

void TrainingPage::recogniseRelayActors()
{
    const qint64 id = currentCohort();
    const QList<qint64> ready = m_grid->model()->completedNotRecognised();
    if (!id || ready.isEmpty())
        return;
    QStringList names;
    for (const qint64 contact : ready)
        names << m_grid->model()->traineeAt(m_grid->model()->rowOf(contact)).displayName();
    const QDate today = m_commands.today();
    QMessageBox box(QMessageBox::Question, tr("Recognise relay actors"),
        tr("Flag %Ln trainee(s) who met the rule (%1) as relay actors, as of %2?", nullptr,
            ready.size())
            .arg(m_grid->model()->cohort().rule.description(),
                QLocale().toString(today, QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box.setInformativeText(names.join(QStringLiteral(", ")));
    QPushButton *recognise = box.addButton(tr("Recognise"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(recognise);
    box.exec();
    if (box.clickedButton() != recognise)
        return;
    if (!m_commands.recogniseRelayActors(id, ready, today))
        QMessageBox::warning(this, tr("Recognise relay actors"), m_commands.lastError());
}

void TrainingPage::newSession()
{
    const qint64 id = currentCohort();
    if (!id)
        return;
    SessionDialog dialog(m_database, m_commands, id, 0, this);
    dialog.exec();
}

void TrainingPage::editSession()
{
    const qint64 session = currentSession();
    if (!session)
        return;
    SessionDialog dialog(m_database, m_commands, currentCohort(), session, this);
    dialog.exec();
}

void TrainingPage::deleteSession()
{
    const qint64 session = currentSession();
    if (!session)
        return;
    const int row = m_sessions->currentRow();
    const QString what = tr("%1, %2").arg(
        m_sessions->item(row, Module)->text(), m_sessions->item(row, Date)->text());
    if (!confirmDeletion(this, tr("Delete the session %1?").arg(what),
            tr("Its attendance goes with it. Edit > Undo (Ctrl+Z) brings it back until Relais is "
               "closed.")))
        return;
    if (!m_commands.deleteSession(session))
        QMessageBox::warning(this, tr("Delete"), m_commands.lastError());
}

void TrainingPage::enterAttendance()
{
    const qint64 session = currentSession();
    if (!session)
        return;
    m_tabs->setCurrentIndex(0);
    m_grid->showSession(session);
    m_grid->view()->setFocus(Qt::OtherFocusReason);
}

} // namespace relais

namespace relais {

void TrainingPage::printSignInSheet()
{
    if (const qint64 session = currentSession()) {
        SessionSheetDialog dialog(m_database, session, this);
        dialog.exec();
    }
}

void TrainingPage::printCertificates()
{
    const qint64 id = currentCohort();
    if (!id)
        return;
    // Several trainees selected: theirs; otherwise the whole cohort's.
    const QList<qint64> selected = m_grid->selectedContacts();
    CertificatesDialog dialog(
        m_database, id, selected.size() > 1 ? selected : QList<qint64>(), this);
    dialog.exec();
}

} // namespace relais
