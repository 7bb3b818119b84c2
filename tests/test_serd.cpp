#include "catchqt.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <functional>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/serdrepository.h>
#include <models/history/history.h>
#include <models/item/serdactionmodel.h>
#include <models/item/serdoccurrencemodel.h>

using namespace relais;

namespace {

// Editions, organisations and a contact, set up through Commands as the user would.
struct SerdFixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    SerdRepository serd { *db };
    SerdFixture()
    {
        commands.setToday([] { return QDate(2014, 12, 10); });
    }

    qint64 organisation(const QString &name)
    {
        Organisation o;
        o.name = name;
        return *commands.addOrganisation(o);
    }
    qint64 person(const QString &first, const QString &last)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        return *commands.addContact(c);
    }
    qint64 edition(int year, const QDate &starts, const QDate &ends)
    {
        SerdEdition e;
        e.year = year;
        e.startsOn = starts;
        e.endsOn = ends;
        e.focus = QStringLiteral("Packaging");
        return *commands.addSerdEdition(e);
    }
    qint64 edition2014() { return edition(2014, QDate(2014, 11, 22), QDate(2014, 11, 30)); }
    qint64 listItem(ReferenceList list, int index)
    {
        return ReferenceListRepository(*db).items(list).at(index).id;
    }
    qint64 action(qint64 editionId, const QString &title, SerdStatus status, qint64 lead,
        const QList<qint64> &co = {}, const QList<SerdOccurrence> &occurrences = {})
    {
        SerdAction a;
        a.editionId = editionId;
        a.title = title;
        a.status = status;
        a.leadOrganisationId = lead;
        a.coOrganiserIds = co;
        return *commands.addSerdAction(a, occurrences);
    }
};

SerdOccurrence on(const QDate &date, const QString &commune = QStringLiteral("Mulhouse"),
    std::optional<int> expected = std::nullopt, std::optional<int> actual = std::nullopt,
    bool cancelled = false)
{
    SerdOccurrence o;
    o.date = date;
    o.startsAt = QTime(14, 0);
    o.endsAt = QTime(17, 0);
    o.place = QStringLiteral("Place de la Réunion");
    o.communeName = commune;
    o.expectedParticipants = expected;
    o.actualParticipants = actual;
    o.cancelled = cancelled;
    return o;
}

SerdFilter filterOf(
    qint64 edition, std::optional<SerdStatus> status = std::nullopt, qint64 topic = 0)
{
    SerdFilter filter;
    filter.editionId = edition;
    filter.status = status;
    filter.topicId = topic;
    return filter;
}

// Everything SERD in the file, timestamps of the last change left out (a redo stamps
// its own).
struct State
{
    QList<SerdEdition> editions;
    QList<SerdAction> actions;
    QList<SerdOccurrence> occurrences;
    bool operator==(const State &) const = default;
};

State state(Database &database, bool withUpdatedAt = true)
{
    SerdRepository serd(database);
    State s;
    s.editions = serd.editions();
    for (const SerdEdition &e : std::as_const(s.editions)) {
        s.actions += serd.actions(e.id);
        s.occurrences += serd.occurrencesOfEdition(e.id);
    }
    if (!withUpdatedAt) {
        for (auto &e : s.editions)
            e.updatedAt = {};
        for (auto &a : s.actions)
            a.updatedAt = {};
        for (auto &o : s.occurrences)
            o.updatedAt = {};
    }
    return s;
}

// Runs a verb, then checks that undo puts the file back exactly as it was and redo
// brings the change back, twice over.
void checkUndoRedo(SerdFixture &f, const std::function<bool()> &verb)
{
    const State before = state(*f.db);
    const int steps = f.stack.count();
    REQUIRE(verb());
    CHECK(f.stack.count() == steps + 1);
    const State after = state(*f.db, false);
    CHECK_FALSE(state(*f.db) == before);
    for (int round = 0; round < 2; ++round) {
        f.stack.undo();
        CHECK(state(*f.db) == before);
        f.stack.redo();
        CHECK(state(*f.db, false) == after);
    }
}

} // namespace

TEST_CASE("SERD figures count held occurrences, distinct actions and organisers", "[serd]")
{
    // Organisations 1..6; actions 10..15.
    const auto action = [](qint64 id, SerdStatus status, qint64 lead, QList<qint64> co = {}) {
        SerdAction a;
        a.id = id;
        a.status = status;
        a.leadOrganisationId = lead;
        a.coOrganiserIds = co;
        return a;
    };
    const auto occurrence = [](qint64 actionId, bool cancelled, std::optional<int> expected,
                                std::optional<int> actual) {
        SerdOccurrence o;
        o.actionId = actionId;
        o.date = QDate(2014, 11, 24);
        o.cancelled = cancelled;
        o.expectedParticipants = expected;
        o.actualParticipants = actual;
        return o;
    };
    const QList<SerdAction> actions {
        action(10, SerdStatus::Confirmed, 1, { 2 }), // repeated; one date cancelled
        action(11, SerdStatus::Held, 2, { 3 }), // 2 leads here, co-organises 10; 3 only co
        action(12, SerdStatus::Confirmed, 4), // every date cancelled
        action(13, SerdStatus::Cancelled, 5), // cancelled action, date not cancelled
        action(14, SerdStatus::Proposed, 6), // never confirmed
        action(15, SerdStatus::Held, 1), // 1 again, on another action
    };
    const QList<SerdOccurrence> occurrences {
        occurrence(10, false, 25, 30), occurrence(10, true, 99, 99),
        occurrence(10, false, 20, std::nullopt), // falls back to expected
        occurrence(11, false, std::nullopt, std::nullopt), // not counted at all
        occurrence(12, true, 40, std::nullopt), occurrence(12, true, 40, std::nullopt),
        occurrence(13, false, 50, 50), occurrence(14, false, 60, std::nullopt),
        occurrence(15, false, std::nullopt, 10),
        occurrence(99, false, 5, 5), // of an action not listed
    };
    const SerdTotals totals = serdTotals(actions, occurrences);
    CHECK(totals.held == 4);
    CHECK(totals.distinct == 3);
    CHECK(totals.organisers == 3); // 1, 2 and 3: not 4, 5 or 6
    CHECK(totals.participants == 60);
    CHECK(totals.actualParticipants == 40);
    CHECK(totals.estimated == 1);
    CHECK(totals.uncounted == 1);

    CHECK(isHeld(occurrences[0], SerdStatus::Held));
    CHECK_FALSE(isHeld(occurrences[1], SerdStatus::Held));
    CHECK_FALSE(isHeld(occurrences[0], SerdStatus::Proposed));
    CHECK_FALSE(isHeld(occurrences[0], SerdStatus::Cancelled));
    CHECK(serdTotals({}, occurrences) == SerdTotals {});
}

TEST_CASE("An action's organisers: the lead is never a co-organiser, each one once", "[serd]")
{
    SerdAction a;
    a.editionId = 1;
    a.title = QStringLiteral("  Repair  café ");
    a.leadOrganisationId = 7;
    a.coOrganiserIds = { 8, 7, 0, 8, 9 };
    const SerdAction cleaned = cleanedSerdAction(a);
    CHECK(cleaned.title == QStringLiteral("Repair café"));
    CHECK(cleaned.coOrganiserIds == QList<qint64> { 8, 9 });
    CHECK(cleaned.organiserIds() == QList<qint64> { 7, 8, 9 });
    a.title.clear();
    CHECK(serdActionError(a) == QStringLiteral("The action needs a title."));
    SerdOccurrence o;
    CHECK(serdOccurrenceError(o) == QStringLiteral("The date of the action is missing."));
    o.date = QDate(2014, 11, 24);
    o.startsAt = QTime(15, 0);
    o.endsAt = QTime(14, 0);
    CHECK(serdOccurrenceError(o) == QStringLiteral("The action ends before it starts."));
    o.endsAt = {};
    o.actualParticipants = -3;
    CHECK_FALSE(serdOccurrenceError(o).isEmpty());
}

TEST_CASE("An occurrence copied to another edition moves with the Week", "[serd]")
{
    SerdEdition from { 1, 2014, QDate(2014, 11, 22), QDate(2014, 11, 30), {}, {}, {}, {} };
    SerdEdition to { 2, 2015, QDate(2015, 11, 21), QDate(2015, 11, 29), {}, {}, {}, {} };
    // Tuesday of the 2014 Week -> Tuesday of the 2015 Week.
    CHECK(shiftedToEdition(QDate(2014, 11, 25), from, to) == QDate(2015, 11, 24));
    CHECK(shiftedToEdition(QDate(2014, 11, 25), from, to).dayOfWeek() == 2);
    to.startsOn = {};
    CHECK(shiftedToEdition(QDate(2014, 11, 25), from, to) == QDate(2015, 11, 25));
}

TEST_CASE("An edition's figures through the file follow the same rule", "[serd]")
{
    SerdFixture f;
    const qint64 edition = f.edition2014();
    const qint64 zeroWaste = f.organisation(QStringLiteral("Zéro Déchet Mulhouse"));
    const qint64 socialCentre = f.organisation(QStringLiteral("Centre social Wagner"));
    const qint64 repair = f.organisation(QStringLiteral("Repair Café Alsace"));
    const qint64 school = f.organisation(QStringLiteral("École Jean Zay"));
    const qint64 cancelledOrg = f.organisation(QStringLiteral("Ressourcerie Emmaüs"));

    f.action(edition, QStringLiteral("Disco soupe"), SerdStatus::Confirmed, zeroWaste,
        { socialCentre },
        { on(QDate(2014, 11, 24), QStringLiteral("Mulhouse"), 25, 30),
            on(QDate(2014, 11, 25), QStringLiteral("Illzach"), 40, std::nullopt, true),
            on(QDate(2014, 11, 26), QStringLiteral("Riedisheim"), 20) });
    f.action(edition, QStringLiteral("Repair café"), SerdStatus::Held, socialCentre, { repair },
        { on(QDate(2014, 11, 29)) });
    f.action(edition, QStringLiteral("Composting workshop"), SerdStatus::Confirmed, school, {},
        { on(QDate(2014, 11, 27), QStringLiteral("Mulhouse"), 15, std::nullopt, true) });
    f.action(edition, QStringLiteral("Free shop"), SerdStatus::Cancelled, cancelledOrg, {},
        { on(QDate(2014, 11, 28), QStringLiteral("Mulhouse"), 30, 30) });
    f.action(edition, QStringLiteral("Stop-pub stickers"), SerdStatus::Proposed, school);
    f.action(edition, QStringLiteral("Bulk shopping"), SerdStatus::Held, zeroWaste, {},
        { on(QDate(2014, 11, 22), QStringLiteral("Mulhouse"), std::nullopt, 10) });

    const SerdTotals totals = f.serd.figures(2014);
    CHECK(totals.held == 4);
    CHECK(totals.distinct == 3);
    CHECK(totals.organisers == 3);
    CHECK(totals.participants == 60);
    CHECK(totals.actualParticipants == 40);
    CHECK(totals.estimated == 1);
    CHECK(totals.uncounted == 1);
    CHECK(f.serd.totals(filterOf(edition)) == totals);
    CHECK(f.serd.figures(2013) == SerdTotals {});

    SECTION("filters")
    {
        const auto titles = [&](const SerdFilter &filter) {
            QStringList result;
            for (const SerdActionRow &row : f.serd.actionRows(filter))
                result << row.action.title;
            return result;
        };
        SerdFilter filter = filterOf(edition);
        CHECK(titles(filter).size() == 6);
        filter.status = SerdStatus::Held;
        CHECK(titles(filter) == QStringList { "Bulk shopping", "Repair café" });
        filter = filterOf(edition);
        filter.organisationId = socialCentre; // lead of one, co-organiser of another
        CHECK(titles(filter) == QStringList { "Disco soupe", "Repair café" });
        filter.organisationId = repair; // co-organiser only
        CHECK(titles(filter) == QStringList { "Repair café" });
        filter = filterOf(edition);
        filter.communeId
            = ReferenceListRepository(*f.db).findByName(ReferenceList::Commune, "Illzach")->id;
        CHECK(titles(filter) == QStringList { "Disco soupe" }); // of any occurrence, cancelled too
        // The totals of a filtered set: Disco soupe only.
        const SerdTotals disco = f.serd.totals(filter);
        CHECK(disco.held == 2);
        CHECK(disco.distinct == 1);
        CHECK(disco.organisers == 2);
        CHECK(disco.participants == 50);

        const qint64 topic = f.listItem(ReferenceList::SerdTopic, 1);
        const qint64 category = f.listItem(ReferenceList::SerdCategory, 1);
        SerdAction a = *f.serd.action(f.serd.actionIds(filterOf(edition, SerdStatus::Held)).last());
        a.topicId = topic;
        a.categoryId = category;
        REQUIRE(f.commands.updateSerdAction(a));
        filter = filterOf(edition);
        filter.topicId = topic;
        CHECK(titles(filter) == QStringList { "Repair café" });
        filter = filterOf(edition);
        filter.categoryId = category;
        CHECK(titles(filter) == QStringList { "Repair café" });
        filter.status = SerdStatus::Proposed;
        CHECK(titles(filter).isEmpty());
        const auto rows = f.serd.actionRows(filterOf(edition, std::nullopt, topic));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().lead == QStringLiteral("Centre social Wagner"));
        CHECK(rows.first().coOrganisers == QStringList { "Repair Café Alsace" });
        CHECK(rows.first().topic
            == ReferenceListRepository(*f.db).item(ReferenceList::SerdTopic, topic)->name);
    }

    SECTION("the actions list model shows the filtered set and its totals, live")
    {
        SerdActionModel model(*f.db);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.rowCount() == 0);
        model.setFilter(filterOf(edition));
        REQUIRE(model.rowCount() == 6);
        CHECK(model.totals() == totals);
        CHECK(model.index(0, SerdActionModel::Title).data().toString() == "Bulk shopping");
        const int disco = 2; // by title
        CHECK(model.index(disco, SerdActionModel::Title).data().toString() == "Disco soupe");
        CHECK(
            model.index(disco, SerdActionModel::Lead).data().toString() == "Zéro Déchet Mulhouse");
        CHECK(model.index(disco, SerdActionModel::Communes).data().toString()
            == "Mulhouse, Illzach, Riedisheim");
        CHECK(model.index(disco, SerdActionModel::Occurrences).data().toString() == "2 of 3");
        CHECK(model.index(disco, SerdActionModel::Participants).data().toInt() == 50);
        CHECK(model.index(disco, 0).data(SerdActionModel::HeldRole).toInt() == 2);
        CHECK(model.index(disco, 0).data(SerdActionModel::StatusRole).toInt()
            == int(SerdStatus::Confirmed));
        CHECK(
            model.headerData(SerdActionModel::Lead, Qt::Horizontal).toString() == "Lead organiser");

        QSignalSpy totalsSpy(&model, &SerdActionModel::totalsChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Marking the proposed action held and giving it a date adds to the figures.
        const qint64 stickers = model.idAt(model.rowOf(
            f.serd.actionRows(filterOf(edition, SerdStatus::Proposed)).first().action.id));
        SerdOccurrence o = on(QDate(2014, 11, 25), QStringLiteral("Mulhouse"), 12, 14);
        o.actionId = stickers;
        REQUIRE(f.commands.addSerdOccurrence(o));
        REQUIRE(f.commands.setSerdActionStatus({ stickers }, SerdStatus::Held));
        CHECK(resets.isEmpty()); // same actions: a view keeps its selection
        CHECK(model.totals().held == 5);
        CHECK(model.totals().organisers == 4);
        CHECK(model.totals().participants == 74);
        CHECK_FALSE(totalsSpy.isEmpty());
        f.stack.undo();
        CHECK(model.totals().held == 4);

        const SerdFilter held = filterOf(edition, SerdStatus::Held);
        model.setFilter(held);
        CHECK(model.rowCount() == 2);
        CHECK(model.totals().distinct == 2);
    }

    SECTION("the calendar lists every occurrence by day")
    {
        SerdOccurrenceModel model(*f.db);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEdition(edition);
        REQUIRE(model.rowCount() == 7);
        CHECK(
            model.index(0, 0).data(SerdOccurrenceModel::DateRole).toDate() == QDate(2014, 11, 22));
        CHECK(model.index(0, SerdOccurrenceModel::Action).data().toString() == "Bulk shopping");
        for (int row = 1; row < model.rowCount(); ++row)
            CHECK(model.index(row - 1, 0).data(SerdOccurrenceModel::DateRole).toDate()
                <= model.index(row, 0).data(SerdOccurrenceModel::DateRole).toDate());
        const int illzach = model.firstRowOn(QDate(2014, 11, 25));
        REQUIRE(illzach >= 0);
        CHECK(model.index(illzach, SerdOccurrenceModel::Status).data().toString() == "Cancelled");
        CHECK_FALSE(model.index(illzach, 0).data(SerdOccurrenceModel::HeldRole).toBool());
        CHECK(model.index(illzach, 0).data(SerdOccurrenceModel::FirstOfDayRole).toBool());
        CHECK(model.index(illzach, SerdOccurrenceModel::Time).data().toString().contains("–"));
        CHECK(model.index(0, SerdOccurrenceModel::Expected).data().toString().isEmpty());
        CHECK(model.index(0, SerdOccurrenceModel::Actual).data().toInt() == 10);

        // Another occurrence the same day comes right after, not first of its day.
        SerdOccurrence o = on(QDate(2014, 11, 22), QStringLiteral("Mulhouse"));
        o.startsAt = QTime(18, 0);
        o.endsAt = QTime(19, 0);
        o.actionId = model.index(0, 0).data(SerdOccurrenceModel::ActionIdRole).toLongLong();
        const qint64 added = *f.commands.addSerdOccurrence(o);
        REQUIRE(model.rowCount() == 8);
        CHECK(model.rowOf(added) == 1);
        CHECK_FALSE(model.index(1, 0).data(SerdOccurrenceModel::FirstOfDayRole).toBool());
    }
}

TEST_CASE("An action copied to the next edition keeps its people and moves its dates", "[serd]")
{
    SerdFixture f;
    const qint64 y2014 = f.edition2014();
    const qint64 y2015 = f.edition(2015, QDate(2015, 11, 21), QDate(2015, 11, 29));
    const qint64 lead = f.organisation(QStringLiteral("Zéro Déchet Mulhouse"));
    const qint64 co = f.organisation(QStringLiteral("Ville de Mulhouse — service propreté"));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    SerdAction a;
    a.editionId = y2014;
    a.title = QStringLiteral("Disco soupe");
    a.description = QStringLiteral("Vegetables saved from the bin, cooked together.");
    a.categoryId = f.listItem(ReferenceList::SerdCategory, 1);
    a.topicId = f.listItem(ReferenceList::SerdTopic, 0);
    a.audience = QStringLiteral("Everyone");
    a.leadOrganisationId = lead;
    a.coOrganiserIds = { co };
    a.contactId = anne;
    a.status = SerdStatus::Held;
    a.registered = true;
    const qint64 original = *f.commands.addSerdAction(a,
        { on(QDate(2014, 11, 25), QStringLiteral("Mulhouse"), 30, 42),
            on(QDate(2014, 11, 29), QStringLiteral("Illzach"), 20, std::nullopt, true) });

    std::optional<qint64> copy;
    checkUndoRedo(f, [&] {
        copy = f.commands.copySerdAction(original, y2015);
        return copy.has_value();
    });
    CHECK(f.stack.undoText() == QStringLiteral("Copy the SERD action Disco soupe to 2015"));
    const SerdAction copied = *f.serd.action(*copy);
    CHECK(copied.editionId == y2015);
    CHECK(copied.title == a.title);
    CHECK(copied.description == a.description);
    CHECK(copied.categoryId == a.categoryId);
    CHECK(copied.topicId == a.topicId);
    CHECK(copied.audience == a.audience);
    CHECK(copied.leadOrganisationId == lead);
    CHECK(copied.coOrganiserIds == QList<qint64> { co });
    CHECK(copied.contactId == anne);
    CHECK(copied.status == SerdStatus::Proposed);
    CHECK_FALSE(copied.registered);
    const auto occurrences = f.serd.occurrences(*copy);
    REQUIRE(occurrences.size() == 2);
    CHECK(occurrences[0].date == QDate(2015, 11, 24));
    CHECK(occurrences[1].date == QDate(2015, 11, 28));
    CHECK(occurrences[1].communeName == QStringLiteral("Illzach"));
    CHECK(occurrences[0].startsAt == QTime(14, 0));
    for (const SerdOccurrence &o : occurrences) {
        CHECK_FALSE(o.expectedParticipants);
        CHECK_FALSE(o.actualParticipants);
        CHECK_FALSE(o.cancelled);
    }
    // The original is untouched; the copy counts nothing until confirmed.
    CHECK(f.serd.occurrences(original).first().actualParticipants == 42);
    CHECK(f.serd.figures(2015).held == 0);
    REQUIRE(f.commands.setSerdActionStatus({ *copy }, SerdStatus::Confirmed));
    CHECK(f.serd.figures(2015).held == 2);
    CHECK_FALSE(f.commands.copySerdAction(original, 9999));
    CHECK_FALSE(f.commands.lastError().isEmpty());
}

TEST_CASE("Every SERD verb undoes exactly and redoes", "[serd]")
{
    SerdFixture f;
    const qint64 lead = f.organisation(QStringLiteral("Zéro Déchet Mulhouse"));
    const qint64 co = f.organisation(QStringLiteral("Centre social Wagner"));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));

    qint64 edition = 0;
    checkUndoRedo(f, [&] {
        edition = f.edition2014();
        return edition != 0;
    });
    CHECK(f.serd.edition(edition)->focus == QStringLiteral("Packaging"));
    SerdEdition duplicate;
    duplicate.year = 2014;
    CHECK_FALSE(f.commands.addSerdEdition(duplicate));
    CHECK(f.commands.lastError() == QStringLiteral("There is already an edition for 2014."));

    checkUndoRedo(f, [&] {
        SerdEdition e = *f.serd.edition(edition);
        e.focus = QStringLiteral("  Dematerialisation ");
        e.notes = QStringLiteral("Launch at the town hall.");
        return f.commands.updateSerdEdition(e);
    });
    CHECK(f.serd.edition(edition)->focus == QStringLiteral("Dematerialisation"));

    // A commune typed for a date is created with the action, and goes on undo.
    qint64 action = 0;
    checkUndoRedo(f, [&] {
        SerdAction a;
        a.editionId = edition;
        a.title = QStringLiteral("Repair café");
        a.leadOrganisationId = lead;
        a.contactId = anne;
        a.status = SerdStatus::Confirmed;
        action = f.commands
                     .addSerdAction(
                         a, { on(QDate(2014, 11, 24), QStringLiteral("Brunstatt-Didenheim"), 20) })
                     .value_or(0);
        return action != 0;
    });
    ReferenceListRepository lists(*f.db);
    CHECK(lists.findByName(ReferenceList::Commune, QStringLiteral("Brunstatt-Didenheim")));
    f.stack.undo();
    CHECK_FALSE(lists.findByName(ReferenceList::Commune, QStringLiteral("Brunstatt-Didenheim")));
    f.stack.redo();
    const auto commune = lists.findByName(ReferenceList::Commune, "Brunstatt-Didenheim");
    REQUIRE(commune);
    CHECK(f.serd.occurrences(action).first().communeId == commune->id);

    checkUndoRedo(f, [&] {
        SerdAction a = *f.serd.action(action);
        a.coOrganiserIds = { co, lead }; // the lead is dropped from the co-organisers
        a.registered = true;
        a.audience = QStringLiteral("Families");
        return f.commands.updateSerdAction(a);
    });
    CHECK(f.serd.action(action)->coOrganiserIds == QList<qint64> { co });
    // Nothing changed: no step.
    const int steps = f.stack.count();
    REQUIRE(f.commands.updateSerdAction(*f.serd.action(action)));
    CHECK(f.stack.count() == steps);

    checkUndoRedo(f, [&] { return f.commands.setSerdActionStatus({ action }, SerdStatus::Held); });
    // "Mark 1 SERD action as held" once the English plural forms are in.
    CHECK(f.stack.undoText().startsWith(QStringLiteral("Mark 1 SERD action")));
    CHECK(f.stack.undoText().endsWith(QStringLiteral(" as held")));

    qint64 occurrence = 0;
    checkUndoRedo(f, [&] {
        SerdOccurrence o = on(QDate(2014, 11, 27), QStringLiteral("Mulhouse"), 15);
        o.actionId = action;
        occurrence = f.commands.addSerdOccurrence(o).value_or(0);
        return occurrence != 0;
    });
    checkUndoRedo(f, [&] {
        SerdOccurrence o = *f.serd.occurrence(occurrence);
        o.actualParticipants = 18;
        o.cancelled = true;
        o.place = QStringLiteral("Médiathèque");
        return f.commands.updateSerdOccurrence(o);
    });
    CHECK(f.serd.occurrence(occurrence)->actualParticipants == 18);
    checkUndoRedo(f, [&] { return f.commands.deleteSerdOccurrence(occurrence); });
    CHECK_FALSE(f.serd.occurrence(occurrence));

    checkUndoRedo(f, [&] { return f.commands.deleteSerdAction(action); });
    CHECK_FALSE(f.serd.action(action));
    f.stack.undo();
    CHECK(f.serd.occurrences(action).size() == 1);
    CHECK(f.serd.action(action)->leadOrganisationId == lead);
    f.stack.redo();

    // A whole edition, its actions, organisers and dates, and back.
    f.action(edition, QStringLiteral("Disco soupe"), SerdStatus::Confirmed, co, { lead },
        { on(QDate(2014, 11, 25)), on(QDate(2014, 11, 26)) });
    checkUndoRedo(f, [&] { return f.commands.deleteSerdEdition(edition); });
    CHECK(f.serd.editions().isEmpty());
    f.stack.undo();
    CHECK(f.serd.figures(2014).held == 2);

    // Refused verbs leave no step.
    const int before = f.stack.count();
    SerdAction untitled;
    untitled.editionId = edition;
    CHECK_FALSE(f.commands.addSerdAction(untitled));
    SerdOccurrence undated;
    undated.actionId = f.serd.actions(edition).first().id;
    CHECK_FALSE(f.commands.addSerdOccurrence(undated));
    CHECK_FALSE(f.commands.deleteSerdAction(123456));
    CHECK(f.stack.count() == before);
}

TEST_CASE("An actor who runs SERD actions is kept until taken off them", "[serd]")
{
    SerdFixture f;
    const qint64 edition = f.edition2014();
    const qint64 lead = f.organisation(QStringLiteral("Zéro Déchet Mulhouse"));
    const qint64 co = f.organisation(QStringLiteral("Centre social Wagner"));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    SerdAction a;
    a.editionId = edition;
    a.title = QStringLiteral("Disco soupe");
    a.leadOrganisationId = lead;
    a.coOrganiserIds = { co };
    a.contactId = anne;
    a.status = SerdStatus::Held;
    const qint64 action = *f.commands.addSerdAction(a, { on(QDate(2014, 11, 25)) });
    const State before = state(*f.db);
    const int steps = f.stack.count();

    // The year's figures are reported to the funder: deleting an organiser or the
    // contact person would rewrite them behind the officer's back.
    CHECK_FALSE(f.commands.deleteOrganisations({ co }));
    CHECK(f.commands.lastError()
        == QStringLiteral("Not deleted: an organiser of SERD actions: “Disco soupe” (SERD 2014). "
                          "Take it off those actions first."));
    CHECK_FALSE(f.commands.deleteContacts({ anne }));
    CHECK(f.commands.lastError().startsWith(
        QStringLiteral("Not deleted: the contact person of SERD actions: “Disco soupe”")));
    CHECK(f.stack.count() == steps);
    CHECK(state(*f.db) == before);
    CHECK(OrganisationRepository(*f.db).load(co));
    CHECK(ContactRepository(*f.db).load(anne));

    // Taken off the action, they can go, and undo brings them back as they were.
    a = *f.serd.action(action);
    a.coOrganiserIds.clear();
    a.contactId = 0;
    REQUIRE(f.commands.updateSerdAction(a));
    REQUIRE(f.commands.deleteOrganisations({ co }));
    REQUIRE(f.commands.deleteContacts({ anne }));
    f.stack.undo();
    f.stack.undo();
    CHECK(ContactRepository(*f.db).load(anne));
    CHECK(OrganisationRepository(*f.db).load(co));
    f.stack.undo();
    CHECK(state(*f.db) == before);
}

TEST_CASE("SERD actions appear in the histories of their organisers and contact", "[serd]")
{
    SerdFixture f;
    const qint64 edition = f.edition2014();
    const qint64 lead = f.organisation(QStringLiteral("Zéro Déchet Mulhouse"));
    const qint64 co = f.organisation(QStringLiteral("Centre social Wagner"));
    Contact luc;
    luc.firstName = QStringLiteral("Luc");
    luc.lastName = QStringLiteral("Meyer");
    luc.memberships = { { co, QString(), QStringLiteral("Directeur") } };
    const qint64 lucId = *f.commands.addContact(luc);
    SerdAction a;
    a.editionId = edition;
    a.title = QStringLiteral("Disco soupe");
    a.leadOrganisationId = lead;
    a.coOrganiserIds = { co };
    a.contactId = lucId;
    a.status = SerdStatus::Held;
    const qint64 action = *f.commands.addSerdAction(a,
        { on(QDate(2014, 11, 23), QStringLiteral("Illzach"), 10, std::nullopt, true),
            on(QDate(2014, 11, 25)), on(QDate(2014, 11, 27), QStringLiteral("Riedisheim")) });
    f.action(edition, QStringLiteral("Someone else's"), SerdStatus::Held,
        f.organisation(QStringLiteral("Other")));

    const auto history = standardHistory(*f.db);
    const auto serdEntries = [](const QList<HistoryEntry> &entries) {
        QList<HistoryEntry> result;
        for (const HistoryEntry &entry : entries) {
            if (entry.source == QStringLiteral("serd"))
                result << entry;
        }
        return result;
    };
    const auto ofLead = serdEntries(history->ofOrganisation(lead));
    REQUIRE(ofLead.size() == 1);
    CHECK(ofLead.first().id == action);
    CHECK(ofLead.first().date == QDate(2014, 11, 25)); // its first held date
    CHECK(ofLead.first().kind == QStringLiteral("SERD action"));
    CHECK(ofLead.first().summary == QStringLiteral("Disco soupe — lead organiser, held"));
    CHECK(ofLead.first().detail.contains(QStringLiteral("SERD 2014")));
    CHECK(ofLead.first().detail.contains(QStringLiteral("Riedisheim")));
    CHECK(ofLead.first().person.isEmpty());
    CHECK_FALSE(ofLead.first().planned);

    // The co-organiser's history has it once, though its member is the contact too.
    const auto ofCo = serdEntries(history->ofOrganisation(co));
    REQUIRE(ofCo.size() == 1);
    CHECK(
        ofCo.first().summary == QStringLiteral("Disco soupe — co-organiser, contact person, held"));
    CHECK_FALSE(ofCo.first().person.isEmpty()); // Luc, the member it concerns

    const auto ofLuc = serdEntries(history->ofContact(lucId));
    REQUIRE(ofLuc.size() == 1);
    CHECK(ofLuc.first().summary == QStringLiteral("Disco soupe — contact person, held"));
}

TEST_CASE("Merging SERD list items and communes moves the actions and dates", "[serd]")
{
    SerdFixture f;
    const qint64 edition = f.edition2014();
    const qint64 lead = f.organisation(QStringLiteral("Zéro Déchet Mulhouse"));
    const qint64 topic = f.listItem(ReferenceList::SerdTopic, 0);
    const qint64 otherTopic = f.listItem(ReferenceList::SerdTopic, 1);
    const qint64 category = f.listItem(ReferenceList::SerdCategory, 0);
    const qint64 otherCategory = f.listItem(ReferenceList::SerdCategory, 2);
    SerdAction a;
    a.editionId = edition;
    a.title = QStringLiteral("Disco soupe");
    a.leadOrganisationId = lead;
    a.topicId = topic;
    a.categoryId = category;
    const qint64 action
        = *f.commands.addSerdAction(a, { on(QDate(2014, 11, 25), QStringLiteral("Mulhuose")) });
    ReferenceListRepository lists(*f.db);
    const qint64 typo = lists.findByName(ReferenceList::Commune, QStringLiteral("Mulhuose"))->id;
    const qint64 mulhouse = lists.findOrAdd(ReferenceList::Commune, QStringLiteral("Mulhouse"));
    CHECK(lists.usageCount(ReferenceList::SerdTopic, topic) == 1);
    CHECK(lists.usageCount(ReferenceList::Commune, typo) == 1);

    REQUIRE(f.commands.mergeReferenceItems(ReferenceList::SerdTopic, topic, otherTopic));
    REQUIRE(f.commands.mergeReferenceItems(ReferenceList::SerdCategory, category, otherCategory));
    REQUIRE(f.commands.mergeReferenceItems(ReferenceList::Commune, typo, mulhouse));
    CHECK(f.serd.action(action)->topicId == otherTopic);
    CHECK(f.serd.action(action)->categoryId == otherCategory);
    CHECK(f.serd.occurrences(action).first().communeId == mulhouse);
    f.stack.undo();
    f.stack.undo();
    f.stack.undo();
    CHECK(f.serd.action(action)->topicId == topic);
    CHECK(f.serd.action(action)->categoryId == category);
    CHECK(f.serd.occurrences(action).first().communeId == typo);
}

TEST_CASE("SERD changes are announced", "[serd]")
{
    SerdFixture f;
    QSignalSpy spy(&f.db->notifier(), &ChangeNotifier::serdChanged);
    const qint64 edition = f.edition2014();
    CHECK(spy.size() >= 1);
    spy.clear();
    f.stack.undo();
    CHECK(spy.size() >= 1);
    CHECK_FALSE(f.serd.edition(edition));
}
