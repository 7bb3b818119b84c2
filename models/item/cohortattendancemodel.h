#pragma once

#include "../db/trainingrepository.h"
#include "../domain/training.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace relais {

class Database;

// A cohort's attendance as a grid: one row per trainee in the order of the sign-in
// sheets, then a last row of totals; the trainee's name and organisation, one column per
// half-day of each session by date, then the trainee's totals (half-days attended,
// hours, completion). Follows the file: a change of ticks keeps rows and columns where
// they are (dataChanged), so that a view keeps its cursor while someone ticks a sheet.
class CohortAttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum FixedColumn : int { Name, Organisation, FirstHalfDay };
    // After the half-day columns, in this order.
    enum TotalColumn : int { HalfDaysTotal, HoursTotal, Completion, TotalColumnCount };
    enum Role : int {
        ContactIdRole = Qt::UserRole + 1, // qint64, on trainee rows
        SessionIdRole, // qint64, on half-day columns
        HalfDayRole, // int: HalfDay, on half-day columns
        StatusRole, // int: AttendanceStatus, or -1 when nothing is entered
    };

    explicit CohortAttendanceModel(Database &database, QObject *parent = nullptr);

    // 0: no cohort, no rows.
    void setCohort(qint64 cohortId);
    qint64 cohortId() const { return m_cohortId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int traineeCount() const { return int(m_trainees.size()); }
    // The last row, when there are trainees; -1 otherwise.
    int totalsRow() const { return m_trainees.isEmpty() ? -1 : int(m_trainees.size()); }
    int halfDayColumnCount() const { return int(m_halves.size()); }
    // The first column after the half-days.
    int totalColumn(TotalColumn which) const { return FirstHalfDay + halfDayColumnCount() + which; }

    // 0 outside the trainee rows.
    qint64 contactIdAt(int row) const;
    int rowOf(qint64 contactId) const;
    TrainingRepository::Trainee traineeAt(int row) const;
    // None outside the half-day columns.
    std::optional<TrainingSession> sessionAt(int column) const;
    std::optional<HalfDay> halfDayAt(int column) const;
    // -1 when the session does not have that half-day (or is not the cohort's).
    int columnOf(qint64 sessionId, HalfDay half) const;
    // The columns of one session's half-days.
    QList<int> columnsOf(qint64 sessionId) const;
    // -1 when nothing is entered.
    int statusAt(int row, int column) const;

    const Cohort &cohort() const { return m_cohort; }
    const QList<TrainingSession> &sessions() const { return m_sessions; }
    QString moduleTitle(qint64 moduleId) const { return m_moduleTitles.value(moduleId); }
    TraineeTotals totalsAt(int row) const;

    struct HalfDayCounts
    {
        int present = 0;
        int excused = 0;
        int absent = 0;
        int notEntered = 0;
    };
    HalfDayCounts countsAt(int column) const;
    // Trainees who meet the cohort's rule and are not recognised yet.
    QList<qint64> completedNotRecognised() const;
    // Why the last refresh failed, or empty.
    QString lastError() const { return m_error; }

    // "3.5 h", in the user's locale.
    static QString hoursText(double hours);

public slots:
    void refresh();

signals:
    // After every refresh, even one that changed nothing: counts may be read again.
    void refreshed();

private:
    struct HalfDayColumn
    {
        int session = 0; // index in m_sessions
        HalfDay half = HalfDay::Morning;
    };
    struct Contents
    {
        Cohort cohort;
        QList<TrainingSession> sessions;
        QList<TrainingRepository::Trainee> trainees;
        QList<HalfDayAttendance> attendance;
        QHash<qint64, QString> moduleTitles;
    };
    void apply(Contents contents);
    static QList<HalfDayColumn> halvesOf(const QList<TrainingSession> &sessions);
    using Key = std::pair<qint64, qint64>; // session, contact × 2 + half
    static Key key(qint64 sessionId, qint64 contactId, HalfDay half);
    QVariant halfDayData(int row, int column, int role) const;
    QVariant totalsData(int row, TotalColumn which, int role) const;

    Database &m_database;
    qint64 m_cohortId = 0;
    bool m_stale = false;
    Cohort m_cohort;
    QList<TrainingSession> m_sessions;
    QList<HalfDayColumn> m_halves;
    QList<TrainingRepository::Trainee> m_trainees;
    QList<HalfDayAttendance> m_attendance;
    QHash<Key, int> m_status; // AttendanceStatus
    QList<TraineeTotals> m_totals; // by row
    QHash<qint64, QString> m_moduleTitles;
    QString m_error;
};

} // namespace relais
