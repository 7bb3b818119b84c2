#pragma once

#include "meeting.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace relais {

// A module of the relay-actor training: a theme, what it aims at, its planned length.
struct TrainingModule
{
    qint64 id = 0;
    QString theme;
    QString title;
    QString objectives;
    double plannedHours = 0;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const TrainingModule &) const = default;
};

// When a trainee has completed a cohort: enough half-days attended, or at least one
// session of enough different modules. Excused half-days do not count.
struct CompletionRule
{
    enum class Kind { HalfDays, Modules };
    Kind kind = Kind::HalfDays;
    int count = 0; // 0: no rule

    QString toJson() const;
    static CompletionRule fromJson(const QString &json);
    // "At least 6 half-days attended", in the user's language.
    QString description() const;
    bool operator==(const CompletionRule &) const = default;
};

// A named group of trainees followed over a period ("Relay actors 2014 — pilot group").
struct Cohort
{
    qint64 id = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    CompletionRule rule;
    QString notes;
    QList<qint64> moduleIds; // in the order of the programme
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Cohort &) const = default;
};

enum class HalfDay { Morning = 0, Afternoon = 1 };

// A session of a module for a cohort: a morning and/or an afternoon.
struct TrainingSession
{
    enum class Kind { Room = 0, FieldVisit = 1 };
    qint64 id = 0;
    qint64 cohortId = 0;
    qint64 moduleId = 0;
    QDate date;
    bool morning = true;
    QTime morningStarts;
    QTime morningEnds;
    bool afternoon = false;
    QTime afternoonStarts;
    QTime afternoonEnds;
    Kind kind = Kind::Room;
    QString place;
    qint64 communeId = 0;
    QString communeName; // typed and not in the list yet: created on save
    qint64 trainerContactId = 0; // a contact of the file, or…
    QString trainerName; // …a name (also kept when a contact is chosen)
    int maxPlaces = 0; // 0: no limit
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    QList<HalfDay> halfDays() const;
    // Hours of a half-day: its times when set, else a customary 3.5 hours.
    double hours(HalfDay half) const;
    bool operator==(const TrainingSession &) const = default;
};

// One trainee's attendance at one half-day.
struct HalfDayAttendance
{
    qint64 sessionId = 0;
    qint64 contactId = 0;
    HalfDay half = HalfDay::Morning;
    AttendanceStatus status = AttendanceStatus::Present; // Present, Excused or Absent
    QDateTime changedAt;

    bool operator==(const HalfDayAttendance &) const = default;
};

// What a trainee has done in a cohort.
struct TraineeTotals
{
    int halfDaysPresent = 0;
    int halfDaysExcused = 0;
    int halfDaysAbsent = 0;
    double hoursPresent = 0;
    int modulesAttended = 0; // with at least one half-day present
    bool completed = false; // meets the cohort's rule
};

// Adds up a trainee's attendance (present half-days, hours, modules) and checks the rule.
TraineeTotals traineeTotals(const QList<TrainingSession> &sessions,
    const QList<HalfDayAttendance> &attendance, qint64 contactId, const CompletionRule &rule);

QString halfDayName(HalfDay half);

} // namespace relais
