#include "duplicatesdialog.h"

#include "mergedialog.h"
#include "models/commands/commands.h"
#include "models/db/databaseerror.h"
#include "models/domain/duplicatematching.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace relais {

namespace {
enum Column { FirstColumn, SecondColumn, ReasonColumn, ScoreColumn, ColumnCount };
}

DuplicatesDialog::DuplicatesDialog(Database &database, Commands &commands, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_commands(commands)
{
    setWindowTitle(tr("Find duplicates"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Look among:"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Contacts"), int(ActorRef::Kind::Contact));
    m_kind->addItem(tr("Organisations"), int(ActorRef::Kind::Organisation));
    kindLabel->setBuddy(m_kind);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    top->addWidget(m_count);
    layout->addLayout(top);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("candidates"));
    m_table->setHorizontalHeaderLabels(
        { tr("Record"), tr("Possible duplicate"), tr("Reason"), tr("Score") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FirstColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecondColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *hint = new QLabel(tr("Pairs marked as not duplicates are not proposed again."));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox;
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("merge"));
    m_dismiss = buttons->addButton(tr("&Not duplicates"), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(QStringLiteral("notDuplicates"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("close"));
    // Return in the list merges (see eventFilter), not closes.
    for (QPushButton *button : { m_merge, m_dismiss, close })
        button->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeCurrent(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissCurrent(); });
    connect(m_table, &QTableWidget::doubleClicked, this, [this] { mergeCurrent(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_table->setRowCount(0);
        refresh();
    });
    // Undo and redo of a merge or a dismissal change the list.
    connect(&m_commands.undoStack(), &QUndoStack::indexChanged, this, [this] { refresh(); });

    refresh();
    m_table->setFocus();
    resize(720, 460);
}

ActorRef::Kind DuplicatesDialog::kind() const
{
    return ActorRef::Kind(m_kind->currentData().toInt());
}

void DuplicatesDialog::setKind(ActorRef::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

const DuplicateCandidate *DuplicatesDialog::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_candidates.size())
        return nullptr;
    return &m_candidates[row];
}

void DuplicatesDialog::refresh()
{
    const int previousRow = m_table->currentRow();
    const bool contacts = kind() == ActorRef::Kind::Contact;
    try {
        const DuplicateRepository repository(m_database);
        m_candidates
            = contacts ? repository.contactCandidates() : repository.organisationCandidates();
    } catch (const DatabaseError &error) {
        m_candidates.clear();
        QMessageBox::warning(this, windowTitle(), error.message());
    }

    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_candidates.size()));
    const QLocale locale;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const DuplicateCandidate &candidate = m_candidates.at(row);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column == ScoreColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        const auto who = [](const QString &name, const QString &detail) {
            return detail.isEmpty() ? name : tr("%1 — %2").arg(name, detail);
        };
        set(FirstColumn, who(candidate.firstName, candidate.firstDetail));
        set(SecondColumn, who(candidate.secondName, candidate.secondDetail));
        set(ReasonColumn, duplicateReasonText(candidate.reason));
        set(ScoreColumn, locale.toString(candidate.score));
    }
    if (!m_candidates.isEmpty()) {
        const int row = std::clamp(previousRow, 0, int(m_candidates.size()) - 1);
        m_table->setCurrentCell(row, FirstColumn);
    }

    m_empty->setText(contacts ? tr("No likely duplicates among the contacts.")
                              : tr("No likely duplicates among the organisations."));
    m_count->setText(m_candidates.isEmpty()
            ? QString()
            : tr("%n possible duplicate(s)", nullptr, int(m_candidates.size())));
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(m_candidates.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (hadFocus && !m_candidates.isEmpty())
        m_table->setFocus();
    updateButtons();
}

void DuplicatesDialog::updateButtons()
{
    const bool any = current() != nullptr;
    m_merge->setEnabled(any);
    m_dismiss->setEnabled(any);
}

bool DuplicatesDialog::mergeCurrent()
{
    const DuplicateCandidate *candidate = current();
    if (!candidate)
        return false;
    MergeDialog dialog(
        m_database, m_commands, candidate->kind, candidate->firstId, candidate->secondId, this);
    const bool merged = dialog.exec() == QDialog::Accepted;
    refresh();
    m_table->setFocus();
    return merged;
}

bool DuplicatesDialog::dismissCurrent()
{
    const DuplicateCandidate *candidate = current();
    if (!candidate)
        return false;
    if (!m_commands.dismissDuplicate(candidate->kind, candidate->firstId, candidate->secondId)) {
        QMessageBox::warning(this, windowTitle(), m_commands.lastError());
        refresh();
        return false;
    }
    refresh();
    return true;
}

bool DuplicatesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            mergeCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relais
