#include "referencelistmodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/referencelistrepository.h"

namespace relais {

ReferenceListModel::ReferenceListModel(
    Database &database, ReferenceList list, Options options, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_list(list)
    , m_options(options)
{
    connect(&database.notifier(), &ChangeNotifier::referenceListChanged, this,
        [this](ReferenceList changed) {
            if (changed == m_list)
                refresh();
        });
    refresh();
}

void ReferenceListModel::setBlankRow(bool blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    refresh();
}

void ReferenceListModel::setBlankText(const QString &text)
{
    m_blankText = text;
    if (m_blank)
        emit dataChanged(index(0), index(0));
}

void ReferenceListModel::keepShown(qint64 id)
{
    if (id == m_keep)
        return;
    m_keep = id;
    refresh();
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size()) + (m_blank ? 1 : 0);
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const
{
    // Views ask with an invalid index now and then (a combo box with no current item).
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_blank && index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return m_blankText;
        case Qt::EditRole:
            return QString();
        case IdRole:
            return qint64(0);
        case RetiredRole:
            return false;
        default:
            return {};
        }
    }
    const ReferenceItem &item = m_items[index.row() - (m_blank ? 1 : 0)];
    switch (role) {
    case Qt::DisplayRole:
        return item.retired ? tr("%1 (retired)").arg(item.name) : item.name;
    case Qt::EditRole:
        return item.name;
    case IdRole:
        return item.id;
    case RetiredRole:
        return item.retired;
    case PostcodeRole:
        return item.postcode;
    default:
        return {};
    }
}

int ReferenceListModel::rowOf(qint64 id) const
{
    if (id == 0)
        return m_blank ? 0 : -1;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return i + (m_blank ? 1 : 0);
    }
    return -1;
}

qint64 ReferenceListModel::idAt(int row) const
{
    if (m_blank && row == 0)
        return 0;
    const int i = row - (m_blank ? 1 : 0);
    return i >= 0 && i < m_items.size() ? m_items[i].id : 0;
}

void ReferenceListModel::refresh()
{
    QList<ReferenceItem> items;
    try {
        const bool withRetired = m_options == Options::WithRetired || m_keep;
        for (const ReferenceItem &item :
            ReferenceListRepository(m_database).items(m_list, withRetired)) {
            if (m_options == Options::WithRetired || !item.retired || item.id == m_keep)
                items << item;
        }
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

} // namespace relais
