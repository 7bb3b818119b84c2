#include "catchqt.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/serdrepository.h>
#include <models/export/calendarfile.h>
#include <models/history/history.h>
#include <models/history/serdhistory.h>
#include <models/history/traininghistory.h>
#include <models/item/serdactionmodel.h>
#include <models/item/serdoccurrencemodel.h>
#include <views/actors/recordopener.h>
#include <views/forms/dateedit.h>
#include <views/serd/actiondialog.h>
#include <views/serd/editiondialog.h>
#include <views/serd/occurrencedialog.h>
#include <views/serd/serdpage.h>
#include <views/training/sessiondialog.h>

using namespace relais;

namespace {

struct SerdFixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    SerdRepository serd { *db };
    qint64 edition = 0;

    SerdFixture()
    {
        commands.setToday([] { return QDate(2014, 12, 10); });
        SerdEdition e;
        e.year = 2014;
        e.startsOn = QDate(2014, 11, 22);
        e.endsOn = QDate(2014, 11, 30);
        e.focus = QStringLiteral("Dématérialisation");
        edition = *commands.addSerdEdition(e);
    }

    qint64 organisation(const QString &name)
    {
        Organisation o;
        o.name = name;
        return *commands.addOrganisation(o);
    }

    qint64 action(const QString &title, qint64 lead, int dates,
        SerdStatus status = SerdStatus::Held, const QList<qint64> &co = {}, bool cancelled = false)
    {
        SerdAction a;
        a.editionId = edition;
        a.title = title;
        a.leadOrganisationId = lead;
        a.coOrganiserIds = co;
        a.status = status;
        QList<SerdOccurrence> occurrences;
        for (int i = 0; i < dates; ++i) {
            SerdOccurrence o;
            o.date = QDate(2014, 11, 22 + i % 9);
            o.startsAt = QTime(14, 0);
            o.endsAt = QTime(17, 0);
            o.place = QStringLiteral("Salle %1").arg(i + 1);
            o.actualParticipants = 20;
            o.cancelled = cancelled;
            occurrences << o;
        }
        return *commands.addSerdAction(a, occurrences);
    }
};

} // namespace

// The "done when": SERD 2014 as the officer enters it — 74 held dates of 56
// actions by 50 organisers — and the area shows those three figures; what does not
// count (a proposal, a cancelled date, an action all of whose dates were cancelled) does
// not.
TEST_CASE("SERD 2014: 74 actions held, 56 distinct, 50 organisers, and the area says so")
{
    SerdFixture f;
    QList<qint64> organisers;
    for (int i = 0; i < 50; ++i)
        organisers << f.organisation(
            QStringLiteral("Partenaire %1").arg(i + 1, 2, 10, QLatin1Char('0')));
    // 56 actions; the first 18 held twice: 38 + 2 × 18 = 74 dates. The first six
    // organisers lead two actions each; one co-organises with another.
    for (int i = 0; i < 56; ++i) {
        const QList<qint64> co = i == 0 ? QList<qint64> { organisers[1] } : QList<qint64>();
        f.action(QStringLiteral("Action %1").arg(i + 1), organisers[i % 50], i < 18 ? 2 : 1,
            SerdStatus::Held, co);
    }
    // What does not count.
    const qint64 outsider = f.organisation(QStringLiteral("Never held"));
    f.action(QStringLiteral("A proposal"), outsider, 1, SerdStatus::Proposed);
    f.action(QStringLiteral("Rained off"), outsider, 2, SerdStatus::Held, {}, true);

    SerdPage page(*f.db, f.commands);
    page.resize(1300, 700);
    REQUIRE(showActive(&page));
    CHECK(page.currentEdition() == f.edition);
    auto *figures = page.findChild<QLabel *>(QStringLiteral("figures"));
    REQUIRE(figures);
    INFO(figures->text().toStdString());
    CHECK(figures->text().startsWith(
        QStringLiteral("74 actions held · 56 distinct actions · 50 organisers")));
    CHECK(figures->text().contains(QStringLiteral("1,480 participants")));
    CHECK(page.actions()->rowCount() == 58);
    CHECK(page.calendar()->rowCount() == 74 + 1 + 2);

    // Filtering by organiser: the co-organiser counts its own action and the one it
    // co-organises.
    SerdFilter byOrganiser = page.actions()->filter();
    byOrganiser.organisationId = organisers[1];
    page.actions()->setFilter(byOrganiser);
    CHECK(page.actions()->rowCount() == 3);
    CHECK(page.actions()->totals().distinct == 3);

    // The agenda: the 74 held dates, read back by the library calendars use.
    QTemporaryDir folder;
    const QString ics = folder.filePath(QStringLiteral("serd.ics"));
    REQUIRE(page.exportCalendar(ics));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString error;
    const auto events = CalendarFile::read(file.readAll(), &error);
    REQUIRE(events);
    CHECK(events->size() == 74);
    CHECK(events->constFirst().date == QDate(2014, 11, 22));
    CHECK(events->constFirst().starts == QTime(14, 0));

    // The CSV: every date of the listed actions, cancelled ones said so.
    page.actions()->setFilter(SerdFilter { f.edition });
    const QString csv = folder.filePath(QStringLiteral("serd.csv"));
    REQUIRE(page.exportCsv(csv));
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = table.readAll().split('\n');
    CHECK(lines.size() - 2 == 74 + 1 + 2); // header, then one line per date; last is empty
    CHECK(lines[0].startsWith("\xEF\xBB\xBF"
                              "Edition;Date;Start;End;Action;Status"));
    CHECK(lines[1].startsWith("2014;"));
}

TEST_CASE("A SERD action is typed with its organisers and dates, saved in one step")
{
    SerdFixture f;
    const qint64 repair = f.organisation(QStringLiteral("Repair Café Mulhouse"));
    const qint64 centre = f.organisation(QStringLiteral("Centre social Drouot"));

    ActionDialog dialog(*f.db, f.commands, f.edition, 0);
    CHECK_FALSE(dialog.save()); // no title
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Repair café"));
    // A lead typed but not chosen in the file is refused.
    dialog.findChild<QLineEdit *>(QStringLiteral("lead"))->setText(QStringLiteral("Unknown shop"));
    CHECK_FALSE(dialog.save());
    dialog.setLead(ActorRef::organisation(repair, QStringLiteral("Repair Café Mulhouse")));
    dialog.addCoOrganiser(ActorRef::organisation(centre, QStringLiteral("Centre social Drouot")));
    dialog.addCoOrganiser(ActorRef::organisation(centre, QStringLiteral("Centre social Drouot")));

    // Two dates, typed in the small card: the second starts as a copy of the first.
    for (int i = 0; i < 2; ++i) {
        QTimer::singleShot(0, [i] {
            auto *card = qobject_cast<OccurrenceDialog *>(QApplication::activeModalWidget());
            if (!card)
                return;
            if (i == 0) {
                card->findChild<QLineEdit *>(QStringLiteral("place"))
                    ->setText(QStringLiteral("Centre social Drouot"));
                card->findChild<QSpinBox *>(QStringLiteral("expected"))->setValue(30);
            }
            card->accept();
        });
        dialog.findChild<QPushButton *>(QStringLiteral("addDate"))->click();
    }
    REQUIRE(dialog.occurrences().size() == 2);
    CHECK(dialog.occurrences()[0].date == QDate(2014, 11, 22));
    CHECK(dialog.occurrences()[1].date == QDate(2014, 11, 23));
    CHECK(dialog.occurrences()[1].place == QStringLiteral("Centre social Drouot"));

    const int steps = f.stack.index();
    REQUIRE(dialog.save());
    CHECK(f.stack.index() == steps + 1);
    const auto saved = f.serd.action(dialog.actionId());
    REQUIRE(saved);
    CHECK(saved->leadOrganisationId == repair);
    CHECK(saved->coOrganiserIds == QList<qint64> { centre });
    CHECK(f.serd.occurrences(dialog.actionId()).size() == 2);
    CHECK_FALSE(dialog.isModified());

    // Editing: one date removed, the title changed, saved as one step; undo brings both back.
    dialog.occurrencesView()->selectRow(1);
    dialog.findChild<QPushButton *>(QStringLiteral("removeDate"))->click();
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))
        ->setText(QStringLiteral("Repair café Drouot"));
    CHECK(dialog.isModified());
    REQUIRE(dialog.save());
    CHECK(f.stack.index() == steps + 2);
    CHECK(f.serd.occurrences(dialog.actionId()).size() == 1);
    f.stack.undo();
    CHECK(f.serd.occurrences(dialog.actionId()).size() == 2);
    CHECK(f.serd.action(dialog.actionId())->title == QStringLiteral("Repair café"));
    f.stack.redo();
    CHECK(f.serd.occurrences(dialog.actionId()).size() == 1);
}

TEST_CASE("A SERD edition proposes next year's Week and refuses a second one for a year")
{
    SerdFixture f;
    EditionDialog dialog(*f.db, f.commands, 0);
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("year"));
    CHECK(year->value() == 2015);
    // The Week starts on a Saturday in the second half of November.
    const QDate starts = dialog.findChild<DateEdit *>(QStringLiteral("startsOn"))->date();
    CHECK(starts.dayOfWeek() == Qt::Saturday);
    CHECK(starts.month() == 11);
    year->setValue(2014);
    CHECK_FALSE(dialog.save());
    year->setValue(2015);
    REQUIRE(dialog.save());
    CHECK(f.serd.editionOfYear(2015));
}

TEST_CASE("Without an edition the SERD page says how to start")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    SerdPage page(*db, commands);
    REQUIRE(showActive(&page));
    CHECK(page.findChild<QLabel *>(QStringLiteral("empty"))->isVisible());
    CHECK_FALSE(page.tabs()->isVisible());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("exportCalendar"))->isEnabled());
}

TEST_CASE("A SERD action or a training session opens from a history entry")
{
    SerdFixture f;
    const qint64 lead = f.organisation(QStringLiteral("Repair Café Mulhouse"));
    const qint64 action = f.action(QStringLiteral("Repair café"), lead, 1);
    TrainingModule module;
    module.title = QStringLiteral("Composting");
    Cohort cohort;
    cohort.name = QStringLiteral("Pilot group");
    cohort.startsOn = QDate(2014, 1, 1);
    TrainingSession session;
    session.cohortId = *f.commands.addCohort(cohort);
    session.moduleId = *f.commands.addModule(module);
    session.date = QDate(2014, 3, 4);
    const qint64 sessionId = *f.commands.addSession(session);

    QWidget window;
    REQUIRE(showActive(&window));
    const auto history = standardHistory(*f.db);
    RecordOpener opener(*f.db, f.commands, *history, &window);
    opener.openHistoryEntry(SerdHistory::sourceName(), action);
    auto *card = window.findChild<ActionDialog *>();
    REQUIRE(card);
    CHECK(card->actionId() == action);
    CHECK(card->action().title == QStringLiteral("Repair café"));
    card->close();
    opener.openHistoryEntry(TrainingHistory::sourceName(), sessionId);
    auto *sessionCard = window.findChild<SessionDialog *>();
    REQUIRE(sessionCard);
    CHECK(sessionCard->sessionId() == sessionId);
    sessionCard->close();
}
