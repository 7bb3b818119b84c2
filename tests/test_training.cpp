#include "catchqt.h"
#include "trainingfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/trainingrepository.h>
#include <models/item/cohortattendancemodel.h>

using namespace relais;

namespace {

const QDate today(2014, 12, 10);

TrainingSession sessionOn(
    qint64 id, qint64 moduleId, const QDate &date, bool morning, bool afternoon)
{
    TrainingSession s;
    s.id = id;
    s.moduleId = moduleId;
    s.date = date;
    s.morning = morning;
    s.afternoon = afternoon;
    return s;
}

HalfDayAttendance mark(qint64 sessionId, qint64 contactId, HalfDay half, AttendanceStatus status)
{
    return HalfDayAttendance { sessionId, contactId, half, status, {} };
}

using Fixture = TrainingFixture;

} // namespace

TEST_CASE("Hours of a half-day come from its times, else a customary three and a half")
{
    TrainingSession s = sessionOn(1, 1, QDate(2014, 3, 4), true, true);
    CHECK(s.hours(HalfDay::Morning) == 3.5);
    s.morningStarts = QTime(9, 0);
    s.morningEnds = QTime(12, 15);
    CHECK(s.hours(HalfDay::Morning) == 3.25);
    s.afternoonStarts = QTime(14, 0);
    s.afternoonEnds = QTime(13, 0); // in the wrong order: the custom applies
    CHECK(s.hours(HalfDay::Afternoon) == 3.5);
    CHECK(s.halfDays() == QList<HalfDay> { HalfDay::Morning, HalfDay::Afternoon });
    s.morning = false;
    CHECK(s.halfDays() == QList<HalfDay> { HalfDay::Afternoon });
}

TEST_CASE("Excused half-days do not count towards completion")
{
    const QList<TrainingSession> sessions { sessionOn(1, 10, QDate(2014, 3, 4), true, true),
        sessionOn(2, 11, QDate(2014, 4, 8), true, false) };
    const CompletionRule rule { CompletionRule::Kind::HalfDays, 2 };
    const QList<HalfDayAttendance> attendance { mark(1, 7, HalfDay::Morning,
                                                    AttendanceStatus::Present),
        mark(1, 7, HalfDay::Afternoon, AttendanceStatus::Excused),
        mark(2, 7, HalfDay::Morning, AttendanceStatus::Excused),
        mark(1, 8, HalfDay::Morning, AttendanceStatus::Present),
        mark(1, 8, HalfDay::Afternoon, AttendanceStatus::Present) };
    const TraineeTotals excused = traineeTotals(sessions, attendance, 7, rule);
    CHECK(excused.halfDaysPresent == 1);
    CHECK(excused.halfDaysExcused == 2);
    CHECK(excused.hoursPresent == 3.5);
    CHECK_FALSE(excused.completed);
    const TraineeTotals present = traineeTotals(sessions, attendance, 8, rule);
    CHECK(present.halfDaysPresent == 2);
    CHECK(present.hoursPresent == 7.0);
    CHECK(present.completed);
}

TEST_CASE("A morning-only session counts one half-day, whatever was ticked for its afternoon")
{
    TrainingSession morningOnly = sessionOn(1, 10, QDate(2014, 5, 6), true, false);
    morningOnly.morningStarts = QTime(9, 0);
    morningOnly.morningEnds = QTime(12, 0);
    const QList<HalfDayAttendance> attendance { mark(1, 7, HalfDay::Morning,
                                                    AttendanceStatus::Present),
        mark(1, 7, HalfDay::Afternoon, AttendanceStatus::Present) };
    const TraineeTotals totals
        = traineeTotals({ morningOnly }, attendance, 7, { CompletionRule::Kind::HalfDays, 2 });
    CHECK(totals.halfDaysPresent == 1);
    CHECK(totals.hoursPresent == 3.0);
    CHECK_FALSE(totals.completed);
    CHECK(traineeTotals({ morningOnly }, attendance, 7, { CompletionRule::Kind::HalfDays, 1 })
              .completed);
}

TEST_CASE("The modules rule counts modules attended, not sessions")
{
    const QList<TrainingSession> sessions { sessionOn(1, 10, QDate(2014, 3, 4), true, true),
        sessionOn(2, 10, QDate(2014, 3, 18), true, false),
        sessionOn(3, 11, QDate(2014, 4, 8), false, true) };
    const CompletionRule twoModules { CompletionRule::Kind::Modules, 2 };
    QList<HalfDayAttendance> attendance { mark(1, 7, HalfDay::Morning, AttendanceStatus::Present),
        mark(2, 7, HalfDay::Morning, AttendanceStatus::Present),
        mark(3, 7, HalfDay::Afternoon, AttendanceStatus::Absent) };
    TraineeTotals totals = traineeTotals(sessions, attendance, 7, twoModules);
    CHECK(totals.modulesAttended == 1);
    CHECK(totals.halfDaysAbsent == 1);
    CHECK_FALSE(totals.completed);
    attendance.last().status = AttendanceStatus::Present;
    totals = traineeTotals(sessions, attendance, 7, twoModules);
    CHECK(totals.modulesAttended == 2);
    CHECK(totals.completed);
    // Without a rule, nobody "completes".
    CHECK_FALSE(traineeTotals(sessions, attendance, 7, CompletionRule {}).completed);
}

TEST_CASE("A completion rule survives its round trip and reads as a sentence")
{
    const CompletionRule rule { CompletionRule::Kind::Modules, 4 };
    CHECK(CompletionRule::fromJson(rule.toJson()) == rule);
    CHECK(rule.description() == QStringLiteral("At least one session of 4 modules"));
    CHECK(CompletionRule { CompletionRule::Kind::HalfDays, 6 }.description()
        == QStringLiteral("At least 6 half-days attended"));
    CHECK(CompletionRule::fromJson(QStringLiteral("not json")) == CompletionRule {});
}

TEST_CASE(
    "A cohort keeps its modules, sessions, trainees and attendance, and its deletion undoes whole")
{
    Fixture f;
    const qint64 waste = f.module(QStringLiteral("Waste prevention: the basics"));
    const qint64 compost = f.module(QStringLiteral("Home composting"), 3.5);
    Cohort c;
    c.name = QStringLiteral("  Relay actors 2014 —  pilot group ");
    c.rule = { CompletionRule::Kind::Modules, 2 };
    c.moduleIds = { compost, waste };
    const qint64 cohortId = *f.commands.addCohort(c);
    const Cohort stored = *f.training.cohort(cohortId);
    CHECK(stored.name == QStringLiteral("Relay actors 2014 — pilot group"));
    CHECK(stored.moduleIds == QList<qint64> { compost, waste });
    CHECK(stored.rule == c.rule);

    const qint64 session = f.session(cohortId, waste, QDate(2014, 3, 4));
    const TrainingSession s = *f.training.session(session);
    CHECK(ReferenceListRepository(*f.db).item(ReferenceList::Commune, s.communeId)->name
        == QStringLiteral("Mulhouse"));
    CHECK(s.afternoonEnds == QTime(16, 30));

    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    const qint64 bruno = f.person(QStringLiteral("Bruno"), QStringLiteral("Arnold"));
    int added = 0;
    REQUIRE(f.commands.enrol(cohortId, { anne, bruno, anne }, &added));
    CHECK(added == 2);
    const auto trainees = f.training.trainees(cohortId);
    REQUIRE(trainees.size() == 2);
    CHECK(trainees.first().lastName == QStringLiteral("Arnold")); // the sheet's order
    CHECK(trainees.first().enrolledOn == today);
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne, bruno }, HalfDay::Morning, AttendanceStatus::Present));
    CHECK(f.training.attendance(cohortId).size() == 2);
    CHECK(f.training.cohorts().first().trainees == 2);
    CHECK(f.training.cohorts().first().sessions == 1);

    REQUIRE(f.commands.deleteCohort(cohortId));
    CHECK_FALSE(f.training.cohort(cohortId));
    CHECK(f.training.sessions(cohortId).isEmpty());
    CHECK(f.training.trainees(cohortId).isEmpty());
    // A module in use by a cohort cannot go; once the cohort is gone, it can.
    f.stack.undo();
    CHECK(*f.training.cohort(cohortId) == stored);
    CHECK(f.training.sessions(cohortId).size() == 1);
    CHECK(f.training.trainees(cohortId).size() == 2);
    CHECK(f.training.attendance(cohortId).size() == 2);
    CHECK_FALSE(f.commands.deleteModule(waste));
    CHECK_FALSE(f.commands.lastError().isEmpty());
}

TEST_CASE("Sessions are checked before they are stored")
{
    Fixture f;
    const qint64 m = f.module(QStringLiteral("Reuse and repair"));
    const qint64 cohortId = f.cohort();
    TrainingSession s = sessionOn(0, m, QDate(), true, false);
    s.cohortId = cohortId;
    CHECK_FALSE(f.commands.addSession(s));
    CHECK(f.commands.lastError() == QStringLiteral("The session needs a date."));
    s.date = QDate(2014, 6, 3);
    s.morning = false;
    CHECK_FALSE(f.commands.addSession(s));
    CHECK(
        f.commands.lastError() == QStringLiteral("A session has a morning, an afternoon or both."));
    s.afternoon = true;
    s.afternoonStarts = QTime(16, 0);
    s.afternoonEnds = QTime(14, 0);
    CHECK_FALSE(f.commands.addSession(s));
    CHECK(f.commands.lastError() == QStringLiteral("The afternoon ends before it starts."));
    CHECK(f.training.sessions(cohortId).isEmpty());
    CHECK(f.stack.count() == 2); // the module and the cohort only
    CHECK_FALSE(f.commands.addModule(TrainingModule {}));
}

TEST_CASE("Giving up a session's afternoon takes its ticks, and undo puts them back")
{
    Fixture f;
    const qint64 m = f.module(QStringLiteral("Reuse and repair"));
    const qint64 cohortId = f.cohort();
    const qint64 session = f.session(cohortId, m, QDate(2014, 6, 3));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    REQUIRE(f.commands.enrol(cohortId, { anne }));
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne }, HalfDay::Afternoon, AttendanceStatus::Excused));
    TrainingSession s = *f.training.session(session);
    s.afternoon = false;
    REQUIRE(f.commands.updateSession(s));
    CHECK(f.training.attendance(cohortId).size() == 1);
    // An afternoon can no longer be ticked.
    CHECK_FALSE(f.commands.setHalfDayAttendance(
        session, { anne }, HalfDay::Afternoon, AttendanceStatus::Present));
    CHECK(f.commands.lastError() == QStringLiteral("This session has no afternoon."));
    f.stack.undo();
    CHECK(f.training.session(session)->afternoon);
    CHECK(f.training.attendance(cohortId).size() == 2);
}

TEST_CASE("Half-day attendance is for the cohort's trainees; clearing a tick removes it")
{
    Fixture f;
    const qint64 m = f.module(QStringLiteral("Reuse and repair"));
    const qint64 cohortId = f.cohort();
    const qint64 session = f.session(cohortId, m, QDate(2014, 6, 3));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    const qint64 outsider = f.person(QStringLiteral("Paul"), QStringLiteral("Martin"));
    REQUIRE(f.commands.enrol(cohortId, { anne }));
    const int steps = f.stack.count();
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne, outsider }, HalfDay::Morning, AttendanceStatus::Absent));
    CHECK(f.stack.count() == steps + 1);
    CHECK(f.stack.undoText() == QStringLiteral("Half-day attendance of 1 trainee"));
    REQUIRE(f.training.attendance(cohortId).size() == 1);
    CHECK(f.training.attendance(cohortId).first().contactId == anne);
    // The same status again changes nothing and adds no step.
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne }, HalfDay::Morning, AttendanceStatus::Absent));
    CHECK(f.stack.count() == steps + 1);
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne }, HalfDay::Morning, AttendanceStatus::Invited));
    CHECK(f.training.attendance(cohortId).isEmpty());
    f.stack.undo();
    CHECK(f.training.attendance(cohortId).first().status == AttendanceStatus::Absent);
}

TEST_CASE("Withdrawing a trainee takes their attendance; undo brings both back")
{
    Fixture f;
    const qint64 m = f.module(QStringLiteral("Reuse and repair"));
    const qint64 cohortId = f.cohort();
    const qint64 session = f.session(cohortId, m, QDate(2014, 6, 3));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    REQUIRE(f.commands.enrol(cohortId, { anne }));
    REQUIRE(f.commands.setHalfDayAttendance(
        session, { anne }, HalfDay::Afternoon, AttendanceStatus::Present));
    REQUIRE(f.commands.unenrol(cohortId, { anne }));
    CHECK(f.training.trainees(cohortId).isEmpty());
    CHECK(f.training.attendance(cohortId).isEmpty());
    f.stack.undo();
    CHECK(f.training.trainees(cohortId).size() == 1);
    CHECK(f.training.attendance(cohortId).size() == 1);
}

TEST_CASE("Those who completed are flagged relay actors, with the date, in one step")
{
    Fixture f;
    const qint64 m = f.module(QStringLiteral("Reuse and repair"));
    const qint64 cohortId = f.cohort();
    f.session(cohortId, m, QDate(2014, 6, 3));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    const qint64 bruno = f.person(QStringLiteral("Bruno"), QStringLiteral("Arnold"));
    REQUIRE(f.commands.enrol(cohortId, { anne, bruno }));
    // Bruno was already a relay actor: his date stays.
    Contact b = *ContactRepository(*f.db).load(bruno);
    b.relayActor = true;
    b.relayActorSince = QDate(2012, 5, 1);
    REQUIRE(f.commands.updateContact(b));
    const int steps = f.stack.count();
    REQUIRE(f.commands.recogniseRelayActors(cohortId, { anne, bruno }, QDate(2014, 12, 10)));
    CHECK(f.stack.count() == steps + 1);
    const Contact a = *ContactRepository(*f.db).load(anne);
    CHECK(a.relayActor);
    CHECK(a.relayActorSince == QDate(2014, 12, 10));
    CHECK(ContactRepository(*f.db).load(bruno)->relayActorSince == QDate(2012, 5, 1));
    for (const auto &t : f.training.trainees(cohortId))
        CHECK(t.completedOn == QDate(2014, 12, 10));
    f.stack.undo();
    CHECK_FALSE(ContactRepository(*f.db).load(anne)->relayActor);
    for (const auto &t : f.training.trainees(cohortId))
        CHECK_FALSE(t.completedOn.isValid());
    CHECK_FALSE(f.commands.recogniseRelayActors(cohortId, {}, today));
}

TEST_CASE("The year's training figures count what was held and who came")
{
    Fixture f;
    const qint64 m = f.module(QStringLiteral("Reuse and repair"));
    const qint64 cohortId = f.cohort();
    const qint64 full = f.session(cohortId, m, QDate(2014, 6, 3));
    const qint64 morning = f.session(cohortId, m, QDate(2014, 9, 16), true, false);
    f.session(cohortId, m, QDate(2014, 12, 16)); // still to come: no sheet entered
    f.session(cohortId, m, QDate(2015, 1, 13));
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    const qint64 bruno = f.person(QStringLiteral("Bruno"), QStringLiteral("Arnold"));
    REQUIRE(f.commands.enrol(cohortId, { anne, bruno }));
    REQUIRE(f.commands.setHalfDayAttendance(
        full, { anne, bruno }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(f.commands.setHalfDayAttendance(
        full, { anne }, HalfDay::Afternoon, AttendanceStatus::Present));
    REQUIRE(f.commands.setHalfDayAttendance(
        full, { bruno }, HalfDay::Afternoon, AttendanceStatus::Excused));
    REQUIRE(f.commands.setHalfDayAttendance(
        morning, { anne }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(f.commands.recogniseRelayActors(cohortId, { anne }, QDate(2014, 12, 10)));
    const auto figures = f.training.figures(2014);
    CHECK(figures.sessions == 3);
    CHECK(figures.halfDays == 5);
    CHECK(figures.trainees == 2);
    CHECK(figures.halfDaysPresent == 4);
    CHECK(figures.halfDaysExpected == 6); // two trainees × three half-days entered
    CHECK(figures.completions == 1);
    CHECK(f.training.figures(2015).sessions == 1);
    CHECK(f.training.figures(2015).halfDaysExpected == 0);

    const auto history = f.training.historyOf({ anne });
    REQUIRE(history.size() == 2);
    CHECK(history.first().date == QDate(2014, 9, 16));
    CHECK(history.last().halfDaysPresent == 2);
}

TEST_CASE("The cohort grid shows trainees by half-day, with their totals and the sessions' totals")
{
    Fixture f;
    const qint64 waste = f.module(QStringLiteral("Waste prevention: the basics"));
    const qint64 compost = f.module(QStringLiteral("Home composting"));
    const qint64 cohortId = f.cohort({ CompletionRule::Kind::HalfDays, 3 });
    const qint64 full = f.session(cohortId, waste, QDate(2014, 3, 4));
    const qint64 morning = f.session(cohortId, compost, QDate(2014, 4, 8), true, false);
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Zimmer"));
    const qint64 bruno = f.person(QStringLiteral("Bruno"), QStringLiteral("Arnold"));
    REQUIRE(f.commands.enrol(cohortId, { anne, bruno }));

    CohortAttendanceModel model(*f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCohort(cohortId);
    REQUIRE(model.rowCount() == 3); // two trainees and the totals
    REQUIRE(model.columnCount() == 2 + 3 + 3);
    CHECK(model.totalsRow() == 2);
    CHECK(model.index(0, CohortAttendanceModel::Name).data().toString()
        == QStringLiteral("ARNOLD Bruno"));
    CHECK(model.columnOf(full, HalfDay::Afternoon) == 3);
    CHECK(model.columnOf(morning, HalfDay::Morning) == 4);
    CHECK(model.columnOf(morning, HalfDay::Afternoon) == -1);
    CHECK(model.headerData(4, Qt::Horizontal).toString().contains(QStringLiteral("Morning")));
    CHECK(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Home composting")));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(f.commands.setHalfDayAttendance(
        full, { anne, bruno }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(f.commands.setHalfDayAttendance(
        full, { anne }, HalfDay::Afternoon, AttendanceStatus::Present));
    REQUIRE(f.commands.setHalfDayAttendance(
        full, { bruno }, HalfDay::Afternoon, AttendanceStatus::Excused));
    REQUIRE(f.commands.setHalfDayAttendance(
        morning, { anne }, HalfDay::Morning, AttendanceStatus::Present));
    // Ticks keep the grid's shape: a view keeps its cursor.
    CHECK(resets.isEmpty());
    CHECK(changes.size() == 4);
    const int annesRow = model.rowOf(anne);
    CHECK(annesRow == 1);
    CHECK(model.statusAt(annesRow, 4) == int(AttendanceStatus::Present));
    CHECK(model.index(0, 3).data(CohortAttendanceModel::StatusRole).toInt()
        == int(AttendanceStatus::Excused));
    CHECK(model.index(0, 4).data(CohortAttendanceModel::StatusRole).toInt() == -1);
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("exc."));
    // The trainee's totals: three half-days of 3.5 h (full day 9:00–12:30, 13:30–16:30 = 3 h).
    CHECK(model.index(annesRow, model.totalColumn(CohortAttendanceModel::HalfDaysTotal))
              .data()
              .toInt()
        == 3);
    CHECK(model.totalsAt(annesRow).hoursPresent == 3.5 + 3.0 + 3.5);
    CHECK(model.index(annesRow, model.totalColumn(CohortAttendanceModel::HoursTotal))
              .data()
              .toString()
        == QStringLiteral("10 h"));
    CHECK(model.index(annesRow, model.totalColumn(CohortAttendanceModel::Completion))
              .data()
              .toString()
        == QStringLiteral("Rule met"));
    CHECK(model.index(0, model.totalColumn(CohortAttendanceModel::Completion))
              .data()
              .toString()
              .isEmpty());
    CHECK(model.completedNotRecognised() == QList<qint64> { anne });
    // The sessions' totals, on the last row.
    CHECK(model.index(2, 2).data().toString() == QStringLiteral("2/2"));
    CHECK(model.index(2, 3).data().toString() == QStringLiteral("1/2"));
    CHECK(model.index(2, model.totalColumn(CohortAttendanceModel::Completion)).data().toString()
        == QStringLiteral("1 of 2"));
    const auto counts = model.countsAt(3);
    CHECK(counts.present == 1);
    CHECK(counts.excused == 1);

    REQUIRE(f.commands.recogniseRelayActors(cohortId, { anne }, QDate(2014, 12, 10)));
    CHECK(model.completedNotRecognised().isEmpty());
    CHECK(model.index(annesRow, model.totalColumn(CohortAttendanceModel::Completion))
              .data()
              .toString()
              .startsWith(QStringLiteral("Completed")));

    // A new session adds columns: the grid is laid out again.
    f.session(cohortId, compost, QDate(2014, 5, 6), false, true);
    CHECK(resets.size() == 1);
    CHECK(model.columnCount() == 2 + 4 + 3);
    // A withdrawn trainee leaves the grid.
    REQUIRE(f.commands.unenrol(cohortId, { bruno }));
    CHECK(model.rowCount() == 2);
    REQUIRE(f.commands.unenrol(cohortId, { anne }));
    CHECK(model.rowCount() == 0);
    model.setCohort(0);
    CHECK(model.columnCount() == 0);
}
