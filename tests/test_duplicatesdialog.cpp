#include "catchqt.h"
#include "trainingfixture.h"
#include "viewtesting.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/sqlquery.h>
#include <models/domain/actormerge.h>
#include <models/domain/duplicatematching.h>
#include <views/actors/duplicatesdialog.h>
#include <views/actors/mergedialog.h>

using namespace relais;

namespace {

// Runs `act` on the next modal dialog as soon as it is up, as a user would answer it.
void answerNextModal(std::function<void(QWidget *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            act(modal);
        }
    });
    poll->start();
}

struct DuplicatesDialogFixture : TrainingFixture
{
    qint64 contact(const QString &first, const QString &last, const QStringList &emails = {},
        const QString &notes = {}, const QList<Membership> &memberships = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.emails = emails;
        c.notes = notes;
        c.memberships = memberships;
        return *commands.addContact(c);
    }
    qint64 organisation(
        const QString &name, const QString &acronym = {}, const QString &website = {})
    {
        Organisation o;
        o.name = name;
        o.acronym = acronym;
        o.website = website;
        return *commands.addOrganisation(o);
    }
    qint64 meeting(const QString &title, const QDate &date)
    {
        Meeting m;
        m.title = title;
        m.date = date;
        return *commands.addMeeting(m);
    }
    int scalar(const QString &statement) { return SqlQuery(*db, statement).scalar().toInt(); }
};

QStringList row(QTableWidget *table, int r)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

} // namespace

TEST_CASE("Namesakes are told apart by their organisations, else an e-mail")
{
    DuplicatesDialogFixture f;
    const qint64 repair = f.organisation("Repair Café Mulhouse");
    const qint64 papin = f.organisation("Centre social Papin");
    f.contact("Alice", "Girard", {}, {}, { Membership { repair, {}, {} } });
    f.contact("Alice", "Girard", { "alice.girard@example.fr" });
    f.contact("Paul", "Durand", {}, {}, { Membership { papin, {}, {} } });

    DuplicatesDialog dialog(*f.db, f.commands);
    REQUIRE(showActive(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("candidates"));
    REQUIRE(table->rowCount() == 1);
    CHECK(row(table, 0).value(0) == "Alice Girard — Repair Café Mulhouse");
    CHECK(row(table, 0).value(1) == "Alice Girard — alice.girard@example.fr");
}

TEST_CASE("Find duplicates lists a pair with its reason; Not duplicates hides it until undone")
{
    DuplicatesDialogFixture f;
    const qint64 dupont = f.contact("Marie", "Dupont");
    const qint64 dupond = f.contact("Marie", "Dupond");
    f.contact("Paul", "Durand");

    DuplicatesDialog dialog(*f.db, f.commands);
    REQUIRE(showActive(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("candidates"));
    auto *empty = child<QLabel>(&dialog, QStringLiteral("empty"));
    REQUIRE(table->rowCount() == 1);
    CHECK(row(table, 0).value(0) == "Marie Dupont");
    CHECK(row(table, 0).value(1) == "Marie Dupond");
    CHECK(row(table, 0).value(2) == duplicateReasonText(DuplicateReason::SimilarName));
    CHECK(row(table, 0).value(3).toInt() >= likelyDuplicateScore);
    CHECK(dialog.current()->firstId == dupont);
    CHECK(dialog.current()->secondId == dupond);
    CHECK(focused() == table);
    CHECK(table->isVisible());
    CHECK_FALSE(empty->isVisible());

    const int steps = f.stack.count();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("notDuplicates")), Qt::LeftButton);
    CHECK(f.stack.count() == steps + 1);
    CHECK(table->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("No likely duplicates among the contacts."));
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("merge"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("notDuplicates"))->isEnabled());

    f.stack.undo(); // the window's Edit > Undo
    REQUIRE(table->rowCount() == 1);
    CHECK(table->isVisible());
    CHECK(dialog.current()->secondId == dupond);

    // The organisations: none here.
    auto *kind = child<QComboBox>(&dialog, QStringLiteral("kind"));
    kind->setFocus();
    press(Qt::Key_Down);
    CHECK(dialog.kind() == ActorRef::Kind::Organisation);
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("No likely duplicates among the organisations."));
}

TEST_CASE("The merge form pre-selects the proposal; the other last name chosen, links of both")
{
    DuplicatesDialogFixture f;
    const qint64 kept = f.contact("Marie", "Dupont", { "marie@example.fr" });
    const qint64 merged
        = f.contact("Marie", "Dupond", { "m.dupond@asso.fr" }, QStringLiteral("Met at the fair"));
    const qint64 bystander = f.contact("Paul", "Durand");
    const qint64 council = f.meeting("Actors' council", QDate(2014, 3, 1));
    const qint64 workshop = f.meeting("Workshop", QDate(2014, 4, 1));
    REQUIRE(f.commands.invite(council, { kept, bystander }));
    REQUIRE(f.commands.invite(workshop, { merged }));

    MergeDialog dialog(*f.db, f.commands, ActorRef::Kind::Contact, kept, merged);
    REQUIRE(showActive(&dialog));
    CHECK(dialog.keptSide() == 0);
    // Only the fields that differ offer a choice (the e-mails are all kept).
    CHECK(dialog.choiceFields() == QStringList { "lastName", "notes" });
    // As proposedMerge(): the kept record's last name, the merged one's notes (the kept
    // record had none).
    const Contact proposal = proposedMerge(
        *ContactRepository(*f.db).load(kept), *ContactRepository(*f.db).load(merged));
    CHECK(proposal.lastName == "Dupont");
    CHECK(proposal.notes == "Met at the fair");
    CHECK(dialog.chosenSide(QStringLiteral("lastName")) == 0);
    CHECK(dialog.chosenSide(QStringLiteral("notes")) == 1);
    CHECK(dialog.chosenSide(QStringLiteral("firstName")) == -1);

    // Keeping the other record turns the proposal round, and back.
    QTest::mouseClick(child<QRadioButton>(&dialog, QStringLiteral("keepSecond")), Qt::LeftButton);
    CHECK(dialog.keptSide() == 1);
    CHECK(dialog.chosenSide(QStringLiteral("lastName")) == 1);
    QTest::mouseClick(child<QRadioButton>(&dialog, QStringLiteral("keepFirst")), Qt::LeftButton);
    CHECK(dialog.keptSide() == 0);
    CHECK(dialog.chosenSide(QStringLiteral("lastName")) == 0);

    auto *dupond = child<QRadioButton>(&dialog, QStringLiteral("lastName/1"));
    CHECK(dupond->text() == "Dupond");
    // On the button and its text, not in the blank of its column.
    QTest::mouseClick(dupond, Qt::LeftButton, {}, QPoint(8, dupond->height() / 2));
    CHECK(dialog.chosenSide(QStringLiteral("lastName")) == 1);

    const int steps = f.stack.count();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("merge")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.stack.count() == steps + 1);

    const ContactRepository contacts(*f.db);
    CHECK_FALSE(contacts.load(merged));
    const auto one = contacts.load(kept);
    REQUIRE(one);
    CHECK(one->lastName == "Dupond");
    CHECK(one->notes == "Met at the fair");
    CHECK(one->emails.contains("marie@example.fr"));
    CHECK(one->emails.contains("m.dupond@asso.fr"));
    CHECK(
        f.scalar(QStringLiteral("SELECT COUNT(*) FROM invitation WHERE contact_id = %1").arg(kept))
        == 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM contact")) == 2);

    f.stack.undo();
    CHECK(contacts.load(merged));
    CHECK(contacts.load(kept)->lastName == "Dupont");
}

TEST_CASE("A pair of organisations merges from the list with Enter")
{
    DuplicatesDialogFixture f;
    const qint64 csc = f.organisation("Centre socio-culturel Papin", {}, "https://csc-papin.fr");
    const qint64 cscShort = f.organisation("CSC Papin");
    const qint64 member = f.contact("Anne", "Weber", {}, {}, { Membership { cscShort, {}, {} } });

    DuplicatesDialog dialog(*f.db, f.commands);
    dialog.setKind(ActorRef::Kind::Organisation);
    REQUIRE(showActive(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("candidates"));
    REQUIRE(table->rowCount() == 1);
    CHECK(row(table, 0).value(0) == "Centre socio-culturel Papin");
    CHECK(row(table, 0).value(1) == "CSC Papin");
    CHECK(row(table, 0).value(2) == duplicateReasonText(dialog.current()->reason));

    table->setFocus();
    QStringList choices;
    int kept = -1;
    answerNextModal([&](QWidget *modal) {
        auto *merge = qobject_cast<MergeDialog *>(modal);
        if (!merge) {
            modal->close();
            return;
        }
        choices = merge->choiceFields();
        kept = merge->keptSide();
        QTest::mouseClick(merge->findChild<QPushButton *>(QStringLiteral("merge")), Qt::LeftButton);
    });
    press(Qt::Key_Return);
    CHECK(choices.contains("name"));
    CHECK(kept == 0);
    CHECK(table->rowCount() == 0);
    CHECK(child<QLabel>(&dialog, QStringLiteral("empty"))->isVisible());

    const OrganisationRepository organisations(*f.db);
    CHECK_FALSE(organisations.load(cscShort));
    const auto one = organisations.load(csc);
    REQUIRE(one);
    CHECK(one->name == "Centre socio-culturel Papin");
    CHECK(one->website == "https://csc-papin.fr");
    const auto weber = ContactRepository(*f.db).load(member);
    REQUIRE(weber);
    REQUIRE(weber->memberships.size() == 1);
    CHECK(weber->memberships.first().organisationId == csc);
}

TEST_CASE("A merge that fails says why and leaves the file as it was")
{
    DuplicatesDialogFixture f;
    const qint64 kept = f.contact("Marie", "Dupont");
    const qint64 merged = f.contact("Marie", "Dupond");
    MergeDialog dialog(*f.db, f.commands, ActorRef::Kind::Contact, kept, merged);
    REQUIRE(showActive(&dialog));
    REQUIRE(f.commands.deleteContacts({ merged })); // meanwhile, elsewhere
    QString seen;
    answerNextMessageBox(QStringLiteral("OK"), &seen);
    CHECK_FALSE(dialog.merge());
    CHECK(seen.contains(QStringLiteral("no longer exists")));
    CHECK(ContactRepository(*f.db).load(kept)->lastName == "Dupont");
}

// RELAIS_SCREENSHOTS=folder duplicatesdialog_tests "[.screenshot]"
TEST_CASE("Find duplicates: screenshots", "[.screenshot]")
{
    DuplicatesDialogFixture f;
    const QString folder
        = qEnvironmentVariable("RELAIS_SCREENSHOTS", QStringLiteral("/tmp/relais-screenshots"));
    QDir().mkpath(folder);
    const qint64 repair = f.organisation("Repair Café Mulhouse", {}, "https://repaircafe.fr");
    const qint64 kept = f.contact("Élodie", "Sénéchal", { "elodie@example.fr" }, {},
        { Membership { repair, {}, QStringLiteral("Présidente") } });
    const qint64 merged = f.contact("ELODIE", "SENECHAL", { "e.senechal@asso.fr" },
        QStringLiteral("Met at the SERD 2013 fair; wants to run a repair workshop."));
    f.contact("Marie", "Dupont");
    f.contact("Marie", "Dupond");
    f.contact("Weber", "Anne");
    f.contact("Mme Anne", "Weber");

    DuplicatesDialog list(*f.db, f.commands);
    REQUIRE(showActive(&list));
    QTest::qWait(50);
    list.grab().save(folder + QStringLiteral("/duplicates.png"));
    list.close();

    MergeDialog merge(*f.db, f.commands, ActorRef::Kind::Contact, kept, merged);
    REQUIRE(showActive(&merge));
    QTest::qWait(50);
    merge.grab().save(folder + QStringLiteral("/merge-contacts.png"));
    merge.close();

    const qint64 cafe = f.organisation("Repair Cafe Mulhous", "RCM");
    MergeDialog structures(*f.db, f.commands, ActorRef::Kind::Organisation, repair, cafe);
    REQUIRE(showActive(&structures));
    QTest::qWait(50);
    structures.grab().save(folder + QStringLiteral("/merge-organisations.png"));
    structures.close();

    DuplicatesDialog none(*f.db, f.commands);
    none.setKind(ActorRef::Kind::Organisation);
    f.commands.dismissDuplicate(
        ActorRef::Kind::Organisation, none.current()->firstId, none.current()->secondId);
    REQUIRE(showActive(&none));
    QTest::qWait(50);
    none.grab().save(folder + QStringLiteral("/duplicates-none.png"));
}
