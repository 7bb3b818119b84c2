#include "inviteemodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/meetingrepository.h"
#include "attendancecolours.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace relais {

namespace {

bool sameLine(const Invitee &a, const Invitee &b)
{
    return a.contactId == b.contactId && a.lastName == b.lastName && a.firstName == b.firstName
        && a.organisation == b.organisation && a.email == b.email && a.status == b.status
        && a.walkIn == b.walkIn && a.statusChangedAt == b.statusChangedAt && a.consent == b.consent;
}

// Whether every id of `part` is in `whole`, in the same order.
bool isSubsequence(const QList<Invitee> &part, const QList<Invitee> &whole)
{
    qsizetype w = 0;
    for (const Invitee &p : part) {
        while (w < whole.size() && whole[w].contactId != p.contactId)
            ++w;
        if (w == whole.size())
            return false;
        ++w;
    }
    return true;
}

} // namespace

InviteeModel::InviteeModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    const auto stale = [this] { m_stale = true; };
    connect(&notifier, &ChangeNotifier::meetingsChanged, this, stale);
    // Names, e-mails and organisations shown on the rows.
    connect(&notifier, &ChangeNotifier::contactsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::organisationsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        if (m_stale)
            refresh();
    });
}

void InviteeModel::setMeeting(qint64 meetingId)
{
    if (meetingId == m_meetingId)
        return;
    m_meetingId = meetingId;
    // Another meeting's people: nothing of the view's place in the list applies.
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    endResetModel();
    refresh();
}

void InviteeModel::refresh()
{
    m_stale = false;
    QList<Invitee> rows;
    if (m_meetingId) {
        try {
            rows = MeetingRepository(m_database).invitees(m_meetingId);
            m_error.clear();
        } catch (const DatabaseError &error) {
            m_error = error.message();
            qWarning("relais: %s", qPrintable(error.detail()));
        }
    } else {
        m_error.clear();
    }
    MeetingCounts counts;
    for (const Invitee &invitee : std::as_const(rows))
        counts.add(invitee.status, invitee.walkIn);
    m_counts = counts;
    setRows(std::move(rows));
    emit refreshed();
}

void InviteeModel::setRows(QList<Invitee> rows)
{
    // A walk-in added or taken back, someone uninvited: only those rows move, and the
    // view keeps its place. Anything else (a renamed contact changing places) resets.
    if (rows.size() > m_rows.size() && isSubsequence(m_rows, rows)) {
        // Rows before `row` are matched; m_rows[row] is the next old one to meet.
        int row = 0;
        while (row < rows.size()) {
            if (row < m_rows.size() && m_rows[row].contactId == rows[row].contactId) {
                ++row;
                continue;
            }
            const int first = row;
            const bool oldLeft = first < m_rows.size();
            while (
                row < rows.size() && (!oldLeft || rows[row].contactId != m_rows[first].contactId))
                ++row;
            beginInsertRows({}, first, row - 1);
            for (int r = first; r < row; ++r)
                m_rows.insert(r, rows[r]);
            endInsertRows();
        }
    } else if (rows.size() < m_rows.size() && isSubsequence(rows, m_rows)) {
        int row = 0;
        while (row < m_rows.size()) {
            if (row < rows.size() && m_rows[row].contactId == rows[row].contactId) {
                ++row;
                continue;
            }
            int last = row;
            while (last < m_rows.size()
                && (row >= rows.size() || m_rows[last].contactId != rows[row].contactId))
                ++last;
            beginRemoveRows({}, row, last - 1);
            m_rows.remove(row, last - row);
            endRemoveRows();
        }
    } else if (rows.size() != m_rows.size() || !isSubsequence(rows, m_rows)) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same people in the same places: tell the view which lines changed.
    int first = -1;
    int last = -1;
    for (int r = 0; r < rows.size(); ++r) {
        if (sameLine(rows[r], m_rows[r]))
            continue;
        if (first < 0)
            first = r;
        last = r;
    }
    m_rows = std::move(rows);
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int InviteeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InviteeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InviteeModel::sheetName(const Invitee &invitee)
{
    return QStringList { invitee.lastName.toUpper(), invitee.firstName }
        .join(QLatin1Char(' '))
        .trimmed();
}

QString InviteeModel::emailConsentNote(Consent consent)
{
    switch (consent) {
    case Consent::Given:
        return tr("Agreed to be contacted by e-mail");
    case Consent::Unknown:
        return tr("Not asked yet whether they agree to be contacted by e-mail: left out of "
                  "e-mails unless you include them");
    case Consent::Refused:
        return tr("Refused to be contacted by e-mail: never in e-mails");
    case Consent::Withdrawn:
        return tr("Withdrew their consent to be contacted by e-mail: never in e-mails");
    }
    return {};
}

QVariant InviteeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitee &i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return sheetName(i);
        case Organisation:
            return i.organisation;
        case Status:
            return i.walkIn ? tr("%1 (walk-in)").arg(attendanceStatusName(i.status))
                            : attendanceStatusName(i.status);
        case Email:
            return i.email;
        case Changed:
            return i.statusChangedAt.isValid()
                ? QLocale().toString(i.statusChangedAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && i.walkIn)
            return tr("Came without having been invited");
        if (index.column() == Name)
            return i.organisation.isEmpty() ? i.displayName()
                                            : tr("%1 — %2").arg(i.displayName(), i.organisation);
        if (index.column() == Email && !i.email.isEmpty())
            return emailConsentNote(i.consent);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Email && !i.email.isEmpty()
            && !mayContact(i.consent, Unasked::LeaveOut))
            return saidNo(i.consent) ? QColor(0xb3, 0x26, 0x1e) : QColor(Qt::gray);
        return index.column() == Status ? attendanceStatusColour(i.status) : QVariant();
    case Qt::FontRole:
        if (index.column() == Email && saidNo(i.consent)) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case ContactIdRole:
        return i.contactId;
    case StatusRole:
        return int(i.status);
    case WalkInRole:
        return i.walkIn;
    case ConsentRole:
        return int(i.consent);
    default:
        return {};
    }
}

QVariant InviteeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The line number, to find someone on the printed sheet.
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    case Status:
        return tr("Status");
    case Email:
        return tr("E-mail");
    case Changed:
        return tr("Changed");
    }
    return {};
}

qint64 InviteeModel::contactIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].contactId : 0;
}

int InviteeModel::rowOf(qint64 contactId) const
{
    if (contactId == 0)
        return -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].contactId == contactId)
            return r;
    }
    return -1;
}

Invitee InviteeModel::inviteeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : Invitee();
}

} // namespace relais
