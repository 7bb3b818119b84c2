#include "serdoccurrencemodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"

#include <QLocale>

namespace relais {

SerdOccurrenceModel::SerdOccurrenceModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::serdChanged, this, &SerdOccurrenceModel::refresh);
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, &SerdOccurrenceModel::refresh);
    connect(&notifier, &ChangeNotifier::organisationsChanged, this, &SerdOccurrenceModel::refresh);
}

void SerdOccurrenceModel::setEdition(qint64 editionId)
{
    if (editionId == m_editionId)
        return;
    m_editionId = editionId;
    refresh();
}

void SerdOccurrenceModel::refresh()
{
    QList<SerdCalendarRow> rows;
    if (m_editionId) {
        try {
            rows = SerdRepository(m_database).calendar(m_editionId);
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
        }
    }
    const bool same = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const SerdCalendarRow &a, const SerdCalendarRow &b) {
                return a.occurrence.id == b.occurrence.id;
            });
    if (same) {
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

int SerdOccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SerdOccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SerdOccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SerdCalendarRow &r = m_rows.at(index.row());
    const SerdOccurrence &o = r.occurrence;
    switch (role) {
    case IdRole:
        return o.id;
    case ActionIdRole:
        return o.actionId;
    case DateRole:
        return o.date;
    case FirstOfDayRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).occurrence.date != o.date;
    case HeldRole:
        return r.held;
    case Qt::TextAlignmentRole:
        if (index.column() == Expected || index.column() == Actual)
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
    case Date:
        return locale.toString(o.date, tr("ddd d MMM yyyy", "a day of the SERD calendar"));
    case Time:
        if (!o.startsAt.isValid())
            return QString();
        if (!o.endsAt.isValid())
            return o.startsAt.toString(QStringLiteral("HH:mm"));
        // Hours and minutes whatever the locale's short format (en_GB's has seconds).
        return tr("%1 – %2").arg(o.startsAt.toString(QStringLiteral("HH:mm")),
            o.endsAt.toString(QStringLiteral("HH:mm")));
    case Action:
        return r.actionTitle;
    case Place:
        return o.place;
    case Commune:
        return o.communeName;
    case Lead:
        return r.lead;
    case Expected:
        return o.expectedParticipants ? QVariant(*o.expectedParticipants) : QVariant(QString());
    case Actual:
        return o.actualParticipants ? QVariant(*o.actualParticipants) : QVariant(QString());
    case Status:
        return o.cancelled ? tr("Cancelled") : serdStatusName(r.actionStatus);
    }
    return {};
}

QVariant SerdOccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Expected || section == Actual))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Place:
        return tr("Place");
    case Commune:
        return tr("Commune");
    case Lead:
        return tr("Lead organiser");
    case Expected:
        return tr("Expected");
    case Actual:
        return tr("Participants");
    case Status:
        return tr("Status");
    }
    return {};
}

qint64 SerdOccurrenceModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].occurrence.id : 0;
}

int SerdOccurrenceModel::rowOf(qint64 occurrenceId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].occurrence.id == occurrenceId)
            return i;
    }
    return -1;
}

int SerdOccurrenceModel::firstRowOn(const QDate &date) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].occurrence.date == date)
            return i;
    }
    return -1;
}

} // namespace relais
