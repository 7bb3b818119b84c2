#include "catchqt.h"
#include "indicatorfixture.h"
#include "schemarollback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <models/db/contactrepository.h>
#include <models/db/indicatorrepository.h>
#include <models/db/meansrepository.h>
#include <models/db/meetingrepository.h>
#include <models/db/migrations.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/serdrepository.h>
#include <models/db/sqlquery.h>
#include <models/demo/demogenerator.h>
#include <models/export/indicatorjson.h>
#include <models/indicators/yearindicators.h>

using namespace relais;

namespace {

const YearIndicators::SerdGroup *find(
    const QList<YearIndicators::SerdGroup> &groups, const QString &name)
{
    for (const auto &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

// Organisations (type index in schema_v1::actorTypes):
//   A Alsace Nature (environment, Mulhouse): Anne present at the March council 2014 and at
//     the council of 2013; co-organises and leads held SERD 2014 actions.
//   B Centre social Papin (social centre, Mulhouse): Bruno trained in 2014, present at a
//     workshop.
//   C Emmaüs (SSE, Wittenheim): leads a held SERD 2014 action; contributions 2013 and 2014.
//   D Repair café (craftsman, Illzach): leads a confirmed action whose only date was
//     cancelled; Denise, its member, excused at the council.
//   E Ville de Riedisheim (commune, Riedisheim): a contribution in 2014; Marc is a member.
//   G Maison de quartier Drouot (neighbourhood, Mulhouse): Marc, also of E, present at the
//     October council.
//   H Lycée Montaigne (school, Mulhouse): nothing.
//   L Late comer (created in 2015).
struct Programme : IndicatorFixture
{
    qint64 a, b, c, d, e, g, h, late;
    qint64 anne, bruno, denise, marc, paul, claire, yves, walkIn;
    qint64 marchCouncil, octoberCouncil, workshop, council2013;

    Programme()
    {
        a = organisation(QStringLiteral("Alsace Nature"), 0, QStringLiteral("Mulhouse"));
        b = organisation(QStringLiteral("Centre social Papin"), 2, QStringLiteral("Mulhouse"));
        c = organisation(QStringLiteral("Emmaüs Mulhouse"), 3, QStringLiteral("Wittenheim"));
        d = organisation(QStringLiteral("Repair café"), 12, QStringLiteral("Illzach"));
        e = organisation(QStringLiteral("Ville de Riedisheim"), 5, QStringLiteral("Riedisheim"));
        g = organisation(
            QStringLiteral("Maison de quartier Drouot"), 1, QStringLiteral("Mulhouse"));
        h = organisation(QStringLiteral("Lycée Montaigne"), 13, QStringLiteral("Mulhouse"));
        late = organisation(QStringLiteral("Late comer"), 0, QStringLiteral("Mulhouse"));
        anne = member(QStringLiteral("Anne"), QStringLiteral("Arnold"), { a });
        bruno = member(QStringLiteral("Bruno"), QStringLiteral("Bauer"), { b });
        denise = member(QStringLiteral("Denise"), QStringLiteral("Dietrich"), { d });
        marc = member(QStringLiteral("Marc"), QStringLiteral("Meyer"), { e, g });
        paul = person(QStringLiteral("Paul"), QStringLiteral("Petit"));
        claire = person(QStringLiteral("Claire"), QStringLiteral("Claude"));
        yves = person(QStringLiteral("Yves"), QStringLiteral("Yilmaz")); // created in 2015
        createdOn("organisation", 0, QDate(2013, 1, 15));
        createdOn("contact", 0, QDate(2013, 1, 15));
        createdOn("organisation", late, QDate(2015, 2, 1));
        createdOn("contact", yves, QDate(2015, 2, 1));

        // 2013: Anne at the council, C's contribution.
        council2013
            = meeting(0, QStringLiteral("Conseil des acteurs d'automne 2013"), QDate(2013, 10, 10));
        attendance(council2013, anne, AttendanceStatus::Present);
        contribution(c, 2013, ContributionKind::Material, 50000);
        staffTime(0, QDate(2013, 10, 10), 1, StaffActivity::meeting(council2013));

        // 2014 meetings.
        marchCouncil
            = meeting(0, QStringLiteral("Conseil des acteurs de printemps"), QDate(2014, 3, 13));
        attendance(marchCouncil, anne, AttendanceStatus::Present);
        attendance(marchCouncil, denise, AttendanceStatus::Excused);
        attendance(marchCouncil, paul, AttendanceStatus::Registered);
        attendance(marchCouncil, claire, AttendanceStatus::Absent);
        Contact lea;
        lea.firstName = QStringLiteral("Léa");
        lea.lastName = QStringLiteral("Lang");
        walkIn = *commands.addWalkIn(marchCouncil, lea);
        createdOn("contact", walkIn, QDate(2014, 3, 13));
        workshop = meeting(1, QStringLiteral("Atelier compostage"), QDate(2014, 5, 20));
        attendance(workshop, bruno, AttendanceStatus::Present);
        octoberCouncil
            = meeting(0, QStringLiteral("Conseil des acteurs d'automne"), QDate(2014, 10, 9));
        attendance(octoberCouncil, anne, AttendanceStatus::Present);
        attendance(octoberCouncil, marc, AttendanceStatus::Present);

        // 2014 training: Bruno, Anne and Paul present at least once, Claire never.
        const qint64 cohortId = cohort();
        const qint64 session
            = this->session(cohortId, module(QStringLiteral("Le gaspillage")), QDate(2014, 4, 10));
        REQUIRE(commands.enrol(cohortId, { bruno, anne, paul, claire }));
        REQUIRE(commands.setHalfDayAttendance(
            session, { bruno, anne }, HalfDay::Morning, AttendanceStatus::Present));
        REQUIRE(commands.setHalfDayAttendance(
            session, { bruno, paul }, HalfDay::Afternoon, AttendanceStatus::Present));
        REQUIRE(commands.setHalfDayAttendance(
            session, { anne }, HalfDay::Afternoon, AttendanceStatus::Excused));
        REQUIRE(commands.setHalfDayAttendance(
            session, { claire }, HalfDay::Morning, AttendanceStatus::Absent));

        // SERD 2014 (topics: 0 source reduction, 1 reuse, 2 sorting; category 1 NGO).
        const qint64 serd = edition(2014);
        action(serd, QStringLiteral("Repair café géant"), SerdStatus::Confirmed, c, { a }, paul, 1,
            1,
            { on(QDate(2014, 11, 22), QStringLiteral("Mulhouse"), 30, 40),
                on(QDate(2014, 11, 29), QStringLiteral("Wittenheim"), 25, std::nullopt),
                on(QDate(2014, 11, 26), QStringLiteral("Illzach"), 50, std::nullopt, true) });
        action(serd, QStringLiteral("Stand de tri"), SerdStatus::Held, a, {}, 0, 2, 1,
            { on(QDate(2014, 11, 24), QStringLiteral("Mulhouse"), std::nullopt, 15) });
        action(serd, QStringLiteral("Disco soupe"), SerdStatus::Confirmed, d, {}, bruno, 0, 1,
            { on(QDate(2014, 11, 23), QStringLiteral("Illzach"), 30, std::nullopt, true) });

        // 2014 means.
        contribution(e, 2014, ContributionKind::Material, 150000);
        contribution(c, 2014, ContributionKind::Other, 30000);
        REQUIRE(commands.setStaffRole(
            listItem(ReferenceList::StaffMember, 0), listItem(ReferenceList::StaffRole, 0)));
        staffTime(0, QDate(2014, 3, 13), 1, StaffActivity::meeting(marchCouncil));
        staffTime(0, QDate(2014, 6, 2), 2, StaffActivity::named(QStringLiteral("Mobilisation")));
        staffTime(1, QDate(2014, 6, 3), 0.5, StaffActivity::named(QStringLiteral("Mobilisation")));
    }
};

} // namespace

TEST_CASE("Partners mobilised: through any route, each once", "[indicators]")
{
    Programme p;
    const YearIndicators y = IndicatorCalculator(*p.db).compute(2014);
    const auto &actors = y.actors;
    // Eight organisations minus the late comer; seven contacts and Léa minus Yves.
    CHECK(actors.organisations == 7);
    CHECK(actors.contacts == 7);
    CHECK(IndicatorRepository(*p.db).organisationsAt(2015) == 8);
    CHECK(IndicatorRepository(*p.db).contactsAt(2013) == 6);

    // A (meeting, training through Anne, SERD lead and co-organiser), B (training,
    // meeting), C (SERD lead, contribution), E and G (Marc at the council; E also a
    // contribution). D is not: excused isn't present and its action's only date was
    // cancelled. H did nothing.
    QList<qint64> ids;
    for (const auto &partner : actors.partners)
        ids << partner.id;
    CHECK(ids == QList<qint64> { p.a, p.b, p.c, p.g, p.e });
    CHECK(actors.partnersMobilised == 5);
    using R = IndicatorRepository;
    CHECK(actors.partners.at(0).routes == (R::Meeting | R::Training | R::Serd));
    CHECK(actors.partners.at(1).routes == (R::Meeting | R::Training));
    CHECK(actors.partners.at(2).routes == (R::Serd | R::Contribution));
    CHECK(actors.partners.at(3).routes == R::Meeting);
    CHECK(actors.partners.at(4).routes == (R::Meeting | R::Contribution));
    CHECK(actors.partners.at(2).commune == QStringLiteral("Wittenheim"));

    // A and C were already mobilised in 2013.
    CHECK(actors.newPartners == 3);

    CHECK(actors.partnersByType.size() == 5);
    for (const NamedCount &type : actors.partnersByType)
        CHECK(type.count == 1);
    CHECK(actors.partnersByCommune
        == QList<NamedCount> { { actors.partners.at(0).communeId, QStringLiteral("Mulhouse"), 3 },
            { actors.partners.at(4).communeId, QStringLiteral("Riedisheim"), 1 },
            { actors.partners.at(2).communeId, QStringLiteral("Wittenheim"), 1 } });

    // 2013: A (council) and C (contribution), both new then.
    const YearIndicators previous = IndicatorCalculator(*p.db).compute(2013);
    CHECK(previous.actors.partnersMobilised == 2);
    CHECK(previous.actors.newPartners == 2);
}

TEST_CASE("A partner mobilised in an earlier year by any route is not new", "[indicators]")
{
    IndicatorFixture f;
    const auto partner = [&](const QString &name) {
        const qint64 id = f.organisation(name, 0, QStringLiteral("Mulhouse"));
        return std::pair { id, f.member(name, QStringLiteral("Member"), { id }) };
    };
    const auto [byMeeting, meetingMember] = partner(QStringLiteral("By meeting"));
    const auto [byTraining, trainee] = partner(QStringLiteral("By training"));
    const auto [bySerd, serdMember] = partner(QStringLiteral("By SERD"));
    const auto [byContribution, giver] = partner(QStringLiteral("By contribution"));
    const auto [byCancelledAction, cancelledMember] = partner(QStringLiteral("Cancelled"));
    const auto [excused, excusedMember] = partner(QStringLiteral("Excused"));
    const auto [newcomer, newMember] = partner(QStringLiteral("Newcomer"));

    // 2013, one route each; the last two count for nothing (cancelled date, excused).
    const qint64 council = f.meeting(0, QStringLiteral("Conseil 2013"), QDate(2013, 10, 10));
    f.attendance(council, meetingMember, AttendanceStatus::Present);
    f.attendance(council, excusedMember, AttendanceStatus::Excused);
    Cohort cohort;
    cohort.name = QStringLiteral("Relais 2013");
    cohort.startsOn = QDate(2013, 1, 1);
    cohort.endsOn = QDate(2013, 12, 31);
    cohort.rule = { CompletionRule::Kind::HalfDays, 1 };
    const qint64 cohortId = *f.commands.addCohort(cohort);
    const qint64 session
        = f.session(cohortId, f.module(QStringLiteral("Compostage")), QDate(2013, 4, 10));
    REQUIRE(f.commands.enrol(cohortId, { trainee }));
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { trainee }, HalfDay::Morning, AttendanceStatus::Present));
    const qint64 serd2013 = f.edition(2013);
    f.action(serd2013, QStringLiteral("Stand de tri"), SerdStatus::Held, bySerd, {}, 0, 2, 1,
        { on(QDate(2013, 11, 18), QStringLiteral("Mulhouse"), std::nullopt, 15) });
    f.action(serd2013, QStringLiteral("Disco soupe"), SerdStatus::Confirmed, byCancelledAction, {},
        0, 0, 1, { on(QDate(2013, 11, 19), QStringLiteral("Illzach"), 30, std::nullopt, true) });
    f.contribution(byContribution, 2013, ContributionKind::Material, 50000);

    // 2014: every one of them gives something.
    const QList<qint64> all
        = { byMeeting, byTraining, bySerd, byContribution, byCancelledAction, excused, newcomer };
    for (const qint64 id : all)
        f.contribution(id, 2014, ContributionKind::Other, 10000);

    const YearIndicators y = IndicatorCalculator(*f.db).compute(2014);
    CHECK(y.actors.partnersMobilised == 7);
    CHECK(y.actors.newPartners == 3);
    CHECK(IndicatorRepository(*f.db).mobilisedAgain(2014)
        == QSet<qint64> { byMeeting, byTraining, bySerd, byContribution });
    // In 2013 each was new; nobody was mobilised before 2013.
    CHECK(IndicatorRepository(*f.db).mobilisedAgain(2013).isEmpty());
}

TEST_CASE("The organisations present each year follow every change of attendance and membership",
    "[indicators]")
{
    IndicatorFixture f;
    IndicatorRepository repository(*f.db);
    const qint64 a = f.organisation(QStringLiteral("Alpha"), 0, QStringLiteral("Mulhouse"));
    const qint64 b = f.organisation(QStringLiteral("Beta"), 1, QStringLiteral("Illzach"));
    const qint64 anne = f.member(QStringLiteral("Anne"), QStringLiteral("Arnaud"), { a });
    const qint64 paul = f.member(QStringLiteral("Paul"), QStringLiteral("Petit"), { a, b });
    const qint64 zoe = f.member(QStringLiteral("Zoé"), QStringLiteral("Zeller"), { b });
    const qint64 m2013 = f.meeting(0, QStringLiteral("Conseil 2013"), QDate(2013, 10, 10));
    const qint64 m2014 = f.meeting(1, QStringLiteral("Atelier 2014"), QDate(2014, 3, 5));
    f.attendance(m2013, anne, AttendanceStatus::Present);
    f.attendance(m2013, paul, AttendanceStatus::Present);
    f.attendance(m2014, paul, AttendanceStatus::Present);
    f.attendance(m2014, zoe, AttendanceStatus::Excused);
    const auto meetingPartners = [&](int year) {
        QSet<qint64> ids;
        for (const auto &o : repository.mobilised(year)) {
            if (o.routes & IndicatorRepository::Meeting)
                ids << o.id;
        }
        return ids;
    };
    CHECK(repository.presenceDrift() == 0);
    CHECK(meetingPartners(2013) == QSet<qint64> { a, b });
    CHECK(meetingPartners(2014) == QSet<qint64> { a, b });

    // The counts can be wrong, and the check sees it.
    SqlQuery(*f.db, QStringLiteral("UPDATE organisation_presence SET supports = supports + 1"))
        .exec();
    CHECK(repository.presenceDrift() > 0);
    SqlQuery(*f.db, QStringLiteral("UPDATE organisation_presence SET supports = supports - 1"))
        .exec();
    REQUIRE(repository.presenceDrift() == 0);
    SqlQuery(*f.db, QStringLiteral("UPDATE meeting_tally SET excused = excused + 1")).exec();
    CHECK(repository.meetingTallyDrift() > 0);
    SqlQuery(*f.db, QStringLiteral("UPDATE meeting_tally SET excused = excused - 1")).exec();
    REQUIRE(repository.meetingTallyDrift() == 0);

    const auto checkAfter = [&](const char *what, bool done) {
        INFO(what);
        REQUIRE(done);
        CHECK(repository.presenceDrift() == 0);
        CHECK(repository.meetingTallyDrift() == 0);
        f.stack.undo();
        CHECK(repository.presenceDrift() == 0);
        CHECK(repository.meetingTallyDrift() == 0);
        f.stack.redo();
        CHECK(repository.presenceDrift() == 0);
        CHECK(repository.meetingTallyDrift() == 0);
    };

    // Attendance ticked and unticked.
    checkAfter("Zoé present", f.commands.setAttendance(m2014, { zoe }, AttendanceStatus::Present));
    checkAfter("Anne absent", f.commands.setAttendance(m2013, { anne }, AttendanceStatus::Absent));
    CHECK(meetingPartners(2013) == QSet<qint64> { a, b }); // Paul is still there for both
    checkAfter("Paul uninvited", f.commands.uninvite(m2013, { paul }));
    CHECK(meetingPartners(2013).isEmpty());

    // A meeting moved to another year, then deleted.
    Meeting moved = *MeetingRepository(*f.db).load(m2014);
    moved.date = QDate(2013, 12, 1);
    checkAfter("meeting moved", f.commands.updateMeeting(moved));
    CHECK(meetingPartners(2014).isEmpty());
    CHECK(meetingPartners(2013) == QSet<qint64> { a, b });
    checkAfter("meeting deleted", f.commands.deleteMeeting(m2014));
    CHECK(meetingPartners(2013).isEmpty());
    f.stack.undo();
    CHECK(meetingPartners(2013) == QSet<qint64> { a, b });

    // Memberships changed on a card: Zoé leaves Beta for Alpha.
    Contact card = *ContactRepository(*f.db).load(zoe);
    card.memberships = { Membership { a, {}, {} } };
    checkAfter("membership changed", f.commands.updateContact(card));

    // Training half-days, and a cohort deleted with its sessions.
    const qint64 cohort = f.cohort();
    const qint64 session
        = f.session(cohort, f.module(QStringLiteral("Compostage")), QDate(2014, 4, 10));
    REQUIRE(f.commands.enrol(cohort, { anne, zoe }));
    checkAfter("half-day ticked",
        f.commands.setHalfDayAttendance(
            session, { anne, zoe }, HalfDay::Afternoon, AttendanceStatus::Present));
    TrainingSession later = *f.training.session(session);
    later.date = QDate(2015, 1, 8);
    checkAfter("session moved", f.commands.updateSession(later));
    checkAfter("cohort deleted", f.commands.deleteCohort(cohort));

    // Contacts merged, a contact and an organisation deleted.
    checkAfter("contacts merged",
        f.commands.mergeContacts(anne, zoe, *ContactRepository(*f.db).load(anne)));
    checkAfter("contact deleted", f.commands.deleteContacts({ paul }));
    checkAfter("organisation deleted", f.commands.deleteOrganisations({ a }));
}

TEST_CASE("The organisations present each year follow the foreign keys' cascades", "[indicators]")
{
    // Commands delete a meeting's invitations before the meeting (to bring them back on
    // undo); a plain DELETE leaves them to the cascade, which runs after the row is gone.
    IndicatorFixture f;
    const IndicatorRepository repository(*f.db);
    const qint64 a = f.organisation(QStringLiteral("Alpha"), 0, QStringLiteral("Mulhouse"));
    const qint64 b = f.organisation(QStringLiteral("Beta"), 1, QStringLiteral("Illzach"));
    QList<qint64> people;
    for (const QString &name : { QStringLiteral("Anne"), QStringLiteral("Paul"),
             QStringLiteral("Zoé"), QStringLiteral("Yves") })
        people << f.member(name, QStringLiteral("Martin"), { a, b });
    const qint64 module = f.module(QStringLiteral("Compostage"));
    for (int year = 2012; year <= 2014; ++year) {
        const qint64 meeting
            = f.meeting(0, QStringLiteral("Conseil %1").arg(year), QDate(year, 10, 10));
        REQUIRE(f.commands.invite(meeting, people));
        REQUIRE(f.commands.setAttendance(meeting, people.mid(1), AttendanceStatus::Present));
        Cohort cohort;
        cohort.name = QStringLiteral("Relais %1").arg(year);
        cohort.startsOn = QDate(year, 1, 1);
        cohort.endsOn = QDate(year, 12, 31);
        cohort.rule = { CompletionRule::Kind::HalfDays, 1 };
        const qint64 cohortId = *f.commands.addCohort(cohort);
        const qint64 session = f.session(cohortId, module, QDate(year, 4, 10));
        REQUIRE(f.commands.enrol(cohortId, people));
        REQUIRE(f.commands.setHalfDayAttendance(
            session, people.mid(0, 2), HalfDay::Morning, AttendanceStatus::Present));
    }
    const auto count = [&] {
        return SqlQuery(*f.db, QStringLiteral("SELECT count(*) FROM organisation_presence"))
            .scalar()
            .toInt();
    };
    REQUIRE(count() == 3 * 2 * 2); // three years, two routes, two organisations
    REQUIRE(repository.presenceDrift() == 0);
    const QString statements[] = {
        QStringLiteral("DELETE FROM meeting WHERE held_on LIKE '2012%'"),
        QStringLiteral("DELETE FROM training_session WHERE held_on LIKE '2013%'"),
        QStringLiteral("DELETE FROM cohort WHERE name = 'Relais 2014'"),
        QStringLiteral("DELETE FROM contact WHERE first_name = 'Paul'"),
        QStringLiteral("DELETE FROM organisation WHERE id = %1").arg(b),
    };
    const int left[] = { 10, 8, 6, 6, 3 };
    for (int i = 0; i < 5; ++i) {
        INFO(statements[i].toStdString());
        SqlQuery(*f.db, statements[i]).exec();
        CHECK(repository.presenceDrift() == 0);
        CHECK(repository.meetingTallyDrift() == 0);
        CHECK(count() == left[i]);
    }
}

TEST_CASE(
    "Migration 13 counts the organisations present from the attendance on file", "[indicators]")
{
    IndicatorFixture f;
    const qint64 a = f.organisation(QStringLiteral("Alpha"), 0, QStringLiteral("Mulhouse"));
    const qint64 anne = f.member(QStringLiteral("Anne"), QStringLiteral("Arnaud"), { a });
    const qint64 council = f.meeting(0, QStringLiteral("Conseil 2013"), QDate(2013, 10, 10));
    f.attendance(council, anne, AttendanceStatus::Present);
    const QString path = f.db.path();
    f.db.close();
    schemarollback::rollBackTo(path, 12);
    f.db.reopen();
    CHECK(f.db->schemaVersion() == latestSchemaVersion());
    IndicatorRepository repository(*f.db);
    CHECK(repository.presenceDrift() == 0);
    CHECK(repository.meetingTallyDrift() == 0);
    REQUIRE(repository.mobilised(2013).size() == 1);
    CHECK(MeetingRepository(*f.db).list(2013).at(0).counts.present == 1);
    CHECK(repository.mobilised(2013).at(0).routes == IndicatorRepository::Meeting);
}

TEST_CASE("Meetings of the year, per meeting and for the actors' councils", "[indicators]")
{
    Programme p;
    const YearIndicators y = IndicatorCalculator(*p.db).compute(2014);
    const auto &meetings = y.meetings;
    CHECK(meetings.count == 3);
    REQUIRE(meetings.byType.size() == 2);
    CHECK(meetings.byType.at(0).count == 2);
    CHECK(meetings.byType.at(0).name
        == ReferenceListRepository(*p.db).items(ReferenceList::MeetingType).at(0).name);
    CHECK(meetings.byType.at(1).count == 1);
    CHECK(meetings.byType.at(0).id == meetings.list.at(0).typeId);
    CHECK(meetings.byType.at(1).id != 0);

    REQUIRE(meetings.list.size() == 3);
    CHECK(meetings.list.at(0).id == p.marchCouncil);
    CHECK(meetings.list.at(1).id == p.workshop);
    CHECK(meetings.list.at(2).id == p.octoberCouncil);
    // March: Anne present, Denise excused, Paul registered, Claire absent, Léa walked in.
    const MeetingCounts &march = meetings.list.at(0).counts;
    CHECK(march.invited == 4);
    CHECK(march.registered == 1);
    CHECK(march.excused == 1);
    CHECK(march.present == 2);
    CHECK(march.absent == 1);
    CHECK(march.walkIns == 1);
    CHECK(meetings.list.at(0).attendanceRate() == Approx(0.25));
    CHECK(meetings.list.at(2).attendanceRate() == Approx(1.0));

    CHECK(meetings.councilTypeId
        == ReferenceListRepository(*p.db).items(ReferenceList::MeetingType).at(0).id);
    CHECK(meetings.councils == 2);
    CHECK(meetings.councilTotals.invited == 6);
    CHECK(meetings.councilTotals.present == 4);
    CHECK(meetings.councilTotals.excused == 1);
    CHECK(meetings.councilTotals.walkIns == 1);
    CHECK(meetings.councilAverage(&MeetingCounts::invited) == Approx(3.0));
    CHECK(meetings.councilAverage(&MeetingCounts::present) == Approx(2.0));
    CHECK(meetings.councilAttendanceRate() == Approx(3.0 / 6));
}

TEST_CASE("Training of the year and the trainees who ran a SERD action", "[indicators]")
{
    Programme p;
    const YearIndicators y = IndicatorCalculator(*p.db).compute(2014);
    const auto &training = y.training;
    CHECK(training.figures.trainees == 3);
    CHECK(training.figures.sessions == 1);
    CHECK(training.figures.halfDays == 2);
    // Present half-days 4 out of 4 enrolled × 2.
    CHECK(training.figures.attendanceRate() == Approx(0.5));
    // Anne (her organisation co-organises), Paul (contact person); not Bruno, the contact
    // person of an action whose only date was cancelled.
    CHECK(training.traineesWithSerdAction == 2);
    CHECK(training.traineesWithSerdActionShare() == Approx(2.0 / 3));
    CHECK(IndicatorCalculator(*p.db).compute(2013).training.traineesWithSerdActionShare() == 0.0);

    // The one session, per half-day: 4 enrolled × 2 half-days expected, 4 present.
    REQUIRE(training.sessions.size() == 1);
    const auto &session = training.sessions.at(0);
    CHECK(session.halfDays == 2);
    CHECK(session.enrolled == 4);
    CHECK(session.present == 4);
    CHECK(session.entered);
    CHECK(session.attendanceRate() == Approx(0.5));
    CHECK(IndicatorCalculator(*p.db).compute(2013).training.sessions.isEmpty());
}

TEST_CASE("SERD of the year by topic, category and commune", "[indicators]")
{
    Programme p;
    const YearIndicators y = IndicatorCalculator(*p.db).compute(2014);
    const auto &serd = y.serd;
    CHECK(serd.hasEdition);
    CHECK(serd.totals == SerdRepository(*p.db).figures(2014));
    CHECK(serd.totals.held == 3);
    CHECK(serd.totals.distinct == 2);
    CHECK(serd.totals.organisers == 2);
    CHECK(serd.totals.participants == 80);

    const auto topics = ReferenceListRepository(*p.db).items(ReferenceList::SerdTopic);
    REQUIRE(serd.byTopic.size() == 2); // source reduction: only a cancelled date
    CHECK(serd.byTopic.at(0).name == topics.at(1).name);
    CHECK(serd.byTopic.at(0).totals.held == 2);
    CHECK(serd.byTopic.at(0).totals.distinct == 1);
    CHECK(serd.byTopic.at(0).totals.participants == 65);
    CHECK(serd.byTopic.at(1).name == topics.at(2).name);
    CHECK(serd.byTopic.at(1).totals.participants == 15);

    REQUIRE(serd.byCategory.size() == 1);
    CHECK(serd.byCategory.at(0).totals == serd.totals);

    REQUIRE(serd.byCommune.size() == 2); // not Illzach: its dates were cancelled
    const auto *mulhouse = find(serd.byCommune, QStringLiteral("Mulhouse"));
    REQUIRE(mulhouse);
    CHECK(mulhouse->totals.held == 2);
    CHECK(mulhouse->totals.distinct == 2);
    CHECK(mulhouse->totals.participants == 55);
    CHECK(serd.byCommune.at(0).name == QStringLiteral("Mulhouse"));
    CHECK(serd.byCommune.at(1).name == QStringLiteral("Wittenheim"));
    CHECK(serd.byCommune.at(1).totals.participants == 25);

    CHECK_FALSE(IndicatorCalculator(*p.db).compute(2013).serd.hasEdition);
}

TEST_CASE("Each SERD edition's actions held, up to a year, as the edition's figures count them",
    "[indicators]")
{
    Programme p;
    // An edition whose only action was never confirmed: held nothing, still an edition.
    const qint64 first = p.edition(2012);
    p.action(first, QStringLiteral("Proposal"), SerdStatus::Proposed, p.a, {}, 0, 0, 0,
        { on(QDate(2012, 11, 24), QStringLiteral("Mulhouse"), 10, 12) });
    // One after the year asked: left out.
    const qint64 later = p.edition(2016);
    p.action(later, QStringLiteral("Later"), SerdStatus::Held, p.a, {}, 0, 0, 0,
        { on(QDate(2016, 11, 24), QStringLiteral("Mulhouse"), 10, 12) });

    const SerdRepository serd(*p.db);
    const auto editions = IndicatorRepository(*p.db).serdEditionsUpTo(2014);
    REQUIRE(editions.size() == 2);
    CHECK(editions.at(0) == IndicatorRepository::EditionHeld { first, 2012, 0, 0 });
    CHECK(editions.at(1).year == 2014);
    CHECK(editions.at(1).editionId == serd.editionOfYear(2014)->id);
    // Three dates held of two actions; a cancelled date and a cancelled action do not count.
    CHECK(editions.at(1).held == 3);
    CHECK(editions.at(1).distinct == 2);
    CHECK(IndicatorRepository(*p.db).serdEditionsUpTo(2016).size() == 3);
    CHECK(IndicatorRepository(*p.db).serdEditionsUpTo(2011).isEmpty());

    // On the demo's ten editions, the same as SerdRepository::figures() counts one by one.
    TestDatabase db;
    DemoOptions options;
    options.today = QDate(2025, 12, 3);
    generateDemo(*db, options);
    const SerdRepository demo(*db);
    const auto demoEditions = IndicatorRepository(*db).serdEditionsUpTo(2025);
    CHECK(demoEditions.size() == demo.editions().size());
    for (const auto &edition : demoEditions) {
        INFO("edition " << edition.year);
        const SerdTotals totals = demo.figures(edition.year);
        CHECK(edition.held == totals.held);
        CHECK(edition.distinct == totals.distinct);
        CHECK(edition.held > 0);
    }
}

TEST_CASE("Means of the year: contributions and staff days", "[indicators]")
{
    Programme p;
    const YearIndicators y = IndicatorCalculator(*p.db).compute(2014);
    const auto &means = y.means;
    CHECK(means.contributions == 180000);
    REQUIRE(means.contributionsByKind.size() == 2);
    CHECK(means.contributionsByKind.at(0).kind == ContributionKind::Material);
    CHECK(means.contributionsByKind.at(0).amount == 150000);
    CHECK(means.contributionsByKind.at(0).name == contributionKindName(ContributionKind::Material));
    CHECK(means.contributionsByKind.at(1).kind == ContributionKind::Other);
    CHECK(means.contributionsByKind.at(1).amount == 30000);

    CHECK(means.staffHalfDays == 7);
    CHECK(means.staffDays() == Approx(3.5));
    REQUIRE(means.staffByRole.size() == 2);
    CHECK(means.staffByRole.at(0).id == p.listItem(ReferenceList::StaffRole, 0));
    CHECK(means.staffByRole.at(0).days() == Approx(3.0));
    CHECK(means.staffByRole.at(1).id == 0);
    CHECK(means.staffByRole.at(1).halfDays == 1);
    REQUIRE(means.staffByActivity.size() == 2);
    CHECK(means.staffByActivity.at(0).name == QStringLiteral("Mobilisation"));
    CHECK(means.staffByActivity.at(0).halfDays == 5);
    CHECK(means.staffByActivity.at(1).halfDays == 2);

    CHECK(IndicatorCalculator(*p.db).compute(2013).means.contributions == 50000);
}

TEST_CASE("Indicators year over year", "[indicators]")
{
    Programme p;
    const QList<YearIndicators> years = IndicatorCalculator(*p.db).computeRange(2012, 2014);
    REQUIRE(years.size() == 3);
    CHECK(years.at(0).year == 2012);
    CHECK(years.at(0).actors.partnersMobilised == 0);
    CHECK(years.at(0).meetings.count == 0);
    CHECK(years.at(1).actors.partnersMobilised == 2);
    CHECK(years.at(1).meetings.councils == 1);
    CHECK(years.at(2).actors.partnersMobilised == 5);
    CHECK(IndicatorCalculator(*p.db).computeRange(2015, 2014).isEmpty());
}

TEST_CASE("The years a review can be made of", "[indicators]")
{
    Programme p;
    // 2013 and 2014 have meetings, training, SERD and means; 2015 only new records.
    CHECK(IndicatorRepository(*p.db).activityYears() == QList<int> { 2013, 2014 });
    p.contribution(p.late, 2016, ContributionKind::Other, 100);
    CHECK(IndicatorRepository(*p.db).activityYears() == QList<int> { 2013, 2014, 2016 });
}

TEST_CASE("The indicators as JSON, under their documented keys", "[indicators][json]")
{
    Programme p;
    const IndicatorCalculator calculator(*p.db);
    const QByteArray text = indicatorsJsonText(calculator.compute(2014), calculator.compute(2013));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(text, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(json.value("year").toInt() == 2014);

    const QJsonObject actors = json.value("actors").toObject();
    CHECK(actors.value("partners_mobilised").toInt() == 5);
    CHECK(actors.value("new_partners").toInt() == 3);
    CHECK(actors.value("organisations").toInt() == 7);
    CHECK(actors.contains("contacts"));
    const QJsonObject byCommune = actors.value("partners_by_commune").toObject();
    CHECK(byCommune.value("Mulhouse").toInt() == 3);
    CHECK(actors.value("partners_by_type").toObject().size() >= 3);
    const QJsonArray partners = actors.value("partners").toArray();
    REQUIRE(partners.size() == 5);
    CHECK(partners.at(0).toObject().value("name").toString() == "Alsace Nature");
    // Anne (a member) at the councils and training, Alsace Nature co-organising, and
    // leading the sorting stand.
    CHECK(partners.at(0).toObject().value("routes").toArray()
        == QJsonArray { "meeting", "training", "serd" });

    const QJsonObject meetings = json.value("meetings").toObject();
    CHECK(meetings.value("count").toInt() == 3);
    const QJsonArray list = meetings.value("list").toArray();
    REQUIRE(list.size() == 3);
    const QJsonObject march = list.at(0).toObject();
    CHECK(march.value("date").toString() == "2014-03-13");
    CHECK(march.value("title").toString() == "Conseil des acteurs de printemps");
    CHECK(march.value("invited").toInt() == 4);
    CHECK(march.value("registered").toInt() == 1);
    CHECK(march.value("excused").toInt() == 1);
    CHECK(march.value("present").toInt() == 2);
    CHECK(march.value("absent").toInt() == 1);
    CHECK(march.value("walk_ins").toInt() == 1);
    CHECK(march.value("attendance_rate").toDouble() == Approx(0.25));
    CHECK(meetings.value("councils").toObject().value("count").toInt() == 2);
    CHECK(meetings.value("councils").toObject().value("attendance_rate").toDouble() == Approx(0.5));
    int byTypeTotal = 0;
    for (const QJsonValue count : meetings.value("by_type").toObject())
        byTypeTotal += count.toInt();
    CHECK(byTypeTotal == 3);

    const QJsonObject training = json.value("training").toObject();
    CHECK(training.value("trainees").toInt() == 3);
    CHECK(training.value("sessions").toInt() == 1);
    CHECK(training.value("half_days").toInt() == 2);
    CHECK(training.value("attendance_rate").toDouble() == Approx(0.5));
    CHECK(training.value("completions").toInt() == 0);
    CHECK(training.value("trainees_with_serd_action").toInt() == 2);
    CHECK(training.value("trainees_with_serd_action_share").toDouble() == Approx(0.6667));

    const QJsonObject serd = json.value("serd").toObject();
    const YearIndicators::Serd expected = calculator.compute(2014).serd;
    CHECK(serd.value("actions_held").toInt() == expected.totals.held);
    CHECK(serd.value("distinct_actions").toInt() == expected.totals.distinct);
    CHECK(serd.value("organisers").toInt() == expected.totals.organisers);
    CHECK(serd.value("participants").toInt() == expected.totals.participants);
    CHECK(serd.value("by_commune").toObject().value("Mulhouse").toInt() == 2);
    CHECK(serd.contains("by_topic"));
    CHECK(serd.contains("by_category"));

    const QJsonObject means = json.value("means").toObject();
    CHECK(means.value("contributions_eur").toDouble() == Approx(1800.0));
    CHECK(means.value("contributions_by_kind").toObject().value("material").toDouble()
        == Approx(1500.0));
    CHECK(
        means.value("contributions_by_kind").toObject().value("other").toDouble() == Approx(300.0));
    CHECK(means.value("staff_days").toDouble() == Approx(3.5));
    CHECK(means.value("staff_days_by_activity").toObject().value("Mobilisation").toDouble()
        == Approx(2.5));

    const QJsonObject previous = json.value("previous").toObject();
    CHECK(previous.value("year").toInt() == 2013);
    CHECK(previous.value("actors").toObject().value("partners_mobilised").toInt() == 2);
    CHECK(
        previous.value("means").toObject().value("contributions_eur").toDouble() == Approx(500.0));
    for (const char *section : { "actors", "meetings", "training", "serd", "means" })
        CHECK(previous.value(section).isObject());
}

TEST_CASE("A year's key figures are those of its full indicators, without the lists",
    "[indicators][demo]")
{
    TestDatabase db;
    DemoOptions options;
    options.today = QDate(2025, 12, 3);
    generateDemo(*db, options);
    const IndicatorCalculator calculator(*db);
    for (const int year : { 2023, 2024, 2025 }) {
        INFO(year);
        const YearIndicators full = calculator.compute(year);
        const YearIndicators key
            = calculator.compute(year, IndicatorCalculator::Detail::KeyFigures);
        CHECK(key.year == year);
        REQUIRE(full.actors.partnersMobilised > 0);
        REQUIRE(full.actors.newPartners > 0);
        CHECK(key.actors.organisations == full.actors.organisations);
        CHECK(key.actors.contacts == full.actors.contacts);
        CHECK(key.actors.partnersMobilised == full.actors.partnersMobilised);
        CHECK(key.actors.newPartners == full.actors.newPartners);
        CHECK(key.meetings.count == full.meetings.count);
        CHECK(key.meetings.councils == full.meetings.councils);
        CHECK(key.meetings.councilTotals.invited == full.meetings.councilTotals.invited);
        CHECK(key.meetings.councilTotals.invitedPresent
            == full.meetings.councilTotals.invitedPresent);
        CHECK(key.training.figures.trainees == full.training.figures.trainees);
        CHECK(key.training.figures.halfDaysExpected == full.training.figures.halfDaysExpected);
        CHECK(key.training.figures.halfDaysPresent == full.training.figures.halfDaysPresent);
        CHECK(key.training.figures.completions == full.training.figures.completions);
        CHECK(key.training.traineesWithSerdAction == full.training.traineesWithSerdAction);
        CHECK(key.serd.hasEdition == full.serd.hasEdition);
        CHECK(key.serd.totals == full.serd.totals);
        CHECK(key.means.contributions == full.means.contributions);
        CHECK(key.means.staffHalfDays == full.means.staffHalfDays);
        // What it leaves out.
        CHECK_FALSE(full.actors.partners.isEmpty());
        CHECK(key.actors.partners.isEmpty());
        CHECK(key.actors.partnersByType.isEmpty());
        CHECK(key.training.sessions.isEmpty());
        CHECK(key.serd.byTopic.isEmpty());
    }
}

TEST_CASE("Indicators of the demo programme are plausible", "[indicators][demo]")
{
    TestDatabase db;
    DemoOptions options;
    options.today = QDate(2025, 12, 3);
    generateDemo(*db, options);
    const YearIndicators y = IndicatorCalculator(*db).compute(2025);
    INFO("partners " << y.actors.partnersMobilised << " of " << y.actors.organisations << ", new "
                     << y.actors.newPartners << ", trainees " << y.training.figures.trainees
                     << ", with action " << y.training.traineesWithSerdAction << ", councils "
                     << y.meetings.councils << ", SERD held " << y.serd.totals.held);
    CHECK(y.actors.organisations > 0);
    CHECK(y.actors.partnersMobilised >= 40);
    CHECK(y.actors.partnersMobilised <= y.actors.organisations);
    CHECK(y.actors.newPartners < y.actors.partnersMobilised);
    CHECK(y.meetings.councils >= 2);
    CHECK(y.meetings.councilAttendanceRate() > 0.2);
    CHECK(y.meetings.councilAttendanceRate() < 1.0);
    CHECK(y.training.figures.trainees > 0);
    CHECK(y.training.traineesWithSerdActionShare() >= 0.6);
    CHECK(y.training.traineesWithSerdActionShare() <= 0.9);
    CHECK(y.serd.totals.held > 0);
    CHECK_FALSE(y.serd.byCommune.isEmpty());
}
