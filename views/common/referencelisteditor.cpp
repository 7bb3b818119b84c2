#include "referencelisteditor.h"

#include "mergereferencedialog.h"
#include "referenceitemtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <models/commands/commands.h>
#include <models/db/databaseerror.h>
#include <models/db/referencelistrepository.h>

namespace relais {

namespace {

QString newEntryPlaceholder(ReferenceList list)
{
    switch (list) {
    case ReferenceList::ActorType:
        return ReferenceListEditor::tr("Name of a new actor type");
    case ReferenceList::Domain:
        return ReferenceListEditor::tr("Name of a new domain");
    case ReferenceList::Commune:
        return ReferenceListEditor::tr("Name of a new commune");
    case ReferenceList::Tag:
        return ReferenceListEditor::tr("Name of a new tag");
    case ReferenceList::InteractionKind:
        return ReferenceListEditor::tr("Name of a new kind of interaction");
    case ReferenceList::StaffMember:
        return ReferenceListEditor::tr("Name of a staff member");
    case ReferenceList::MeetingType:
        return ReferenceListEditor::tr("Name of a new type of meeting");
    case ReferenceList::SerdCategory:
        return ReferenceListEditor::tr("Name of a new category of SERD action developer");
    case ReferenceList::SerdTopic:
        return ReferenceListEditor::tr("Name of a new topic of SERD action");
    case ReferenceList::StaffRole:
        return ReferenceListEditor::tr("Name of a new staff role");
    }
    return {};
}

QString shortcutText(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

ReferenceListEditor::ReferenceListEditor(
    Database &database, Commands &commands, ReferenceList list, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_list(list)
    , m_model(new ReferenceItemTableModel(database, commands, list, this))
    , m_view(new QTableView(this))
{
    const bool communes = list == ReferenceList::Commune;

    m_view->setObjectName(QStringLiteral("items"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Tab leaves the list for the buttons instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ReferenceItemTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(
        ReferenceItemTableModel::PostcodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(
        ReferenceItemTableModel::UsageColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(ReferenceItemTableModel::PostcodeColumn, !communes);

    const QKeySequence renameKey(Qt::Key_F2);
    const QKeySequence upKey(Qt::CTRL | Qt::Key_Up);
    const QKeySequence downKey(Qt::CTRL | Qt::Key_Down);

    m_rename
        = addButton(tr("&Rename"), QStringLiteral("rename"), &ReferenceListEditor::renameCurrent);
    m_rename->setToolTip(tr("Rename the selected entry (%1)").arg(shortcutText(renameKey)));
    if (communes) {
        m_postcode = addButton(
            tr("&Postcode"), QStringLiteral("postcode"), &ReferenceListEditor::editCurrentPostcode);
        m_postcode->setToolTip(tr("Change the postcode of the selected commune"));
    }
    m_moveUp
        = addButton(tr("Move &up"), QStringLiteral("moveUp"), &ReferenceListEditor::moveCurrentUp);
    m_moveUp->setToolTip(tr("Move the selected entry up (%1)").arg(shortcutText(upKey)));
    m_moveDown = addButton(
        tr("Move &down"), QStringLiteral("moveDown"), &ReferenceListEditor::moveCurrentDown);
    m_moveDown->setToolTip(tr("Move the selected entry down (%1)").arg(shortcutText(downKey)));
    m_retire = addButton(
        tr("Re&tire"), QStringLiteral("retire"), &ReferenceListEditor::toggleCurrentRetired);
    // Wide enough for "Reinstate" too, so that the column does not jump when it toggles.
    m_retire->setText(tr("Reins&tate"));
    m_retire->setMinimumWidth(m_retire->sizeHint().width());
    m_merge = addButton(
        tr("&Merge into…"), QStringLiteral("merge"), &ReferenceListEditor::mergeCurrent);
    m_merge->setToolTip(
        tr("Move every record from the selected entry to another one, then remove it"));

    // Besides the buttons' mnemonics, the usual keys of list editors. Scoped to this
    // editor, so that only the visible tab answers them.
    auto *renameAction = new QAction(this);
    renameAction->setShortcut(renameKey);
    renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(renameAction, &QAction::triggered, this, [this] {
        // F2 on a commune's postcode edits the postcode, anywhere else the name.
        const QModelIndex current = m_view->currentIndex();
        editCurrent(current.isValid() && (current.flags() & Qt::ItemIsEditable)
                ? current.column()
                : int(ReferenceItemTableModel::NameColumn));
    });
    addAction(renameAction);
    m_moveUpAction = new QAction(this);
    m_moveUpAction->setShortcut(upKey);
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveUpAction, &QAction::triggered, this, &ReferenceListEditor::moveCurrentUp);
    addAction(m_moveUpAction);
    m_moveDownAction = new QAction(this);
    m_moveDownAction->setShortcut(downKey);
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_moveDownAction, &QAction::triggered, this, &ReferenceListEditor::moveCurrentDown);
    addAction(m_moveDownAction);

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newName->setPlaceholderText(newEntryPlaceholder(list));
    m_newName->setClearButtonEnabled(true);
    auto *newLabel = new QLabel(tr("&New entry:"), this);
    newLabel->setBuddy(m_newName);
    connect(m_newName, &QLineEdit::returnPressed, this, &ReferenceListEditor::addItem);
    connect(m_newName, &QLineEdit::textEdited, this, &ReferenceListEditor::clearError);
    QLabel *postcodeLabel = nullptr;
    if (communes) {
        m_newPostcode = new QLineEdit(this);
        m_newPostcode->setObjectName(QStringLiteral("newPostcode"));
        m_newPostcode->setMaxLength(10);
        m_newPostcode->setMaximumWidth(
            m_newPostcode->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 9);
        postcodeLabel = new QLabel(tr("Po&stcode:"), this);
        postcodeLabel->setBuddy(m_newPostcode);
        connect(m_newPostcode, &QLineEdit::returnPressed, this, &ReferenceListEditor::addItem);
    }
    QPushButton *add = addButton(tr("&Add"), QStringLiteral("add"), &ReferenceListEditor::addItem);
    add->setToolTip(tr("Add the new entry at the end of the list"));

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_error = new QLabel(m_errorBar);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    auto *icon = new QLabel(m_errorBar);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(icon);
    errorLayout->addWidget(m_error, 1);
    m_errorBar->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_rename);
    if (m_postcode)
        buttons->addWidget(m_postcode);
    buttons->addSpacing(12);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    buttons->addSpacing(12);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_merge);
    buttons->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(newLabel);
    addRow->addWidget(m_newName, 1);
    if (m_newPostcode) {
        addRow->addSpacing(6);
        addRow->addWidget(postcodeLabel);
        addRow->addWidget(m_newPostcode);
    }
    addRow->addWidget(add);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_errorBar);

    connect(m_model, &ReferenceItemTableModel::editFailed, this, &ReferenceListEditor::showError);
    connect(
        m_model, &ReferenceItemTableModel::editSucceeded, this, &ReferenceListEditor::clearError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReferenceListEditor::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReferenceListEditor::updateActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ReferenceListEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReferenceListEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_idBeforeReset = currentId(); });
    // After a reset, or the removal of the selected row (an undone add, a merge), keep a
    // row selected so that the buttons always say what they act on.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        setCurrentId(m_idBeforeReset);
        if (!m_view->currentIndex().isValid())
            setCurrentId(m_model->idAt(0));
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_view->selectionModel()->isRowSelected(current.row()))
            setCurrentId(m_model->idAt(current.row()));
        updateActions();
    });

    setCurrentId(m_model->idAt(0));
    updateActions();
}

QPushButton *ReferenceListEditor::addButton(
    const QString &text, const QString &objectName, void (ReferenceListEditor::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    // Return in the new-entry field adds the entry; it must not also press a button.
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

qint64 ReferenceListEditor::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ReferenceListEditor::setCurrentId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ReferenceItemTableModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QString ReferenceListEditor::errorText() const
{
    return m_errorBar->isHidden() ? QString() : m_error->text();
}

void ReferenceListEditor::addItem()
{
    clearError();
    ReferenceItem item;
    item.name = m_newName->text();
    if (m_newPostcode)
        item.postcode = m_newPostcode->text().trimmed();
    const auto id = m_commands.addReferenceItem(m_list, item);
    if (!id) {
        showError(m_commands.lastError());
        // Show the entry the name clashes with, often a retired one to reinstate.
        if (!item.name.trimmed().isEmpty()) {
            try {
                if (const auto existing
                    = ReferenceListRepository(m_database).findByName(m_list, item.name))
                    setCurrentId(existing->id);
            } catch (const DatabaseError &) { }
        }
        m_newName->setFocus();
        m_newName->selectAll();
        return;
    }
    m_newName->clear();
    if (m_newPostcode)
        m_newPostcode->clear();
    setCurrentId(*id);
    // Ready for the next one: entries often come in batches.
    m_newName->setFocus();
}

void ReferenceListEditor::renameCurrent()
{
    editCurrent(ReferenceItemTableModel::NameColumn);
}

void ReferenceListEditor::editCurrentPostcode()
{
    editCurrent(ReferenceItemTableModel::PostcodeColumn);
}

void ReferenceListEditor::editCurrent(int column)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex index = m_model->index(current.row(), column);
    clearError();
    m_view->setFocus();
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->edit(index);
}

void ReferenceListEditor::moveCurrentUp()
{
    moveCurrent(-1);
}

void ReferenceListEditor::moveCurrentDown()
{
    moveCurrent(+1);
}

void ReferenceListEditor::moveCurrent(int offset)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = from + offset;
    if (to < 0 || to >= m_model->rowCount())
        return;
    QList<qint64> ids = m_model->ids();
    ids.swapItemsAt(from, to);
    // The model moves the row, and the selection with it.
    if (m_commands.reorderReferenceList(m_list, ids))
        clearError();
    else
        showError(m_commands.lastError());
}

void ReferenceListEditor::toggleCurrentRetired()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const ReferenceItem item = m_model->itemAt(current.row());
    if (m_commands.setReferenceItemRetired(m_list, item.id, !item.retired))
        clearError();
    else
        showError(m_commands.lastError());
}

void ReferenceListEditor::mergeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_model->rowCount() < 2)
        return;
    const int row = current.row();
    MergeReferenceDialog dialog(
        m_model->itemAt(row), m_model->usageAt(row), m_model->items(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 into = dialog.targetId();
    if (!m_commands.mergeReferenceItems(m_list, m_model->itemAt(row).id, into)) {
        showError(m_commands.lastError());
        return;
    }
    clearError();
    setCurrentId(into);
}

void ReferenceListEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_errorBar->show();
}

void ReferenceListEditor::clearError()
{
    m_errorBar->hide();
    m_error->clear();
}

void ReferenceListEditor::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const int count = m_model->rowCount();
    const bool has = row >= 0;
    m_rename->setEnabled(has);
    if (m_postcode)
        m_postcode->setEnabled(has);
    m_moveUp->setEnabled(row > 0);
    m_moveUpAction->setEnabled(row > 0);
    m_moveDown->setEnabled(has && row < count - 1);
    m_moveDownAction->setEnabled(has && row < count - 1);
    const bool retired = has && m_model->itemAt(row).retired;
    m_retire->setEnabled(has);
    m_retire->setText(retired ? tr("Reins&tate") : tr("Re&tire"));
    m_retire->setToolTip(retired
            ? tr("Offer the selected entry again for new records")
            : tr("Stop offering the selected entry; the records that have it keep it"));
    m_merge->setEnabled(has && count > 1);
}

} // namespace relais
