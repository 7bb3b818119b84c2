#pragma once

#include "testdatabase.h"

#include <QUndoStack>
#include <algorithm>
#include <models/commands/commands.h>
#include <models/db/followuprepository.h>
#include <models/db/referencelistrepository.h>

// A file with a fixed clock, and the few verbs the follow-up tests build their data with.
struct FollowUpFixture
{
    // A Wednesday, in the SERD week: "this week" runs to Sunday the 23rd.
    static inline const QDate today { 2014, 11, 19 };

    TestDatabase db;
    QUndoStack stack;
    relais::Commands commands { *db, stack };

    FollowUpFixture()
    {
        commands.setToday([] { return today; });
    }

    qint64 person(const QString &first, const QString &last)
    {
        relais::Contact c;
        c.firstName = first;
        c.lastName = last;
        return *commands.addContact(c);
    }
    qint64 staff(int index)
    {
        return relais::ReferenceListRepository(*db)
            .items(relais::ReferenceList::StaffMember)[index]
            .id;
    }
    // A follow-up planned on its own; returns its id.
    qint64 plan(qint64 contactId, const QDate &due, const QString &action, qint64 staffId = 0)
    {
        const QList<relais::FollowUpRow> before = openRows();
        if (!commands.planFollowUps({ relais::ActorRef::contact(contactId) }, due, action, staffId))
            return 0;
        for (const relais::FollowUpRow &row : openRows()) {
            if (std::none_of(before.begin(), before.end(),
                    [&row](const relais::FollowUpRow &old) { return old.id == row.id; }))
                return row.id;
        }
        return 0;
    }
    // An interaction, with the follow-up planned when logging it; returns the follow-up's id.
    qint64 logAndPlan(qint64 contactId, const QString &subject, const QDate &due,
        const QString &action, qint64 staffId = 0)
    {
        relais::Interaction i;
        i.date = today.addDays(-1);
        i.kindId = relais::ReferenceListRepository(*db)
                       .items(relais::ReferenceList::InteractionKind)
                       .first()
                       .id;
        i.staffId = staffId;
        i.subject = subject;
        i.actors = { relais::ActorRef::contact(contactId) };
        relais::FollowUp f;
        f.due = due;
        f.action = action;
        f.staffId = staffId;
        const auto id = commands.addInteraction(i, f);
        if (!id)
            return 0;
        for (const relais::FollowUpRow &row : openRows()) {
            if (row.fromSubject == subject && row.action == action)
                return row.id;
        }
        return 0;
    }
    // Marks it done by logging a call today.
    bool complete(qint64 followUpId)
    {
        relais::Interaction done;
        done.date = today;
        done.kindId = relais::ReferenceListRepository(*db)
                          .items(relais::ReferenceList::InteractionKind)
                          .first()
                          .id;
        done.subject = QStringLiteral("Done");
        done.actors = relais::FollowUpRepository(*db).load(followUpId)->actors;
        return commands.completeFollowUp(followUpId, done).has_value();
    }
    QList<relais::FollowUpRow> openRows() { return relais::FollowUpRepository(*db).open(); }
};
