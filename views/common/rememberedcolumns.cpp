#include "rememberedcolumns.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

namespace relais {

namespace {

// Long enough for a drag of a column's edge to end before the settings are written.
constexpr int writeDelayMs = 800;

bool sortsOnClick(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->isSortingEnabled();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isSortingEnabled();
    return false;
}

// The model told of the sort the header shows, whatever restoreState() announced: a model
// sorting in its query (the Actors lists) only knows its order from sort().
void sortBy(QAbstractItemView *view, int column, Qt::SortOrder order)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        table->sortByColumn(column, order);
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->sortByColumn(column, order);
}

} // namespace

RememberedColumns::RememberedColumns(QTableView *view, const QString &name)
    : RememberedColumns(view, view->horizontalHeader(), name)
{ }

RememberedColumns::RememberedColumns(QTreeView *view, const QString &name)
    : RememberedColumns(view, view->header(), name)
{ }

RememberedColumns::RememberedColumns(
    QAbstractItemView *view, QHeaderView *header, const QString &name)
    : QObject(header)
    , m_view(view)
    , m_header(header)
    , m_key(settingsKey(name))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(writeDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &RememberedColumns::save);
    connect(header, &QHeaderView::sectionResized, this, &RememberedColumns::noteChange);
    connect(header, &QHeaderView::sectionMoved, this, &RememberedColumns::noteChange);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RememberedColumns::noteChange);
    if (header->count() > 0) {
        restore();
    } else {
        // No model yet: restored once the view has one and is done setting it.
        connect(header, &QHeaderView::sectionCountChanged, this, [this](int, int count) {
            if (count > 0 && !m_restored)
                QMetaObject::invokeMethod(this, &RememberedColumns::restore, Qt::QueuedConnection);
        });
    }
}

RememberedColumns::~RememberedColumns()
{
    // The header is being destroyed: what it showed was serialised at the last change.
    save();
}

QString RememberedColumns::settingsKey(const QString &name)
{
    return QStringLiteral("columns/") + name;
}

void RememberedColumns::save()
{
    m_delay.stop();
    if (!m_pending)
        return;
    m_pending = false;
    QSettings settings;
    settings.beginGroup(m_key);
    settings.setValue(QStringLiteral("columns"), m_columns);
    settings.setValue(QStringLiteral("state"), m_state);
}

void RememberedColumns::restore()
{
    if (m_restored || m_header->count() == 0)
        return;
    m_restored = true;
    const int columns = m_header->count();
    QSettings settings;
    settings.beginGroup(m_key);
    const QByteArray saved = settings.value(QStringLiteral("state")).toByteArray();
    // A state saved when the list had other columns would put widths and the sort on the
    // wrong ones: the defaults are better.
    if (!saved.isEmpty() && settings.value(QStringLiteral("columns")).toInt() == columns) {
        const QByteArray defaults = m_header->saveState();
        const int defaultColumn = m_header->sortIndicatorSection();
        const Qt::SortOrder defaultOrder = m_header->sortIndicatorOrder();
        if (!m_header->restoreState(saved) || m_header->count() != columns)
            m_header->restoreState(defaults);
        if (sortsOnClick(m_view)) {
            int column = m_header->sortIndicatorSection();
            Qt::SortOrder order = m_header->sortIndicatorOrder();
            if (column < 0 || column >= columns) {
                column = defaultColumn;
                order = defaultOrder;
            }
            if (column >= 0)
                sortBy(m_view, column, order);
        }
    }
    m_state = m_header->saveState();
    m_columns = columns;
    // What the restore itself changed is what is saved already.
    m_pending = false;
    m_delay.stop();
}

void RememberedColumns::noteChange()
{
    // Before the restore the header shows the defaults; with no columns, its model is gone.
    if (!m_restored || m_header->count() == 0)
        return;
    m_state = m_header->saveState();
    m_columns = m_header->count();
    m_pending = true;
    m_delay.start();
}

} // namespace relais
