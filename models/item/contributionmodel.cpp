#include "contributionmodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"

#include <QLocale>

namespace relais {

ContributionModel::ContributionModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::meansChanged, this, &ContributionModel::refresh);
    // The names shown, and an organisation's deletion (its contributions go with it).
    connect(&notifier, &ChangeNotifier::organisationsChanged, this, &ContributionModel::refresh);
    connect(&notifier, &ChangeNotifier::meetingsChanged, this, &ContributionModel::refresh);
    connect(&notifier, &ChangeNotifier::serdChanged, this, &ContributionModel::refresh);
    refresh();
}

void ContributionModel::setFilter(int year, qint64 organisationId)
{
    if (year == m_year && organisationId == m_organisationId)
        return;
    m_year = year;
    m_organisationId = organisationId;
    refresh();
}

void ContributionModel::refresh()
{
    QList<MeansRepository::ContributionRow> rows;
    try {
        rows = MeansRepository(m_database).contributions(m_year, m_organisationId);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const auto &a, const auto &b) { return a.contribution.id == b.contribution.id; });
    if (sameRows) {
        // An edit in place: keep the selection.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    emit refreshed();
}

int ContributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeansRepository::ContributionRow &r = m_rows.at(index.row());
    const ValuedContribution &c = r.contribution;
    switch (role) {
    case IdRole:
        return c.id;
    case CentsRole:
        return c.amount;
    case OrganisationIdRole:
        return c.organisationId;
    case Qt::TextAlignmentRole:
        if (index.column() == Year || index.column() == Quantity || index.column() == Rate
            || index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const bool staffTime = c.kind == ContributionKind::StaffTime;
    switch (index.column()) {
    case Year:
        return QString::number(c.year);
    case Organisation:
        return r.organisation;
    case Kind:
        return contributionKindName(c.kind);
    case RelatesTo:
        return r.relatesTo;
    case Quantity:
        return staffTime ? quantityText(c.quantity, c.unit, locale) : QString();
    case Rate:
        return staffTime ? formatCents(c.rate, locale) : QString();
    case Amount:
        return formatCents(c.amount, locale);
    case Note:
        return c.note;
    }
    return {};
}

QVariant ContributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole
        && (section == Year || section == Quantity || section == Rate || section == Amount))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year:
        return tr("Year");
    case Organisation:
        return tr("Organisation");
    case Kind:
        return tr("Kind");
    case RelatesTo:
        return tr("Action or meeting");
    case Quantity:
        return tr("Time");
    case Rate:
        return tr("Rate");
    case Amount:
        return tr("Amount");
    case Note:
        return tr("Note");
    }
    return {};
}

qint64 ContributionModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].contribution.id : 0;
}

int ContributionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].contribution.id == id)
            return i;
    }
    return -1;
}

Cents ContributionModel::total() const
{
    Cents sum = 0;
    for (const auto &r : m_rows)
        sum += r.contribution.amount;
    return sum;
}

} // namespace relais
