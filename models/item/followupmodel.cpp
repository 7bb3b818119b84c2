#include "followupmodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/followuprepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace relais {

namespace {

// Group rows have internal id 0; a follow-up's is its group's row + 1.
constexpr quintptr groupRow = 0;

// Dark enough to read as text on a light background, and to be told from black.
const QColor overdueColour(0xb3, 0x26, 0x1e);
// Done ones are there for the record: they step back from what is still to do.
const QColor doneColour(0x6b, 0x6b, 0x6b);

} // namespace

FollowUpModel::FollowUpModel(Database &database, QObject *parent, Loading loading)
    : QAbstractItemModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    const auto stale = [this] { m_stale = true; };
    connect(&notifier, &ChangeNotifier::followUpsChanged, this, stale);
    // What a row shows of the interaction it was planned with, of its actors, of its staff.
    connect(&notifier, &ChangeNotifier::interactionsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::contactsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::organisationsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::referenceListChanged, this, [this](ReferenceList list) {
        if (list == ReferenceList::StaffMember)
            m_stale = true;
    });
    // Emitted once after the areas of a commit.
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        if (m_stale)
            refreshIfLoaded();
    });
    if (loading == Loading::Now)
        refresh();
}

void FollowUpModel::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
    refreshIfLoaded();
}

void FollowUpModel::setStaffFilter(qint64 staffId)
{
    if (staffId == m_staffId)
        return;
    m_staffId = staffId;
    refreshIfLoaded();
}

void FollowUpModel::setShowDone(bool show)
{
    if (show == m_showDone)
        return;
    m_showDone = show;
    refreshIfLoaded();
}

void FollowUpModel::refreshIfLoaded()
{
    if (m_loaded) {
        refresh();
        return;
    }
    // Nothing to read again; the counts, read from the database, may have changed.
    m_stale = false;
    emit refreshed();
}

void FollowUpModel::refresh()
{
    m_stale = false;
    m_loaded = true;
    const QDate today = m_today();
    QList<GroupRows> groups;
    for (const Group group : { Group::Overdue, Group::Today, Group::ThisWeek, Group::Later })
        groups.append({ group, {} });
    try {
        FollowUpRepository followUps(m_database);
        for (const FollowUpRow &row : followUps.open(m_staffId))
            groups[int(followUpBucket(row.due, today))].rows << row;
        if (m_showDone)
            groups.append(
                { Group::Done, followUps.doneSince(today.addDays(-doneDays), m_staffId) });
        m_error.clear();
    } catch (const DatabaseError &error) {
        groups.clear();
        m_error = error.message();
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    groups.removeIf([](const GroupRows &group) { return group.rows.isEmpty(); });
    m_shownToday = today;
    setGroups(std::move(groups));
    emit refreshed();
}

void FollowUpModel::setGroups(QList<GroupRows> groups)
{
    const auto sameShape = [this, &groups] {
        if (groups.size() != m_groups.size())
            return false;
        for (int g = 0; g < groups.size(); ++g) {
            const QList<FollowUpRow> &now = groups[g].rows;
            const QList<FollowUpRow> &before = m_groups[g].rows;
            if (groups[g].group != m_groups[g].group || now.size() != before.size())
                return false;
            for (int r = 0; r < now.size(); ++r) {
                if (now[r].id != before[r].id)
                    return false;
            }
        }
        return true;
    };
    if (!sameShape()) {
        beginResetModel();
        m_groups = std::move(groups);
        endResetModel();
        return;
    }
    // The same rows in the same places (a contact renamed, a staff member renamed): the
    // view keeps its selection, current row and collapsed groups.
    m_groups = std::move(groups);
    if (m_groups.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        emit dataChanged(
            index(0, 0, parent), index(int(m_groups[g].rows.size()) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex FollowUpModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FollowUpModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRow);
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRow)
        return 0;
    return int(m_groups[parent.row()].rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags FollowUpModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Only follow-ups can be selected: every action applies to follow-ups, never to a group.
    return isGroup(index) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool FollowUpModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == groupRow;
}

qint64 FollowUpModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index) || index.model() != this)
        return 0;
    return m_groups[int(index.internalId() - 1)].rows[index.row()].id;
}

bool FollowUpModel::isDone(const QModelIndex &index) const
{
    return index.isValid() && !isGroup(index)
        && m_groups[int(index.internalId() - 1)].group == Group::Done;
}

QModelIndex FollowUpModel::indexOfId(qint64 id) const
{
    if (!id)
        return {};
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<FollowUpRow> &rows = m_groups[g].rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].id == id)
                return createIndex(r, 0, quintptr(g) + 1);
        }
    }
    return {};
}

int FollowUpModel::rowsIn(Group group) const
{
    for (const GroupRows &shown : m_groups) {
        if (shown.group == group)
            return int(shown.rows.size());
    }
    return 0;
}

int FollowUpModel::overdueCount() const
{
    if (!m_loaded) {
        try {
            return FollowUpRepository(m_database).overdueCount(m_today(), m_staffId);
        } catch (const DatabaseError &) {
            return 0;
        }
    }
    return rowsIn(Group::Overdue);
}

int FollowUpModel::openCount() const
{
    return rowsIn(Group::Overdue) + rowsIn(Group::Today) + rowsIn(Group::ThisWeek)
        + rowsIn(Group::Later);
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index))
        return groupData(m_groups[index.row()], index.column(), role);
    const GroupRows &group = m_groups[int(index.internalId() - 1)];
    return rowData(group.group, group.rows[index.row()], index.column(), role);
}

QVariant FollowUpModel::groupData(const GroupRows &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        if (column != 0)
            return {};
        const QString count = QLocale().toString(group.rows.size());
        switch (group.group) {
        case Group::Overdue:
            return tr("Overdue (%1)").arg(count);
        case Group::Today:
            return tr("Today (%1)").arg(count);
        case Group::ThisWeek:
            return tr("This week (%1)").arg(count);
        case Group::Later:
            return tr("Later (%1)").arg(count);
        case Group::Done:
            return tr("Done in the last %1 days (%2)").arg(doneDays).arg(count);
        }
        return {};
    }
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        return group.group == Group::Overdue ? QVariant(overdueColour) : QVariant();
    case IdRole:
        return qint64(0);
    case BucketRole:
        return int(group.group);
    case DueRole:
        return QDate();
    case StaffIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant FollowUpModel::rowData(Group group, const FollowUpRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Due:
            return QLocale().toString(row.due, QLocale::ShortFormat);
        case Action:
            return row.action;
        case With:
            return row.actors;
        case AssignedTo:
            return row.staff;
        case PlannedWith:
            return row.fromSubject;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Due: {
            const QString due = QLocale().toString(row.due, QLocale::LongFormat);
            if (group == Group::Done)
                return tr("Due %1, done %2")
                    .arg(due, QLocale().toString(row.doneOn, QLocale::LongFormat));
            if (group == Group::Overdue) {
                const int late = int(row.due.daysTo(m_shownToday));
                return tr("Due %1, %n day(s) late", nullptr, late).arg(due);
            }
            return tr("Due %1").arg(due);
        }
        case Action:
            return row.action;
        case With:
            return row.actors;
        case AssignedTo:
            return row.staff;
        case PlannedWith:
            return row.fromSubject.isEmpty() ? QVariant()
                                             : tr("Planned when logging: %1").arg(row.fromSubject);
        }
        return {};
    case Qt::ForegroundRole:
        if (group == Group::Overdue)
            return overdueColour;
        return group == Group::Done ? QVariant(doneColour) : QVariant();
    case IdRole:
        return row.id;
    case BucketRole:
        return int(group);
    case DueRole:
        return row.due;
    case StaffIdRole:
        return row.staffId;
    default:
        return {};
    }
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Action:
        return tr("Action");
    case With:
        return tr("With");
    case AssignedTo:
        return tr("Assigned to");
    case PlannedWith:
        return tr("Planned with");
    }
    return {};
}

} // namespace relais
