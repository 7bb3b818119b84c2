#include "cohortgrid.h"

#include "models/commands/commands.h"
#include "models/domain/namesearch.h"
#include "models/item/cohortattendancemodel.h"
#include "views/forms/attendancekeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

namespace {
const QString movesOnKey = QStringLiteral("training/grid/movesOn");
} // namespace

CohortGrid::CohortGrid(Database &database, Commands &commands, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_model(new CohortAttendanceModel(database, this))
    , m_session(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_find(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_markRest(new QPushButton(tr("Rest &present"), this))
    , m_moveOn(new QCheckBox(tr("Mo&ve down after marking"), this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("cohortGrid"));
    m_session->setObjectName(QStringLiteral("sessionFilter"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_session->setMinimumContentsLength(30);
    m_find->setObjectName(QStringLiteral("findName"));
    m_find->setPlaceholderText(tr("Find a name (type a letter in the grid)"));
    m_find->setClearButtonEnabled(true);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_markRest->setObjectName(QStringLiteral("markRestPresent"));
    m_markRest->setToolTip(tr("Everyone not entered yet in this half-day came"));
    m_moveOn->setObjectName(QStringLiteral("moveOn"));
    m_moveOn->setChecked(QSettings().value(movesOnKey, true).toBool());
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("gridView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->horizontalHeader()->setDefaultSectionSize(72);
    m_view->horizontalHeader()->setMinimumHeight(m_view->fontMetrics().height() * 2 + 12);
    m_view->installEventFilter(this);
    m_find->installEventFilter(this);

    auto *help = new QLabel(tr("Space present · E excused · A absent · I or Delete clears · a "
                               "letter finds a name · Ctrl+Z undoes"),
        this);
    help->setObjectName(QStringLiteral("help"));
    help->setForegroundRole(QPalette::PlaceholderText);
    help->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *sessionLabel = new QLabel(tr("Sessi&on:"), this);
    sessionLabel->setBuddy(m_session);
    top->addWidget(sessionLabel);
    top->addWidget(m_session);
    top->addSpacing(12);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    top->addWidget(findLabel);
    top->addWidget(m_find, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_moveOn);
    bottom->addWidget(m_markRest);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);
    layout->addWidget(help);

    connect(m_session, &QComboBox::currentIndexChanged, this, &CohortGrid::applySessionFilter);
    connect(m_find, &QLineEdit::textEdited, this, [this](const QString &text) { findName(text); });
    connect(m_markRest, &QPushButton::clicked, this, &CohortGrid::markRestPresent);
    connect(
        m_moveOn, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(movesOnKey, on); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillSessions();
        applySessionFilter();
    });
    connect(m_model, &CohortAttendanceModel::refreshed, this, &CohortGrid::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CohortGrid::updateCounts);
    fillSessions();
    applySessionFilter();
}

void CohortGrid::setCohort(qint64 cohortId)
{
    m_model->setCohort(cohortId);
    setStatus(QString());
}

qint64 CohortGrid::cohortId() const
{
    return m_model->cohortId();
}

QString CohortGrid::statusText() const
{
    return m_status->text();
}

bool CohortGrid::movesOn() const
{
    return m_moveOn->isChecked();
}

void CohortGrid::setMovesOn(bool on)
{
    m_moveOn->setChecked(on);
}

void CohortGrid::fillSessions()
{
    const qint64 shown = shownSession();
    const QSignalBlocker blocker(m_session);
    m_session->clear();
    m_session->addItem(tr("All sessions"), 0);
    const QLocale locale;
    for (const TrainingSession &session : m_model->sessions()) {
        m_session->addItem(tr("%1 — %2").arg(locale.toString(session.date, QLocale::ShortFormat),
                               m_model->moduleTitle(session.moduleId)),
            session.id);
    }
    m_session->setCurrentIndex(std::max(0, m_session->findData(shown)));
}

qint64 CohortGrid::shownSession() const
{
    return m_session->currentData().toLongLong();
}

void CohortGrid::showSession(qint64 sessionId)
{
    const int index = m_session->findData(sessionId);
    m_session->setCurrentIndex(std::max(0, index));
    applySessionFilter();
}

void CohortGrid::applySessionFilter()
{
    const qint64 shown = shownSession();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const auto session = m_model->sessionAt(column);
        m_view->setColumnHidden(column, session && shown && session->id != shown);
    }
    // Widths by what a column is: the columns move when sessions are added.
    const int halfDayWidth = m_view->horizontalHeader()->defaultSectionSize();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, halfDayWidth);
    m_view->setColumnWidth(CohortAttendanceModel::Name, 180);
    m_view->setColumnWidth(CohortAttendanceModel::Organisation, 150);
    if (m_model->columnCount() > 0)
        m_view->setColumnWidth(m_model->totalColumn(CohortAttendanceModel::Completion), 170);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    const bool none = m_model->traineeCount() == 0 || m_model->halfDayColumnCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    m_markRest->setEnabled(!none);
    if (m_model->cohortId() == 0)
        m_empty->setText(tr("Choose a cohort."));
    else if (m_model->traineeCount() == 0)
        m_empty->setText(tr("No trainee in this cohort yet. Add them with Enrol trainees."));
    else
        m_empty->setText(tr("No session planned yet. Add one in the Sessions tab."));

    // The cursor in the shown session: ticking starts at once.
    const int column = currentHalfDayColumn();
    if (!none && (column < 0 || m_view->isColumnHidden(column))) {
        const int row = m_view->currentIndex().isValid()
            ? std::min(m_view->currentIndex().row(), m_model->traineeCount() - 1)
            : 0;
        m_view->setCurrentIndex(m_model->index(row, firstShownHalfDayColumn()));
    }
    updateCounts();
}

int CohortGrid::firstShownHalfDayColumn() const
{
    for (int column = CohortAttendanceModel::FirstHalfDay;
         column < CohortAttendanceModel::FirstHalfDay + m_model->halfDayColumnCount(); ++column) {
        if (!m_view->isColumnHidden(column))
            return column;
    }
    return -1;
}

int CohortGrid::currentHalfDayColumn() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->sessionAt(current.column()))
        return -1;
    return current.column();
}

QString CohortGrid::halfDayText(int column) const
{
    const auto session = m_model->sessionAt(column);
    const auto half = m_model->halfDayAt(column);
    if (!session || !half)
        return {};
    return tr("%1 %2", "a date and a half-day: 12/03/2014 morning")
        .arg(QLocale().toString(session->date, QLocale::ShortFormat), halfDayName(*half).toLower());
}

void CohortGrid::updateCounts()
{
    const int column = currentHalfDayColumn();
    if (column < 0) {
        m_counts->setText(m_model->traineeCount() > 0
                ? tr("%Ln trainee(s)", nullptr, m_model->traineeCount())
                : QString());
        return;
    }
    const CohortAttendanceModel::HalfDayCounts counts = m_model->countsAt(column);
    // Counts after a colon need no plural forms.
    m_counts->setText(tr("%1 — present: %2 · excused: %3 · absent: %4 · not entered: %5")
                          .arg(halfDayText(column))
                          .arg(counts.present)
                          .arg(counts.excused)
                          .arg(counts.absent)
                          .arg(counts.notEntered));
}

void CohortGrid::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString CohortGrid::nameAt(int row) const
{
    return m_model->traineeAt(row).displayName();
}

QList<qint64> CohortGrid::targetContacts() const
{
    const int column = currentHalfDayColumn();
    if (column < 0)
        return {};
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        if (index.column() == column && index.row() < m_model->traineeCount())
            rows << index.row();
    }
    const int current = m_view->currentIndex().row();
    if (rows.isEmpty() && current < m_model->traineeCount())
        rows << current;
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids << m_model->contactIdAt(row);
    return ids;
}

QList<qint64> CohortGrid::selectedContacts() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        if (index.row() < m_model->traineeCount() && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid()
        && m_view->currentIndex().row() < m_model->traineeCount())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids << m_model->contactIdAt(row);
    return ids;
}

void CohortGrid::selectContact(qint64 contactId)
{
    const int row = m_model->rowOf(contactId);
    if (row >= 0)
        moveTo(row);
}

void CohortGrid::moveTo(int row)
{
    int column = currentHalfDayColumn();
    if (column < 0)
        column = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                  : firstShownHalfDayColumn();
    const QModelIndex index = m_model->index(row, std::max(0, column));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CohortGrid::mark(AttendanceStatus status)
{
    const int column = currentHalfDayColumn();
    if (column < 0) {
        setStatus(tr("Go to a half-day's column first (the arrow keys move across)."));
        return;
    }
    const QList<qint64> ids = targetContacts();
    if (ids.isEmpty())
        return;
    const qint64 sessionId = m_model->sessionAt(column)->id;
    const HalfDay half = *m_model->halfDayAt(column);
    const int lastRow = m_model->rowOf(ids.constLast());
    if (!m_commands.setHalfDayAttendance(sessionId, ids, half, status)) {
        QMessageBox::warning(this, tr("Attendance"), m_commands.lastError());
        return;
    }
    const QString what = status == AttendanceStatus::Invited
        ? tr("cleared")
        : attendanceStatusName(status).toLower();
    const QString who
        = ids.size() == 1 ? nameAt(lastRow) : tr("%Ln trainee(s)", nullptr, ids.size());
    setStatus(tr("%1, %2: %3 — Ctrl+Z to undo").arg(who, halfDayText(column), what));
    if (movesOn() && lastRow + 1 < m_model->traineeCount()) {
        const QModelIndex next = m_model->index(lastRow + 1, column);
        m_view->setCurrentIndex(next);
        m_view->scrollTo(next);
    }
    updateCounts();
}

void CohortGrid::markRestPresent()
{
    int column = currentHalfDayColumn();
    if (column < 0)
        column = firstShownHalfDayColumn();
    if (column < 0)
        return;
    QList<qint64> ids;
    for (int row = 0; row < m_model->traineeCount(); ++row) {
        if (m_model->statusAt(row, column) < 0)
            ids << m_model->contactIdAt(row);
    }
    if (ids.isEmpty()) {
        setStatus(tr("Everyone is already entered for %1.").arg(halfDayText(column)));
        return;
    }
    if (!m_commands.setHalfDayAttendance(m_model->sessionAt(column)->id, ids,
            *m_model->halfDayAt(column), AttendanceStatus::Present)) {
        QMessageBox::warning(this, tr("Attendance"), m_commands.lastError());
        return;
    }
    setStatus(tr("%1: %Ln more trainee(s) present — Ctrl+Z to undo", nullptr, ids.size())
                  .arg(halfDayText(column)));
    updateCounts();
}

NameSearch CohortGrid::nameSearch() const
{
    return NameSearch(m_model->traineeCount(), [this](int row) {
        const auto trainee = m_model->traineeAt(row);
        return NameSearch::Name { trainee.lastName, trainee.firstName };
    });
}

bool CohortGrid::findName(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    const int row = nameSearch().first(text);
    if (row < 0) {
        setStatus(tr("No trainee's name starts with “%1”.").arg(text.trimmed()));
        return false;
    }
    moveTo(row);
    setStatus(tr("%1 — Return goes back to the grid, Down to the next “%2”")
                  .arg(nameAt(row), text.trimmed()));
    return true;
}

bool CohortGrid::findNext(int direction)
{
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int row = nameSearch().next(m_find->text(), from, direction);
    if (row < 0)
        return false;
    moveTo(row);
    setStatus(nameAt(row));
    return true;
}

void CohortGrid::backToGrid(bool clearFind)
{
    if (clearFind)
        m_find->clear();
    m_view->setFocus(Qt::OtherFocusReason);
}

bool CohortGrid::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);

    if (watched == m_view) {
        AttendanceKey what = AttendanceKey::of(key);
        // No registrations in training: R is a letter like any other.
        if (what.kind == AttendanceKey::Kind::Mark && what.status == AttendanceStatus::Registered)
            what = { AttendanceKey::Kind::JumpTyping };
        if (what.kind == AttendanceKey::Kind::None)
            return QWidget::eventFilter(watched, event);
        // These keys are the grid's, not a window's shortcut (Delete, Ctrl+F).
        if (type == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        switch (what.kind) {
        case AttendanceKey::Kind::Mark:
            mark(what.status);
            break;
        case AttendanceKey::Kind::Delete:
            mark(AttendanceStatus::Invited);
            break;
        case AttendanceKey::Kind::Find:
            m_find->clear();
            m_find->setFocus(Qt::ShortcutFocusReason);
            break;
        case AttendanceKey::Kind::JumpTyping:
            m_find->setFocus(Qt::OtherFocusReason);
            m_find->setText(key->text());
            findName(key->text());
            break;
        case AttendanceKey::Kind::None:
            break;
        }
        return true;
    }

    if (watched != m_find)
        return QWidget::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // An empty field has nothing of its own to undo: Ctrl+Z undoes the last mark.
        if (m_find->text().isEmpty()
            && (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)))
            return true;
        return QWidget::eventFilter(watched, event);
    }
    switch (key->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        backToGrid(true);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_find->text().trimmed().isEmpty())
            backToGrid(true);
        else
            findNext(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais
