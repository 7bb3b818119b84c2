#include "followupspage.h"

#include "followuptreeview.h"
#include "models/commands/commands.h"
#include "models/item/followupmodel.h"
#include "models/item/referencelistmodel.h"
#include "reassigndialog.h"
#include "rescheduledialog.h"
#include "views/common/rememberedcolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace relais {

namespace {

QString withKey(const QString &text, const QKeySequence &key)
{
    return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

} // namespace

FollowUpsPage::FollowUpsPage(Database &database, Commands &commands, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_commands(commands)
    , m_model(new FollowUpModel(database, this, FollowUpModel::Loading::WhenAsked))
    , m_staff(new ReferenceListModel(
          database, ReferenceList::StaffMember, ReferenceListModel::Options::WithRetired, this))
    , m_staffFilter(new QComboBox(this))
    , m_showDone(new QCheckBox(tr("Show &done"), this))
    , m_view(new FollowUpTreeView(this))
    , m_markDone(new QPushButton(tr("&Mark done…"), this))
    , m_reschedule(new QPushButton(tr("&Reschedule…"), this))
    , m_reassign(new QPushButton(tr("Re&assign…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("followUpsPage"));
    // One clock for the groups and for the dates the dialogs offer.
    m_model->setToday([&commands] { return commands.today(); });

    m_view->setObjectName(QStringLiteral("followUpsView"));
    m_view->setFollowUpModel(m_model);
    QHeaderView *header = m_view->header();
    header->setMinimumSectionSize(60);
    header->resizeSection(FollowUpModel::Due, 130);
    header->resizeSection(FollowUpModel::Action, 300);
    header->resizeSection(FollowUpModel::With, 240);
    header->resizeSection(FollowUpModel::AssignedTo, 160);
    new RememberedColumns(m_view, QStringLiteral("followUps"));

    m_staffFilter->setObjectName(QStringLiteral("staffFilter"));
    m_staffFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_staffFilter);
    m_showDone->setObjectName(QStringLiteral("showDone"));
    m_showDone->setToolTip(
        tr("Also list the follow-ups done in the last %1 days").arg(FollowUpModel::doneDays));

    const QKeySequence rescheduleKey(Qt::CTRL | Qt::Key_R);
    const QKeySequence reassignKey(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_markDone->setToolTip(
        withKey(tr("Log the interaction that did it; double-click a follow-up does the same"),
            QKeySequence(Qt::Key_Return)));
    m_reschedule->setObjectName(QStringLiteral("rescheduleButton"));
    m_reschedule->setToolTip(
        withKey(tr("Move the selected follow-ups to another day"), rescheduleKey));
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setToolTip(
        withKey(tr("Give the selected follow-ups to another staff member"), reassignKey));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete the selected follow-ups (Delete); Ctrl+Z brings them back"));

    auto *top = new QHBoxLayout;
    top->addWidget(showLabel);
    top->addWidget(m_staffFilter);
    top->addSpacing(12);
    top->addWidget(m_showDone);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_markDone);
    bottom->addWidget(m_reschedule);
    bottom->addWidget(m_reassign);
    bottom->addStretch(1);
    bottom->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // Only while the page has the focus: elsewhere these keys belong to other pages.
    const auto shortcut = [this](const QKeySequence &key, void (FollowUpsPage::*slot)()) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(rescheduleKey, &FollowUpsPage::reschedule);
    shortcut(reassignKey, &FollowUpsPage::reassign);

    connect(m_markDone, &QPushButton::clicked, this, &FollowUpsPage::markDone);
    connect(m_reschedule, &QPushButton::clicked, this, &FollowUpsPage::reschedule);
    connect(m_reassign, &QPushButton::clicked, this, &FollowUpsPage::reassign);
    connect(m_delete, &QPushButton::clicked, this, &FollowUpsPage::deleteSelected);
    connect(m_view, &FollowUpTreeView::completeRequested, this, &FollowUpsPage::completeRequested);
    connect(m_view, &FollowUpTreeView::deleteRequested, this, &FollowUpsPage::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FollowUpsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &FollowUpsPage::updateActions);
    connect(m_model, &FollowUpModel::refreshed, this, &FollowUpsPage::updateActions);
    connect(m_staffFilter, &QComboBox::currentIndexChanged, this,
        [this] { setStaffFilter(m_staffFilter->currentData().toLongLong()); });
    connect(m_showDone, &QCheckBox::toggled, this, &FollowUpsPage::setShowDone);
    connect(m_staff, &QAbstractItemModel::modelReset, this, &FollowUpsPage::fillStaffFilter);

    fillStaffFilter();
    updateEmptyText();
    updateActions();
}

QTreeView *FollowUpsPage::view() const
{
    return m_view;
}

QList<qint64> FollowUpsPage::selectedIds() const
{
    return m_view->selectedIds();
}

QList<qint64> FollowUpsPage::selectedOpenIds() const
{
    QList<qint64> ids;
    for (const qint64 id : m_view->selectedIds()) {
        if (!m_model->isDone(m_model->indexOfId(id)))
            ids << id;
    }
    return ids;
}

void FollowUpsPage::setStaffFilter(qint64 staffId)
{
    const int index = qMax(0, m_staffFilter->findData(staffId));
    if (index != m_staffFilter->currentIndex()) {
        m_staffFilter->setCurrentIndex(index); // comes back here
        return;
    }
    m_model->setStaffFilter(m_staffFilter->currentData().toLongLong());
    updateEmptyText();
}

void FollowUpsPage::setShowDone(bool show)
{
    m_showDone->setChecked(show);
    m_model->setShowDone(show);
}

void FollowUpsPage::fillStaffFilter()
{
    const qint64 shown = m_model->staffFilter();
    {
        const QSignalBlocker blocker(m_staffFilter);
        m_staffFilter->clear();
        m_staffFilter->addItem(tr("Everyone"), qint64(0));
        for (int row = 0; row < m_staff->rowCount(); ++row) {
            const QModelIndex index = m_staff->index(row, 0);
            m_staffFilter->addItem(
                index.data().toString(), index.data(ReferenceListModel::IdRole).toLongLong());
        }
        m_staffFilter->setCurrentIndex(qMax(0, m_staffFilter->findData(shown)));
    }
    // The person shown may have been merged into another.
    setStaffFilter(m_staffFilter->currentData().toLongLong());
}

void FollowUpsPage::updateEmptyText()
{
    const qint64 staffId = m_model->staffFilter();
    m_view->setEmptyText(staffId == 0
            ? tr("Nothing to follow up.\nPlan a follow-up when you log an interaction, or for a "
                 "selection of actors from the Actors page.")
            : tr("Nothing to follow up for %1.").arg(m_staffFilter->currentText()));
}

void FollowUpsPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool open = !selectedOpenIds().isEmpty();
    m_markDone->setEnabled(
        current.isValid() && !m_model->isGroup(current) && !m_model->isDone(current));
    m_reschedule->setEnabled(open);
    m_reassign->setEnabled(open);
    m_delete->setEnabled(!selectedIds().isEmpty());
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The page may have stayed hidden overnight, and yesterday's "today" is now overdue.
    // One query, and a refresh that changes nothing leaves the view as it was.
    m_model->refresh();
}

void FollowUpsPage::markDone()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_model->isGroup(current) || m_model->isDone(current))
        return;
    emit completeRequested(m_model->idAt(current));
}

void FollowUpsPage::reschedule()
{
    const QList<qint64> ids = selectedOpenIds();
    if (ids.isEmpty())
        return;
    const QDate today = m_commands.today();
    QDate initial = RescheduleDialog::tomorrow(today);
    if (ids.size() == 1) {
        // Moving a follow-up that is not yet due starts from its date: "two days later".
        const QDate due = m_model->indexOfId(ids.first()).data(FollowUpModel::DueRole).toDate();
        if (due > initial)
            initial = due;
    }
    RescheduleDialog dialog(today, initial, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_commands.rescheduleFollowUps(ids, dialog.date()))
        warn(tr("Reschedule"));
}

void FollowUpsPage::reassign()
{
    const QList<qint64> ids = selectedOpenIds();
    if (ids.isEmpty())
        return;
    qint64 current = m_model->indexOfId(ids.first()).data(FollowUpModel::StaffIdRole).toLongLong();
    for (const qint64 id : ids) {
        if (m_model->indexOfId(id).data(FollowUpModel::StaffIdRole).toLongLong() != current)
            current = 0;
    }
    ReassignDialog dialog(m_database, int(ids.size()), current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_commands.reassignFollowUps(ids, dialog.staffId()))
        warn(tr("Reassign"));
}

void FollowUpsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool one = ids.size() == 1;
    const QString question = one ? tr("Delete the follow-up \"%1\"?")
                                       .arg(m_model->indexOfId(ids.first())
                                                .siblingAtColumn(FollowUpModel::Action)
                                                .data()
                                                .toString())
                                 : tr("Delete these %n follow-ups?", nullptr, int(ids.size()));
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::NoButton, this);
    box.setInformativeText(one
            ? tr("Edit > Undo (Ctrl+Z) brings it back until Relais is closed.")
            : tr("Edit > Undo (Ctrl+Z) brings them back until Relais is closed."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (!m_commands.deleteFollowUps(ids))
        warn(tr("Delete"));
}

void FollowUpsPage::warn(const QString &title)
{
    QMessageBox::warning(this, title, m_commands.lastError());
}

} // namespace relais
