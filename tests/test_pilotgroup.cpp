#include "catchqt.h"
#include "trainingfixture.h"
#include "viewtesting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <models/db/contactrepository.h>
#include <models/item/cohortattendancemodel.h>
#include <views/forms/dateedit.h>
#include <views/meetings/actornamecompleter.h>
#include <views/print/sessionsheet.h>
#include <views/print/trainingcertificates.h>
#include <views/training/cohortdialog.h>
#include <views/training/cohortgrid.h>
#include <views/training/enroldialog.h>
#include <views/training/moduledialog.h>
#include <views/training/sessiondialog.h>
#include <views/training/trainingpage.h>

using namespace relais;

namespace {

const QStringList pilotGroup { QStringLiteral("Véronique Ackermann"),
    QStringLiteral("Audrey Bégin"), QStringLiteral("Stéphanie Benali"),
    QStringLiteral("Justine Bilger"), QStringLiteral("Elsa Bouzid"),
    QStringLiteral("Valérie Boyer"), QStringLiteral("Odile Dupont"),
    QStringLiteral("Stéphane Eschbach"), QStringLiteral("Lucas Grünenwald"),
    QStringLiteral("Sarah Hérold"), QStringLiteral("Alain Hug"), QStringLiteral("Luc Joly"),
    QStringLiteral("Maëlle Nguyen"), QStringLiteral("Rémi Nowak"), QStringLiteral("Martine Petit"),
    QStringLiteral("Leïla Renaud"), QStringLiteral("Yann Robert"), QStringLiteral("Joël Schaeffer"),
    QStringLiteral("Pauline Schwartz"), QStringLiteral("Hugo Thomas"),
    QStringLiteral("Nadia Vogel"), QStringLiteral("Anne Zimmermann") };

struct PlannedSession
{
    int module;
    QDate date;
    bool morning;
    bool afternoon;
};

// The 2014 pilot group's year: five themes, one or two sessions each.
const QList<PlannedSession> programme { { 0, QDate(2014, 3, 18), true, true },
    { 1, QDate(2014, 4, 10), true, false }, { 2, QDate(2014, 4, 24), false, true },
    { 1, QDate(2014, 5, 22), true, true }, { 2, QDate(2014, 6, 19), false, true },
    { 3, QDate(2014, 9, 18), true, false }, { 3, QDate(2014, 9, 25), true, false },
    { 4, QDate(2014, 10, 16), true, true } };

} // namespace

// The "done when": the 2014 pilot group (22 trainees, 5 modules, 8 sessions)
// entered through the screens, its attendance ticked from the keyboard, its sheets and
// certificates printed, the relay-actor flag set for those who completed.
TEST_CASE("The 2014 pilot group is entered, ticked, printed and recognised")
{
    TrainingFixture f;
    QList<qint64> people;
    for (const QString &name : pilotGroup)
        people << f.person(name.section(QLatin1Char(' '), 0, 0), name.section(QLatin1Char(' '), 1));

    // Five modules, one card after the other with "Save and new".
    {
        ModuleDialog dialog(*f.db, f.commands, 0);
        const QStringList themes { QStringLiteral("Prevention basics"),
            QStringLiteral("Composting"), QStringLiteral("Reuse and repair"),
            QStringLiteral("Food waste"), QStringLiteral("Eco-exemplarity") };
        for (const QString &theme : themes) {
            dialog.findChild<QLineEdit *>(QStringLiteral("theme"))->setText(theme);
            dialog.findChild<QLineEdit *>(QStringLiteral("title"))
                ->setText(theme + QStringLiteral(" for relay actors"));
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("plannedHours"))->setValue(7);
            dialog.saveAndNew();
        }
    }
    const QList<TrainingModule> modules = f.training.modules();
    REQUIRE(modules.size() == 5);

    // The cohort with its modules and rule.
    qint64 cohortId = 0;
    {
        CohortDialog dialog(*f.db, f.commands, 0);
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))
            ->setText(QStringLiteral("Relay actors 2014 — pilot group"));
        dialog.findChild<DateEdit *>(QStringLiteral("startsOn"))->setDate(QDate(2014, 3, 1));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("modules"));
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
        dialog.findChild<QComboBox *>(QStringLiteral("ruleKind"))->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(QStringLiteral("ruleCount"))->setValue(6);
        REQUIRE(dialog.save());
        cohortId = dialog.cohortId();
    }
    REQUIRE(f.training.cohort(cohortId)->moduleIds.size() == 5);

    // Eight sessions.
    for (const PlannedSession &planned : programme) {
        SessionDialog dialog(*f.db, f.commands, cohortId, 0);
        auto *module = dialog.findChild<QComboBox *>(QStringLiteral("module"));
        module->setCurrentIndex(module->findData(modules[planned.module].id));
        dialog.findChild<DateEdit *>(QStringLiteral("date"))->setDate(planned.date);
        dialog.findChild<QCheckBox *>(QStringLiteral("morning"))->setChecked(planned.morning);
        dialog.findChild<QCheckBox *>(QStringLiteral("afternoon"))->setChecked(planned.afternoon);
        REQUIRE(dialog.save());
    }
    REQUIRE(f.training.sessions(cohortId).size() == 8);

    // Twenty-two trainees, typed by name and chosen in the completion.
    {
        EnrolDialog dialog(*f.db, f.commands, cohortId);
        REQUIRE(showActive(&dialog));
        for (const QString &name : pilotGroup) {
            dialog.nameEdit()->setFocus();
            type(name.section(QLatin1Char(' '), 1));
            QAbstractItemView *popup = dialog.completer()->popup();
            REQUIRE(eventually([&] { return popup->isVisible(); }));
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
            REQUIRE(eventually([&] { return dialog.nameEdit()->text().isEmpty(); }));
        }
        REQUIRE(dialog.chosen().size() == 22);
        dialog.enrol();
    }
    REQUIRE(f.training.trainees(cohortId).size() == 22);

    // The signed sheets ticked, one session at a time: each trainee misses one
    // half-day in seven (excused) and Hugo Thomas drops out after the first session.
    TrainingPage page(*f.db, f.commands);
    page.resize(1200, 700);
    REQUIRE(showActive(&page));
    page.showCohort(cohortId);
    CohortGrid *grid = page.grid();
    grid->setMovesOn(true);
    const CohortAttendanceModel *model = grid->model();
    REQUIRE(model->traineeCount() == 22);
    REQUIRE(model->halfDayColumnCount() == 11);
    int halfDayIndex = 0;
    const int dropout = model->rowOf(people[pilotGroup.indexOf(QStringLiteral("Hugo Thomas"))]);
    // A copy: the model reads the file again after each tick.
    const QList<TrainingSession> sessions = model->sessions();
    for (const TrainingSession &session : sessions) {
        grid->showSession(session.id);
        for (const int column : model->columnsOf(session.id)) {
            grid->view()->setCurrentIndex(model->index(0, column));
            grid->view()->setFocus();
            for (int row = 0; row < 22; ++row) {
                if (row == dropout && halfDayIndex > 1)
                    press(Qt::Key_A);
                else if ((row + halfDayIndex) % 7 == 0)
                    press(Qt::Key_E);
                else
                    press(Qt::Key_Space);
            }
            ++halfDayIndex;
        }
    }
    REQUIRE(f.training.attendance(cohortId).size() == 22 * 11);
    const auto counts = model->countsAt(CohortAttendanceModel::FirstHalfDay);
    CHECK(counts.notEntered == 0);
    CHECK(counts.present + counts.excused == 22);

    // Those who met the rule (six half-days present) become relay actors in one step.
    const QList<qint64> ready = model->completedNotRecognised();
    CHECK(ready.size() == 21);
    CHECK_FALSE(ready.contains(model->contactIdAt(dropout)));
    answerNextMessageBox(QStringLiteral("Recognise"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recognise")), Qt::LeftButton);
    int relayActors = 0;
    for (const qint64 id : std::as_const(people))
        relayActors += ContactRepository(*f.db).load(id)->relayActor ? 1 : 0;
    CHECK(relayActors == 21);
    const auto figures = f.training.figures(2014);
    CHECK(figures.trainees == 22);
    CHECK(figures.sessions == 8);
    CHECK(figures.halfDays == 11);
    CHECK(figures.completions == 21);

    // Printed: every session's sheet lists the 22; a certificate per trainee.
    for (const TrainingSession &session : sessions) {
        const SessionSheet sheet(SessionSheet::load(*f.db, session.id));
        CHECK(sheet.listedTrainees().size() == 22);
        CHECK(sheet.pageCount() >= 1);
    }
    CertificatesOptions options;
    options.issuedOn = QDate(2014, 12, 10);
    const TrainingCertificates certificates(TrainingCertificates::load(*f.db, cohortId), options);
    CHECK(certificates.certificates().size() == 22);
    CHECK(certificates.pageCount() == 22);
    options.completedOnly = true;
    const TrainingCertificates completed(TrainingCertificates::load(*f.db, cohortId), options);
    CHECK(completed.pageCount() == 21);
}
