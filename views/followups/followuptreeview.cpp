#include "followuptreeview.h"

#include "models/item/followupmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QStyledItemDelegate>

namespace relais {

namespace {

// Rows as tall as the Actors page's, which read more easily than the style's tight ones.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
        return size;
    }
};

} // namespace

FollowUpTreeView::FollowUpTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_empty(new QLabel(viewport()))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(new RowDelegate(this));
    // Double-click on a follow-up marks it done; on a group it opens or closes it.
    setExpandsOnDoubleClick(false);
    header()->setHighlightSections(false);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model)
            return;
        if (m_model->isGroup(index))
            setExpanded(index.siblingAtColumn(0), !isExpanded(index.siblingAtColumn(0)));
        else if (!m_model->isDone(index))
            emit completeRequested(m_model->idAt(index));
    });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(FollowUpModel::BucketRole).toInt());
    });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(FollowUpModel::BucketRole).toInt());
    });
}

void FollowUpTreeView::setFollowUpModel(FollowUpModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
        &FollowUpTreeView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &FollowUpTreeView::restoreLayout);
    connect(model, &FollowUpModel::refreshed, this, &FollowUpTreeView::updateEmptyState);
    restoreLayout();
    updateEmptyState();
}

void FollowUpTreeView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmptyState();
}

QString FollowUpTreeView::emptyText() const
{
    return m_empty->text();
}

bool FollowUpTreeView::isEmptyTextShown() const
{
    return !m_empty->isHidden();
}

qint64 FollowUpTreeView::currentId() const
{
    return m_model ? m_model->idAt(currentIndex()) : 0;
}

QList<qint64> FollowUpTreeView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    // The selection is in the order rows were picked; actions read better in the order shown.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.parent().row() != b.parent().row() ? a.parent().row() < b.parent().row()
                                                    : a.row() < b.row();
    });
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const qint64 id = m_model->idAt(index))
            ids << id;
    }
    return ids;
}

void FollowUpTreeView::selectIds(const QList<qint64> &ids, qint64 current)
{
    if (!m_model)
        return;
    QItemSelection selection;
    for (const qint64 id : ids) {
        const QModelIndex index = m_model->indexOfId(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(FollowUpModel::ColumnCount - 1));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex index = m_model->indexOfId(current);
    if (index.isValid()) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        scrollTo(index);
    }
}

void FollowUpTreeView::keyPressEvent(QKeyEvent *event)
{
    const bool plain
        = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (plain && event->key() == Qt::Key_Delete) {
        emit deleteRequested();
        return;
    }
    if (plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        const QModelIndex index = currentIndex();
        if (m_model && m_model->isGroup(index))
            setExpanded(index.siblingAtColumn(0), !isExpanded(index.siblingAtColumn(0)));
        else if (m_model && index.isValid() && !m_model->isDone(index))
            emit completeRequested(m_model->idAt(index));
        return;
    }
    QTreeView::keyPressEvent(event);
}

void FollowUpTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect().adjusted(24, 24, -24, -24));
}

void FollowUpTreeView::updateEmptyState()
{
    const bool empty = m_model && m_model->rowCount() == 0;
    if (empty) {
        if (!m_model->lastError().isEmpty())
            m_empty->setText(m_model->lastError());
        m_empty->setGeometry(viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_empty->setVisible(empty);
}

// A refresh (someone logged an interaction, a follow-up moved group) must not lose the
// user's place.
void FollowUpTreeView::rememberSelection()
{
    m_rememberedCurrent = currentId();
    m_rememberedSelection = selectedIds();
}

void FollowUpTreeView::restoreLayout()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        // The group's title ("Overdue (3)") reads across the columns.
        setFirstColumnSpanned(row, {}, true);
        setExpanded(group, !m_collapsed.contains(group.data(FollowUpModel::BucketRole).toInt()));
    }
    selectIds(m_rememberedSelection, m_rememberedCurrent);
    if (!currentIndex().isValid() && m_model->rowCount() > 0) {
        // Somewhere to start from with the arrow keys: the first follow-up.
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        if (first.isValid())
            selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    }
}

} // namespace relais
