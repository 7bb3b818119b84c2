#include "catchqt.h"
#include "printtesting.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/databaseerror.h>
#include <views/print/sessionsheet.h>
#include <views/print/sessionsheetdialog.h>

using namespace relais;
using namespace printtesting;

namespace {

TrainingRepository::Trainee trainee(
    const QString &last, const QString &first, const QString &organisation = {})
{
    static qint64 nextId = 1;
    TrainingRepository::Trainee t;
    t.contactId = nextId++;
    t.lastName = last;
    t.firstName = first;
    t.organisation = organisation;
    return t;
}

SessionSheetData sessionData(const QList<TrainingRepository::Trainee> &trainees = {},
    bool morning = true, bool afternoon = true)
{
    SessionSheetData data;
    data.session.date = QDate(2014, 3, 4);
    data.session.morning = morning;
    data.session.morningStarts = QTime(9, 0);
    data.session.morningEnds = QTime(12, 30);
    data.session.afternoon = afternoon;
    data.session.afternoonStarts = QTime(13, 30);
    data.session.afternoonEnds = QTime(16, 30);
    data.session.kind = TrainingSession::Kind::Room;
    data.session.place = QStringLiteral("Maison de la Région");
    data.session.communeName = QStringLiteral("Mulhouse");
    data.session.trainerName = QStringLiteral("Claire Dubois");
    data.module.title = QStringLiteral("Waste prevention: the basics");
    data.cohort.name = QStringLiteral("Relay actors 2014 — pilot group");
    data.programme.programmeName = QStringLiteral("Programme local de prévention des déchets");
    data.programme.organisationName = QStringLiteral("Mulhouse Alsace Agglomération");
    data.trainees = trainees;
    return data;
}

QList<TrainingRepository::Trainee> crowd(int count)
{
    QList<TrainingRepository::Trainee> people;
    for (int i = 1; i <= count; ++i) {
        people << trainee(QStringLiteral("Name%1").arg(i, 3, 10, QLatin1Char('0')),
            QStringLiteral("First"), QStringLiteral("Association %1").arg(i));
    }
    return people;
}

SessionSheetOptions blankRows(int count)
{
    SessionSheetOptions options;
    options.blankRows = count;
    return options;
}

} // namespace

TEST_CASE("The session sheet lists the cohort's trainees by last name, accents and case aside")
{
    const SessionSheet sheet(sessionData({
        trainee(QStringLiteral("Zimmer"), QStringLiteral("Anne"), QStringLiteral("Mairie")),
        trainee(QStringLiteral("élie"), QStringLiteral("Bruno")),
        trainee(QStringLiteral("Dupont"), QStringLiteral("Claire")),
        trainee(QStringLiteral("Arnold"), QStringLiteral("Denis")),
        trainee(QStringLiteral("Dupont"), QStringLiteral("Bernard")),
    }));
    QStringList order;
    for (const auto &t : sheet.listedTrainees())
        order << t.lastName + QLatin1Char(' ') + t.firstName;
    CHECK(order
        == QStringList {
            "Arnold Denis", "Dupont Bernard", "Dupont Claire", "élie Bruno", "Zimmer Anne" });

    const QStringList pages = render(sheet);
    REQUIRE(pages.size() == 1);
    const QString text = flat(pages.first());
    CHECK(inOrder(text,
        { "Arnold Denis", "Dupont Bernard", "Dupont Claire", "élie Bruno", "Zimmer Anne Mairie" }));
}

TEST_CASE("The session sheet's header says which module, cohort, day, half-days, place and trainer")
{
    SessionSheetData data
        = sessionData({ trainee(QStringLiteral("Dupont"), QStringLiteral("Marie")) });
    data.session.kind = TrainingSession::Kind::FieldVisit;
    data.programme.logo = logoPng();
    const QStringList pages = render(SessionSheet(data));
    REQUIRE(pages.size() == 1);
    const QString text = flat(pages.first());
    CHECK(inOrder(text,
        { "Programme local de prévention des déchets", "Mulhouse Alsace Agglomération",
            "Training sign-in sheet", "Waste prevention: the basics",
            "Cohort: Relay actors 2014 — pilot group" }));
    const QString date = QLocale().toString(QDate(2014, 3, 4), QLocale::LongFormat);
    CHECK(text.contains(date + " · Morning 09:00–12:30 · Afternoon 13:30–16:30"));
    CHECK(text.contains("Field visit · Maison de la Région, Mulhouse"));
    CHECK(text.contains("Trainer: Claire Dubois"));
    CHECK(text.contains("Please sign opposite your name for each half-day you attend."));
    CHECK(text.contains("Waste prevention: the basics · Relay actors 2014 — pilot group · "
                        "04/03/2014 Page 1 / 1"));

    data.session.kind = TrainingSession::Kind::Room;
    data.session.place.clear();
    CHECK(flat(render(SessionSheet(data)).join(QString())).contains("Room session · Mulhouse"));
}

TEST_CASE("The sheet has a signature column for each half-day of the session, and no other")
{
    const auto people = QList { trainee(QStringLiteral("Dupont"), QStringLiteral("Marie")) };

    const QString both
        = flat(render(SessionSheet(sessionData(people, true, true))).join(QString()));
    // A title with its times sits higher than those without: pdftotext reads it first.
    CHECK(both.contains("Morning Afternoon Name Organisation 09:00–12:30 13:30–16:30"));

    const QString morning
        = flat(render(SessionSheet(sessionData(people, true, false))).join(QString()));
    CHECK(morning.contains("Morning Name Organisation 09:00–12:30"));
    CHECK_FALSE(morning.contains("Afternoon"));
    CHECK_FALSE(morning.contains("13:30"));
    CHECK(morning.contains("Please sign opposite your name."));

    const QString afternoon
        = flat(render(SessionSheet(sessionData(people, false, true))).join(QString()));
    CHECK(afternoon.contains("Afternoon Name Organisation 13:30–16:30"));
    CHECK_FALSE(afternoon.contains("Morning"));
    CHECK_FALSE(afternoon.contains("09:00"));

    // Times left unset: the column has its title alone.
    SessionSheetData untimed = sessionData(people, true, false);
    untimed.session.morningStarts = QTime();
    untimed.session.morningEnds = QTime();
    const QString noTimes = flat(render(SessionSheet(untimed)).join(QString()));
    CHECK(noTimes.contains("Name Organisation Morning"));
    CHECK_FALSE(noTimes.contains("12:30"));
}

TEST_CASE("The trainer signs in a box after the last row")
{
    const QStringList pages = render(SessionSheet(sessionData(crowd(3))));
    REQUIRE(pages.size() == 1);
    const QString text = flat(pages.first());
    CHECK(inOrder(text, { "Name003 First", "Trainer Trainer's signature", "Claire Dubois" }));

    // Without a recorded trainer, the box stays for the name to be written in.
    SessionSheetData data = sessionData(crowd(3));
    data.session.trainerName.clear();
    const QString unnamed = flat(render(SessionSheet(data)).join(QString()));
    CHECK(unnamed.contains("Trainer's signature"));
    CHECK_FALSE(unnamed.contains("Trainer:"));
    CHECK_FALSE(unnamed.contains("Claire Dubois"));
}

TEST_CASE("Blank rows and the trainer's box go to a new page when the last one is full")
{
    // How many rows the first page holds.
    const QList<int> capacity = SessionSheet(sessionData(), blankRows(100)).rowsPerPage();
    REQUIRE(capacity.size() >= 2);
    const int firstPage = capacity[0];
    CHECK(capacity[1] > firstPage);

    // Room for the trainer's box (3.4 rows) under the names: one page.
    const SessionSheet roomy(sessionData(crowd(firstPage - 4)), blankRows(0));
    CHECK(roomy.rowsPerPage() == QList<int> { firstPage - 4 });
    CHECK_FALSE(roomy.trainerBoxOnOwnPage());

    // The page full of names: the box alone on a page of its own, without a table.
    const SessionSheet full(sessionData(crowd(firstPage)), blankRows(0));
    CHECK(full.rowsPerPage() == QList<int> { firstPage, 0 });
    CHECK(full.trainerBoxOnOwnPage());
    QStringList pages = render(full);
    REQUIRE(pages.size() == 2);
    CHECK_FALSE(flat(pages[0]).contains("Trainer's signature"));
    CHECK(flat(pages[1]).contains("Trainer Trainer's signature Claire Dubois"));
    CHECK_FALSE(flat(pages[1]).contains("Name Organisation"));
    CHECK(flat(pages[1]).contains("Page 2 / 2"));

    // One blank row more: it goes to the second page with the box, under the titles.
    const SessionSheet overflowing(sessionData(crowd(firstPage)), blankRows(1));
    CHECK(overflowing.rowsPerPage() == QList<int> { firstPage, 1 });
    CHECK_FALSE(overflowing.trainerBoxOnOwnPage());
    pages = render(overflowing);
    REQUIRE(pages.size() == 2);
    CHECK(flat(pages[1]).contains("Morning Afternoon Name Organisation"));
    CHECK(flat(pages[1]).contains("Trainer's signature"));
    CHECK_FALSE(pages[1].contains("Name0"));

    // The default five blank rows follow the names; the note about them only with some.
    const SessionSheet few(sessionData(crowd(5)));
    CHECK(few.options().blankRows == 5);
    CHECK(few.rowsPerPage() == QList<int> { 10 });
    CHECK(flat(render(few).join(QString())).contains("Please write your name and organisation"));
    CHECK_FALSE(flat(render(SessionSheet(sessionData(crowd(5)), blankRows(0))).join(QString()))
                    .contains("blank row"));
}

TEST_CASE("A cohort of 30 with long names fills pages with the column titles and page numbers")
{
    QList<TrainingRepository::Trainee> people = crowd(30);
    people[0] = trainee(QStringLiteral("de La Roche-Beaulieu-Kessler"),
        QStringLiteral("Anne-Charlotte-Éléonore"),
        QStringLiteral("Association intercommunale pour la promotion du réemploi, de la "
                       "réparation et du compostage partagé dans les quartiers de Mulhouse"));
    const SessionSheet sheet(sessionData(people));
    const QStringList pages = render(sheet);
    REQUIRE(pages.size() == sheet.pageCount());
    REQUIRE(pages.size() == 2);
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(flat(pages[page]).contains("Morning Afternoon Name Organisation"));
        CHECK(flat(pages[page]).contains(QStringLiteral("Page %1 / 2").arg(page + 1)));
    }
    const QString all = flat(pages.join(QString()));
    for (int i = 2; i <= 30; ++i)
        CHECK(all.count(QStringLiteral("Name%1 First").arg(i, 3, 10, QLatin1Char('0'))) == 1);
    // Too long for one line: the last name on two, the first name under it.
    CHECK(inOrder(all, { "de La Roche-", "Beaulieu-Kessler", "Anne-Charlotte-Éléonore" }));
    CHECK(flat(pages.last()).contains("Trainer's signature"));
}

TEST_CASE("The session sheet is read from the file: session, module, cohort, commune, trainer, "
          "trainees")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    commands.setToday([] { return QDate(2014, 3, 1); });
    const auto person = [&](const char *first, const char *last) {
        Contact c;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        return *commands.addContact(c);
    };
    const qint64 trainer = person("Claire", "Dubois");
    const QList<qint64> people { person("Anne", "Zimmer"), person("Bruno", "Arnold") };
    TrainingModule m;
    m.theme = QStringLiteral("Prévention");
    m.title = QStringLiteral("Home composting");
    const qint64 moduleId = *commands.addModule(m);
    Cohort c;
    c.name = QStringLiteral("Relay actors 2014");
    const qint64 cohortId = *commands.addCohort(c);
    REQUIRE(commands.enrol(cohortId, people));
    TrainingSession s;
    s.cohortId = cohortId;
    s.moduleId = moduleId;
    s.date = QDate(2014, 3, 4);
    s.morning = true;
    s.afternoon = false;
    s.kind = TrainingSession::Kind::FieldVisit;
    s.place = QStringLiteral("Jardin partagé");
    s.communeName = QStringLiteral("Kingersheim");
    s.trainerContactId = trainer;
    const qint64 sessionId = *commands.addSession(s);

    const SessionSheetData data = SessionSheet::load(*db, sessionId);
    CHECK(data.module.title == QStringLiteral("Home composting"));
    CHECK(data.cohort.name == QStringLiteral("Relay actors 2014"));
    CHECK(data.session.communeName == QStringLiteral("Kingersheim"));
    // The trainer chosen from the file, named from the contact.
    CHECK(data.session.trainerName == QStringLiteral("Claire Dubois"));
    REQUIRE(data.trainees.size() == 2);

    const QString text = flat(render(SessionSheet(data)).join(QString()));
    CHECK(inOrder(text,
        { "Home composting", "Cohort: Relay actors 2014", "Morning",
            "Field visit · Jardin partagé, Kingersheim", "Trainer: Claire Dubois", "Arnold Bruno",
            "Zimmer Anne", "Trainer's signature" }));
    CHECK_FALSE(text.contains("Afternoon"));

    CHECK_THROWS_AS(SessionSheet::load(*db, sessionId + 100), DatabaseError);
}

TEST_CASE("Saving the session sheet as PDF: a suggested file name")
{
    SessionSheetData data = sessionData();
    data.module.title = QStringLiteral("Réemploi: \"atelier\" 1/2");
    CHECK(SessionSheet(data).suggestedFileName()
        == QStringLiteral("Sign-in sheet - Réemploi atelier 1 2 - 2014-03-04.pdf"));
}

TEST_CASE("The session sheet dialog sets the blank rows, shows the count and remembers them")
{
    ScratchSettings scratch;
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    QList<qint64> people;
    for (int i = 0; i < 4; ++i) {
        Contact c;
        c.firstName = QStringLiteral("P%1").arg(i);
        c.lastName = QStringLiteral("Person%1").arg(i);
        people << *commands.addContact(c);
    }
    TrainingModule m;
    m.theme = QStringLiteral("Prévention");
    m.title = QStringLiteral("Home composting");
    Cohort c;
    c.name = QStringLiteral("Relay actors 2014");
    const qint64 cohortId = *commands.addCohort(c);
    REQUIRE(commands.enrol(cohortId, people));
    TrainingSession s;
    s.cohortId = cohortId;
    s.moduleId = *commands.addModule(m);
    s.date = QDate(2014, 3, 4);
    const qint64 sessionId = *commands.addSession(s);

    {
        SessionSheetDialog dialog(*db, sessionId);
        REQUIRE(dialog.sheet());
        auto *blank = dialog.findChild<QSpinBox *>(QStringLiteral("blankRows"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        REQUIRE((blank && summary));
        CHECK(blank->value() == 5);
        CHECK(summary->text() == QStringLiteral("Trainees: 4 · Blank rows: 5 · Pages: 1"));

        blank->setValue(40);
        CHECK(dialog.options().blankRows == 40);
        const int pageCount = dialog.sheet()->pageCount();
        CHECK(pageCount > 1);
        CHECK(summary->text()
            == QStringLiteral("Trainees: 4 · Blank rows: 40 · Pages: %1").arg(pageCount));

        int shown = -1;
        QTimer::singleShot(0, [&shown] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            if (auto *pages = preview->findChild<QPrintPreviewWidget *>())
                shown = pages->pageCount();
            preview->reject();
        });
        dialog.preview();
        CHECK(shown == pageCount);
    }
    CHECK(QSettings().value(QStringLiteral("print/sessionSheet/blankRows")).toInt() == 40);
    // Remembered for the next session.
    SessionSheetDialog again(*db, sessionId);
    CHECK(again.options().blankRows == 40);

    // A session deleted meanwhile: the dialog says so and prints nothing.
    SessionSheetDialog gone(*db, sessionId + 100);
    CHECK_FALSE(gone.sheet());
    auto *heading = gone.findChild<QLabel *>(QStringLiteral("heading"));
    REQUIRE(heading);
    CHECK(heading->text().contains("no longer exists"));
}

// Not run by default: writes /tmp/relais-session-sheet*.pdf to look at (pdftoppm -png -r 60),
// in French with RELAIS_LOOK_QM (see LookLanguage).
TEST_CASE("Session sheets to look at", "[.look]")
{
    const LookLanguage language;
    QList<TrainingRepository::Trainee> people = crowd(24);
    people[0] = trainee(QStringLiteral("Dupont"), QStringLiteral("Marie"),
        QStringLiteral("Mulhouse Alsace Agglomération"));
    people[1] = trainee(QStringLiteral("Élie"), QStringLiteral("Bruno"),
        QStringLiteral("Association intercommunale pour la promotion du réemploi, de la "
                       "réparation et du compostage partagé dans les quartiers de Mulhouse"));
    people[2] = trainee(QStringLiteral("de La Roche-Beaulieu-Kessler"),
        QStringLiteral("Anne-Charlotte-Éléonore"), QStringLiteral("Centre socio-culturel Papin"));
    SessionSheetData data = sessionData(people);
    data.programme.logo = logoPng();
    for (const auto &[name, morning, afternoon] :
        { std::tuple { "", true, true }, { "-morning", true, false } }) {
        SessionSheetData d = data;
        d.session.morning = morning;
        d.session.afternoon = afternoon;
        const SessionSheet sheet(d);
        const QString path = QDir::temp().filePath(
            QStringLiteral("relais-session-sheet%1.pdf").arg(QLatin1String(name)));
        QString error;
        REQUIRE(sheet.writePdf(path, &error));
        WARN(path.toStdString() << ": " << sheet.pageCount() << " pages");
    }
}
