#include "actortableview.h"

#include "models/item/actorcolumns.h"
#include "models/item/actortablemodel.h"
#include "views/common/plaintextdelegate.h"
#include "views/forms/listview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>

namespace relais {

ActorTableView::ActorTableView(QWidget *parent)
    : QTableView(parent)
    , m_empty(new QLabel(viewport()))
{
    setUpRecordList(this, QAbstractItemView::ExtendedSelection);
    setItemDelegate(new PlainTextDelegate(this));
    setSortingEnabled(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            emit openRequested(m_model->idAt(index.row()));
    });
}

void ActorTableView::setActorModel(ActorTableModel *model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(
        model, &QAbstractItemModel::modelAboutToBeReset, this, &ActorTableView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &ActorTableView::restoreSelection);
    connect(model, &ActorTableModel::refreshed, this, &ActorTableView::updateEmptyState);
    updateEmptyState();
}

void ActorTableView::setEmptyTexts(const QString &emptyFile, const QString &nothingMatches)
{
    m_emptyFile = emptyFile;
    m_nothingMatches = nothingMatches;
    updateEmptyState();
}

qint64 ActorTableView::currentId() const
{
    return m_model && currentIndex().isValid() ? m_model->idAt(currentIndex().row()) : 0;
}

QList<qint64> ActorTableView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    // With the keyboard the cursor can sit on a row that is not selected: that row is
    // what the user means.
    if (ids.isEmpty() && currentIndex().isValid())
        ids << m_model->idAt(currentIndex().row());
    return ids;
}

void ActorTableView::selectId(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void ActorTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        emit deleteRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ActorTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect().adjusted(24, 24, -24, -24));
}

void ActorTableView::updateEmptyState()
{
    const bool empty = m_model && m_model->rowCount() == 0;
    if (empty) {
        QString text = m_model->totalCount() == 0 ? m_emptyFile : m_nothingMatches;
        if (!m_model->lastError().isEmpty())
            text = m_model->lastError();
        m_empty->setText(text);
        m_empty->setGeometry(viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_empty->setVisible(empty);
}

// A refresh (someone saved a card, the filter changed) must not lose the user's place.
void ActorTableView::rememberSelection()
{
    m_rememberedCurrent = currentId();
    m_rememberedSelection = selectedIds();
}

void ActorTableView::restoreSelection()
{
    if (!m_model)
        return;
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_rememberedSelection)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(
                m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    const int current = m_model->rowOf(m_rememberedCurrent);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0) {
        selectionModel()->setCurrentIndex(
            m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        scrollTo(m_model->index(current, 0));
    }
    executeDelayedItemsLayout();
}

} // namespace relais
