#pragma once

#include "../domain/training.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Modules, cohorts, sessions, enrolments and half-day attendance.
class TrainingRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::TrainingRepository)

public:
    explicit TrainingRepository(Database &database);

    // Modules. Inserts take the record's id when set (undo); timestamps left invalid
    // become now.
    QList<TrainingModule> modules() const;
    std::optional<TrainingModule> module(qint64 id) const;
    qint64 insertModule(const TrainingModule &module);
    void updateModule(const TrainingModule &module);
    // Refused while sessions or cohorts use it.
    void removeModule(qint64 id);

    struct CohortRow
    {
        qint64 id = 0;
        QString name;
        QDate startsOn;
        QDate endsOn;
        int trainees = 0;
        int sessions = 0;
        int completed = 0;
    };
    QList<CohortRow> cohorts() const;
    std::optional<Cohort> cohort(qint64 id) const;
    qint64 insertCohort(const Cohort &cohort);
    void updateCohort(const Cohort &cohort);
    // With its sessions, enrolments and attendance (the caller keeps them for undo).
    void removeCohort(qint64 id);

    // A cohort's sessions by date.
    QList<TrainingSession> sessions(qint64 cohortId) const;
    std::optional<TrainingSession> session(qint64 id) const;
    qint64 insertSession(const TrainingSession &session);
    void updateSession(const TrainingSession &session);
    void removeSession(qint64 id);

    struct Trainee
    {
        qint64 contactId = 0;
        QString lastName;
        QString firstName;
        QString organisation;
        QDate enrolledOn;
        QDate completedOn;
        bool relayActor = false;
        QString displayName() const;
    };
    // In the order of the sign-in sheet: by last name.
    QList<Trainee> trainees(qint64 cohortId) const;
    void enrol(qint64 cohortId, const QList<Trainee> &trainees);
    void unenrol(qint64 cohortId, const QList<qint64> &contactIds);
    void setCompletedOn(qint64 cohortId, qint64 contactId, const QDate &date);

    // Every half-day of the cohort's sessions that has a status.
    QList<HalfDayAttendance> attendance(qint64 cohortId) const;
    // Writes these (new ones added, existing ones replaced).
    void writeAttendance(const QList<HalfDayAttendance> &attendance);
    void removeAttendance(const QList<HalfDayAttendance> &attendance);

    // A contact's trainings, for their history and card.
    struct HistoryRow
    {
        qint64 cohortId = 0;
        qint64 sessionId = 0;
        QDate date;
        QString module;
        QString cohort;
        qint64 contactId = 0;
        int halfDaysPresent = 0;
        int halfDaysExcused = 0;
        int halfDaysAbsent = 0;
    };
    QList<HistoryRow> historyOf(const QList<qint64> &contactIds) const;

    // What a contact has done in each cohort they were enrolled in, most recent first:
    // for their card.
    struct TraineeRecord
    {
        qint64 cohortId = 0;
        QString cohort;
        QDate startsOn;
        QDate endsOn;
        CompletionRule rule;
        QDate enrolledOn;
        QDate completedOn; // recognised as completed
        TraineeTotals totals;
        int sessions = 0; // of the cohort
    };
    QList<TraineeRecord> recordsOf(qint64 contactId) const;

    // The year's figures.
    struct YearFigures
    {
        int trainees = 0; // present at one half-day or more
        int sessions = 0;
        int halfDays = 0; // delivered
        int halfDaysPresent = 0;
        int halfDaysExpected = 0; // of those enrolled
        int completions = 0;
        double attendanceRate() const
        {
            return halfDaysExpected ? double(halfDaysPresent) / halfDaysExpected : 0.0;
        }
    };
    YearFigures figures(int year) const;

private:
    void notify();

    Database &m_database;
};

} // namespace relais
