#include "serdactionmodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"

#include <QLocale>

namespace relais {

SerdActionModel::SerdActionModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::serdChanged, this, &SerdActionModel::refresh);
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, &SerdActionModel::refresh);
    connect(&notifier, &ChangeNotifier::organisationsChanged, this, &SerdActionModel::refresh);
    connect(&notifier, &ChangeNotifier::contactsChanged, this, &SerdActionModel::refresh);
}

void SerdActionModel::setFilter(const SerdFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void SerdActionModel::refresh()
{
    QList<SerdActionRow> rows;
    if (m_filter.editionId) {
        try {
            rows = SerdRepository(m_database).actionRows(m_filter);
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
        }
    }
    QList<SerdAction> actions;
    QList<SerdOccurrence> occurrences;
    QList<int> participants;
    for (const SerdActionRow &r : std::as_const(rows)) {
        actions << r.action;
        occurrences += r.occurrences;
        participants << serdTotals({ r.action }, r.occurrences).participants;
    }
    const SerdTotals totals = serdTotals(actions, occurrences);
    const bool sameActions = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const SerdActionRow &a, const SerdActionRow &b) {
                return a.action.id == b.action.id;
            });
    if (sameActions) {
        // Editing an action keeps the list's shape: a view keeps its selection.
        m_rows = std::move(rows);
        m_participants = std::move(participants);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_participants = std::move(participants);
        endResetModel();
    }
    if (totals != m_totals) {
        m_totals = totals;
        emit totalsChanged(m_totals);
    }
    emit refreshed();
}

int SerdActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SerdActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SerdActionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SerdActionRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.action.id;
    case StatusRole:
        return int(r.action.status);
    case HeldRole:
        return r.heldOccurrences;
    case FirstDateRole:
        return r.firstDate;
    case Qt::TextAlignmentRole:
        if (index.column() == Occurrences || index.column() == Participants)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Title:
        return r.action.title;
    case Status:
        return serdStatusName(r.action.status);
    case Category:
        return r.category;
    case Topic:
        return r.topic;
    case Lead:
        return r.lead;
    case CoOrganisers:
        return r.coOrganisers.join(QStringLiteral(", "));
    case Communes:
        return r.communes.join(QStringLiteral(", "));
    case Dates:
        if (!r.firstDate.isValid())
            return QString();
        if (r.firstDate == r.lastDate)
            return locale.toString(r.firstDate, QLocale::ShortFormat);
        return tr("%1 – %2").arg(locale.toString(r.firstDate, QLocale::ShortFormat),
            locale.toString(r.lastDate, QLocale::ShortFormat));
    case Occurrences:
        if (r.heldOccurrences == r.occurrences.size())
            return r.heldOccurrences;
        return tr("%1 of %2").arg(r.heldOccurrences).arg(r.occurrences.size());
    case Participants:
        return m_participants.value(index.row());
    case Registered:
        return r.action.registered ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant SerdActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Occurrences || section == Participants))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Action");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Topic:
        return tr("Topic");
    case Lead:
        return tr("Lead organiser");
    case CoOrganisers:
        return tr("Co-organisers");
    case Communes:
        return tr("Communes");
    case Dates:
        return tr("Dates");
    case Occurrences:
        return tr("Held");
    case Participants:
        return tr("Participants");
    case Registered:
        return tr("On the EWWR platform");
    }
    return {};
}

qint64 SerdActionModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].action.id : 0;
}

int SerdActionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].action.id == id)
            return i;
    }
    return -1;
}

} // namespace relais
