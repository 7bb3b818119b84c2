#pragma once

#include "testdatabase.h"

#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/meetingrepository.h>

// A meeting and its invitees, set up through Commands as the user would.
struct AttendanceFixture
{
    TestDatabase db;
    QUndoStack stack;
    relais::Commands commands { *db, stack };
    qint64 meeting = 0;

    AttendanceFixture()
    {
        commands.setToday([] { return QDate(2014, 11, 19); });
        relais::Meeting m;
        m.title = QStringLiteral("Actors' council");
        m.date = QDate(2014, 11, 19);
        m.startsAt = QTime(18, 0);
        m.endsAt = QTime(20, 0);
        m.place = QStringLiteral("Salle des Adjudants");
        meeting = *commands.addMeeting(m);
    }

    qint64 person(const QString &first, const QString &last, const QString &organisation = {},
        const QString &email = {})
    {
        relais::Contact c;
        c.firstName = first;
        c.lastName = last;
        if (!organisation.isEmpty())
            c.memberships << relais::Membership { 0, organisation, QString() };
        if (!email.isEmpty())
            c.emails << email;
        return *commands.addContact(c);
    }

    // Invited, and optionally already answered.
    qint64 invitee(const QString &first, const QString &last,
        relais::AttendanceStatus status = relais::AttendanceStatus::Invited,
        const QString &organisation = {}, const QString &email = {})
    {
        const qint64 id = person(first, last, organisation, email);
        commands.invite(meeting, { id });
        if (status != relais::AttendanceStatus::Invited)
            commands.setAttendance(meeting, { id }, status);
        return id;
    }

    relais::AttendanceStatus statusOf(qint64 contactId)
    {
        for (const relais::Invitation &i : relais::MeetingRepository(*db).invitations(meeting)) {
            if (i.contactId == contactId)
                return i.status;
        }
        return relais::AttendanceStatus(-1);
    }
    bool isInvited(qint64 contactId) { return int(statusOf(contactId)) >= 0; }
    relais::MeetingCounts counts() { return relais::MeetingRepository(*db).counts(meeting); }
};
