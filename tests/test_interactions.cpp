#include "catchqt.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/followuprepository.h>
#include <models/db/interactionrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
#include <models/history/history.h>
#include <models/item/historymodel.h>

using namespace relais;

namespace {

const QDate today(2014, 11, 19); // a Wednesday, in the SERD week

struct Fixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    Fixture()
    {
        commands.setToday([] { return today; });
    }

    qint64 person(const QString &first, const QString &last, const QString &organisation = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        if (!organisation.isEmpty())
            c.memberships = { { 0, organisation, QString() } };
        return *commands.addContact(c);
    }
    qint64 organisationOf(qint64 contactId)
    {
        return ContactRepository(*db).load(contactId)->memberships.first().organisationId;
    }
    qint64 kind(int index)
    {
        return ReferenceListRepository(*db).items(ReferenceList::InteractionKind)[index].id;
    }
    qint64 staff(int index)
    {
        return ReferenceListRepository(*db).items(ReferenceList::StaffMember)[index].id;
    }
    std::optional<qint64> log(const QDate &date, const QList<ActorRef> &actors,
        const QString &subject, const std::optional<FollowUp> &followUp = std::nullopt)
    {
        Interaction i;
        i.date = date;
        i.kindId = kind(2);
        i.staffId = staff(0);
        i.subject = subject;
        i.actors = actors;
        return commands.addInteraction(i, followUp);
    }
};

FollowUp followUp(const QDate &due, const QString &action)
{
    FollowUp f;
    f.due = due;
    f.action = action;
    return f;
}

} // namespace

TEST_CASE("The seeded kinds of interaction and staff")
{
    TestDatabase db;
    ReferenceListRepository lists(*db);
    CHECK(lists.items(ReferenceList::InteractionKind).size() == 6);
    CHECK(lists.items(ReferenceList::StaffMember).first().name
        == QStringLiteral("Programme officer"));
}

TEST_CASE("An interaction with a follow-up is one step; undo and redo keep the ids")
{
    Fixture f;
    const qint64 marie = f.person(
        QStringLiteral("Marie"), QStringLiteral("Dupont"), QStringLiteral("Repair Café"));
    const qint64 cafe = f.organisationOf(marie);
    const auto id = f.log(today, { ActorRef::contact(marie), ActorRef::organisation(cafe) },
        QStringLiteral("Visit of the repair café"),
        followUp(today.addDays(7), QStringLiteral("Send the SERD poster")));
    REQUIRE(id);
    const int steps = f.stack.count();
    const Interaction stored = *InteractionRepository(*f.db).load(*id);
    CHECK(stored.subject == QStringLiteral("Visit of the repair café"));
    CHECK(stored.actors.size() == 2);
    CHECK(stored.actors.first().name == QStringLiteral("Marie Dupont"));
    const QList<FollowUp> planned = FollowUpRepository(*f.db).plannedWith(*id);
    REQUIRE(planned.size() == 1);
    CHECK(planned.first().actors.size() == 2); // the interaction's actors by default
    CHECK(planned.first().due == today.addDays(7));

    f.stack.undo();
    CHECK_FALSE(InteractionRepository(*f.db).load(*id));
    CHECK_FALSE(FollowUpRepository(*f.db).load(planned.first().id));
    f.stack.redo();
    CHECK(*InteractionRepository(*f.db).load(*id) == stored);
    CHECK(FollowUpRepository(*f.db).load(planned.first().id)->interactionId == *id);
    CHECK(f.stack.count() == steps);
}

TEST_CASE("An interaction needs someone and cannot be in the future")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    CHECK_FALSE(f.log(today, {}, QStringLiteral("Nobody")));
    CHECK(f.commands.lastError().contains(QStringLiteral("at least one")));
    CHECK_FALSE(f.log(today.addDays(1), { ActorRef::contact(marie) }, QStringLiteral("Tomorrow")));
    CHECK(f.commands.lastError().contains(QStringLiteral("follow-up")));
    CHECK_FALSE(f.log(today, { ActorRef::contact(marie) }, QStringLiteral("x"),
        followUp(QDate(), QStringLiteral("y"))));
    CHECK(f.stack.count() == 1); // the contact only
}

TEST_CASE("Follow-ups fall into overdue, today, this week and later by the day")
{
    CHECK(followUpBucket(QDate(2014, 11, 18), today) == FollowUpBucket::Overdue);
    CHECK(followUpBucket(today, today) == FollowUpBucket::Today);
    CHECK(followUpBucket(QDate(2014, 11, 23), today) == FollowUpBucket::ThisWeek); // Sunday
    CHECK(followUpBucket(QDate(2014, 11, 24), today) == FollowUpBucket::Later); // next Monday
    const QDate sunday(2014, 11, 23);
    CHECK(followUpBucket(QDate(2014, 11, 24), sunday) == FollowUpBucket::Later);
}

TEST_CASE("Completing a follow-up logs the interaction; rescheduling and reassigning are undoable")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    f.log(today.addDays(-10), { ActorRef::contact(marie) }, QStringLiteral("Call"),
        followUp(today.addDays(-2), QStringLiteral("Send the poster")));
    FollowUpRepository followUps(*f.db);
    const qint64 id = followUps.open().first().id;
    CHECK(followUps.overdueCount(today) == 1);

    REQUIRE(f.commands.rescheduleFollowUps({ id }, today.addDays(3)));
    CHECK(followUps.overdueCount(today) == 0);
    CHECK(followUps.load(id)->due == today.addDays(3));
    f.stack.undo();
    CHECK(followUps.load(id)->due == today.addDays(-2));

    REQUIRE(f.commands.reassignFollowUps({ id }, f.staff(1)));
    CHECK(followUps.open(f.staff(1)).size() == 1);
    CHECK(followUps.open(f.staff(0)).isEmpty());

    Interaction done;
    done.date = today;
    done.subject = QStringLiteral("Poster sent");
    done.actors = { ActorRef::contact(marie) };
    const auto logged = f.commands.completeFollowUp(
        id, done, followUp(today.addDays(30), QStringLiteral("Ask how it went")));
    REQUIRE(logged);
    const FollowUp completed = *followUps.load(id);
    CHECK(completed.doneOn == today);
    CHECK(completed.doneInteractionId == *logged);
    CHECK(followUps.open().size() == 1);
    CHECK(followUps.open().first().action == QStringLiteral("Ask how it went"));
    CHECK(followUps.doneSince(today.addDays(-7)).size() == 1);
    CHECK_FALSE(f.commands.completeFollowUp(id, done)); // not twice

    f.stack.undo();
    CHECK_FALSE(followUps.load(id)->isDone());
    CHECK_FALSE(InteractionRepository(*f.db).load(*logged));
    CHECK(followUps.open().size() == 1);
    CHECK(followUps.open().first().action == QStringLiteral("Send the poster"));
}

TEST_CASE("Planning a follow-up for each actor is one step, and undone at once")
{
    Fixture f;
    const qint64 a = f.person(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    const qint64 b = f.person(
        QStringLiteral("Bruno"), QStringLiteral("Bader"), QStringLiteral("Ressourcerie"));
    const qint64 org = f.organisationOf(b);
    const int before = f.stack.count();
    REQUIRE(f.commands.planFollowUps(
        { ActorRef::contact(a), ActorRef::contact(b), ActorRef::organisation(org) },
        today.addDays(14), QStringLiteral("Thank for SERD 2014"), f.staff(0)));
    CHECK(f.stack.count() == before + 1);
    const QList<FollowUpRow> open = FollowUpRepository(*f.db).open();
    REQUIRE(open.size() == 3);
    QStringList whom;
    for (const FollowUpRow &row : open)
        whom << row.actors;
    whom.sort();
    CHECK(whom == QStringList { "Anne Arnaud", "Bruno Bader", "Ressourcerie" });
    CHECK(f.stack.undoText() == QStringLiteral("Plan \"Thank for SERD 2014\" for 3 actors"));
    f.stack.undo();
    CHECK(FollowUpRepository(*f.db).open().isEmpty());
    CHECK_FALSE(f.commands.planFollowUps({}, today, QStringLiteral("x"), 0));
}

TEST_CASE("Deleting an interaction keeps its follow-ups; undo relinks them")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const auto id = f.log(today, { ActorRef::contact(marie) }, QStringLiteral("Call"),
        followUp(today.addDays(5), QStringLiteral("Call back")));
    const qint64 followUpId = FollowUpRepository(*f.db).plannedWith(*id).first().id;
    REQUIRE(f.commands.deleteInteraction(*id));
    CHECK_FALSE(InteractionRepository(*f.db).load(*id));
    CHECK(FollowUpRepository(*f.db).load(followUpId)->interactionId == 0);
    f.stack.undo();
    CHECK(InteractionRepository(*f.db).load(*id));
    CHECK(FollowUpRepository(*f.db).load(followUpId)->interactionId == *id);
}

TEST_CASE("Deleting a contact and undoing brings its interactions and follow-ups back")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 paul = f.person(
        QStringLiteral("Paul"), QStringLiteral("Keller"), QStringLiteral("Atelier Vélo"));
    const qint64 velo = f.organisationOf(paul);
    const auto id = f.log(today, { ActorRef::contact(marie), ActorRef::contact(paul) },
        QStringLiteral("Meeting"), followUp(today.addDays(5), QStringLiteral("Send minutes")));
    f.log(today, { ActorRef::organisation(velo) }, QStringLiteral("Visit of the workshop"));

    REQUIRE(f.commands.deleteContacts({ marie }));
    CHECK(InteractionRepository(*f.db).load(*id)->actors.size() == 1);
    f.stack.undo();
    CHECK(InteractionRepository(*f.db).load(*id)->actors.size() == 2);
    CHECK(FollowUpRepository(*f.db).openFor({ marie }, {}).size() == 1);

    REQUIRE(f.commands.deleteOrganisations({ velo }));
    CHECK(InteractionRepository(*f.db).historyOf({}, { velo }).isEmpty());
    f.stack.undo();
    CHECK(InteractionRepository(*f.db).historyOf({}, { velo }).size() == 1);
}

TEST_CASE("A history is newest first, with planned follow-ups on top and members marked")
{
    Fixture f;
    const qint64 marie = f.person(
        QStringLiteral("Marie"), QStringLiteral("Dupont"), QStringLiteral("Repair Café"));
    const qint64 cafe = f.organisationOf(marie);
    const qint64 paul = f.person(QStringLiteral("Paul"), QStringLiteral("Keller"));
    f.log(QDate(2014, 3, 1), { ActorRef::contact(marie) }, QStringLiteral("First call"));
    f.log(QDate(2014, 6, 1), { ActorRef::organisation(cafe) }, QStringLiteral("Visit"),
        followUp(QDate(2014, 12, 1), QStringLiteral("Thank them")));
    f.log(QDate(2014, 9, 1), { ActorRef::contact(paul) }, QStringLiteral("Not about them"));
    f.log(QDate(2014, 10, 1), { ActorRef::contact(marie), ActorRef::organisation(cafe) },
        QStringLiteral("Both"));

    const auto standard = standardHistory(*f.db);

    const QList<HistoryEntry> ofMarie = standard->ofContact(marie);
    QStringList summaries;
    for (const HistoryEntry &e : ofMarie)
        summaries << e.summary;
    CHECK(summaries == QStringList { "Both", "First call" });

    const QList<HistoryEntry> ofCafe = standard->ofOrganisation(cafe);
    summaries.clear();
    QStringList people;
    for (const HistoryEntry &e : ofCafe) {
        summaries << e.summary;
        people << e.person;
    }
    CHECK(summaries == QStringList { "Thank them", "Both", "Visit", "First call" });
    CHECK(people == QStringList { "", "Marie Dupont", "", "Marie Dupont" });
    CHECK(ofCafe.first().planned);
    CHECK(ofCafe.first().kind == QStringLiteral("Follow-up"));
    CHECK(ofCafe.last().kind == QStringLiteral("Visit"));
}

TEST_CASE("The history model follows changes and passes the model tester")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const auto history = standardHistory(*f.db);
    HistoryModel model(*f.db, *history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setActor(ActorRef::contact(marie));
    CHECK(model.rowCount() == 0);
    f.log(today, { ActorRef::contact(marie) }, QStringLiteral("Call about compost"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, HistoryModel::Summary).data().toString()
        == QStringLiteral("Call about compost"));
    CHECK(model.index(0, HistoryModel::Kind).data().toString() == QStringLiteral("Visit"));
    CHECK(model.index(0, HistoryModel::Staff).data().toString()
        == QStringLiteral("Programme officer"));
    CHECK(model.index(0, 0).data(HistoryModel::SourceRole).toString()
        == QStringLiteral("interaction"));
    f.stack.undo();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Dormant actors: none since the date, created before it, organisations through members")
{
    Fixture f;
    const qint64 quiet = f.person(QStringLiteral("Quiet"), QStringLiteral("Person"));
    const qint64 active
        = f.person(QStringLiteral("Active"), QStringLiteral("Person"), QStringLiteral("Busy Org"));
    const qint64 busy = f.organisationOf(active);
    Organisation o;
    o.name = QStringLiteral("Sleepy Org");
    const qint64 sleepy = *f.commands.addOrganisation(o);
    f.log(QDate(2014, 1, 10), { ActorRef::contact(quiet) }, QStringLiteral("Long ago"));
    f.log(QDate(2014, 10, 1), { ActorRef::contact(active) }, QStringLiteral("Recently"));

    // Records created "now" (2026 in this run) are not dormant against a past date, so
    // backdate them as an old file would have them.
    const auto backdate = [&](const QString &table) {
        SqlQuery(
            *f.db, QStringLiteral("UPDATE %1 SET created_at = '2013-01-01T00:00:00Z'").arg(table))
            .exec();
    };
    backdate(QStringLiteral("contact"));
    backdate(QStringLiteral("organisation"));

    ActorFilter filter;
    filter.dormantSince = QDate(2014, 6, 1);
    CHECK(ContactRepository(*f.db).findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder)
        == QList<qint64> { quiet });
    CHECK(
        OrganisationRepository(*f.db).findIds(filter, OrganisationSortKey::Name, Qt::AscendingOrder)
        == QList<qint64> { sleepy });
    // On the very day of the last activity, not dormant.
    filter.dormantSince = QDate(2014, 1, 10);
    CHECK(ContactRepository(*f.db)
              .findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder)
              .isEmpty());
    filter.dormantSince = QDate(2014, 1, 11);
    CHECK(ContactRepository(*f.db).findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder)
        == QList<qint64> { quiet });
    // A record newer than the date is not dormant, whatever it did.
    filter.dormantSince = QDate(2012, 6, 1);
    CHECK(ContactRepository(*f.db).matchingIds(filter).isEmpty());
    Q_UNUSED(busy);
}

TEST_CASE("A follow-up with nobody left goes with its last actor, and comes back on undo")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 paul = f.person(QStringLiteral("Paul"), QStringLiteral("Keller"));
    REQUIRE(f.commands.planFollowUps(
        { ActorRef::contact(marie) }, today, QStringLiteral("Call Marie"), 0));
    f.log(today, { ActorRef::contact(marie), ActorRef::contact(paul) }, QStringLiteral("Both"),
        followUp(today.addDays(3), QStringLiteral("Call both")));
    FollowUpRepository followUps(*f.db);
    REQUIRE(followUps.open().size() == 2);

    REQUIRE(f.commands.deleteContacts({ marie }));
    const QList<FollowUpRow> left = followUps.open();
    REQUIRE(left.size() == 1); // "Call Marie" had nobody else
    CHECK(left.first().action == QStringLiteral("Call both"));
    CHECK(left.first().actors == QStringLiteral("Paul Keller"));

    f.stack.undo();
    QStringList actions;
    for (const FollowUpRow &row : followUps.open())
        actions << row.action + QStringLiteral(": ") + row.actors;
    actions.sort();
    CHECK(actions
        == QStringList { "Call Marie: Marie Dupont", "Call both: Marie Dupont, Paul Keller" });
}

TEST_CASE("Rescheduling to the same date or reassigning to the same person adds no step")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    REQUIRE(f.commands.planFollowUps(
        { ActorRef::contact(marie) }, today, QStringLiteral("Call"), f.staff(0)));
    const qint64 id = FollowUpRepository(*f.db).open().first().id;
    const int steps = f.stack.count();
    CHECK(f.commands.rescheduleFollowUps({ id }, today));
    CHECK(f.commands.reassignFollowUps({ id }, f.staff(0)));
    CHECK(f.stack.count() == steps);
    CHECK_FALSE(f.commands.rescheduleFollowUps({ 9999 }, today));
    CHECK_FALSE(f.commands.deleteFollowUps({ 9999 }));
}

TEST_CASE("In a history, a follow-up past its date says it is overdue")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    REQUIRE(f.commands.planFollowUps(
        { ActorRef::contact(marie) }, today.addDays(-3), QStringLiteral("Late"), 0));
    REQUIRE(f.commands.planFollowUps(
        { ActorRef::contact(marie) }, today.addDays(3), QStringLiteral("Soon"), 0));
    const auto history = standardHistory(*f.db);
    HistoryModel model(*f.db, *history);
    model.setToday([] { return today; });
    model.setActor(ActorRef::contact(marie));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, HistoryModel::Kind).data().toString()
        == QStringLiteral("Follow-up (planned)"));
    CHECK(model.index(1, HistoryModel::Kind).data().toString()
        == QStringLiteral("Follow-up (overdue)"));
    CHECK(model.index(1, HistoryModel::Kind).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(0, HistoryModel::Kind).data(Qt::ForegroundRole).isValid());
}
