#pragma once

#include "contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace relais {

// Where an invitee stands: invited, then registered or excused, then present or
// absent. Excused is its own status, never counted as absent.
enum class AttendanceStatus { Invited = 0, Registered = 1, Excused = 2, Present = 3, Absent = 4 };

// "Present", "Excused"… in the user's language.
QString attendanceStatusName(AttendanceStatus status);

// An actors' council, a workshop, a network-head meeting…
struct Meeting
{
    qint64 id = 0;
    qint64 typeId = 0; // meeting_type
    QString title;
    QDate date;
    QTime startsAt; // invalid: not set
    QTime endsAt;
    QString place;
    qint64 communeId = 0;
    QString communeName; // typed in a form and not in the list yet: created on save
    QString themes;
    QString description;
    QList<qint64> staffIds;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Meeting &) const = default;
};

// One person's place in a meeting.
struct Invitation
{
    qint64 contactId = 0;
    AttendanceStatus status = AttendanceStatus::Invited;
    bool walkIn = false; // came without having been invited
    QDateTime statusChangedAt;

    bool operator==(const Invitation &) const = default;
};

// A line of a meeting's list of invitees, in the order of the attendance sheet.
struct Invitee
{
    qint64 contactId = 0;
    QString lastName;
    QString firstName;
    QString organisation;
    QString email;
    AttendanceStatus status = AttendanceStatus::Invited;
    bool walkIn = false;
    QDateTime statusChangedAt;
    Consent consent = Consent::Unknown;

    QString displayName() const;
};

// How many at a meeting. `invited` counts those invited beforehand (not walk-ins);
// `present` counts everyone who came, walk-ins included; the attendance rate is of
// those invited only.
struct MeetingCounts
{
    int invited = 0;
    int registered = 0;
    int excused = 0;
    int present = 0;
    int absent = 0;
    int walkIns = 0;
    int invitedPresent = 0; // of those invited, how many came

    // Those invited who came, out of those invited (0 when nobody was invited).
    double attendanceRate() const;
    void add(AttendanceStatus status, bool walkIn);
    bool operator==(const MeetingCounts &) const = default;
};

// "31%" — or "31 %" in French: the translation says where the sign goes.
QString percentText(double fraction);

// A line of the Meetings area.
struct MeetingRow
{
    qint64 id = 0;
    QDate date;
    QString title;
    qint64 typeId = 0; // 0: no type
    QString type;
    QString place;
    MeetingCounts counts;
};

} // namespace relais
