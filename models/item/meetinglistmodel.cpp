#include "meetinglistmodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/meetingrepository.h"

#include <QLocale>

namespace relais {

MeetingListModel::MeetingListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(
        &database.notifier(), &ChangeNotifier::meetingsChanged, this, &MeetingListModel::refresh);
    connect(&database.notifier(), &ChangeNotifier::referenceListChanged, this,
        &MeetingListModel::refresh);
    connect(
        &database.notifier(), &ChangeNotifier::contactsChanged, this, &MeetingListModel::refresh);
    refresh();
}

void MeetingListModel::setFilter(int year, qint64 typeId)
{
    if (year == m_year && typeId == m_typeId)
        return;
    m_year = year;
    m_typeId = typeId;
    refresh();
}

void MeetingListModel::refresh()
{
    QList<MeetingRow> rows;
    try {
        rows = MeetingRepository(m_database).list(m_year, m_typeId);
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    const bool sameMeetings = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
            [](const MeetingRow &a, const MeetingRow &b) { return a.id == b.id; });
    if (sameMeetings) {
        // Counts change as attendance is typed: keep the selection.
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

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Invited)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return locale.toString(r.date, QLocale::ShortFormat);
    case Title:
        return r.title;
    case Type:
        return r.type;
    case Place:
        return r.place;
    case Invited:
        return r.counts.invited;
    case Registered:
        return r.counts.registered;
    case Excused:
        return r.counts.excused;
    case Present:
        return r.counts.present;
    case Absent:
        return r.counts.absent;
    case WalkIns:
        return r.counts.walkIns;
    case Rate:
        return r.counts.invited ? percentText(r.counts.attendanceRate()) : QString();
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= Invited)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Meeting");
    case Type:
        return tr("Type");
    case Place:
        return tr("Place");
    case Invited:
        return tr("Invited");
    case Registered:
        return tr("Registered");
    case Excused:
        return tr("Excused");
    case Present:
        return tr("Present");
    case Absent:
        return tr("Absent");
    case WalkIns:
        return tr("Walk-ins");
    case Rate:
        return tr("Attendance");
    }
    return {};
}

qint64 MeetingListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

} // namespace relais
