#include "stafftimemodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"

#include <QLocale>

namespace relais {

StaffTimeModel::StaffTimeModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::meansChanged, this, &StaffTimeModel::refresh);
    // The names shown: people, roles, meetings, modules, editions.
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, &StaffTimeModel::refresh);
    connect(&notifier, &ChangeNotifier::meetingsChanged, this, &StaffTimeModel::refresh);
    connect(&notifier, &ChangeNotifier::trainingChanged, this, &StaffTimeModel::refresh);
    connect(&notifier, &ChangeNotifier::serdChanged, this, &StaffTimeModel::refresh);
    refresh();
}

void StaffTimeModel::setFilter(int year, qint64 staffId)
{
    if (year == m_year && staffId == m_staffId)
        return;
    m_year = year;
    m_staffId = staffId;
    refresh();
}

void StaffTimeModel::refresh()
{
    QList<MeansRepository::StaffTimeRow> rows;
    try {
        rows = MeansRepository(m_database).staffTimeEntries(m_year, m_staffId);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const auto &a, const auto &b) { return a.entry.id == b.entry.id; });
    if (sameRows) {
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

int StaffTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTimeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeansRepository::StaffTimeRow &r = m_rows.at(index.row());
    const StaffTimeEntry &e = r.entry;
    switch (role) {
    case IdRole:
        return e.id;
    case HalfDaysRole:
        return halfDaysOf(e.days).value_or(0);
    case StartsOnRole:
        return e.startsOn;
    case Qt::TextAlignmentRole:
        if (index.column() == Days)
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
        if (e.endsOn.isValid())
            return tr("%1 – %2").arg(locale.toString(e.startsOn, QLocale::ShortFormat),
                locale.toString(e.endsOn, QLocale::ShortFormat));
        return locale.toString(e.startsOn, QLocale::ShortFormat);
    case Person:
        return r.person;
    case Role:
        return r.role;
    case Activity:
        return r.activity;
    case Days:
        return formatDays(e.days, locale);
    case Note:
        return e.note;
    }
    return {};
}

QVariant StaffTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Days)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Person:
        return tr("Person");
    case Role:
        return tr("Role");
    case Activity:
        return tr("Activity");
    case Days:
        return tr("Days");
    case Note:
        return tr("Note");
    }
    return {};
}

qint64 StaffTimeModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].entry.id : 0;
}

int StaffTimeModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.id == id)
            return i;
    }
    return -1;
}

double StaffTimeModel::totalDays() const
{
    int halfDays = 0;
    for (const auto &r : m_rows)
        halfDays += halfDaysOf(r.entry.days).value_or(0);
    return halfDays / 2.0;
}

} // namespace relais
