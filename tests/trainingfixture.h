#pragma once

#include "testdatabase.h"

#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/trainingrepository.h>

// Modules, a cohort and its sessions, set up through Commands as the user would.
struct TrainingFixture
{
    TestDatabase db;
    QUndoStack stack;
    relais::Commands commands { *db, stack };
    relais::TrainingRepository training { *db };
    TrainingFixture()
    {
        commands.setToday([] { return QDate(2014, 12, 10); });
    }

    qint64 person(const QString &first, const QString &last)
    {
        relais::Contact c;
        c.firstName = first;
        c.lastName = last;
        return *commands.addContact(c);
    }
    qint64 module(const QString &title, double hours = 7)
    {
        relais::TrainingModule m;
        m.theme = QStringLiteral("Prévention");
        m.title = title;
        m.plannedHours = hours;
        return *commands.addModule(m);
    }
    qint64 cohort(
        const relais::CompletionRule &rule = { relais::CompletionRule::Kind::HalfDays, 2 })
    {
        relais::Cohort c;
        c.name = QStringLiteral("Relay actors 2014 — pilot group");
        c.startsOn = QDate(2014, 1, 1);
        c.endsOn = QDate(2014, 12, 31);
        c.rule = rule;
        return *commands.addCohort(c);
    }
    qint64 session(qint64 cohortId, qint64 moduleId, const QDate &date, bool morning = true,
        bool afternoon = true)
    {
        relais::TrainingSession s;
        s.cohortId = cohortId;
        s.moduleId = moduleId;
        s.date = date;
        s.morning = morning;
        s.afternoon = afternoon;
        s.morningStarts = QTime(9, 0);
        s.morningEnds = QTime(12, 30);
        s.afternoonStarts = QTime(13, 30);
        s.afternoonEnds = QTime(16, 30);
        s.place = QStringLiteral("Maison de la Région");
        s.communeName = QStringLiteral("Mulhouse");
        s.trainerName = QStringLiteral("Claire Dubois");
        return *commands.addSession(s);
    }
};
