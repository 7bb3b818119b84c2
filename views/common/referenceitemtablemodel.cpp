#include "referenceitemtablemodel.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <models/commands/commands.h>
#include <models/db/database.h>
#include <models/db/databaseerror.h>
#include <models/db/referencelistrepository.h>

namespace relais {

ReferenceItemTableModel::ReferenceItemTableModel(
    Database &database, Commands &commands, ReferenceList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_commands(commands)
    , m_list(list)
{
    ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, [this](ReferenceList changed) {
        if (changed == m_list)
            refresh();
    });
    // Usage counts move whenever a record is added, edited or deleted.
    connect(&notifier, &ChangeNotifier::contactsChanged, this, &ReferenceItemTableModel::refresh);
    connect(
        &notifier, &ChangeNotifier::organisationsChanged, this, &ReferenceItemTableModel::refresh);
    load(m_rows);
}

int ReferenceItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferenceItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferenceItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return row.item.id;
    case RetiredRole:
        return row.item.retired;
    case UsageRole:
        return row.usage;
    case Qt::ForegroundRole:
        if (row.item.retired)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return row.item.retired ? tr("%1 (retired)").arg(row.item.name) : row.item.name;
        if (role == Qt::EditRole)
            return row.item.name;
        if (role == Qt::ToolTipRole && row.item.retired)
            return tr("Retired: kept on the records that have it, no longer offered for new "
                      "ones.");
        break;
    case PostcodeColumn:
        if (m_list == ReferenceList::Commune && (role == Qt::DisplayRole || role == Qt::EditRole))
            return row.item.postcode;
        break;
    case UsageColumn:
        if (role == Qt::DisplayRole)
            return row.usage;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%Ln record(s) use this entry.", nullptr, row.usage);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReferenceItemTableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == UsageColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PostcodeColumn:
        return tr("Postcode");
    case UsageColumn:
        return tr("Used by");
    default:
        return {};
    }
}

Qt::ItemFlags ReferenceItemTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == NameColumn
        || (index.column() == PostcodeColumn && m_list == ReferenceList::Commune))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReferenceItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_rows[index.row()].item.id;
    bool done = false;
    if (index.column() == NameColumn)
        done = m_commands.renameReferenceItem(m_list, id, value.toString());
    else if (index.column() == PostcodeColumn && m_list == ReferenceList::Commune)
        done = m_commands.setCommunePostcode(id, value.toString());
    else
        return false;
    // On success the change notifier has already brought the new value in.
    if (done)
        emit editSucceeded();
    else
        emit editFailed(m_commands.lastError());
    return done;
}

int ReferenceItemTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.id == id)
            return i;
    }
    return -1;
}

qint64 ReferenceItemTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].item.id : 0;
}

ReferenceItem ReferenceItemTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].item : ReferenceItem();
}

int ReferenceItemTableModel::usageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].usage : 0;
}

QList<ReferenceItem> ReferenceItemTableModel::items() const
{
    QList<ReferenceItem> items;
    items.reserve(m_rows.size());
    for (const Row &row : m_rows)
        items << row.item;
    return items;
}

QList<qint64> ReferenceItemTableModel::ids() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Row &row : m_rows)
        ids << row.item.id;
    return ids;
}

void ReferenceItemTableModel::refresh()
{
    QList<Row> rows;
    if (load(rows))
        apply(std::move(rows));
}

bool ReferenceItemTableModel::load(QList<Row> &rows) const
{
    try {
        const ReferenceListRepository repository(m_database);
        const QList<ReferenceItem> items = repository.items(m_list, true);
        rows.clear();
        rows.reserve(items.size());
        for (const ReferenceItem &item : items)
            rows << Row { item, repository.usageCount(m_list, item.id) };
        return true;
    } catch (const DatabaseError &error) {
        qWarning(
            "relais: %s", qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
        return false;
    }
}

namespace {

// Where `longer` is `shorter` with one element inserted, its position; otherwise -1.
int insertedAt(const QList<qint64> &shorter, const QList<qint64> &longer)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    int i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    for (int j = i; j < shorter.size(); ++j) {
        if (shorter[j] != longer[j + 1])
            return -1;
    }
    return i;
}

} // namespace

// Tells the views exactly what moved: a reset would drop the selection and the
// current row each time the list is edited, undone or merely recounted.
void ReferenceItemTableModel::apply(QList<Row> rows)
{
    const QList<qint64> before = ids();
    QList<qint64> after;
    after.reserve(rows.size());
    for (const Row &row : rows)
        after << row.item.id;

    if (after != before) {
        const int inserted = insertedAt(before, after);
        const int removed = inserted < 0 ? insertedAt(after, before) : -1;
        if (inserted >= 0) {
            beginInsertRows({}, inserted, inserted);
            m_rows.insert(inserted, rows[inserted]);
            endInsertRows();
        } else if (removed >= 0) {
            beginRemoveRows({}, removed, removed);
            m_rows.removeAt(removed);
            endRemoveRows();
        } else if (after.size() == before.size()
            && std::is_permutation(after.cbegin(), after.cend(), before.cbegin())) {
            reorderRows(std::move(rows));
            return;
        } else {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ReferenceItemTableModel::reorderRows(QList<Row> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const qint64 id = m_rows[index.row()].item.id;
        int row = 0;
        while (rows[row].item.id != id)
            ++row;
        to << createIndex(row, index.column());
    }
    m_rows = std::move(rows);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace relais
