#include "catchqt.h"
#include "trainingfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/meansrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/domain/means.h>
#include <models/item/contributionmodel.h>
#include <models/item/stafftimemodel.h>

using namespace relais;

namespace {

using Group = MeansRepository::ContributionGroup;
using TimeGroup = MeansRepository::StaffTimeGroup;

// The training fixture (contacts, modules, cohorts, sessions through Commands), with
// organisations, meetings, staff and roles.
struct Fixture : TrainingFixture
{
    MeansRepository means { *db };

    qint64 organisation(const QString &name)
    {
        Organisation o;
        o.name = name;
        return *commands.addOrganisation(o);
    }
    qint64 meeting(const QString &title, const QDate &date)
    {
        Meeting m;
        m.title = title;
        m.date = date;
        return *commands.addMeeting(m);
    }
    qint64 staffMember(const QString &name)
    {
        ReferenceItem item;
        item.name = name;
        return *commands.addReferenceItem(ReferenceList::StaffMember, item);
    }
    qint64 role(const QString &name)
    {
        const auto found = ReferenceListRepository(*db).findByName(ReferenceList::StaffRole, name);
        REQUIRE(found);
        return found->id;
    }
    ValuedContribution staffTimeGiven(qint64 organisationId, int year, double hours, Cents rate)
    {
        ValuedContribution c;
        c.organisationId = organisationId;
        c.year = year;
        c.kind = ContributionKind::StaffTime;
        c.unit = TimeUnit::Hours;
        c.quantity = hours;
        c.rate = rate;
        return c;
    }
    ValuedContribution material(qint64 organisationId, int year, Cents amount)
    {
        ValuedContribution c;
        c.organisationId = organisationId;
        c.year = year;
        c.kind = ContributionKind::Material;
        c.amount = amount;
        return c;
    }
    StaffTimeEntry time(
        qint64 staffId, const QDate &date, double days, const StaffActivity &activity)
    {
        StaffTimeEntry e;
        e.staffId = staffId;
        e.startsOn = date;
        e.days = days;
        e.activity = activity;
        return e;
    }
    void exec(const QString &statement)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(statement));
    }
};

} // namespace

TEST_CASE("Staff time given by partners is worth quantity × rate, to the cent", "[means]")
{
    CHECK(staffTimeAmount(7.5, 2333) == 17498); // 174.975 € rounds up
    CHECK(staffTimeAmount(2.5, 18050) == 45125); // days × a day's rate
    CHECK(staffTimeAmount(1, 1999) == 1999);
    CHECK(staffTimeAmount(0.01, 50) == 1); // half a cent, away from zero
    CHECK(staffTimeAmount(0.01, 49) == 0);
    CHECK(staffTimeAmount(0.1 + 0.2, 1000) == 300); // 0.30000000000000004 h
    CHECK(staffTimeAmount(3.456, 1000) == 3460); // the quantity is kept to the hundredth
    CHECK(hundredths(7.456) == 746);
    CHECK(centsFromEuros(19.99) == 1999); // 1998.9999999999998 as a double
    CHECK(centsFromEuros(0.1 + 0.2) == 30);
    CHECK(centsFromEuros(34700) == 3470000);

    const ValuedContribution typed = [] {
        ValuedContribution c;
        c.kind = ContributionKind::StaffTime;
        c.quantity = 7.456;
        c.rate = 2000;
        c.amount = 999999; // typed over: staff time's amount is always computed
        return c;
    }();
    const ValuedContribution cleaned = cleanedContribution(typed);
    CHECK(cleaned.quantity == 7.46);
    CHECK(cleaned.amount == 14920);
    ValuedContribution material = typed;
    material.kind = ContributionKind::Material;
    const ValuedContribution cleanedMaterial = cleanedContribution(material);
    CHECK(cleanedMaterial.amount == 999999);
    CHECK(cleanedMaterial.quantity == 0);
    CHECK(cleanedMaterial.rate == 0);
}

TEST_CASE("Staff time is counted in half-days", "[means]")
{
    CHECK(halfDaysOf(0.5) == 1);
    CHECK(halfDaysOf(1) == 2);
    CHECK(halfDaysOf(1.5) == 3);
    CHECK(halfDaysOf(33.5) == 67);
    for (const double refused : { 0.0, -0.5, 0.25, 0.75, 1.3, 2.05, std::nan("") }) {
        INFO(refused);
        CHECK_FALSE(halfDaysOf(refused));
        CHECK_FALSE(isHalfDayStep(refused));
    }

    Fixture f;
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    const int steps = f.stack.count();
    StaffTimeEntry e = f.time(
        anne, QDate(2014, 3, 4), 1.3, StaffActivity::named(QStringLiteral("Mobilisation")));
    CHECK_FALSE(f.commands.addStaffTime(e));
    CHECK(f.commands.lastError()
        == QStringLiteral("Staff time is counted in half-days: 0.5, 1, 1.5…"));
    CHECK(f.stack.count() == steps);
    e.days = 1.5;
    const auto id = f.commands.addStaffTime(e);
    REQUIRE(id);
    CHECK(f.means.staffTime(*id)->days == 1.5);
    e.id = *id;
    e.days = 0;
    CHECK_FALSE(f.commands.updateStaffTime(e));
    CHECK(f.means.staffTime(*id)->days == 1.5);
}

TEST_CASE(
    "Staff time needs a person, a date, an activity; a period ends after it starts", "[means]")
{
    Fixture f;
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    const int steps = f.stack.count();
    const StaffTimeEntry good = f.time(
        anne, QDate(2014, 3, 4), 1, StaffActivity::named(QStringLiteral("  Communication ")));
    StaffTimeEntry e = good;
    e.staffId = 0;
    CHECK_FALSE(staffTimeError(e).isEmpty());
    e = good;
    e.startsOn = QDate();
    CHECK_FALSE(staffTimeError(e).isEmpty());
    e = good;
    e.endsOn = QDate(2014, 3, 1);
    CHECK(staffTimeError(e) == QStringLiteral("The period ends before it starts."));
    e = good;
    e.activity = {};
    CHECK_FALSE(f.commands.addStaffTime(e));
    e.activity = StaffActivity::meeting(0);
    CHECK_FALSE(f.commands.addStaffTime(e));
    e.activity = StaffActivity::named(QStringLiteral("   "));
    CHECK_FALSE(f.commands.addStaffTime(e));
    CHECK(f.stack.count() == steps);

    const qint64 id = *f.commands.addStaffTime(good);
    const StaffTimeEntry stored = *f.means.staffTime(id);
    CHECK(stored.activity == StaffActivity::named(QStringLiteral("Communication")));
    CHECK(stored.createdAt.isValid());
    CHECK(f.means.staffTimeCategories().contains(QStringLiteral("Communication")));
    CHECK(f.means.staffTimeCategories().contains(QStringLiteral("Mobilisation")));
}

TEST_CASE(
    "Contributions are added, edited and deleted in single steps that undo and redo", "[means]")
{
    Fixture f;
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const int before = f.stack.count();

    // Checked before anything is stored.
    ValuedContribution bad = f.material(0, 2015, 1000);
    CHECK_FALSE(f.commands.addContribution(bad));
    CHECK(f.commands.lastError()
        == QStringLiteral("A valued contribution comes from an organisation."));
    bad = f.material(emmaus, 0, 1000);
    CHECK_FALSE(f.commands.addContribution(bad));
    bad = f.material(emmaus, 2015, 0);
    CHECK(!f.commands.addContribution(bad));
    CHECK(f.commands.lastError() == QStringLiteral("The amount must be more than zero."));
    bad = f.staffTimeGiven(emmaus, 2015, 0, 2000);
    CHECK_FALSE(f.commands.addContribution(bad));
    bad = f.staffTimeGiven(emmaus, 2015, 3, 0);
    CHECK_FALSE(f.commands.addContribution(bad));
    bad = f.material(emmaus, 2015, 1000);
    bad.meetingId = f.meeting(QStringLiteral("Conseil d'acteurs"), QDate(2015, 3, 12));
    bad.serdActionId = 1;
    CHECK_FALSE(f.commands.addContribution(bad));
    bad = f.material(emmaus + 100, 2015, 1000);
    CHECK_FALSE(f.commands.addContribution(bad));
    CHECK(f.stack.count() == before + 1); // only the meeting

    // Add.
    ValuedContribution given = f.staffTimeGiven(emmaus, 2015, 14, 2500);
    given.note = QStringLiteral(" two volunteers, a week-end ");
    const auto id = f.commands.addContribution(given);
    REQUIRE(id);
    CHECK(f.stack.undoText()
        == QStringLiteral("Add a valued contribution of Emmaüs Mulhouse (2015)"));
    const ValuedContribution stored = *f.means.contribution(*id);
    CHECK(stored.amount == 35000);
    CHECK(stored.quantity == 14);
    CHECK(stored.note == QStringLiteral("two volunteers, a week-end"));
    f.stack.undo();
    CHECK_FALSE(f.means.contribution(*id));
    f.stack.redo();
    CHECK(*f.means.contribution(*id) == stored); // under its own id, as it was

    // Edit: in days now; then material.
    ValuedContribution edited = stored;
    edited.unit = TimeUnit::Days;
    edited.quantity = 2;
    edited.rate = 18000;
    REQUIRE(f.commands.updateContribution(edited));
    CHECK(f.means.contribution(*id)->amount == 36000);
    CHECK(f.commands.updateContribution(*f.means.contribution(*id))); // no change: no step
    const int steps = f.stack.count();
    edited = *f.means.contribution(*id);
    edited.kind = ContributionKind::Material;
    edited.amount = 12050;
    REQUIRE(f.commands.updateContribution(edited));
    CHECK(f.stack.count() == steps + 1);
    CHECK(f.means.contribution(*id)->amount == 12050);
    CHECK(f.means.contribution(*id)->rate == 0);
    f.stack.undo();
    CHECK(f.means.contribution(*id)->amount == 36000);
    CHECK(f.means.contribution(*id)->unit == TimeUnit::Days);
    f.stack.undo();
    CHECK(*f.means.contribution(*id) == stored);
    f.stack.redo();
    f.stack.redo();
    CHECK(f.means.contribution(*id)->amount == 12050);

    // Delete, several at once.
    const qint64 other = *f.commands.addContribution(f.material(emmaus, 2014, 5000));
    REQUIRE(f.commands.deleteContributions({ *id, other, *id }));
    // (The English plural comes from relais_en.ts.)
    CHECK(f.stack.undoText().startsWith(QStringLiteral("Delete 2 valued contribution")));
    CHECK(f.means.contributionsOf(emmaus).isEmpty());
    f.stack.undo();
    CHECK(f.means.contributionsOf(emmaus).size() == 2);
    CHECK(f.means.contribution(*id)->amount == 12050);
    f.stack.redo();
    CHECK(f.means.contributionsOf(emmaus).isEmpty());
    CHECK_FALSE(f.commands.deleteContributions({ *id }));
    CHECK_FALSE(f.commands.lastError().isEmpty());
}

TEST_CASE("Contributions add up per organisation, action, kind and year", "[means]")
{
    Fixture f;
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const qint64 repair = f.organisation(QStringLiteral("Repair Café Mulhouse"));
    const qint64 council = f.meeting(QStringLiteral("Conseil d'acteurs"), QDate(2015, 3, 12));

    ValuedContribution c = f.staffTimeGiven(emmaus, 2015, 7.5, 2333); // 174.98
    c.meetingId = council;
    REQUIRE(f.commands.addContribution(c));
    REQUIRE(f.commands.addContribution(f.material(emmaus, 2015, 1010))); // 10.10
    c = f.material(repair, 2015, 2020); // 20.20
    c.meetingId = council;
    REQUIRE(f.commands.addContribution(c));
    c = f.material(repair, 2014, 3000);
    c.kind = ContributionKind::Other;
    REQUIRE(f.commands.addContribution(c));

    // One figure: exact, in cents.
    CHECK(f.means.contributionSum(2015) == 17498 + 1010 + 2020);
    CHECK(f.means.contributionSum() == 17498 + 1010 + 2020 + 3000);
    CHECK(f.means.contributionSum(2015, repair) == 2020);
    CHECK(f.means.contributionSum(2016) == 0);
    CHECK(f.means.contributionTotals({}, 2016).isEmpty());
    const auto all = f.means.contributionTotals({}, 2015);
    REQUIRE(all.size() == 1);
    CHECK(all[0].amount == 20528);
    CHECK(all[0].entries == 3);

    const auto byOrganisation = f.means.contributionTotals(Group::Organisation, 2015);
    REQUIRE(byOrganisation.size() == 2);
    CHECK(byOrganisation[0].organisationId == emmaus); // the largest first
    CHECK(byOrganisation[0].organisation == QStringLiteral("Emmaüs Mulhouse"));
    CHECK(byOrganisation[0].amount == 18508);
    CHECK(byOrganisation[1].amount == 2020);

    const auto byAction = f.means.contributionTotals(Group::Action, 2015);
    REQUIRE(byAction.size() == 2);
    CHECK(byAction[0].meetingId == council);
    CHECK(byAction[0].action == QStringLiteral("Conseil d'acteurs"));
    CHECK(byAction[0].amount == 17498 + 2020);
    CHECK(byAction[1].meetingId == 0); // related to nothing
    CHECK(byAction[1].amount == 1010);

    const auto byKind = f.means.contributionTotals(Group::Kind);
    REQUIRE(byKind.size() == 3);
    CHECK(byKind[0].kind == ContributionKind::StaffTime);
    CHECK(byKind[0].amount == 17498);
    CHECK(byKind[1].kind == ContributionKind::Material);
    CHECK(byKind[1].amount == 3030);
    CHECK(byKind[2].kind == ContributionKind::Other);

    const auto byYear = f.means.contributionTotals(Group::Year);
    REQUIRE(byYear.size() == 2);
    CHECK(byYear[0].year == 2014); // in year order
    CHECK(byYear[0].amount == 3000);
    CHECK(byYear[1].year == 2015);
    CHECK(byYear[1].amount == 20528);

    const auto cross = f.means.contributionTotals(Group::Organisation | Group::Year);
    REQUIRE(cross.size() == 3);
    CHECK(cross[0].year == 2014);
    CHECK(cross[0].organisationId == repair);

    // An organisation's record.
    const auto ofRepair = f.means.contributionsOf(repair);
    REQUIRE(ofRepair.size() == 2);
    CHECK(ofRepair[0].contribution.year == 2015); // newest first
    CHECK(ofRepair[0].relatesTo == QStringLiteral("Conseil d'acteurs"));
    CHECK(ofRepair[0].organisation == QStringLiteral("Repair Café Mulhouse"));
    CHECK(ofRepair[1].relatesTo.isEmpty());
}

TEST_CASE("An organisation's contributions go with it and come back on undo", "[means]")
{
    Fixture f;
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const qint64 id = *f.commands.addContribution(f.material(emmaus, 2015, 5000));
    const ValuedContribution stored = *f.means.contribution(id);
    ContributionModel model(*f.db);
    model.setFilter(0, emmaus);
    REQUIRE(model.rowCount() == 1);

    REQUIRE(f.commands.deleteOrganisations({ emmaus }));
    CHECK_FALSE(f.means.contribution(id));
    CHECK(f.means.contributionSum(2015) == 0);
    CHECK(model.rowCount() == 0);
    f.stack.undo();
    CHECK(*f.means.contribution(id) == stored);
    CHECK(model.rowCount() == 1);
    f.stack.redo();
    CHECK_FALSE(f.means.contribution(id));
    f.stack.undo();
    // And its contributions can still be edited and their step undone.
    ValuedContribution edited = stored;
    edited.amount = 6000;
    REQUIRE(f.commands.updateContribution(edited));
    f.stack.undo();
    CHECK(*f.means.contribution(id) == stored);
}

TEST_CASE(
    "Deleting a meeting keeps its staff time and contributions; undo links them again", "[means]")
{
    Fixture f;
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const qint64 council = f.meeting(QStringLiteral("Conseil d'acteurs"), QDate(2015, 3, 12));
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));

    // "Log preparation time" after the meeting.
    StaffTimeEntry prep = staffTimeForMeeting(council, QDate(2015, 3, 12), anne);
    prep.days = 3;
    const qint64 timeId = *f.commands.addStaffTime(prep);
    CHECK(f.means.staffTime(timeId)->activity == StaffActivity::meeting(council));
    CHECK(f.means.staffTimeEntries(2015).first().activity == QStringLiteral("Conseil d'acteurs"));
    ValuedContribution c = f.material(emmaus, 2015, 5000);
    c.meetingId = council;
    const qint64 contributionId = *f.commands.addContribution(c);

    REQUIRE(f.commands.deleteMeeting(council));
    CHECK(f.means.staffTime(timeId)->activity.isNone());
    CHECK(f.means.staffTime(timeId)->days == 3);
    CHECK(f.means.contribution(contributionId)->meetingId == 0);
    CHECK(f.means.staffTimeEntries(2015).first().activity == QStringLiteral("No activity"));
    f.stack.undo();
    CHECK(f.means.staffTime(timeId)->activity == StaffActivity::meeting(council));
    CHECK(f.means.staffTime(timeId)->detached == DetachedLinks {});
    CHECK(f.means.contribution(contributionId)->meetingId == council);
    f.stack.redo();
    CHECK(f.means.staffTime(timeId)->activity.isNone());

    SECTION("an entry deleted after its meeting comes back linked when both are undone")
    {
        REQUIRE(f.commands.deleteStaffTime({ timeId }));
        REQUIRE(f.commands.deleteContributions({ contributionId }));
        f.stack.undo();
        f.stack.undo();
        f.stack.undo(); // the meeting's deletion
        CHECK(f.means.staffTime(timeId)->activity == StaffActivity::meeting(council));
        CHECK(f.means.contribution(contributionId)->meetingId == council);
    }
    SECTION("an entry given another activity meanwhile keeps it")
    {
        StaffTimeEntry moved = *f.means.staffTime(timeId);
        moved.activity = StaffActivity::named(QStringLiteral("Mobilisation"));
        REQUIRE(f.commands.updateStaffTime(moved));
        CHECK(f.means.staffTime(timeId)->detached == DetachedLinks {});
        f.stack.undo(); // back to no activity, remembering the meeting
        f.stack.undo(); // the meeting comes back, and the link with it
        CHECK(f.means.staffTime(timeId)->activity == StaffActivity::meeting(council));
    }
}

TEST_CASE("Training sessions and SERD deletions leave staff time unlinked until undone", "[means]")
{
    Fixture f;
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    const qint64 module = f.module(QStringLiteral("Waste prevention: the basics"));
    const qint64 cohort = f.cohort();
    const qint64 session = f.session(cohort, module, QDate(2014, 3, 4));
    const qint64 id = *f.commands.addStaffTime(
        f.time(anne, QDate(2014, 3, 4), 1, StaffActivity::trainingSession(session)));
    CHECK(f.means.staffTimeEntries().first().activity
        == QStringLiteral("Training: Waste prevention: the basics"));

    REQUIRE(f.commands.deleteSession(session));
    CHECK(f.means.staffTime(id)->activity.isNone());
    f.stack.undo();
    CHECK(f.means.staffTime(id)->activity == StaffActivity::trainingSession(session));
    // The cohort takes its sessions with it (a cascade): the same.
    REQUIRE(f.commands.deleteCohort(cohort));
    CHECK(f.means.staffTime(id)->activity.isNone());
    f.stack.undo();
    CHECK(f.means.staffTime(id)->activity == StaffActivity::trainingSession(session));

    // SERD editions and actions, whichever verb deletes them and puts them back under
    // their ids.
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    f.exec(QStringLiteral("INSERT INTO serd_edition (id, year, created_at, updated_at) "
                          "VALUES (900, 2015, '2015-01-01T00:00:00Z', '2015-01-01T00:00:00Z')"));
    f.exec(QStringLiteral("INSERT INTO serd_action (id, edition_id, title, created_at, updated_at) "
                          "VALUES (901, 900, 'Disco soupe', '2015-01-01T00:00:00Z', "
                          "'2015-01-01T00:00:00Z')"));
    const qint64 week = *f.commands.addStaffTime(
        f.time(anne, QDate(2015, 11, 21), 2.5, StaffActivity::serdEdition(900)));
    ValuedContribution c = f.material(emmaus, 2015, 4000);
    c.serdActionId = 901;
    const qint64 given = *f.commands.addContribution(c);
    CHECK(f.means.staffTimeEntries(2015).first().activity == QStringLiteral("SERD 2015"));
    CHECK(f.means.contributionsOf(emmaus).first().relatesTo == QStringLiteral("Disco soupe"));
    CHECK(
        f.means.contributionTotals(Group::Action).first().action == QStringLiteral("Disco soupe"));

    f.exec(QStringLiteral("DELETE FROM serd_edition WHERE id = 900")); // and its action
    CHECK(f.means.staffTime(week)->activity.isNone());
    CHECK(f.means.contribution(given)->serdActionId == 0);
    f.exec(QStringLiteral("INSERT INTO serd_edition (id, year, created_at, updated_at) "
                          "VALUES (900, 2015, '2015-01-01T00:00:00Z', '2015-01-01T00:00:00Z')"));
    f.exec(QStringLiteral("INSERT INTO serd_action (id, edition_id, title, created_at, updated_at) "
                          "VALUES (901, 900, 'Disco soupe', '2015-01-01T00:00:00Z', "
                          "'2015-01-01T00:00:00Z')"));
    CHECK(f.means.staffTime(week)->activity == StaffActivity::serdEdition(900));
    CHECK(f.means.contribution(given)->serdActionId == 901);
}

TEST_CASE("Staff time adds up per role, person, activity and year", "[means]")
{
    Fixture f;
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    const qint64 lea = f.staffMember(QStringLiteral("Léa"));
    const qint64 marc = f.staffMember(QStringLiteral("Marc"));
    const qint64 officer = f.role(QStringLiteral("Chargée de mission"));
    const qint64 intern = f.role(QStringLiteral("Stagiaire"));
    const qint64 assistant = f.role(QStringLiteral("Assistante"));

    REQUIRE(f.commands.setStaffRole(anne, officer));
    CHECK(f.stack.undoText() == QStringLiteral("Make Anne Chargée de mission"));
    REQUIRE(f.commands.setStaffRole(lea, intern));
    REQUIRE(f.commands.setStaffRole(marc, assistant));
    CHECK(f.means.staffPerson(anne)->role == QStringLiteral("Chargée de mission"));
    REQUIRE(f.commands.setStaffRole(marc, 0));
    CHECK(f.means.staffPerson(marc)->roleId == 0);
    f.stack.undo();
    CHECK(f.means.staffPerson(marc)->roleId == assistant);
    f.stack.redo();
    f.stack.undo();
    CHECK(f.commands.setStaffRole(marc, assistant)); // unchanged: no step
    CHECK_FALSE(f.commands.setStaffRole(marc, 99999));
    const auto staff = f.means.staff();
    CHECK(std::any_of(staff.begin(), staff.end(),
        [&](const StaffPerson &p) { return p.id == lea && p.roleId == intern; }));

    const qint64 council = f.meeting(QStringLiteral("Conseil d'acteurs"), QDate(2014, 6, 12));
    const auto mobilisation = StaffActivity::named(QStringLiteral("Mobilisation"));
    // 2014: a council (3 officer days + 1 assistant day); mobilisation 33.5 + 6 intern days.
    REQUIRE(f.commands.addStaffTime(
        f.time(anne, QDate(2014, 6, 12), 3, StaffActivity::meeting(council))));
    REQUIRE(f.commands.addStaffTime(
        f.time(marc, QDate(2014, 6, 10), 1, StaffActivity::meeting(council))));
    StaffTimeEntry period = f.time(anne, QDate(2014, 1, 6), 33.5, mobilisation);
    period.endsOn = QDate(2014, 12, 19);
    REQUIRE(f.commands.addStaffTime(period));
    REQUIRE(f.commands.addStaffTime(f.time(lea, QDate(2014, 5, 5), 6, mobilisation)));
    // 2015: half a day.
    REQUIRE(f.commands.addStaffTime(f.time(lea, QDate(2015, 1, 5), 0.5, mobilisation)));

    const auto byRole = f.means.staffTimeTotals(TimeGroup::Role, 2014);
    REQUIRE(byRole.size() == 3);
    CHECK(byRole[0].roleId == officer);
    CHECK(byRole[0].role == QStringLiteral("Chargée de mission"));
    CHECK(byRole[0].days() == 36.5);
    CHECK(byRole[1].roleId == intern);
    CHECK(byRole[1].days() == 6);
    CHECK(byRole[2].roleId == assistant);
    CHECK(byRole[2].days() == 1);

    const auto byActivity = f.means.staffTimeTotals(TimeGroup::Activity, 2014);
    REQUIRE(byActivity.size() == 2);
    CHECK(byActivity[0].activity == mobilisation);
    CHECK(byActivity[0].activityName == QStringLiteral("Mobilisation"));
    CHECK(byActivity[0].halfDays == 79);
    CHECK(byActivity[1].activity == StaffActivity::meeting(council));
    CHECK(byActivity[1].activityName == QStringLiteral("Conseil d'acteurs"));
    CHECK(byActivity[1].days() == 4);
    CHECK(byActivity[1].entries == 2);

    const auto byYear = f.means.staffTimeTotals(TimeGroup::Year);
    REQUIRE(byYear.size() == 2);
    CHECK(byYear[0].year == 2014);
    CHECK(byYear[0].days() == 43.5);
    CHECK(byYear[1].year == 2015);
    CHECK(byYear[1].days() == 0.5);

    // The annual report's table: days by role and activity.
    const auto cross = f.means.staffTimeTotals(TimeGroup::Role | TimeGroup::Activity, 2014);
    REQUIRE(cross.size() == 4);
    CHECK(cross[0].roleId == officer);
    CHECK(cross[0].activity == mobilisation);
    CHECK(cross[0].days() == 33.5);

    // Totals follow the person's current role; someone without one is a line of its own.
    REQUIRE(f.commands.setStaffRole(marc, 0));
    const auto noRole = f.means.staffTimeTotals(TimeGroup::Role, 2014);
    REQUIRE(noRole.size() == 3);
    CHECK(noRole[2].roleId == 0);
    CHECK(noRole[2].role.isEmpty());

    const auto byPerson = f.means.staffTimeTotals(TimeGroup::Person);
    REQUIRE(byPerson.size() == 3);
    CHECK(byPerson[0].person == QStringLiteral("Anne"));
    CHECK(f.means.staffTimeTotals({}, 2016).isEmpty());
}

TEST_CASE("Staff time entries are edited and deleted in steps that undo and redo", "[means]")
{
    Fixture f;
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    const qint64 lea = f.staffMember(QStringLiteral("Léa"));
    const qint64 id = *f.commands.addStaffTime(
        f.time(anne, QDate(2014, 3, 4), 1, StaffActivity::named(QStringLiteral("Mobilisation"))));
    const StaffTimeEntry stored = *f.means.staffTime(id);
    f.stack.undo();
    CHECK_FALSE(f.means.staffTime(id));
    f.stack.redo();
    CHECK(*f.means.staffTime(id) == stored);

    StaffTimeEntry edited = stored;
    edited.staffId = lea;
    edited.days = 2.5;
    edited.endsOn = QDate(2014, 3, 6);
    edited.note = QStringLiteral("Visits to the social centres");
    REQUIRE(f.commands.updateStaffTime(edited));
    CHECK(f.means.staffTime(id)->staffId == lea);
    CHECK(f.means.staffTime(id)->endsOn == QDate(2014, 3, 6));
    f.stack.undo();
    CHECK(*f.means.staffTime(id) == stored);
    f.stack.redo();
    CHECK(f.means.staffTime(id)->days == 2.5);

    REQUIRE(f.commands.deleteStaffTime({ id }));
    CHECK(f.stack.undoText().startsWith(QStringLiteral("Delete 1 staff time entr")));
    CHECK_FALSE(f.means.staffTime(id));
    f.stack.undo();
    CHECK(f.means.staffTime(id)->note == QStringLiteral("Visits to the social centres"));
    f.stack.redo();
    CHECK_FALSE(f.means.staffTime(id));
    CHECK_FALSE(f.commands.updateStaffTime(edited));
}

TEST_CASE("Merging people moves their staff time; merging roles moves the people", "[means]")
{
    Fixture f;
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    const qint64 anneTwice = f.staffMember(QStringLiteral("Anne M."));
    const qint64 officer = f.role(QStringLiteral("Chargée de mission"));
    const qint64 communication = f.role(QStringLiteral("Chargée de communication"));
    REQUIRE(f.commands.setStaffRole(anneTwice, communication));
    const qint64 id = *f.commands.addStaffTime(f.time(
        anneTwice, QDate(2014, 3, 4), 1, StaffActivity::named(QStringLiteral("Communication"))));

    ReferenceListRepository lists(*f.db);
    CHECK(lists.usageCount(ReferenceList::StaffMember, anneTwice) == 1);
    CHECK(lists.usageCount(ReferenceList::StaffRole, communication) == 1);
    REQUIRE(f.commands.mergeReferenceItems(ReferenceList::StaffRole, communication, officer));
    CHECK(f.means.staffPerson(anneTwice)->roleId == officer);
    f.stack.undo();
    CHECK(f.means.staffPerson(anneTwice)->roleId == communication);

    REQUIRE(f.commands.mergeReferenceItems(ReferenceList::StaffMember, anneTwice, anne));
    CHECK(f.means.staffTime(id)->staffId == anne);
    f.stack.undo();
    CHECK(f.means.staffTime(id)->staffId == anneTwice);
}

TEST_CASE("The contribution and staff-time lists show their rows and follow changes", "[means]")
{
    Fixture f;
    struct LocaleGuard
    {
        QLocale saved;
        LocaleGuard() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
        ~LocaleGuard() { QLocale::setDefault(saved); }
    } locale;
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const qint64 repair = f.organisation(QStringLiteral("Repair Café"));
    const qint64 anne = f.staffMember(QStringLiteral("Anne"));
    REQUIRE(f.commands.setStaffRole(anne, f.role(QStringLiteral("Chargée de mission"))));

    ContributionModel contributions(*f.db);
    QAbstractItemModelTester tester(
        &contributions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    StaffTimeModel staffTime(*f.db);
    QAbstractItemModelTester timeTester(
        &staffTime, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(contributions.rowCount() == 0);
    CHECK(staffTime.rowCount() == 0);

    const qint64 given = *f.commands.addContribution(f.staffTimeGiven(emmaus, 2015, 7.5, 2000));
    REQUIRE(f.commands.addContribution(f.material(repair, 2014, 12345)));
    REQUIRE(contributions.rowCount() == 2);
    CHECK(contributions.idAt(0) == given);
    CHECK(contributions.rowOf(given) == 0);
    const auto cell = [&](int row, int column) {
        return contributions.data(contributions.index(row, column)).toString();
    };
    CHECK(cell(0, ContributionModel::Year) == QStringLiteral("2015"));
    CHECK(cell(0, ContributionModel::Organisation) == QStringLiteral("Emmaüs Mulhouse"));
    CHECK(cell(0, ContributionModel::Kind) == QStringLiteral("Staff time"));
    CHECK(cell(0, ContributionModel::Quantity) == QStringLiteral("7.5 h"));
    CHECK(cell(0, ContributionModel::Amount) == QStringLiteral("€150.00"));
    CHECK(cell(1, ContributionModel::Quantity).isEmpty());
    CHECK(contributions.data(contributions.index(1, 0), ContributionModel::CentsRole).toLongLong()
        == 12345);
    CHECK(contributions.total() == 15000 + 12345);
    contributions.setFilter(2014, 0);
    CHECK(contributions.rowCount() == 1);
    contributions.setFilter(0, emmaus);
    CHECK(contributions.rowCount() == 1);
    f.stack.undo(); // the material contribution of the Repair Café
    CHECK(contributions.rowCount() == 1);
    contributions.setFilter(0, 0);
    CHECK(contributions.rowCount() == 1);
    CHECK(contributions.headerData(ContributionModel::Amount, Qt::Horizontal).toString()
        == QStringLiteral("Amount"));

    StaffTimeEntry period = f.time(
        anne, QDate(2014, 1, 6), 1.5, StaffActivity::named(QStringLiteral("Mobilisation")));
    period.endsOn = QDate(2014, 1, 10);
    REQUIRE(f.commands.addStaffTime(period));
    REQUIRE(f.commands.addStaffTime(f.time(
        anne, QDate(2015, 2, 2), 0.5, StaffActivity::named(QStringLiteral("Communication")))));
    REQUIRE(staffTime.rowCount() == 2);
    const auto timeCell = [&](int row, int column) {
        return staffTime.data(staffTime.index(row, column)).toString();
    };
    CHECK(timeCell(0, StaffTimeModel::Activity) == QStringLiteral("Communication")); // newest first
    CHECK(timeCell(1, StaffTimeModel::Date) == QStringLiteral("06/01/2014 – 10/01/2014"));
    CHECK(timeCell(1, StaffTimeModel::Days) == QStringLiteral("1.5"));
    CHECK(timeCell(1, StaffTimeModel::Role) == QStringLiteral("Chargée de mission"));
    CHECK(timeCell(1, StaffTimeModel::Person) == QStringLiteral("Anne"));
    CHECK(staffTime.data(staffTime.index(1, 0), StaffTimeModel::HalfDaysRole).toInt() == 3);
    CHECK(staffTime.totalDays() == 2);
    staffTime.setFilter(2014, 0);
    CHECK(staffTime.rowCount() == 1);
    // A renamed person is shown by the new name.
    REQUIRE(f.commands.renameReferenceItem(
        ReferenceList::StaffMember, anne, QStringLiteral("Anne Muller")));
    CHECK(timeCell(0, StaffTimeModel::Person) == QStringLiteral("Anne Muller"));
}
