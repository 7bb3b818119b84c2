#include "catchqt.h"
#include "testdatabase.h"

#include <QUndoStack>
#include <QUrlQuery>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/meetingrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/savedlistrepository.h>
#include <models/db/sqlquery.h>
#include <models/domain/inviteeexport.h>
#include <models/history/history.h>

using namespace relais;

namespace {

const QDate today(2014, 11, 19);

struct Fixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    Fixture()
    {
        commands.setToday([] { return today; });
    }

    qint64 person(const QString &first, const QString &last, bool networkHead = false)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.networkHead = networkHead;
        return *commands.addContact(c);
    }
    qint64 type(int index)
    {
        return ReferenceListRepository(*db).items(ReferenceList::MeetingType)[index].id;
    }
    qint64 meeting(const QString &title, const QDate &date, int typeIndex = 0)
    {
        Meeting m;
        m.title = title;
        m.date = date;
        m.typeId = type(typeIndex);
        m.startsAt = QTime(18, 0);
        m.endsAt = QTime(20, 0);
        m.place = QStringLiteral("Salle des Adjudants");
        m.communeName = QStringLiteral("Mulhouse");
        return *commands.addMeeting(m);
    }
};

} // namespace

TEST_CASE("A meeting is stored with its new commune, and listed with its counts")
{
    Fixture f;
    const qint64 id = f.meeting(QStringLiteral("Conseil d'acteurs de mars"), QDate(2014, 3, 13));
    const Meeting stored = *MeetingRepository(*f.db).load(id);
    CHECK(stored.startsAt == QTime(18, 0));
    CHECK(ReferenceListRepository(*f.db).item(ReferenceList::Commune, stored.communeId)->name
        == QStringLiteral("Mulhouse"));
    const QList<MeetingRow> rows = MeetingRepository(*f.db).list(2014);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().place == QStringLiteral("Salle des Adjudants, Mulhouse"));
    CHECK(rows.first().type == QStringLiteral("Actors' council"));
    CHECK(MeetingRepository(*f.db).list(2013).isEmpty());
    CHECK(MeetingRepository(*f.db).list(0, f.type(1)).isEmpty());
    CHECK(MeetingRepository(*f.db).years() == QList<int> { 2014 });
    f.stack.undo();
    CHECK_FALSE(MeetingRepository(*f.db).load(id));
    CHECK_FALSE(ReferenceListRepository(*f.db).findByName(
        ReferenceList::Commune, QStringLiteral("Mulhouse")));
}

TEST_CASE("Meetings need a title, a date, and times in order")
{
    Fixture f;
    Meeting m;
    m.date = today;
    CHECK_FALSE(f.commands.addMeeting(m));
    m.title = QStringLiteral("Atelier");
    m.startsAt = QTime(12, 0);
    m.endsAt = QTime(10, 0);
    CHECK_FALSE(f.commands.addMeeting(m));
    CHECK(f.commands.lastError().contains(QStringLiteral("ends before")));
}

TEST_CASE(
    "Statuses and counts: excused is not absent, walk-ins count as present but not as invited")
{
    Fixture f;
    QList<qint64> people;
    for (int i = 0; i < 10; ++i)
        people << f.person(QStringLiteral("P%1").arg(i), QStringLiteral("Person%1").arg(i));
    const qint64 council = f.meeting(QStringLiteral("Conseil"), today);
    int added = 0;
    REQUIRE(f.commands.invite(council, people.mid(0, 8), &added));
    CHECK(added == 8);
    REQUIRE(f.commands.invite(council, people.mid(6, 3), &added));
    CHECK(added == 1); // never twice
    REQUIRE(f.commands.setAttendance(council, people.mid(0, 5), AttendanceStatus::Registered));
    REQUIRE(f.commands.setAttendance(council, people.mid(5, 2), AttendanceStatus::Excused));
    REQUIRE(f.commands.markRegisteredPresent(council));
    REQUIRE(f.commands.setAttendance(council, { people[4] }, AttendanceStatus::Absent));
    REQUIRE(f.commands.addWalkIn(council, *ContactRepository(*f.db).load(people[9])));

    const MeetingCounts counts = MeetingRepository(*f.db).counts(council);
    CHECK(counts.invited == 9);
    CHECK(counts.registered == 0);
    CHECK(counts.present == 5);
    CHECK(counts.walkIns == 1);
    CHECK(counts.excused == 2);
    CHECK(counts.absent == 1);
    CHECK(counts.attendanceRate() == Approx(4.0 / 9.0));
    const QList<MeetingRow> rows = MeetingRepository(*f.db).list();
    CHECK(rows.first().counts == counts);

    // A status change records when it was made.
    const QList<Invitee> invitees = MeetingRepository(*f.db).invitees(council);
    CHECK(std::all_of(invitees.begin(), invitees.end(),
        [](const Invitee &i) { return i.statusChangedAt.isValid(); }));

    f.stack.undo(); // the walk-in
    CHECK(MeetingRepository(*f.db).counts(council).walkIns == 0);
    f.stack.undo(); // absent
    f.stack.undo(); // mark registered present
    CHECK(MeetingRepository(*f.db).counts(council).registered == 5);
    CHECK(MeetingRepository(*f.db).counts(council).present == 0);
}

TEST_CASE("An invited person who turns up is present, not a walk-in; a new person is created with "
          "the walk-in")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 council = f.meeting(QStringLiteral("Conseil"), today);
    REQUIRE(f.commands.invite(council, { marie }));
    REQUIRE(f.commands.addWalkIn(council, *ContactRepository(*f.db).load(marie)));
    CHECK(MeetingRepository(*f.db).counts(council).walkIns == 0);
    CHECK(MeetingRepository(*f.db).counts(council).present == 1);

    Contact stranger;
    stranger.firstName = QStringLiteral("Jean");
    stranger.lastName = QStringLiteral("Inconnu");
    stranger.memberships = { { 0, QStringLiteral("Jardin partagé du Drouot"), QString() } };
    const int contactsBefore = ContactRepository(*f.db).count();
    const auto id = f.commands.addWalkIn(council, stranger);
    REQUIRE(id);
    CHECK(ContactRepository(*f.db).count() == contactsBefore + 1);
    CHECK(MeetingRepository(*f.db).counts(council).walkIns == 1);
    CHECK(MeetingRepository(*f.db).organisationsRepresented(council)
        == QStringList { "Jardin partagé du Drouot" });
    f.stack.undo();
    CHECK(ContactRepository(*f.db).count() == contactsBefore);
    CHECK(MeetingRepository(*f.db).counts(council).walkIns == 0);
}

TEST_CASE("Invitees come in the order of the sheet: by last name, accents aside")
{
    Fixture f;
    const qint64 council = f.meeting(QStringLiteral("Conseil"), today);
    QList<qint64> ids { f.person(QStringLiteral("Zoé"), QStringLiteral("Faure")),
        f.person(QStringLiteral("Léa"), QStringLiteral("Élie")),
        f.person(QStringLiteral("Marc"), QStringLiteral("Dupont")) };
    f.commands.invite(council, ids);
    QStringList names;
    for (const Invitee &i : MeetingRepository(*f.db).invitees(council))
        names << i.lastName;
    CHECK(names == QStringList { "Dupont", "Élie", "Faure" });
}

TEST_CASE(
    "Duplicating a meeting keeps type, place and invitees, all back to invited, on the new date")
{
    Fixture f;
    const qint64 a = f.person(QStringLiteral("A"), QStringLiteral("Alpha"));
    const qint64 b = f.person(QStringLiteral("B"), QStringLiteral("Bravo"));
    const qint64 c = f.person(QStringLiteral("C"), QStringLiteral("Charlie"));
    const qint64 march = f.meeting(QStringLiteral("Conseil"), QDate(2014, 3, 13));
    f.commands.invite(march, { a, b });
    f.commands.setAttendance(march, { a }, AttendanceStatus::Present);
    f.commands.addWalkIn(march, *ContactRepository(*f.db).load(c));
    const auto june = f.commands.duplicateMeeting(march, QDate(2014, 6, 12));
    REQUIRE(june);
    const Meeting copy = *MeetingRepository(*f.db).load(*june);
    const Meeting original = *MeetingRepository(*f.db).load(march);
    CHECK(copy.date == QDate(2014, 6, 12));
    CHECK(copy.typeId == original.typeId);
    CHECK(copy.place == original.place);
    CHECK(copy.communeId == original.communeId);
    const MeetingCounts counts = MeetingRepository(*f.db).counts(*june);
    CHECK(counts.invited == 2);
    CHECK(counts.present == 0);
    CHECK(counts.walkIns == 0);
    f.stack.undo();
    CHECK_FALSE(MeetingRepository(*f.db).load(*june));
}

TEST_CASE("Deleting a meeting is undone with its invitations; deleting a contact keeps the "
          "meeting's other rows")
{
    Fixture f;
    const qint64 a = f.person(QStringLiteral("A"), QStringLiteral("Alpha"));
    const qint64 b = f.person(QStringLiteral("B"), QStringLiteral("Bravo"));
    const qint64 council = f.meeting(QStringLiteral("Conseil"), today);
    f.commands.invite(council, { a, b });
    f.commands.setAttendance(council, { a }, AttendanceStatus::Excused);
    REQUIRE(f.commands.deleteMeeting(council));
    CHECK_FALSE(MeetingRepository(*f.db).load(council));
    f.stack.undo();
    CHECK(MeetingRepository(*f.db).counts(council).excused == 1);
    CHECK(MeetingRepository(*f.db).counts(council).invited == 2);

    REQUIRE(f.commands.deleteContacts({ a }));
    CHECK(MeetingRepository(*f.db).counts(council).invited == 1);
    f.stack.undo();
    CHECK(MeetingRepository(*f.db).counts(council).excused == 1);
}

TEST_CASE("Saved lists resolve to the right people")
{
    Fixture f;
    const qint64 head = f.person(QStringLiteral("Nadia"), QStringLiteral("Head"), true);
    const qint64 other = f.person(QStringLiteral("Olivier"), QStringLiteral("Other"));
    const qint64 late = f.person(QStringLiteral("Léon"), QStringLiteral("Late"));
    const qint64 march = f.meeting(QStringLiteral("Conseil de mars"), QDate(2014, 3, 13));
    const qint64 june = f.meeting(QStringLiteral("Conseil de juin"), QDate(2014, 6, 12));
    const qint64 workshop = f.meeting(QStringLiteral("Atelier"), QDate(2014, 9, 1), 1);
    f.commands.invite(march, { head });
    f.commands.invite(june, { head, other });
    f.commands.setAttendance(june, { other }, AttendanceStatus::Present);
    f.commands.invite(workshop, { late });

    SavedListRepository lists(*f.db);
    SavedListRule heads;
    heads.filter.networkHeadOnly = true;
    CHECK(lists.resolve(heads, today) == QList<qint64> { head });

    SavedListRule lastCouncil;
    lastCouncil.kind = SavedListRule::Kind::LatestMeetingOfType;
    lastCouncil.meetingTypeId = f.type(0);
    CHECK(lists.resolve(lastCouncil, today) == QList<qint64> { head, other });
    CHECK(lists.resolve(lastCouncil, QDate(2014, 4, 1)) == QList<qint64> { head }); // before June
    lastCouncil.statuses = { AttendanceStatus::Present };
    CHECK(lists.resolve(lastCouncil, today) == QList<qint64> { other });

    SavedListRule ofMeeting;
    ofMeeting.kind = SavedListRule::Kind::Meeting;
    ofMeeting.meetingId = workshop;
    CHECK(lists.resolve(ofMeeting, today) == QList<qint64> { late });

    // Kept by name, round-tripped through JSON.
    const qint64 id
        = lists.insert({ 0, QStringLiteral("Everyone at the last council"), lastCouncil });
    CHECK(lists.load(id)->rule == lastCouncil);
    CHECK_THROWS(lists.insert({ 0, QStringLiteral("everyone at the LAST council"), heads }));
    SavedListRule filter;
    filter.filter.communeIds = { 3, 4 };
    filter.filter.tagIds = { 7 };
    filter.filter.relayActorOnly = true;
    CHECK(SavedListRule::fromJson(filter.toJson()) == filter);
}

TEST_CASE("Meetings appear in histories with their status; being present ends dormancy")
{
    Fixture f;
    Contact c;
    c.firstName = QStringLiteral("Marie");
    c.lastName = QStringLiteral("Dupont");
    c.memberships = { { 0, QStringLiteral("Repair Café"), QString() } };
    const qint64 marie = *f.commands.addContact(c);
    const qint64 cafe = ContactRepository(*f.db).load(marie)->memberships.first().organisationId;
    const qint64 council = f.meeting(QStringLiteral("Conseil de juin"), QDate(2014, 6, 12));
    f.commands.invite(council, { marie });
    f.commands.setAttendance(council, { marie }, AttendanceStatus::Excused);
    const auto history = standardHistory(*f.db);
    REQUIRE(history->ofContact(marie).size() == 1);
    CHECK(history->ofContact(marie).first().summary == QStringLiteral("Conseil de juin — excused"));
    CHECK(history->ofOrganisation(cafe).first().person == QStringLiteral("Marie Dupont"));

    SqlQuery(*f.db, QStringLiteral("UPDATE contact SET created_at = '2013-01-01T00:00:00Z'"))
        .exec();
    ActorFilter dormant;
    dormant.dormantSince = QDate(2014, 1, 1);
    CHECK(ContactRepository(*f.db).matchingIds(dormant)
        == QList<qint64> { marie }); // excused is not activity
    f.commands.setAttendance(council, { marie }, AttendanceStatus::Present);
    CHECK(ContactRepository(*f.db).matchingIds(dormant).isEmpty());
}

TEST_CASE("Exports: the Bcc list leaves out those without an address or consent; the CSV is for a "
          "French spreadsheet")
{
    QList<Invitee> people;
    Invitee a;
    a.lastName = QStringLiteral("Dupont");
    a.firstName = QStringLiteral("Marie");
    a.organisation = QStringLiteral("Repair Café; Mulhouse");
    a.email = QStringLiteral("marie@example.fr");
    a.status = AttendanceStatus::Present;
    a.consent = Consent::Given;
    Invitee b = a;
    b.lastName = QStringLiteral("Keller");
    b.firstName = QStringLiteral("Paul \"Polo\"");
    b.email = QStringLiteral("paul@example.fr");
    b.consent = Consent::Refused;
    b.status = AttendanceStatus::Excused;
    Invitee c = a;
    c.lastName = QStringLiteral("Meyer");
    c.email.clear();
    Invitee d = a; // the same address twice
    d.lastName = QStringLiteral("Dupont-bis");
    d.email = QStringLiteral("MARIE@example.fr");
    people << a << b << c << d;

    CHECK(InviteeExport::bccList(people) == QStringLiteral("marie@example.fr"));
    CHECK(InviteeExport::unreachable(people) == 2);
    const QUrl mail = InviteeExport::mailto(people, QStringLiteral("Conseil d'acteurs"));
    CHECK(mail.scheme() == QStringLiteral("mailto"));
    CHECK(QUrlQuery(mail).queryItemValue(QStringLiteral("bcc"))
        == QStringLiteral("marie@example.fr"));

    const QByteArray csv = InviteeExport::csv(people);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]
        == QStringLiteral("Last name;First name;Organisation;E-mail;Status;Walk-in;Changed on"));
    CHECK(lines[1].startsWith(
        QStringLiteral("Dupont;Marie;\"Repair Café; Mulhouse\";marie@example.fr;Present;")));
    CHECK(lines[2].startsWith(QStringLiteral(
        "Keller;\"Paul \"\"Polo\"\"\";\"Repair Café; Mulhouse\";;Excused;"))); // no address:
                                                                               // refused
}
