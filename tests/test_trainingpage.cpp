#include "catchqt.h"
#include "trainingfixture.h"
#include "viewtesting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <models/db/contactrepository.h>
#include <models/db/database.h>
#include <models/item/cohortattendancemodel.h>
#include <views/print/certificatesdialog.h>
#include <views/print/sessionsheet.h>
#include <views/print/sessionsheetdialog.h>
#include <views/print/trainingcertificates.h>
#include <views/training/cohortdialog.h>
#include <views/training/cohortgrid.h>
#include <views/training/enroldialog.h>
#include <views/training/sessiondialog.h>
#include <views/training/trainingpage.h>
#include <views/training/trainingrecordview.h>

using namespace relais;

namespace {

// A cohort of three trainees with two sessions: a full day and a morning.
struct GridFixture : TrainingFixture
{
    qint64 cohortId = cohort();
    qint64 compost = module(QStringLiteral("Composting"));
    qint64 reuse = module(QStringLiteral("Reuse and repair"));
    qint64 fullDay = session(cohortId, compost, QDate(2014, 3, 4));
    qint64 morning = session(cohortId, reuse, QDate(2014, 4, 8), true, false);
    qint64 dupont = person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    qint64 emery = person(QStringLiteral("Luc"), QStringLiteral("Émery"));
    qint64 martin = person(QStringLiteral("Paul"), QStringLiteral("Martin"));

    GridFixture() { commands.enrol(cohortId, { martin, dupont, emery }); }

    // -1 when nothing is entered.
    int statusOf(qint64 sessionId, qint64 contactId, HalfDay half)
    {
        for (const HalfDayAttendance &a : training.attendance(cohortId)) {
            if (a.sessionId == sessionId && a.contactId == contactId && a.half == half)
                return int(a.status);
        }
        return -1;
    }
};

} // namespace

TEST_CASE("A signed training sheet is ticked from the keyboard, down the half-day's column")
{
    GridFixture f;
    CohortGrid grid(*f.db, f.commands);
    grid.setCohort(f.cohortId);
    grid.resize(1000, 500);
    grid.setMovesOn(true);
    REQUIRE(showActive(&grid));
    grid.view()->setFocus();
    REQUIRE(eventually([&] { return focused() == grid.view(); }));

    // The cursor starts on the first trainee's first half-day, in the sheet's order.
    const CohortAttendanceModel *model = grid.model();
    REQUIRE(grid.view()->currentIndex() == model->index(0, CohortAttendanceModel::FirstHalfDay));
    CHECK(model->traineeAt(0).lastName == QStringLiteral("Dupont"));
    CHECK(model->traineeAt(1).lastName == QStringLiteral("Émery"));

    press(Qt::Key_Space);
    press(Qt::Key_E);
    press(Qt::Key_A);
    CHECK(f.statusOf(f.fullDay, f.dupont, HalfDay::Morning) == int(AttendanceStatus::Present));
    CHECK(f.statusOf(f.fullDay, f.emery, HalfDay::Morning) == int(AttendanceStatus::Excused));
    CHECK(f.statusOf(f.fullDay, f.martin, HalfDay::Morning) == int(AttendanceStatus::Absent));
    CHECK(f.statusOf(f.fullDay, f.dupont, HalfDay::Afternoon) == -1);
    // The last trainee: the cursor stays, and the line says what was done.
    CHECK(grid.view()->currentIndex().row() == 2);
    CHECK(grid.statusText().contains(QStringLiteral("Paul Martin")));
    CHECK(model->data(model->index(0, CohortAttendanceModel::FirstHalfDay)).toString()
        == QStringLiteral("✓"));

    // Each key is one step of undo.
    f.stack.undo();
    CHECK(f.statusOf(f.fullDay, f.martin, HalfDay::Morning) == -1);
    CHECK(f.statusOf(f.fullDay, f.emery, HalfDay::Morning) == int(AttendanceStatus::Excused));

    // Delete and I clear a half-day entered by mistake.
    grid.view()->setCurrentIndex(model->index(1, CohortAttendanceModel::FirstHalfDay));
    grid.setMovesOn(false);
    press(Qt::Key_Delete);
    CHECK(f.statusOf(f.fullDay, f.emery, HalfDay::Morning) == -1);
    CHECK(grid.view()->currentIndex().row() == 1);

    // The totals row counts the half-day.
    const auto counts = model->countsAt(CohortAttendanceModel::FirstHalfDay);
    CHECK(counts.present == 1);
    CHECK(counts.notEntered == 2);
}

TEST_CASE("In the training grid a letter finds a trainee, and R is a letter, not a status")
{
    GridFixture f;
    CohortGrid grid(*f.db, f.commands);
    grid.setCohort(f.cohortId);
    REQUIRE(showActive(&grid));
    grid.view()->setFocus();
    REQUIRE(eventually([&] { return focused() == grid.view(); }));

    // E is a status: names beginning with it are searched after "/".
    type(QStringLiteral("/em"));
    CHECK(focused() == grid.findEdit());
    CHECK(grid.view()->currentIndex().row() == grid.model()->rowOf(f.emery));
    press(Qt::Key_Return);
    CHECK(focused() == grid.view());
    press(Qt::Key_Space);
    CHECK(f.statusOf(f.fullDay, f.emery, HalfDay::Morning) == int(AttendanceStatus::Present));

    // A first name finds too; R searches rather than marking anything.
    grid.view()->setFocus();
    type(QStringLiteral("Pa"));
    CHECK(grid.view()->currentIndex().row() == grid.model()->rowOf(f.martin));
    press(Qt::Key_Escape);
    press(Qt::Key_R);
    CHECK(focused() == grid.findEdit());
    CHECK(grid.findEdit()->text() == QStringLiteral("r"));
    CHECK(f.training.attendance(f.cohortId).size() == 1);
}

TEST_CASE("One session's half-days shown at a time, and the rest marked present in one step")
{
    GridFixture f;
    CohortGrid grid(*f.db, f.commands);
    grid.setCohort(f.cohortId);
    REQUIRE(showActive(&grid));
    const CohortAttendanceModel *model = grid.model();
    const int morningColumn = model->columnOf(f.morning, HalfDay::Morning);
    const int fullDayColumn = model->columnOf(f.fullDay, HalfDay::Afternoon);

    grid.showSession(f.morning);
    CHECK(grid.view()->isColumnHidden(fullDayColumn));
    CHECK_FALSE(grid.view()->isColumnHidden(morningColumn));
    CHECK_FALSE(grid.view()->isColumnHidden(CohortAttendanceModel::Name));
    CHECK_FALSE(grid.view()->isColumnHidden(model->totalColumn(CohortAttendanceModel::Completion)));
    CHECK(grid.view()->currentIndex().column() == morningColumn);

    grid.view()->setFocus();
    REQUIRE(eventually([&] { return focused() == grid.view(); }));
    grid.view()->setCurrentIndex(model->index(model->rowOf(f.emery), morningColumn));
    press(Qt::Key_A);
    auto *rest = grid.findChild<QPushButton *>(QStringLiteral("markRestPresent"));
    REQUIRE(rest);
    QTest::mouseClick(rest, Qt::LeftButton);
    CHECK(f.statusOf(f.morning, f.dupont, HalfDay::Morning) == int(AttendanceStatus::Present));
    CHECK(f.statusOf(f.morning, f.martin, HalfDay::Morning) == int(AttendanceStatus::Present));
    CHECK(f.statusOf(f.morning, f.emery, HalfDay::Morning) == int(AttendanceStatus::Absent));
    f.stack.undo();
    CHECK(f.statusOf(f.morning, f.dupont, HalfDay::Morning) == -1);
    CHECK(f.statusOf(f.morning, f.emery, HalfDay::Morning) == int(AttendanceStatus::Absent));

    grid.showSession(0);
    CHECK_FALSE(grid.view()->isColumnHidden(fullDayColumn));
}

TEST_CASE("The Training page shows the cohort, its figures, and recognises relay actors")
{
    GridFixture f;
    // Dupont attends the full day: two half-days, the rule.
    f.commands.setHalfDayAttendance(
        f.fullDay, { f.dupont }, HalfDay::Morning, AttendanceStatus::Present);
    f.commands.setHalfDayAttendance(
        f.fullDay, { f.dupont }, HalfDay::Afternoon, AttendanceStatus::Present);
    f.commands.setHalfDayAttendance(
        f.fullDay, { f.martin }, HalfDay::Morning, AttendanceStatus::Present);

    TrainingPage page(*f.db, f.commands);
    page.resize(1100, 600);
    REQUIRE(showActive(&page));
    CHECK(page.currentCohort() == f.cohortId);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    INFO(summary->text().toStdString());
    CHECK(summary->text().contains(QStringLiteral("3 trainees")));
    CHECK(summary->text().contains(QStringLiteral("2 sessions")));
    CHECK(summary->text().contains(QStringLiteral("1 completed")));
    auto *figures = page.findChild<QLabel *>(QStringLiteral("figures"));
    INFO(figures->text().toStdString());
    CHECK(figures->text().contains(QStringLiteral("Training in 2014: 2 trainees")));
    CHECK(page.sessionsView()->rowCount() == 2);
    CHECK(page.sessionsView()->item(0, 1)->text() == QStringLiteral("Composting"));

    auto *recognise = page.findChild<QPushButton *>(QStringLiteral("recognise"));
    REQUIRE(recognise);
    CHECK(recognise->isEnabled());
    CHECK(recognise->text().contains(QStringLiteral("1 relay actor")));
    QString asked;
    answerNextMessageBox(QStringLiteral("Recognise"), &asked);
    QTest::mouseClick(recognise, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("1 trainee")));
    const auto dupont = ContactRepository(*f.db).load(f.dupont);
    REQUIRE(dupont);
    CHECK(dupont->relayActor);
    CHECK(dupont->relayActorSince == f.commands.today());
    CHECK_FALSE(ContactRepository(*f.db).load(f.martin)->relayActor);
    REQUIRE(eventually([&] { return !recognise->isEnabled(); }));

    // From the Sessions tab to the grid showing that session only.
    page.sessionsView()->setCurrentCell(1, 0);
    page.enterAttendance();
    CHECK(page.tabs()->currentIndex() == 0);
    CHECK(page.grid()->shownSession() == f.morning);
}

TEST_CASE("The Training page prints a session's sign-in sheet and the cohort's certificates")
{
    GridFixture f;
    f.commands.setHalfDayAttendance(
        f.fullDay, { f.dupont, f.martin }, HalfDay::Morning, AttendanceStatus::Present);
    TrainingPage page(*f.db, f.commands);
    REQUIRE(showActive(&page));
    page.tabs()->setCurrentIndex(1);
    page.sessionsView()->setCurrentCell(0, 0);
    auto *sheetButton = page.findChild<QPushButton *>(QStringLiteral("signInSheet"));
    REQUIRE(sheetButton);
    REQUIRE(sheetButton->isEnabled());
    int listed = -1;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<SessionSheetDialog *>(QApplication::activeModalWidget())) {
            listed = dialog->sheet() ? int(dialog->sheet()->listedTrainees().size()) : 0;
            dialog->reject();
        }
    });
    QTest::mouseClick(sheetButton, Qt::LeftButton);
    CHECK(listed == 3);

    // Certificates: those who attended, of the whole cohort when one trainee is selected.
    page.tabs()->setCurrentIndex(0);
    int certificates = -1;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<CertificatesDialog *>(QApplication::activeModalWidget())) {
            certificates
                = dialog->certificates() ? int(dialog->certificates()->certificates().size()) : 0;
            dialog->reject();
        }
    });
    page.printCertificates();
    CHECK(certificates == 2);
}

TEST_CASE("Without a cohort the Training page says how to start")
{
    TrainingFixture f;
    TrainingPage page(*f.db, f.commands);
    REQUIRE(showActive(&page));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyText"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK_FALSE(page.tabs()->isVisible());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("editCohort"))->isEnabled());

    // A cohort added elsewhere appears, chosen.
    const qint64 id = f.cohort();
    REQUIRE(eventually([&] { return page.currentCohort() == id; }));
    CHECK(page.tabs()->isVisible());
}

TEST_CASE("Enrolling trainees: chosen by name, never twice, in one step")
{
    GridFixture f;
    const qint64 newcomer = f.person(QStringLiteral("Anne"), QStringLiteral("Zeller"));
    EnrolDialog dialog(*f.db, f.commands, f.cohortId);
    dialog.add(ActorRef::contact(f.dupont, QStringLiteral("Marie Dupont")));
    CHECK(dialog.chosen().isEmpty());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("note"))
              ->text()
              .contains(QStringLiteral("already in this cohort")));
    dialog.add(ActorRef::contact(newcomer, QStringLiteral("Anne Zeller")));
    dialog.add(ActorRef::contact(newcomer, QStringLiteral("Anne Zeller")));
    CHECK(dialog.chosen() == QList<qint64> { newcomer });
    dialog.enrol();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.added() == 1);
    CHECK(f.training.trainees(f.cohortId).size() == 4);
    f.stack.undo();
    CHECK(f.training.trainees(f.cohortId).size() == 3);
}

TEST_CASE("A session needs a module and a half-day; its times come in order")
{
    GridFixture f;
    SessionDialog dialog(*f.db, f.commands, f.cohortId, 0);
    auto *morning = dialog.findChild<QCheckBox *>(QStringLiteral("morning"));
    auto *afternoon = dialog.findChild<QCheckBox *>(QStringLiteral("afternoon"));
    morning->setChecked(false);
    afternoon->setChecked(false);
    CHECK_FALSE(dialog.save());
    CHECK(f.training.sessions(f.cohortId).size() == 2);

    afternoon->setChecked(true);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(int(TrainingSession::Kind::FieldVisit));
    dialog.findChild<QLineEdit *>(QStringLiteral("place"))
        ->setText(QStringLiteral("Plate-forme de compostage"));
    dialog.findChild<QLineEdit *>(QStringLiteral("trainer"))->setText(QStringLiteral("Jean Hoff"));
    REQUIRE(dialog.save());
    const auto saved = f.training.session(dialog.sessionId());
    REQUIRE(saved);
    CHECK_FALSE(saved->morning);
    CHECK(saved->afternoon);
    CHECK(saved->kind == TrainingSession::Kind::FieldVisit);
    CHECK(saved->trainerName == QStringLiteral("Jean Hoff"));
    CHECK(saved->trainerContactId == 0);
    CHECK_FALSE(dialog.isModified());
}

TEST_CASE("A cohort needs a name; its rule and modules are kept")
{
    GridFixture f;
    CohortDialog dialog(*f.db, f.commands, 0);
    CHECK_FALSE(dialog.save());
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))
        ->setText(QStringLiteral("Relay actors 2015"));
    dialog.findChild<QComboBox *>(QStringLiteral("ruleKind"))->setCurrentIndex(2);
    dialog.findChild<QSpinBox *>(QStringLiteral("ruleCount"))->setValue(3);
    CHECK(dialog.isModified());
    REQUIRE(dialog.save());
    const auto saved = f.training.cohort(dialog.cohortId());
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Relay actors 2015"));
    CHECK(saved->rule == CompletionRule { CompletionRule::Kind::Modules, 3 });
    CHECK_FALSE(dialog.isModified());
}

TEST_CASE("Training page to look at", "[.look]")
{
    TrainingFixture f;
    const qint64 cohortId = f.cohort({ CompletionRule::Kind::HalfDays, 6 });
    const QStringList themes { QStringLiteral("Prevention basics"), QStringLiteral("Composting"),
        QStringLiteral("Reuse and repair"), QStringLiteral("Food waste"),
        QStringLiteral("Eco-exemplarity") };
    QList<qint64> sessions;
    for (int i = 0; i < themes.size(); ++i) {
        const qint64 module = f.module(themes[i]);
        sessions << f.session(cohortId, module, QDate(2014, 2 + i * 2, 4 + i), true, i % 2 == 0);
    }
    const QStringList names { QStringLiteral("Marie Dupont"), QStringLiteral("Luc Émery"),
        QStringLiteral("Paul Martin"), QStringLiteral("Anne Zeller"), QStringLiteral("Hélène Koch"),
        QStringLiteral("Sébastien Muller"), QStringLiteral("Nadia Benali"),
        QStringLiteral("Thomas Schmitt"), QStringLiteral("Claire Weber"),
        QStringLiteral("Julien Meyer") };
    QList<qint64> people;
    for (const QString &name : names)
        people << f.person(name.section(QLatin1Char(' '), 0, 0), name.section(QLatin1Char(' '), 1));
    f.commands.enrol(cohortId, people);
    for (int s = 0; s < 4; ++s) {
        for (int p = 0; p < people.size(); ++p) {
            const auto status = (p + s) % 7 == 0 ? AttendanceStatus::Excused
                : (p * s) % 11 == 5              ? AttendanceStatus::Absent
                                                 : AttendanceStatus::Present;
            f.commands.setHalfDayAttendance(sessions[s], { people[p] }, HalfDay::Morning, status);
            if (s % 2 == 0)
                f.commands.setHalfDayAttendance(
                    sessions[s], { people[p] }, HalfDay::Afternoon, AttendanceStatus::Present);
        }
    }
    TrainingPage page(*f.db, f.commands);
    page.resize(1280, 720);
    REQUIRE(showActive(&page));
    page.grid()->view()->setFocus();
    QTest::qWait(100);
    page.grab().save(QStringLiteral("/tmp/training_grid.png"));
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    page.grab().save(QStringLiteral("/tmp/training_sessions.png"));
}

TEST_CASE("A contact's card lists their trainings with half-days, hours and completion")
{
    GridFixture f;
    f.commands.setHalfDayAttendance(
        f.fullDay, { f.dupont }, HalfDay::Morning, AttendanceStatus::Present);
    f.commands.setHalfDayAttendance(
        f.fullDay, { f.dupont }, HalfDay::Afternoon, AttendanceStatus::Present);
    f.commands.setHalfDayAttendance(
        f.morning, { f.dupont }, HalfDay::Morning, AttendanceStatus::Excused);
    f.commands.recogniseRelayActors(f.cohortId, { f.dupont }, f.commands.today());

    TrainingRecordView view(*f.db);
    view.setContact(f.dupont);
    REQUIRE(view.count() == 1);
    QTableWidget *table = view.table();
    CHECK(table->item(0, 0)->text() == QStringLiteral("Relay actors 2014 — pilot group"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("2 (1 excused)"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("6.5 h"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Completed on 10/12/2014"));
    CHECK(view.findChild<QLabel *>(QStringLiteral("trainingSummary"))->text()
        == QStringLiteral("1 cohort: 2 half-days and 6.5 h attended in all"));

    // Enrolled, nothing attended yet: the rule still to meet.
    view.setContact(f.martin);
    REQUIRE(view.count() == 1);
    CHECK(view.table()->item(0, 4)->text()
        == QStringLiteral("Not yet (At least 2 half-days attended)"));
    view.setContact(f.person(QStringLiteral("Anne"), QStringLiteral("Zeller")));
    CHECK(view.count() == 0);
}

// RELAIS_LOOK_DB=/tmp/demo.relais training_tests "[.look]": the first session's sheet
// and the certificates of the latest cohort of a real file, to look at.
TEST_CASE("Training documents of a file to look at", "[.look]")
{
    const QString path = qEnvironmentVariable("RELAIS_LOOK_DB");
    if (path.isEmpty())
        return;
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.database);
    TrainingRepository training(*opened.database);
    const auto cohorts = training.cohorts();
    REQUIRE_FALSE(cohorts.isEmpty());
    const qint64 cohortId = cohorts.constLast().id;
    const auto sessions = training.sessions(cohortId);
    REQUIRE_FALSE(sessions.isEmpty());
    SessionSheet sheet(SessionSheet::load(*opened.database, sessions.constFirst().id));
    CHECK(sheet.writePdf(QStringLiteral("/tmp/look-session-sheet.pdf")));
    CertificatesOptions options;
    options.issuedOn = QDate::currentDate();
    options.issuedAt = QStringLiteral("Mulhouse");
    TrainingCertificates certificates(
        TrainingCertificates::load(*opened.database, cohortId), options);
    CHECK(certificates.writePdf(QStringLiteral("/tmp/look-certificates.pdf")));
}

TEST_CASE("Deleting a session asks first; Cancel keeps it, Delete removes it until undone")
{
    GridFixture f;
    TrainingPage page(*f.db, f.commands);
    REQUIRE(showActive(&page));
    page.tabs()->setCurrentIndex(1);
    page.sessionsView()->setCurrentCell(1, 0);
    REQUIRE(page.currentSession() == f.morning);
    QString asked;
    answerNextMessageBox(QStringLiteral("Cancel"), &asked);
    page.deleteSession();
    CHECK(asked.startsWith(QStringLiteral("Delete the session Reuse and repair")));
    CHECK(f.training.sessions(f.cohortId).size() == 2);
    answerNextMessageBox(QStringLiteral("Delete"));
    page.deleteSession();
    CHECK(f.training.sessions(f.cohortId).size() == 1);
    f.stack.undo();
    CHECK(f.training.sessions(f.cohortId).size() == 2);
}
