#include "organisationtablemodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/organisationrepository.h"
#include "actorcolumns.h"

namespace relais {

OrganisationTableModel::OrganisationTableModel(Database &database, QObject *parent)
    : ActorTableModel(database, parent)
    , m_cache([&database](const QList<qint64> &ids) {
        try {
            return OrganisationRepository(database).rows(ids);
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
            return QList<OrganisationRow>();
        }
    })
{
    const ChangeNotifier &notifier = database.notifier();
    connect(
        &notifier, &ChangeNotifier::organisationsChanged, this, &OrganisationTableModel::refresh);
    connect(
        &notifier, &ChangeNotifier::referenceListChanged, this, &OrganisationTableModel::refresh);
    refresh();
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : OrganisationColumn::Count;
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    // Views ask with an invalid index now and then (a combo box with no current item).
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == OrganisationColumn::Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const OrganisationRow *row = m_cache.row(ids(), index.row());
    if (!row)
        return goneRow(role);
    switch (index.column()) {
    case OrganisationColumn::Name:
        return row->name;
    case OrganisationColumn::Acronym:
        return row->acronym;
    case OrganisationColumn::Type:
        return row->type;
    case OrganisationColumn::Commune:
        return row->commune;
    case OrganisationColumn::Email:
        return row->email;
    case OrganisationColumn::Phone:
        return row->phone;
    case OrganisationColumn::Tags:
        return row->tags;
    case OrganisationColumn::Members:
        return row->memberCount;
    case OrganisationColumn::Flags: {
        QStringList flags;
        if (row->networkHead)
            flags << tr("Network head");
        if (row->municipalService)
            flags << tr("Municipal service");
        return flags.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant OrganisationTableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn::Name:
        return tr("Name");
    case OrganisationColumn::Acronym:
        return tr("Acronym");
    case OrganisationColumn::Type:
        return tr("Type");
    case OrganisationColumn::Commune:
        return tr("Commune");
    case OrganisationColumn::Email:
        return tr("E-mail");
    case OrganisationColumn::Phone:
        return tr("Phone");
    case OrganisationColumn::Tags:
        return tr("Tags");
    case OrganisationColumn::Members:
        return tr("Members");
    case OrganisationColumn::Flags:
        return tr("Flags");
    }
    return {};
}

QList<qint64> OrganisationTableModel::queryOrder(int column, Qt::SortOrder order) const
{
    static constexpr OrganisationSortKey keys[] = { OrganisationSortKey::Name,
        OrganisationSortKey::Acronym, OrganisationSortKey::Type, OrganisationSortKey::Commune,
        OrganisationSortKey::Email, OrganisationSortKey::Phone, OrganisationSortKey::Tags,
        OrganisationSortKey::MemberCount, OrganisationSortKey::Flags };
    static_assert(std::size(keys) == OrganisationColumn::Count);
    return OrganisationRepository(database()).findIds({}, keys[column], order);
}

QList<qint64> OrganisationTableModel::queryMatches(const ActorFilter &filter) const
{
    return OrganisationRepository(database()).matchingIds(filter);
}

} // namespace relais
