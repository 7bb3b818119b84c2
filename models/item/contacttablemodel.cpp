#include "contacttablemodel.h"

#include "../db/contactrepository.h"
#include "../db/database.h"
#include "../db/databaseerror.h"
#include "actorcolumns.h"

namespace relais {

ContactTableModel::ContactTableModel(Database &database, QObject *parent)
    : ActorTableModel(database, parent)
    , m_cache([&database](const QList<qint64> &ids) {
        try {
            return ContactRepository(database).rows(ids);
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
            return QList<ContactRow>();
        }
    })
{
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::contactsChanged, this, &ContactTableModel::refresh);
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, &ContactTableModel::refresh);
    refresh();
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ContactColumn::Count;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    // Views ask with an invalid index now and then (a combo box with no current item).
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const ContactRow *row = m_cache.row(ids(), index.row());
    if (!row)
        return goneRow(role);
    switch (index.column()) {
    case ContactColumn::LastName:
        return row->lastName;
    case ContactColumn::FirstName:
        return row->firstName;
    case ContactColumn::Organisation:
        return row->organisations;
    case ContactColumn::Role:
        return row->role;
    case ContactColumn::Commune:
        return row->commune;
    case ContactColumn::Email:
        return row->email;
    case ContactColumn::Phone:
        return row->phone;
    case ContactColumn::Type:
        return row->type;
    case ContactColumn::Tags:
        return row->tags;
    case ContactColumn::Flags: {
        QStringList flags;
        if (row->networkHead)
            flags << tr("Network head");
        if (row->relayActor)
            flags << tr("Relay actor");
        return flags.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn::LastName:
        return tr("Last name");
    case ContactColumn::FirstName:
        return tr("First name");
    case ContactColumn::Organisation:
        return tr("Organisation");
    case ContactColumn::Role:
        return tr("Role");
    case ContactColumn::Commune:
        return tr("Commune");
    case ContactColumn::Email:
        return tr("E-mail");
    case ContactColumn::Phone:
        return tr("Phone");
    case ContactColumn::Type:
        return tr("Type");
    case ContactColumn::Tags:
        return tr("Tags");
    case ContactColumn::Flags:
        return tr("Flags");
    }
    return {};
}

QList<qint64> ContactTableModel::queryOrder(int column, Qt::SortOrder order) const
{
    static constexpr ContactSortKey keys[] = { ContactSortKey::LastName, ContactSortKey::FirstName,
        ContactSortKey::Organisation, ContactSortKey::Role, ContactSortKey::Commune,
        ContactSortKey::Email, ContactSortKey::Phone, ContactSortKey::Type, ContactSortKey::Tags,
        ContactSortKey::Flags };
    static_assert(std::size(keys) == ContactColumn::Count);
    return ContactRepository(database()).findIds({}, keys[column], order);
}

QList<qint64> ContactTableModel::queryMatches(const ActorFilter &filter) const
{
    return ContactRepository(database()).matchingIds(filter);
}

} // namespace relais
