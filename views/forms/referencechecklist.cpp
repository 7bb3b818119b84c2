#include "referencechecklist.h"

#include "models/item/referencelistmodel.h"

namespace relais {

ReferenceChecklist::ReferenceChecklist(Database &database, ReferenceList list, QWidget *parent)
    : QListWidget(parent)
    , m_model(
          new ReferenceListModel(database, list, ReferenceListModel::Options::WithRetired, this))
{
    setUniformItemSizes(true);
    setSpacing(1);
    setFlow(QListView::TopToBottom);
    // As tall as its entries, not as the form.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferenceChecklist::rebuild);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked && !m_checked.contains(id))
            m_checked << id;
        else if (!checked)
            m_checked.removeAll(id);
        emit edited();
    });
    rebuild();
}

void ReferenceChecklist::setCheckedIds(const QList<qint64> &ids)
{
    m_checked = ids;
    rebuild();
}

QList<qint64> ReferenceChecklist::checkedIds() const
{
    QList<qint64> ids = m_checked;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QSize ReferenceChecklist::sizeHint() const
{
    const int rows = std::clamp(count(), 3, 7);
    return { QListWidget::sizeHint().width(), rows * sizeHintForRow(0) + 2 * frameWidth() + 2 };
}

void ReferenceChecklist::rebuild()
{
    const QSignalBlocker blocker(this);
    const int current = currentRow();
    clear();
    for (const ReferenceItem &entry : m_model->items()) {
        // Retired domains stay visible only on records that already have them.
        if (entry.retired && !m_checked.contains(entry.id))
            continue;
        auto *item = new QListWidgetItem(
            entry.retired ? tr("%1 (retired)").arg(entry.name) : entry.name, this);
        item->setData(Qt::UserRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
    }
    // The current row is only marked while the list has the focus (it takes the first
    // row on focus-in): a highlighted row in an unfocused list reads as "chosen".
    if (hasFocus() && current >= 0)
        setCurrentRow(std::min(current, count() - 1));
    updateGeometry();
}

} // namespace relais
