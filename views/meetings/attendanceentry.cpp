#include "attendanceentry.h"

#include "actornamecompleter.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/meetingrepository.h"
#include "models/domain/namesearch.h"
#include "models/item/inviteemodel.h"
#include "views/common/rememberedcolumns.h"
#include "views/forms/attendancekeys.h"
#include "views/forms/dateedit.h"
#include "walkindialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace relais {

namespace {

// The status is what the assistant checks against the sheet: it stands out.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // "Invited" is the absence of an answer: the answers stand out, not it.
        if (index.data(InviteeModel::StatusRole).toInt() != int(AttendanceStatus::Invited))
            option->font.setBold(true);
    }
};

struct CountTile
{
    const char *objectName;
    const char *caption;
    QColor colour; // invalid: the palette's text colour
};

QString withUndo(const QString &text)
{
    return AttendanceEntry::tr("%1 · Ctrl+Z undoes").arg(text);
}

} // namespace

AttendanceEntry::AttendanceEntry(
    Database &database, Commands &commands, qint64 meetingId, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_meetingId(meetingId)
    , m_model(new InviteeModel(database, this))
    , m_title(new QLabel(this))
    , m_when(new QLabel(this))
    , m_view(new QTableView(this))
    , m_find(new QLineEdit(this))
    , m_walkIn(new QLineEdit(this))
    , m_walkInCompleter(new ActorNameCompleter(database, ActorRef::Kind::Contact, m_walkIn))
    , m_markAll(new QPushButton(this))
    , m_moveOn(new QCheckBox(tr("Move to the &next name after marking"), this))
    , m_status(new QLabel(this))
    , m_help(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceEntry"));

    m_title->setObjectName(QStringLiteral("meetingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_when->setObjectName(QStringLiteral("meetingWhen"));
    m_when->setTextFormat(Qt::PlainText);
    m_when->setForegroundRole(QPalette::PlaceholderText);

    // The counts as tiles: the figures are read at a glance while ticking.
    const QList<CountTile> tiles = {
        { "invitedCount", QT_TR_NOOP("Invited"), QColor() },
        { "registeredCount", QT_TR_NOOP("Registered"), QColor(0x1f, 0x5a, 0x96) },
        { "excusedCount", QT_TR_NOOP("Excused"), QColor(0x6b, 0x6b, 0x6b) },
        { "presentCount", QT_TR_NOOP("Present"), QColor(0x1b, 0x7a, 0x3a) },
        { "absentCount", QT_TR_NOOP("Absent"), QColor(0xb3, 0x26, 0x1e) },
        { "walkInCount", QT_TR_NOOP("Walk-ins"), QColor() },
        { "attendanceRate", QT_TR_NOOP("Attendance"), QColor() },
    };
    auto *countsRow = new QHBoxLayout;
    countsRow->setSpacing(6);
    for (const CountTile &tile : tiles) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("countTile"));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame#countTile { border: 1px solid palette(mid); "
                                            "border-radius: 4px; background: palette(base); }"));
        auto *number = new QLabel(QStringLiteral("0"), frame);
        number->setObjectName(QLatin1String(tile.objectName));
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        number->setFont(big);
        number->setAlignment(Qt::AlignCenter);
        if (tile.colour.isValid())
            number->setStyleSheet(QStringLiteral("color: %1;").arg(tile.colour.name()));
        auto *caption = new QLabel(tr(tile.caption), frame);
        caption->setAlignment(Qt::AlignCenter);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *tileLayout = new QVBoxLayout(frame);
        tileLayout->setContentsMargins(10, 4, 10, 4);
        tileLayout->setSpacing(0);
        tileLayout->addWidget(number);
        tileLayout->addWidget(caption);
        countsRow->addWidget(frame, 1);
        m_counts.insert(QLatin1String(tile.objectName), number);
    }

    m_model->setMeeting(meetingId);
    m_view->setObjectName(QStringLiteral("invitees"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setItemDelegateForColumn(InviteeModel::Status, new StatusDelegate(m_view));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setToolTip(tr("Line on the attendance sheet"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    header->resizeSection(InviteeModel::Name, 210);
    header->resizeSection(InviteeModel::Status, 150);
    header->resizeSection(InviteeModel::Email, 210);
    // The organisation takes what the window gives; the time of the change stays whole.
    header->setSectionResizeMode(InviteeModel::Organisation, QHeaderView::Stretch);
    header->setSectionResizeMode(InviteeModel::Changed, QHeaderView::ResizeToContents);
    new RememberedColumns(m_view, QStringLiteral("attendanceEntry"));
    // The current row stays as visible while a name is typed in the Find field.
    QPalette palette = m_view->palette();
    for (const QPalette::ColorRole role : { QPalette::Highlight, QPalette::HighlightedText })
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    m_view->setPalette(palette);
    m_view->installEventFilter(this);

    m_find->setObjectName(QStringLiteral("findName"));
    m_find->setPlaceholderText(tr("Type a name (/ or Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    connect(m_find, &QLineEdit::textEdited, this, [this](const QString &text) { findName(text); });

    m_walkIn->setObjectName(QStringLiteral("walkIn"));
    m_walkIn->setPlaceholderText(tr("Someone not on the list: type their name"));
    m_walkIn->setClearButtonEnabled(true);
    m_walkIn->installEventFilter(this);
    auto *walkInLabel = new QLabel(tr("&Walk-in:"), this);
    walkInLabel->setBuddy(m_walkIn);
    m_walkInCompleter->setKeepReturn(true);
    connect(m_walkInCompleter, &ActorNameCompleter::chosen, this,
        [this](const ActorRef &person) { addWalkIn(person.id); });
    connect(m_walkInCompleter, &ActorNameCompleter::typedReturn, this, [this] {
        if (!m_walkIn->text().trimmed().isEmpty())
            addNewWalkIn(m_walkIn->text());
    });

    m_markAll->setObjectName(QStringLiteral("markRegisteredPresent"));
    m_markAll->setToolTip(
        tr("Everyone registered came: mark them present in one step, then untick the few who "
           "did not (A)"));
    m_markAll->setAutoDefault(false);
    connect(m_markAll, &QPushButton::clicked, this, &AttendanceEntry::markRegisteredPresent);

    m_moveOn->setObjectName(QStringLiteral("moveOn"));
    m_moveOn->setChecked(true);

    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumHeight(fontMetrics().height() + 4);
    m_help->setObjectName(QStringLiteral("keyHelp"));
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setText(tr("Space present · E excused · A absent · R registered · I no answer · "
                       "Shift+arrows: several · Del: remove a walk-in · / or a letter: find a "
                       "name · Ctrl+Z: undo"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_when, 1, Qt::AlignBottom);

    auto *tools = new QHBoxLayout;
    tools->addWidget(findLabel);
    tools->addWidget(m_find, 2);
    tools->addSpacing(16);
    tools->addWidget(walkInLabel);
    tools->addWidget(m_walkIn, 3);
    tools->addSpacing(16);
    tools->addWidget(m_markAll);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_moveOn);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(countsRow);
    layout->addSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_help);

    setTabOrder(m_view, m_find);
    setTabOrder(m_find, m_walkIn);
    setTabOrder(m_walkIn, m_markAll);
    setTabOrder(m_markAll, m_moveOn);
    setFocusProxy(m_view);

    connect(m_model, &InviteeModel::refreshed, this, &AttendanceEntry::updateCounts);
    // A contact renamed moves to another line: the cursor follows the person.
    auto remembered = std::make_shared<qint64>(0);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this, remembered] { *remembered = currentContact(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, remembered] {
        if (*remembered)
            selectContact(*remembered);
    });
    connect(&database.notifier(), &ChangeNotifier::meetingsChanged, this,
        &AttendanceEntry::updateHeader);

    updateHeader();
    updateCounts();
    if (m_model->rowCount() > 0)
        moveTo(0);
    setStatus(m_model->rowCount() > 0
            ? tr("Tick the names from the signed sheet, from the top.")
            : tr("Nobody is invited to this meeting yet: add walk-ins by name."));
}

QString AttendanceEntry::meetingTitle() const
{
    return m_title->text();
}

QString AttendanceEntry::statusText() const
{
    return m_status->text();
}

bool AttendanceEntry::movesOn() const
{
    return m_moveOn->isChecked();
}

void AttendanceEntry::setMovesOn(bool on)
{
    m_moveOn->setChecked(on);
}

void AttendanceEntry::updateHeader()
{
    std::optional<Meeting> meeting;
    try {
        meeting = MeetingRepository(m_database).load(m_meetingId);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    if (!meeting) {
        m_title->setText(tr("This meeting no longer exists"));
        m_when->clear();
        return;
    }
    m_title->setText(meeting->title);
    QStringList when { QLocale().toString(meeting->date, QLocale::LongFormat) };
    if (meeting->startsAt.isValid()) {
        const QString starts = clockTime(meeting->startsAt);
        when << (meeting->endsAt.isValid() ? tr("%1–%2").arg(starts, clockTime(meeting->endsAt))
                                           : starts);
    }
    if (!meeting->place.isEmpty())
        when << meeting->place;
    m_when->setText(when.join(QStringLiteral(" · ")));
}

void AttendanceEntry::updateCounts()
{
    const MeetingCounts counts = m_model->counts();
    const auto set = [this](const char *name, const QString &text) {
        m_counts.value(QLatin1String(name))->setText(text);
    };
    set("invitedCount", QLocale().toString(counts.invited));
    set("registeredCount", QLocale().toString(counts.registered));
    set("excusedCount", QLocale().toString(counts.excused));
    set("presentCount", QLocale().toString(counts.present));
    set("absentCount", QLocale().toString(counts.absent));
    set("walkInCount", QLocale().toString(counts.walkIns));
    set("attendanceRate", percentText(counts.attendanceRate()));
    m_markAll->setText(tr("Mark all registered as &present (%1)").arg(counts.registered));
    m_markAll->setEnabled(counts.registered > 0);
}

void AttendanceEntry::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString AttendanceEntry::nameAt(int row) const
{
    return InviteeModel::sheetName(m_model->inviteeAt(row));
}

qint64 AttendanceEntry::currentContact() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->contactIdAt(current.row()) : 0;
}

QList<qint64> AttendanceEntry::targetContacts() const
{
    const QModelIndex current = m_view->currentIndex();
    QList<int> rows;
    // The cursor is what the user looks at: when Ctrl+arrows have taken it off the
    // selection, it alone is meant.
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row())) {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            rows << index.row();
    } else if (current.isValid()) {
        rows << current.row();
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids << m_model->contactIdAt(row);
    return ids;
}

void AttendanceEntry::selectContact(qint64 contactId)
{
    const int row = m_model->rowOf(contactId);
    if (row >= 0)
        moveTo(row);
}

void AttendanceEntry::moveTo(int row)
{
    if (m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
    const QModelIndex index = m_model->index(row, column);
    // Through the view, so that Shift+arrows extend the selection from this line.
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AttendanceEntry::mark(AttendanceStatus status)
{
    const QList<qint64> targets = targetContacts();
    if (targets.isEmpty())
        return;
    // A walk-in came: any other status would count someone who was there as missing.
    // One entered by mistake is taken off the list with Delete instead.
    QList<qint64> ids;
    int walkIns = 0;
    int changed = 0;
    int lastRow = -1;
    for (const qint64 id : targets) {
        const int row = m_model->rowOf(id);
        lastRow = std::max(lastRow, row);
        const Invitee invitee = m_model->inviteeAt(row);
        if (invitee.walkIn && status != AttendanceStatus::Present) {
            ++walkIns;
            continue;
        }
        ids << id;
        if (invitee.status != status)
            ++changed;
    }
    if (ids.isEmpty()) {
        setStatus(tr("%1 came without being invited and stays present; Del takes a walk-in "
                     "entered by mistake off the list.")
                      .arg(targets.size() == 1 ? nameAt(lastRow) : tr("Each of them")));
        return;
    }
    if (!m_commands.setAttendance(m_meetingId, ids, status)) {
        QMessageBox::warning(this, tr("Attendance"), m_commands.lastError());
        return;
    }
    const QString statusName = attendanceStatusName(status);
    QString text;
    if (ids.size() == 1)
        text = changed ? withUndo(tr("%1: %2").arg(nameAt(m_model->rowOf(ids.first())), statusName))
                       : tr("%1 was already %2")
                             .arg(nameAt(m_model->rowOf(ids.first())), statusName.toLower());
    else
        text = withUndo(
            tr("%n person(s) marked %1", nullptr, int(ids.size())).arg(statusName.toLower()));
    if (walkIns > 0)
        text += QLatin1Char(' ') + tr("(%n walk-in(s) left present)", nullptr, walkIns);
    setStatus(text);
    if (movesOn())
        moveTo(lastRow + 1);
}

void AttendanceEntry::removeWalkIns()
{
    QList<qint64> walkIns;
    for (const qint64 id : targetContacts()) {
        if (m_model->inviteeAt(m_model->rowOf(id)).walkIn)
            walkIns << id;
    }
    if (walkIns.isEmpty()) {
        setStatus(tr("Only walk-ins are taken off the list here; I puts an invitee back to "
                     "no answer."));
        return;
    }
    const QString who = walkIns.size() == 1 ? nameAt(m_model->rowOf(walkIns.first()))
                                            : tr("%n walk-in(s)", nullptr, int(walkIns.size()));
    if (!m_commands.uninvite(m_meetingId, walkIns)) {
        QMessageBox::warning(this, tr("Attendance"), m_commands.lastError());
        return;
    }
    setStatus(withUndo(tr("%1 taken off the list").arg(who)));
}

void AttendanceEntry::markRegisteredPresent()
{
    const int registered = m_model->counts().registered;
    if (registered == 0) {
        setStatus(tr("Nobody is registered."));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Mark all registered as present"),
        tr("Mark the %n registered person(s) as present?", nullptr, registered),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Then untick the few who did not come: A marks them absent."));
    QPushButton *yes = box.addButton(tr("Mark present"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    if (!m_commands.markRegisteredPresent(m_meetingId)) {
        QMessageBox::warning(this, tr("Attendance"), m_commands.lastError());
        return;
    }
    setStatus(withUndo(tr("%n registered person(s) marked present; now untick those who did "
                          "not come (A)",
        nullptr, registered)));
    m_view->setFocus();
}

NameSearch AttendanceEntry::nameSearch() const
{
    return NameSearch(m_model->rowCount(), [this](int row) {
        const Invitee invitee = m_model->inviteeAt(row);
        return NameSearch::Name { invitee.lastName, invitee.firstName };
    });
}

bool AttendanceEntry::findName(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    const int found = nameSearch().first(text);
    if (found < 0) {
        setStatus(tr("No name starts with “%1”.").arg(text.trimmed()));
        return false;
    }
    moveTo(found);
    setStatus(tr("%1 — Return goes back to the list, Down to the next “%2”")
                  .arg(nameAt(found), text.trimmed()));
    return true;
}

bool AttendanceEntry::findNext(int direction)
{
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int row = nameSearch().next(m_find->text(), from, direction);
    if (row < 0)
        return false;
    moveTo(row);
    setStatus(nameAt(row));
    return true;
}

void AttendanceEntry::addWalkIn(qint64 contactId)
{
    Contact person;
    person.id = contactId;
    const bool wasInvited = m_model->rowOf(contactId) >= 0;
    const auto id = m_commands.addWalkIn(m_meetingId, person);
    m_walkIn->setText(QString());
    if (!id) {
        QMessageBox::warning(this, tr("Walk-in"), m_commands.lastError());
        return;
    }
    selectContact(*id);
    const QString name = nameAt(m_model->rowOf(*id));
    setStatus(withUndo(wasInvited ? tr("%1 was on the list: marked present").arg(name)
                                  : tr("Walk-in added: %1").arg(name)));
    emit walkInAdded(*id);
}

void AttendanceEntry::addNewWalkIn(const QString &typed)
{
    WalkInDialog dialog(m_database, typed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.existingContactId()) {
        addWalkIn(dialog.existingContactId());
        return;
    }
    const auto id = m_commands.addWalkIn(m_meetingId, dialog.contact());
    if (!id) {
        QMessageBox::warning(this, tr("Walk-in"), m_commands.lastError());
        return;
    }
    m_walkIn->setText(QString());
    selectContact(*id);
    setStatus(withUndo(tr("New contact added as a walk-in: %1").arg(nameAt(m_model->rowOf(*id)))));
    emit walkInAdded(*id);
}

void AttendanceEntry::backToList(bool clearFind)
{
    if (clearFind)
        m_find->setText(QString());
    m_view->setFocus(Qt::OtherFocusReason);
}

bool AttendanceEntry::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);

    if (watched == m_view) {
        const AttendanceKey what = AttendanceKey::of(key);
        if (what.kind == AttendanceKey::Kind::None)
            return QWidget::eventFilter(watched, event);
        // These keys are the list's, not a window's shortcut (Delete, Ctrl+F).
        if (type == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        switch (what.kind) {
        case AttendanceKey::Kind::Mark:
            mark(what.status);
            break;
        case AttendanceKey::Kind::Delete:
            removeWalkIns();
            break;
        case AttendanceKey::Kind::Find:
            m_find->setText(QString());
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

    if (watched != m_find && watched != m_walkIn)
        return QWidget::eventFilter(watched, event);
    auto *edit = static_cast<QLineEdit *>(watched);
    if (type == QEvent::ShortcutOverride) {
        // An empty field has nothing of its own to undo: Ctrl+Z undoes the last mark.
        if (edit->text().isEmpty()
            && (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)))
            return true;
        return QWidget::eventFilter(watched, event);
    }
    switch (key->key()) {
    case Qt::Key_Escape:
        backToList(true);
        if (watched == m_walkIn)
            m_walkIn->setText(QString());
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (watched == m_find) {
            backToList(true);
            return true;
        }
        break;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (watched == m_find) {
            // Nothing to look for: the arrows mean the list.
            if (m_find->text().trimmed().isEmpty())
                backToList(true);
            else
                findNext(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

AttendanceEntryDialog::AttendanceEntryDialog(
    Database &database, Commands &commands, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_entry(new AttendanceEntry(database, commands, meetingId, this))
{
    setObjectName(QStringLiteral("attendanceEntryDialog"));
    setWindowTitle(tr("Attendance: %1").arg(m_entry->meetingTitle()));
    resize(1040, 720);

    QUndoStack &stack = commands.undoStack();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    auto *redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    undo->setObjectName(QStringLiteral("undoButton"));
    redo->setObjectName(QStringLiteral("redoButton"));
    // Clicking them leaves the keyboard in the list, where the ticking goes on.
    for (QPushButton *button : { undo, redo, buttons->button(QDialogButtonBox::Close) }) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
    }
    const auto refreshButtons = [&stack, undo, redo] {
        undo->setEnabled(stack.canUndo());
        redo->setEnabled(stack.canRedo());
        undo->setToolTip(
            stack.canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack.undoText()) : QString());
        redo->setToolTip(
            stack.canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack.redoText()) : QString());
    };
    connect(&stack, &QUndoStack::indexChanged, this, refreshButtons);
    connect(&stack, &QUndoStack::cleanChanged, this, refreshButtons);
    refreshButtons();
    connect(undo, &QPushButton::clicked, &stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, &stack, &QUndoStack::redo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, &stack, &QUndoStack::undo);
    // As the main window's Edit menu has it; one shortcut per key, or none would fire.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    auto *redoKey = new QShortcut(this);
    redoKey->setKeys(redoKeys);
    connect(redoKey, &QShortcut::activated, &stack, &QUndoStack::redo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entry, 1);
    layout->addWidget(buttons);
    m_entry->setFocus();
}

} // namespace relais
