#include "attendancefixture.h"
#include "catchqt.h"
#include "viewtesting.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/domain/textfold.h>
#include <models/item/inviteemodel.h>
#include <views/meetings/actornamecompleter.h>
#include <views/meetings/attendanceentry.h>
#include <views/meetings/walkindialog.h>

using namespace relais;

namespace {

using Status = AttendanceStatus;

struct EntryFixture : AttendanceFixture
{
    qint64 anne = 0, bruno = 0, chloe = 0, marie = 0, paul = 0;
    std::unique_ptr<AttendanceEntryDialog> dialog;

    // Five invitees, in the sheet's order: Arnaud, Bader, Céleste, Dupont, Keller.
    void fivePeople()
    {
        anne = invitee(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
        bruno = invitee(QStringLiteral("Bruno"), QStringLiteral("Bader"), Status::Registered);
        chloe = invitee(QStringLiteral("Chloé"), QStringLiteral("Céleste"), Status::Registered);
        marie = invitee(QStringLiteral("Marie"), QStringLiteral("Dupont"), Status::Registered,
            QStringLiteral("Repair Café Mulhouse"));
        paul = invitee(QStringLiteral("Paul"), QStringLiteral("Keller"), Status::Excused);
    }
    AttendanceEntry *open()
    {
        dialog = std::make_unique<AttendanceEntryDialog>(*db, commands, meeting);
        if (!showActive(dialog.get()))
            return nullptr;
        return dialog->entry();
    }
    AttendanceEntry *entry() const { return dialog->entry(); }
    int currentRow() const { return entry()->view()->currentIndex().row(); }
    qint64 currentContact() const { return entry()->currentContact(); }
    QString count(const char *name) const
    {
        return entry()->findChild<QLabel *>(QLatin1String(name))->text();
    }
};

// Runs `action` on the next modal window of type T once it has the keyboard (an
// exec() started by a key press blocks the test until the window closes).
template<typename T> void whenModal(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        auto *window = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!window)
            return;
        timer->stop();
        timer->deleteLater();
        if (showActive(window))
            action(window);
        else
            window->close();
    });
    timer->start();
}

} // namespace

TEST_CASE("Space, E and A mark the current name and move to the next, and the counts follow")
{
    EntryFixture f;
    f.fivePeople();
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    QAbstractItemModelTester tester(
        entry->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(focused() == entry->view());
    CHECK(f.currentContact() == f.anne);
    CHECK(f.count("invitedCount") == QStringLiteral("5"));
    CHECK(f.count("presentCount") == QStringLiteral("0"));
    CHECK(f.count("registeredCount") == QStringLiteral("3"));
    CHECK(f.count("attendanceRate") == QStringLiteral("0%"));
    CHECK(entry->findChild<QLabel *>(QStringLiteral("meetingTitle"))->text()
        == QStringLiteral("Actors' council"));

    press(Qt::Key_Space);
    CHECK(f.statusOf(f.anne) == Status::Present);
    CHECK(f.currentContact() == f.bruno);
    CHECK(f.count("presentCount") == QStringLiteral("1"));
    CHECK(f.count("attendanceRate") == QStringLiteral("20%"));
    CHECK(entry->statusText().contains(QStringLiteral("ARNAUD Anne")));

    press(Qt::Key_E);
    CHECK(f.statusOf(f.bruno) == Status::Excused);
    CHECK(f.currentContact() == f.chloe);
    CHECK(f.count("excusedCount") == QStringLiteral("2"));
    CHECK(f.count("registeredCount") == QStringLiteral("2"));

    press(Qt::Key_A);
    CHECK(f.statusOf(f.chloe) == Status::Absent);
    CHECK(f.currentContact() == f.marie);
    CHECK(f.count("absentCount") == QStringLiteral("1"));
    const int steps = f.stack.index();

    // Down skips a name; R and I put statuses back.
    press(Qt::Key_Down);
    CHECK(f.currentContact() == f.paul);
    press(Qt::Key_R);
    CHECK(f.statusOf(f.paul) == Status::Registered);
    // On the last line the cursor stays.
    CHECK(f.currentContact() == f.paul);
    press(Qt::Key_I);
    CHECK(f.statusOf(f.paul) == Status::Invited);
    CHECK(f.stack.index() == steps + 2);

    // The screen shows what the file holds after an undo.
    f.stack.undo();
    f.stack.undo();
    f.stack.undo();
    CHECK(f.statusOf(f.chloe) == Status::Registered);
    CHECK(f.count("absentCount") == QStringLiteral("0"));
    CHECK(entry->model()->index(2, InviteeModel::Status).data().toString()
        == QStringLiteral("Registered"));

    // Without "move on", the cursor stays on the name just marked.
    entry->findChild<QCheckBox *>(QStringLiteral("moveOn"))->setChecked(false);
    entry->view()->setFocus();
    press(Qt::Key_Home, Qt::ControlModifier);
    CHECK(f.currentContact() == f.anne);
    press(Qt::Key_A);
    CHECK(f.statusOf(f.anne) == Status::Absent);
    CHECK(f.currentContact() == f.anne);
}

TEST_CASE("Typing a name jumps to it, command letters never search, / does")
{
    EntryFixture f;
    f.fivePeople();
    const qint64 elodie = f.invitee(QStringLiteral("Élodie"), QStringLiteral("Sénéchal"));
    const qint64 marc = f.invitee(QStringLiteral("Marc"), QStringLiteral("Dupont"));
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    const int steps = f.stack.index();

    type(QStringLiteral("kel"));
    CHECK(focused() == entry->findEdit());
    CHECK(entry->findEdit()->text() == QStringLiteral("kel"));
    CHECK(f.currentContact() == f.paul);
    press(Qt::Key_Return);
    CHECK(focused() == entry->view());
    CHECK(entry->findEdit()->text().isEmpty());
    press(Qt::Key_Space);
    CHECK(f.statusOf(f.paul) == Status::Present);

    // Accents and case do not count.
    type(QStringLiteral("sene"));
    CHECK(f.currentContact() == elodie);
    press(Qt::Key_Escape);
    CHECK(focused() == entry->view());

    // Two Duponts: Down goes to the next one, Up back.
    type(QStringLiteral("dup"));
    const qint64 first = f.currentContact();
    CHECK((first == f.marie || first == marc));
    press(Qt::Key_Down);
    CHECK(f.currentContact() == (first == f.marie ? marc : f.marie));
    press(Qt::Key_Up);
    CHECK(f.currentContact() == first);
    // A first name finds its person too.
    entry->findEdit()->clear();
    type(QStringLiteral("chlo"));
    CHECK(f.currentContact() == f.chloe);
    press(Qt::Key_Return);

    // "Arnaud" starts with a command letter: / opens the search first, and no status moved.
    type(QStringLiteral("/arn"));
    CHECK(f.currentContact() == f.anne);
    CHECK(f.statusOf(f.anne) == Status::Invited);
    CHECK(f.stack.index() == steps + 1);
    press(Qt::Key_Return);
    // Ctrl+F does the same.
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(focused() == entry->findEdit());
    type(QStringLiteral("zzz"));
    CHECK(entry->statusText().contains(QStringLiteral("No name")));
    CHECK(f.currentContact() == f.anne);
}

TEST_CASE("Shift+arrows select several names, and one key marks them all in one step")
{
    EntryFixture f;
    f.fivePeople();
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    // After a mark the cursor moved on: the selection grows from there.
    press(Qt::Key_Space);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_Down, Qt::ShiftModifier);
    CHECK(entry->targetContacts() == QList<qint64> { f.bruno, f.chloe, f.marie });
    const int steps = f.stack.index();
    press(Qt::Key_Space);
    CHECK(f.stack.index() == steps + 1);
    for (const qint64 id : { f.bruno, f.chloe, f.marie })
        CHECK(f.statusOf(id) == Status::Present);
    CHECK(f.statusOf(f.anne) == Status::Present);
    // On to the line after the last one marked, alone.
    CHECK(f.currentContact() == f.paul);
    CHECK(entry->targetContacts() == QList<qint64> { f.paul });
    CHECK(f.count("presentCount") == QStringLiteral("4"));

    f.stack.undo();
    for (const qint64 id : { f.bruno, f.chloe, f.marie })
        CHECK(f.statusOf(id) == Status::Registered);
}

TEST_CASE("Everyone registered marked present at once, then A for the one who did not come")
{
    EntryFixture f;
    f.fivePeople();
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    auto *markAll = entry->findChild<QPushButton *>(QStringLiteral("markRegisteredPresent"));
    REQUIRE(markAll);
    CHECK(markAll->isEnabled());
    CHECK(markAll->text().contains(QStringLiteral("3")));

    QString asked;
    answerNextMessageBox(QStringLiteral("Cancel"), &asked);
    markAll->click();
    CHECK(asked.contains(QStringLiteral("3 registered")));
    CHECK(f.statusOf(f.bruno) == Status::Registered);

    const int steps = f.stack.index();
    answerNextMessageBox(QStringLiteral("Mark present"));
    markAll->click();
    CHECK(f.stack.index() == steps + 1);
    for (const qint64 id : { f.bruno, f.chloe, f.marie })
        CHECK(f.statusOf(id) == Status::Present);
    CHECK(f.statusOf(f.anne) == Status::Invited);
    CHECK(f.statusOf(f.paul) == Status::Excused);
    CHECK(f.count("presentCount") == QStringLiteral("3"));
    CHECK_FALSE(markAll->isEnabled());
    // The offscreen platform does not give the keyboard back by itself after a message box.
    REQUIRE(showActive(f.dialog.get()));
    CHECK(focused() == entry->view());

    // Chloé did not come.
    type(QStringLiteral("cel"));
    press(Qt::Key_Return);
    CHECK(f.currentContact() == f.chloe);
    press(Qt::Key_A);
    CHECK(f.statusOf(f.chloe) == Status::Absent);
    CHECK(f.count("presentCount") == QStringLiteral("2"));
    CHECK(f.count("absentCount") == QStringLiteral("1"));
    CHECK(f.count("attendanceRate") == QStringLiteral("40%"));
}

TEST_CASE("A walk-in already in the file is chosen from the suggestions, and can be taken back")
{
    EntryFixture f;
    f.fivePeople();
    // Her organisation's name starts the same way: only people are offered.
    const qint64 elodie = f.person(
        QStringLiteral("Élodie"), QStringLiteral("Sénéchal"), QStringLiteral("Sénevé Mulhouse"));
    f.person(QStringLiteral("Senta"), QStringLiteral("Berger"));
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    QAbstractItemModelTester tester(
        entry->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Alt+W: the field's shortcut.
    press(Qt::Key_W, Qt::AltModifier);
    REQUIRE(focused() == entry->walkInEdit());
    type(QStringLiteral("sene"));
    QAbstractItemView *popup = entry->walkInCompleter()->popup();
    REQUIRE(eventually([&] { return popup->isVisible(); }));
    // Contacts only, never an organisation.
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Élodie Sénéchal")));
    const int steps = f.stack.index();
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(eventually([&] { return entry->walkInEdit()->text().isEmpty(); }));
    CHECK(f.stack.index() == steps + 1);
    CHECK(f.statusOf(elodie) == Status::Present);
    CHECK(f.currentContact() == elodie);
    CHECK(entry->model()->index(f.currentRow(), InviteeModel::Status).data().toString()
        == QStringLiteral("Present (walk-in)"));
    CHECK(f.count("walkInCount") == QStringLiteral("1"));
    CHECK(f.count("invitedCount") == QStringLiteral("5"));
    CHECK(entry->statusText().contains(QStringLiteral("SÉNÉCHAL Élodie")));

    // A walk-in is there: E would count them as missing, so they stay present.
    entry->view()->setFocus();
    press(Qt::Key_E);
    CHECK(f.statusOf(elodie) == Status::Present);
    CHECK(f.stack.index() == steps + 1);
    // Entered by mistake: Delete takes them off the list; an invitee stays.
    press(Qt::Key_Delete);
    CHECK_FALSE(f.isInvited(elodie));
    CHECK(f.count("walkInCount") == QStringLiteral("0"));
    CHECK(entry->statusText().contains(QStringLiteral("Ctrl+Z")));
    entry->selectContact(f.anne);
    press(Qt::Key_Delete);
    CHECK(f.isInvited(f.anne));
    f.stack.undo();
    CHECK(f.statusOf(elodie) == Status::Present);

    // Someone invited who is typed as a walk-in is simply present, not a walk-in.
    entry->walkInEdit()->setFocus();
    type(QStringLiteral("keller"));
    REQUIRE(eventually([&] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(f.statusOf(f.paul) == Status::Present);
    CHECK(f.count("walkInCount") == QStringLiteral("1"));
    CHECK(f.currentContact() == f.paul);
}

TEST_CASE("A walk-in the file does not know is created with their organisation in one step")
{
    EntryFixture f;
    f.fivePeople();
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    const int contactsBefore = ContactRepository(*f.db).count();
    const int organisationsBefore = OrganisationRepository(*f.db).count();
    const int steps = f.stack.index();

    entry->walkInEdit()->setFocus();
    type(QStringLiteral("Lucie MARTIN-LEBLANC"));
    QString first, last, focus;
    whenModal<WalkInDialog>([&](WalkInDialog *dialog) {
        first = dialog->findChild<QLineEdit *>(QStringLiteral("firstName"))->text();
        last = dialog->findChild<QLineEdit *>(QStringLiteral("lastName"))->text();
        focus = focusedName();
        type(QStringLiteral("Ressourcerie du Sundgau"));
        press(Qt::Key_Tab);
        type(QStringLiteral("lucie@example.fr"));
        if (const QString path = qEnvironmentVariable("RELAIS_WALKIN_SCREENSHOT"); !path.isEmpty())
            dialog->grab().save(path);
        press(Qt::Key_Return);
    });
    press(Qt::Key_Return);
    REQUIRE(showActive(f.dialog.get()));
    CHECK(focused() == entry->walkInEdit());
    CHECK(first == QStringLiteral("Lucie"));
    CHECK(last == QStringLiteral("Martin-Leblanc"));
    CHECK(focus == QStringLiteral("organisation"));

    CHECK(f.stack.index() == steps + 1);
    CHECK(ContactRepository(*f.db).count() == contactsBefore + 1);
    CHECK(OrganisationRepository(*f.db).count() == organisationsBefore + 1);
    const qint64 lucie = f.currentContact();
    REQUIRE(lucie);
    const Contact stored = *ContactRepository(*f.db).load(lucie);
    CHECK(stored.lastName == QStringLiteral("Martin-Leblanc"));
    CHECK(stored.emails == QStringList { "lucie@example.fr" });
    REQUIRE(stored.memberships.size() == 1);
    CHECK(stored.memberships.first().organisationName == QStringLiteral("Ressourcerie du Sundgau"));
    CHECK(f.statusOf(lucie) == Status::Present);
    CHECK(entry->model()->index(f.currentRow(), InviteeModel::Name).data().toString()
        == QStringLiteral("MARTIN-LEBLANC Lucie"));
    CHECK(entry->model()->index(f.currentRow(), InviteeModel::Organisation).data().toString()
        == QStringLiteral("Ressourcerie du Sundgau"));
    CHECK(entry->walkInEdit()->text().isEmpty());

    // The field is empty: Ctrl+Z there undoes the walk-in, person and organisation too.
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stack.index() == steps);
    CHECK(ContactRepository(*f.db).count() == contactsBefore);
    CHECK(OrganisationRepository(*f.db).count() == organisationsBefore);
    CHECK(entry->model()->rowOf(lucie) == -1);
    CHECK(f.count("walkInCount") == QStringLiteral("0"));
    f.stack.redo();
    CHECK(f.statusOf(lucie) == Status::Present);
    CHECK(OrganisationRepository(*f.db).count() == organisationsBefore + 1);
}

TEST_CASE("A name typed as new but already in the file is recorded, not created twice")
{
    EntryFixture f;
    f.fivePeople();
    const qint64 lucie = f.person(QStringLiteral("Lucie"), QStringLiteral("Martin"));
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    const int contactsBefore = ContactRepository(*f.db).count();
    entry->walkInEdit()->setFocus();
    type(QStringLiteral("Lucie Martin"));
    // Return without choosing a suggestion: "a new person", as far as the field knows.
    QString asked;
    whenModal<WalkInDialog>([&](WalkInDialog *) {
        answerNextMessageBox(QStringLiteral("Use the one in the file"), &asked);
        press(Qt::Key_Return);
    });
    press(Qt::Key_Return);
    REQUIRE(showActive(f.dialog.get()));
    CHECK(focused() == entry->walkInEdit());
    CHECK(asked.contains(QStringLiteral("Lucie Martin")));
    CHECK(ContactRepository(*f.db).count() == contactsBefore);
    CHECK(f.statusOf(lucie) == Status::Present);
    CHECK(f.currentContact() == lucie);

    // Cancelled: nothing recorded.
    const int steps = f.stack.index();
    entry->walkInEdit()->setFocus();
    type(QStringLiteral("Jean Nouveau"));
    whenModal<WalkInDialog>([&](WalkInDialog *) { press(Qt::Key_Escape); });
    press(Qt::Key_Return);
    CHECK(f.stack.index() == steps);
    CHECK(entry->walkInEdit()->text() == QStringLiteral("Jean Nouveau"));
}

TEST_CASE("The entry window undoes and redoes with Ctrl+Z and Ctrl+Shift+Z")
{
    EntryFixture f;
    f.fivePeople();
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    CHECK(f.dialog->windowTitle().contains(QStringLiteral("Actors' council")));
    press(Qt::Key_Space);
    press(Qt::Key_Space);
    CHECK(f.statusOf(f.bruno) == Status::Present);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.statusOf(f.bruno) == Status::Registered);
    CHECK(f.statusOf(f.anne) == Status::Present);
    CHECK(f.count("presentCount") == QStringLiteral("1"));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.statusOf(f.bruno) == Status::Present);
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Y, Qt::ControlModifier);
    CHECK(f.statusOf(f.bruno) == Status::Present);
    // The buttons do the same and leave the keyboard in the list.
    f.dialog->findChild<QPushButton *>(QStringLiteral("undoButton"))->click();
    CHECK(f.statusOf(f.bruno) == Status::Registered);
    CHECK(focused() == entry->view());
    // The cursor stayed where the ticking was.
    CHECK(f.currentContact() == f.chloe);
}

TEST_CASE("Sixty names ticked from the keyboard alone")
{
    EntryFixture f;
    const QStringList firstNames = { "Marie", "Paul", "Anne", "Luc", "Sophie", "Karim", "Julie",
        "Thomas", "Nadia", "Pierre", "Claire", "Yann" };
    const QStringList lastNames
        = { "Arnold", "Bauer", "Bernard", "Blanc", "Brun", "Colin", "Dupont", "Fischer", "Fontaine",
              "Girard", "Haas", "Hoffmann", "Jung", "Keller", "Klein", "Koenig", "Lambert",
              "Laurent", "Lefèvre", "Martin", "Meyer", "Michel", "Muller", "Nicolas", "Petit",
              "Richard", "Roux", "Schmitt", "Schneider", "Simon", "Wagner", "Weber", "Zimmermann" };
    const QStringList organisations = { "Repair Café Mulhouse", "Mairie de Rixheim",
        "Centre socio-culturel Lavoisier", "Emmaüs Mulhouse", "Zéro Déchet Mulhouse",
        "Lycée Lavoisier", "Envie Alsace", "Université de Haute-Alsace", "m2A Habitat", "" };
    QList<qint64> ids;
    for (int i = 0; i < 90; ++i) {
        const QString first = firstNames[i % firstNames.size()];
        const QString last = lastNames[(i * 7) % lastNames.size()];
        const Contact c = [&] {
            Contact person;
            person.firstName = first;
            person.lastName = last;
            const QString organisation = organisations[i % organisations.size()];
            if (!organisation.isEmpty())
                person.memberships << Membership { 0, organisation, QString() };
            person.emails << QStringLiteral("%1.%2%3@example.fr")
                                 .arg(foldedKey(first), foldedKey(last).remove(QLatin1Char(' ')))
                                 .arg(i);
            return person;
        }();
        ids << *f.commands.addContact(c);
    }
    f.commands.invite(f.meeting, ids);
    f.commands.setAttendance(f.meeting, ids.mid(0, 25), Status::Registered);
    f.commands.setAttendance(f.meeting, ids.mid(70, 12), Status::Excused);
    AttendanceEntry *entry = f.open();
    REQUIRE(entry);
    REQUIRE(entry->model()->rowCount() == 90);
    const int steps = f.stack.index();

    // The sheet: two names signed out of three.
    QElapsedTimer clock;
    clock.start();
    for (int line = 0; line < 90; ++line)
        press(line % 3 == 2 ? Qt::Key_Down : Qt::Key_Space);
    const qint64 elapsed = clock.elapsed();
    INFO("60 ticks took " << elapsed << " ms");
    CHECK(f.counts().present == 60);
    CHECK(f.stack.index() == steps + 60);
    CHECK(f.count("presentCount") == QStringLiteral("60"));
    // Far below what the keyboard allows a person; a refresh per key must stay cheap.
    CHECK(elapsed < 15000);

    if (const QString path = qEnvironmentVariable("RELAIS_ATTENDANCE_SCREENSHOT");
        !path.isEmpty()) {
        entry->view()->setFocus();
        entry->selectContact(entry->model()->contactIdAt(40));
        press(Qt::Key_Down, Qt::ShiftModifier);
        press(Qt::Key_Down, Qt::ShiftModifier);
        f.dialog->grab().save(path);
    }
}
