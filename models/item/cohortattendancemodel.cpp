#include "cohortattendancemodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "attendancecolours.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace relais {

namespace {

QString sheetName(const TrainingRepository::Trainee &t)
{
    return QStringList { t.lastName.toUpper(), t.firstName }.join(QLatin1Char(' ')).trimmed();
}

bool sameTrainees(
    const QList<TrainingRepository::Trainee> &a, const QList<TrainingRepository::Trainee> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].contactId != b[i].contactId)
            return false;
    }
    return true;
}

bool sameColumns(const QList<TrainingSession> &a, const QList<TrainingSession> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].halfDays() != b[i].halfDays())
            return false;
    }
    return true;
}

} // namespace

CohortAttendanceModel::CohortAttendanceModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    const ChangeNotifier &notifier = database.notifier();
    const auto stale = [this] { m_stale = true; };
    connect(&notifier, &ChangeNotifier::trainingChanged, this, stale);
    // Names and organisations shown on the rows.
    connect(&notifier, &ChangeNotifier::contactsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::organisationsChanged, this, stale);
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        if (m_stale)
            refresh();
    });
}

void CohortAttendanceModel::setCohort(qint64 cohortId)
{
    if (cohortId == m_cohortId)
        return;
    m_cohortId = cohortId;
    // Another cohort: nothing of the view's place in the grid applies.
    beginResetModel();
    m_cohort = {};
    m_sessions.clear();
    m_halves.clear();
    m_trainees.clear();
    m_attendance.clear();
    m_status.clear();
    m_totals.clear();
    endResetModel();
    refresh();
}

void CohortAttendanceModel::refresh()
{
    m_stale = false;
    Contents contents;
    if (m_cohortId) {
        try {
            TrainingRepository training(m_database);
            if (const auto cohort = training.cohort(m_cohortId)) {
                contents.cohort = *cohort;
                contents.sessions = training.sessions(m_cohortId);
                contents.trainees = training.trainees(m_cohortId);
                contents.attendance = training.attendance(m_cohortId);
                for (const TrainingModule &module : training.modules())
                    contents.moduleTitles.insert(module.id, module.title);
            }
            m_error.clear();
        } catch (const DatabaseError &error) {
            m_error = error.message();
            qWarning("relais: %s", qPrintable(error.detail()));
            emit refreshed();
            return;
        }
    }
    apply(std::move(contents));
    emit refreshed();
}

void CohortAttendanceModel::apply(Contents contents)
{
    const bool sameShape
        = sameTrainees(m_trainees, contents.trainees) && sameColumns(m_sessions, contents.sessions);
    if (!sameShape)
        beginResetModel();
    m_cohort = std::move(contents.cohort);
    m_sessions = std::move(contents.sessions);
    m_halves = halvesOf(m_sessions);
    m_trainees = std::move(contents.trainees);
    m_attendance = std::move(contents.attendance);
    m_moduleTitles = std::move(contents.moduleTitles);
    m_status.clear();
    for (const HalfDayAttendance &a : std::as_const(m_attendance))
        m_status.insert(key(a.sessionId, a.contactId, a.half), int(a.status));
    m_totals.clear();
    for (const auto &t : std::as_const(m_trainees))
        m_totals << traineeTotals(m_sessions, m_attendance, t.contactId, m_cohort.rule);
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Ticks, names, dates or the rule changed: everything may read differently, the
    // rows and columns have not moved.
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

QList<CohortAttendanceModel::HalfDayColumn> CohortAttendanceModel::halvesOf(
    const QList<TrainingSession> &sessions)
{
    QList<HalfDayColumn> halves;
    for (int i = 0; i < sessions.size(); ++i) {
        for (const HalfDay half : sessions[i].halfDays())
            halves << HalfDayColumn { i, half };
    }
    return halves;
}

CohortAttendanceModel::Key CohortAttendanceModel::key(
    qint64 sessionId, qint64 contactId, HalfDay half)
{
    return { sessionId, contactId * 2 + int(half) };
}

int CohortAttendanceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_trainees.isEmpty())
        return 0;
    return int(m_trainees.size()) + 1;
}

int CohortAttendanceModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_cohortId)
        return 0;
    return FirstHalfDay + int(m_halves.size()) + TotalColumnCount;
}

qint64 CohortAttendanceModel::contactIdAt(int row) const
{
    return row >= 0 && row < m_trainees.size() ? m_trainees[row].contactId : 0;
}

int CohortAttendanceModel::rowOf(qint64 contactId) const
{
    for (int row = 0; row < m_trainees.size(); ++row) {
        if (m_trainees[row].contactId == contactId)
            return row;
    }
    return -1;
}

TrainingRepository::Trainee CohortAttendanceModel::traineeAt(int row) const
{
    return row >= 0 && row < m_trainees.size() ? m_trainees[row] : TrainingRepository::Trainee {};
}

std::optional<TrainingSession> CohortAttendanceModel::sessionAt(int column) const
{
    const int i = column - FirstHalfDay;
    if (i < 0 || i >= m_halves.size())
        return std::nullopt;
    return m_sessions[m_halves[i].session];
}

std::optional<HalfDay> CohortAttendanceModel::halfDayAt(int column) const
{
    const int i = column - FirstHalfDay;
    if (i < 0 || i >= m_halves.size())
        return std::nullopt;
    return m_halves[i].half;
}

int CohortAttendanceModel::columnOf(qint64 sessionId, HalfDay half) const
{
    for (int i = 0; i < m_halves.size(); ++i) {
        if (m_sessions[m_halves[i].session].id == sessionId && m_halves[i].half == half)
            return FirstHalfDay + i;
    }
    return -1;
}

QList<int> CohortAttendanceModel::columnsOf(qint64 sessionId) const
{
    QList<int> columns;
    for (const HalfDay half : { HalfDay::Morning, HalfDay::Afternoon }) {
        if (const int column = columnOf(sessionId, half); column >= 0)
            columns << column;
    }
    return columns;
}

int CohortAttendanceModel::statusAt(int row, int column) const
{
    const auto session = sessionAt(column);
    if (!session || row < 0 || row >= m_trainees.size())
        return -1;
    return m_status.value(key(session->id, m_trainees[row].contactId, *halfDayAt(column)), -1);
}

TraineeTotals CohortAttendanceModel::totalsAt(int row) const
{
    return row >= 0 && row < m_totals.size() ? m_totals[row] : TraineeTotals {};
}

CohortAttendanceModel::HalfDayCounts CohortAttendanceModel::countsAt(int column) const
{
    HalfDayCounts counts;
    if (!sessionAt(column))
        return counts;
    for (int row = 0; row < m_trainees.size(); ++row) {
        switch (statusAt(row, column)) {
        case int(AttendanceStatus::Present):
            ++counts.present;
            break;
        case int(AttendanceStatus::Excused):
            ++counts.excused;
            break;
        case int(AttendanceStatus::Absent):
            ++counts.absent;
            break;
        default:
            ++counts.notEntered;
            break;
        }
    }
    return counts;
}

QList<qint64> CohortAttendanceModel::completedNotRecognised() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_trainees.size(); ++row) {
        if (m_totals[row].completed && !m_trainees[row].completedOn.isValid())
            ids << m_trainees[row].contactId;
    }
    return ids;
}

QString CohortAttendanceModel::hoursText(double hours)
{
    return tr("%1 h").arg(QLocale().toString(hours, 'g', 4));
}

QVariant CohortAttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totals = row == totalsRow();
    if (role == ContactIdRole)
        return totals ? QVariant() : QVariant(contactIdAt(row));
    if (column >= FirstHalfDay && column < FirstHalfDay + m_halves.size())
        return halfDayData(row, column, role);
    if (column >= FirstHalfDay + m_halves.size())
        return totalsData(row, TotalColumn(column - FirstHalfDay - m_halves.size()), role);
    if (totals) {
        if (role == Qt::DisplayRole && column == Name)
            return tr("Present");
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const auto &t = m_trainees[row];
    switch (role) {
    case Qt::DisplayRole:
        return column == Name ? sheetName(t) : t.organisation;
    case Qt::ToolTipRole:
        return column == Name ? t.displayName() : t.organisation;
    default:
        return {};
    }
}

QVariant CohortAttendanceModel::halfDayData(int row, int column, int role) const
{
    const TrainingSession &session = m_sessions[m_halves[column - FirstHalfDay].session];
    const HalfDay half = m_halves[column - FirstHalfDay].half;
    switch (role) {
    case SessionIdRole:
        return session.id;
    case HalfDayRole:
        return int(half);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        break;
    }
    if (row == totalsRow()) {
        const HalfDayCounts counts = countsAt(column);
        if (role == Qt::DisplayRole)
            return counts.present + counts.excused + counts.absent > 0
                ? tr("%1/%2").arg(counts.present).arg(m_trainees.size())
                : QString();
        if (role == Qt::ToolTipRole)
            return tr("%1 present, %2 excused, %3 absent, %4 not entered")
                .arg(counts.present)
                .arg(counts.excused)
                .arg(counts.absent)
                .arg(counts.notEntered);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const int status = statusAt(row, column);
    switch (role) {
    case StatusRole:
        return status;
    case Qt::DisplayRole:
        switch (status) {
        case int(AttendanceStatus::Present):
            return tr("✓", "present at a half-day");
        case int(AttendanceStatus::Excused):
            return tr("exc.", "excused from a half-day");
        case int(AttendanceStatus::Absent):
            return tr("abs.", "absent from a half-day");
        default:
            return QString();
        }
    case Qt::ForegroundRole:
        return status < 0 ? QVariant() : attendanceStatusColour(AttendanceStatus(status));
    case Qt::FontRole:
        if (status == int(AttendanceStatus::Present)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString when = tr("%1, %2").arg(
            QLocale().toString(session.date, QLocale::LongFormat), halfDayName(half).toLower());
        const QString what = status < 0 ? tr("not entered")
                                        : attendanceStatusName(AttendanceStatus(status)).toLower();
        return tr("%1 — %2\n%3: %4")
            .arg(sheetName(m_trainees[row]), moduleTitle(session.moduleId), when, what);
    }
    default:
        return {};
    }
}

QVariant CohortAttendanceModel::totalsData(int row, TotalColumn which, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(which == Completion ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    if (row == totalsRow()) {
        if (which != Completion)
            return {};
        const int met = int(std::count_if(
            m_totals.begin(), m_totals.end(), [](const auto &t) { return t.completed; }));
        if (role == Qt::DisplayRole && m_cohort.rule.count > 0)
            return tr("%1 of %2").arg(met).arg(m_trainees.size());
        if (role == Qt::ToolTipRole)
            return m_cohort.rule.description();
        return {};
    }
    const TraineeTotals &totals = m_totals[row];
    const auto &trainee = m_trainees[row];
    if (role == Qt::ToolTipRole && which == HalfDaysTotal)
        return tr("%1 present, %2 excused, %3 absent")
            .arg(totals.halfDaysPresent)
            .arg(totals.halfDaysExcused)
            .arg(totals.halfDaysAbsent);
    if (role == Qt::ToolTipRole && which == Completion)
        return m_cohort.rule.description();
    if (role == Qt::ForegroundRole && which == Completion && totals.completed
        && !trainee.completedOn.isValid())
        return attendanceStatusColour(AttendanceStatus::Present);
    if (role != Qt::DisplayRole)
        return {};
    switch (which) {
    case HalfDaysTotal:
        return totals.halfDaysPresent;
    case HoursTotal:
        return hoursText(totals.hoursPresent);
    case Completion:
        if (trainee.completedOn.isValid())
            return tr("Completed %1")
                .arg(QLocale().toString(trainee.completedOn, QLocale::ShortFormat));
        return totals.completed ? tr("Rule met") : QString();
    case TotalColumnCount:
        break;
    }
    return {};
}

QVariant CohortAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_trainees.size())
            return section + 1;
        return {};
    }
    if (const auto session = sessionAt(section)) {
        const HalfDay half = *halfDayAt(section);
        if (role == Qt::DisplayRole)
            return tr("%1\n%2").arg(
                QLocale().toString(session->date, tr("d MMM", "date in a grid header")),
                halfDayName(half));
        if (role == Qt::ToolTipRole) {
            const QTime starts
                = half == HalfDay::Morning ? session->morningStarts : session->afternoonStarts;
            const QTime ends
                = half == HalfDay::Morning ? session->morningEnds : session->afternoonEnds;
            QString text = tr("%1\n%2, %3")
                               .arg(moduleTitle(session->moduleId),
                                   QLocale().toString(session->date, QLocale::LongFormat),
                                   halfDayName(half).toLower());
            if (starts.isValid() && ends.isValid())
                text += tr(" (%1–%2)")
                            .arg(QLocale().toString(starts, QLocale::ShortFormat),
                                QLocale().toString(ends, QLocale::ShortFormat));
            return text;
        }
        if (role == SessionIdRole)
            return session->id;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == Name)
        return tr("Trainee");
    if (section == Organisation)
        return tr("Organisation");
    switch (section - FirstHalfDay - int(m_halves.size())) {
    case HalfDaysTotal:
        return tr("Half-days");
    case HoursTotal:
        return tr("Hours");
    case Completion:
        return tr("Completion");
    default:
        return {};
    }
}

} // namespace relais
