#include "catchqt.h"
#include "trainingfixture.h"
#include "viewtesting.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <models/db/meansrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/history/history.h>
#include <models/item/contributionmodel.h>
#include <models/item/stafftimemodel.h>
#include <views/actors/organisationdialog.h>
#include <views/forms/dateedit.h>
#include <views/forms/fieldmessage.h>
#include <views/means/contributiondialog.h>
#include <views/means/meanspage.h>
#include <views/means/stafftimedialog.h>
#include <views/meetings/meetingdialog.h>

using namespace relais;

namespace {

// Partners, meetings and the staff with their roles, set up through Commands.
struct MeansFixture : TrainingFixture
{
    MeansRepository means { *db };

    qint64 organisation(const QString &name)
    {
        Organisation o;
        o.name = name;
        return *commands.addOrganisation(o);
    }
    qint64 meeting(const QString &title, const QDate &date, const QList<qint64> &staff = {})
    {
        Meeting m;
        m.title = title;
        m.date = date;
        m.staffIds = staff;
        return *commands.addMeeting(m);
    }
    qint64 staffMember(const QString &name, const QString &role = {})
    {
        ReferenceItem item;
        item.name = name;
        const qint64 id = *commands.addReferenceItem(ReferenceList::StaffMember, item);
        if (!role.isEmpty()) {
            const auto found
                = ReferenceListRepository(*db).findByName(ReferenceList::StaffRole, role);
            REQUIRE(found);
            REQUIRE(commands.setStaffRole(id, found->id));
        }
        return id;
    }
    qint64 material(qint64 organisationId, int year, Cents amount, qint64 meetingId = 0)
    {
        ValuedContribution c;
        c.organisationId = organisationId;
        c.year = year;
        c.kind = ContributionKind::Material;
        c.amount = amount;
        c.meetingId = meetingId;
        return *commands.addContribution(c);
    }
    qint64 staffTimeGiven(qint64 organisationId, int year, double hours, Cents rate)
    {
        ValuedContribution c;
        c.organisationId = organisationId;
        c.year = year;
        c.kind = ContributionKind::StaffTime;
        c.quantity = hours;
        c.rate = rate;
        return *commands.addContribution(c);
    }
    qint64 days(qint64 staffId, const QDate &date, double days, const StaffActivity &activity)
    {
        StaffTimeEntry e;
        e.staffId = staffId;
        e.startsOn = date;
        e.days = days;
        e.activity = activity;
        return *commands.addStaffTime(e);
    }
};

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// The message under a field, if one is shown.
QString messageUnder(QWidget *dialog, QWidget *field)
{
    for (FieldMessage *message : dialog->findChildren<FieldMessage *>()) {
        if (message->field() == field && !message->isHidden())
            return message->text();
    }
    return {};
}

// Selects what a spin box shows and types over it, as after Tab.
void typeInto(QWidget *field, const QString &text)
{
    // A completion list left open would take the keys.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    field->setFocus();
    REQUIRE(eventually([field] { return focused() == field; }));
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
    else if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    type(text);
}

} // namespace

TEST_CASE("A partner's staff time is worth quantity × rate, shown as it is typed")
{
    MeansFixture f;
    const qint64 drouot = f.organisation(QStringLiteral("Maison de quartier Drouot"));
    ContributionDialog dialog(*f.db, f.commands, 0);
    REQUIRE(showActive(&dialog));
    CHECK(focusedName() == QStringLiteral("organisation"));
    auto *organisation = child<QLineEdit>(&dialog, "organisation");
    auto *kind = child<QComboBox>(&dialog, "kind");
    auto *quantity = child<QDoubleSpinBox>(&dialog, "quantity");
    auto *unit = child<QComboBox>(&dialog, "unit");
    auto *rate = child<QDoubleSpinBox>(&dialog, "rate");
    auto *amount = child<QDoubleSpinBox>(&dialog, "amount");
    CHECK(child<QSpinBox>(&dialog, "year")->value() == 2014);

    // Nothing typed: the organisation is asked for first, under its field.
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(messageUnder(&dialog, organisation)
        == QStringLiteral("Type the organisation the contribution comes from."));
    CHECK(focused() == organisation);

    // A name the file does not know is refused, saying so.
    type(QStringLiteral("Maison Inconnue"));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(messageUnder(&dialog, organisation).contains(QStringLiteral("is not an organisation")));

    typeInto(organisation, QStringLiteral("Maison de quartier Drouot"));
    kind->setCurrentIndex(kind->findData(int(ContributionKind::StaffTime)));
    CHECK(quantity->isVisibleTo(&dialog));
    CHECK(amount->isReadOnly());

    // The rate is missing: refused under the rate.
    typeInto(quantity, QStringLiteral("7.5"));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(messageUnder(&dialog, rate) == QStringLiteral("Type the rate per hour, in euros."));
    CHECK(focused() == rate);

    typeInto(rate, QStringLiteral("23.33"));
    // 7.5 h × 23.33 € = 174.975 €, to the cent.
    CHECK(amount->value() == Approx(174.98));
    unit->setCurrentIndex(unit->findData(int(TimeUnit::Days)));
    typeInto(quantity, QStringLiteral("2"));
    CHECK(amount->value() == Approx(46.66));
    typeInto(quantity, QStringLiteral("7.5"));
    unit->setCurrentIndex(unit->findData(int(TimeUnit::Hours)));
    CHECK(messageUnder(&dialog, rate).isEmpty());
    CHECK(dialog.isModified());

    const int steps = f.stack.count();
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.stack.count() == steps + 1);
    const auto saved = f.means.contributionsOf(drouot);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].contribution.amount == 17498);
    CHECK(saved[0].contribution.quantity == 7.5);
    CHECK(saved[0].contribution.rate == 2333);
    CHECK(saved[0].contribution.year == 2014);
    f.stack.undo();
    CHECK(f.means.contributionsOf(drouot).isEmpty());
}

TEST_CASE("Material is typed in euros; a contribution can relate to a meeting of its year")
{
    MeansFixture f;
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const qint64 council = f.meeting(QStringLiteral("Actors' council"), QDate(2014, 3, 12));
    f.meeting(QStringLiteral("Council of 2013"), QDate(2013, 10, 1));
    ContributionDialog dialog(*f.db, f.commands, 0);
    dialog.setOrganisation(emmaus, QStringLiteral("Emmaüs Mulhouse"));
    CHECK_FALSE(dialog.isModified());
    REQUIRE(showActive(&dialog));
    auto *kind = child<QComboBox>(&dialog, "kind");
    CHECK(kind->currentData().toInt() == int(ContributionKind::Material));
    CHECK_FALSE(child<QDoubleSpinBox>(&dialog, "quantity")->isVisibleTo(&dialog));
    auto *amount = child<QDoubleSpinBox>(&dialog, "amount");
    CHECK_FALSE(amount->isReadOnly());

    // Only the meetings of the year are offered.
    auto *relatesTo = child<QComboBox>(&dialog, "relatesTo");
    REQUIRE(relatesTo->count() == 2);
    CHECK(relatesTo->itemText(1).contains(QStringLiteral("Actors' council")));

    CHECK_FALSE(dialog.save());
    CHECK(messageUnder(&dialog, amount) == QStringLiteral("Type the amount, in euros."));
    typeInto(amount, QStringLiteral("350"));
    relatesTo->setCurrentIndex(1);
    child<QPlainTextEdit>(&dialog, "note")->setPlainText(QStringLiteral("Tables and chairs"));
    REQUIRE(dialog.save());
    CHECK(dialog.statusText().contains(QStringLiteral("Emmaüs Mulhouse")));
    CHECK_FALSE(dialog.isModified());
    const auto saved = f.means.contribution(dialog.contributionId());
    REQUIRE(saved);
    CHECK(saved->amount == 35000);
    CHECK(saved->meetingId == council);
    CHECK(saved->note == QStringLiteral("Tables and chairs"));

    // Save and new keeps the organisation and the year for the next line of the form.
    dialog.saveAndNew();
    CHECK(dialog.contributionId() == 0);
    CHECK(child<QLineEdit>(&dialog, "organisation")->text() == QStringLiteral("Emmaüs Mulhouse"));
    CHECK(amount->value() == 0);

    // The year changes what can be related to.
    child<QSpinBox>(&dialog, "year")->setValue(2013);
    REQUIRE(relatesTo->count() == 2);
    CHECK(relatesTo->itemText(1).contains(QStringLiteral("Council of 2013")));
}

TEST_CASE("Staff time is entered in half-days; Save and new keeps the person and the activity")
{
    MeansFixture f;
    const qint64 anne
        = f.staffMember(QStringLiteral("Anne Koenig"), QStringLiteral("Chargée de mission"));
    StaffTimeDialog dialog(*f.db, f.commands, 0);
    REQUIRE(showActive(&dialog));
    auto *person = child<QComboBox>(&dialog, "person");
    auto *category = child<QComboBox>(&dialog, "category");
    auto *days = child<QDoubleSpinBox>(&dialog, "days");
    CHECK(focused() == person);
    CHECK(child<QComboBox>(&dialog, "activityKind")->currentData().toInt()
        == int(StaffActivity::Kind::Category));
    // The usual categories are offered before any was typed.
    CHECK(category->findText(QStringLiteral("Mobilisation")) >= 0);

    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(messageUnder(&dialog, person) == QStringLiteral("Choose who spent the time."));
    person->setCurrentIndex(person->findData(anne));
    CHECK(person->currentText().contains(QStringLiteral("Chargée de mission")));
    CHECK(messageUnder(&dialog, person).isEmpty());

    category->setFocus();
    category->lineEdit()->selectAll();
    type(QStringLiteral("Mobilisation"));
    typeInto(days, QStringLiteral("1.2"));
    const int steps = f.stack.count();
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(messageUnder(&dialog, days)
              .startsWith(QStringLiteral("Staff time is counted in half-days")));
    CHECK(focused() == days);
    CHECK(f.stack.count() == steps);

    typeInto(days, QStringLiteral("1.5"));
    CHECK(messageUnder(&dialog, days).isEmpty());
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stack.count() == steps + 1);
    const auto entries = f.means.staffTimeEntries(2014);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entry.days == 1.5);
    CHECK(entries[0].entry.activity == StaffActivity::named(QStringLiteral("Mobilisation")));
    CHECK(entries[0].entry.startsOn == QDate(2014, 12, 10));
    CHECK(dialog.statusText().contains(QStringLiteral("Anne Koenig")));

    // The next card: same person and activity, the date to type.
    CHECK(dialog.entryId() == 0);
    CHECK(dialog.entry().staffId == anne);
    CHECK(dialog.entry().activity == StaffActivity::named(QStringLiteral("Mobilisation")));
    CHECK(focused() == child<DateEdit>(&dialog, "date"));
    CHECK_FALSE(dialog.isModified());

    // A period that ends before it starts is refused under the end date.
    child<DateEdit>(&dialog, "endDate")->setDate(QDate(2014, 12, 1));
    typeInto(days, QStringLiteral("2"));
    CHECK_FALSE(dialog.save());
    CHECK(messageUnder(&dialog, child<DateEdit>(&dialog, "endDate"))
              .startsWith(QStringLiteral("The period ends before it starts")));
    f.stack.undo();
    CHECK(f.means.staffTimeEntries(2014).isEmpty());
}

TEST_CASE("A training session is chosen among those around the entry's date")
{
    MeansFixture f;
    const qint64 lea = f.staffMember(QStringLiteral("Léa Stagiaire"));
    const qint64 cohortId = f.cohort();
    const qint64 compost = f.module(QStringLiteral("Composting"));
    const qint64 march = f.session(cohortId, compost, QDate(2014, 3, 4));
    f.session(cohortId, compost, QDate(2012, 3, 4)); // too far away
    StaffTimeDialog dialog(*f.db, f.commands, 0);
    auto *kind = child<QComboBox>(&dialog, "activityKind");
    kind->setCurrentIndex(kind->findData(int(StaffActivity::Kind::TrainingSession)));
    auto *session = child<QComboBox>(&dialog, "session");
    child<DateEdit>(&dialog, "date")->setDate(QDate(2014, 3, 4));
    REQUIRE(session->count() == 2);
    CHECK(session->itemText(1).startsWith(QStringLiteral("Composting")));
    auto *person = child<QComboBox>(&dialog, "person");
    person->setCurrentIndex(person->findData(lea));
    child<QDoubleSpinBox>(&dialog, "days")->setValue(1);
    CHECK_FALSE(dialog.save());
    CHECK(messageUnder(&dialog, session->parentWidget())
        == QStringLiteral("Choose the training session."));
    session->setCurrentIndex(1);
    REQUIRE(dialog.save());
    const auto saved = f.means.staffTime(dialog.entryId());
    REQUIRE(saved);
    CHECK(saved->staffId == lea);
    CHECK(saved->activity == StaffActivity::trainingSession(march));
}

TEST_CASE("The Means page adds up the year's contributions and staff days")
{
    MeansFixture f;
    const qint64 drouot = f.organisation(QStringLiteral("Maison de quartier Drouot"));
    const qint64 emmaus = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    const qint64 council = f.meeting(QStringLiteral("Actors' council"), QDate(2014, 3, 12));
    const qint64 anne
        = f.staffMember(QStringLiteral("Anne Koenig"), QStringLiteral("Chargée de mission"));
    const qint64 lea = f.staffMember(QStringLiteral("Léa Stagiaire"), QStringLiteral("Stagiaire"));

    MeansPage page(*f.db, f.commands);
    page.resize(1200, 640);
    REQUIRE(showActive(&page));
    CHECK(page.currentYear() == 2014);
    // Nothing yet: a sentence says what to do.
    auto *empty = child<QLabel>(&page, "contributionsEmpty");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("New contribution")));
    CHECK(page.contributionTotalsText().contains(formatCents(0)));

    f.material(drouot, 2014, 35000, council);
    f.staffTimeGiven(drouot, 2014, 7.5, 2333);
    f.material(emmaus, 2014, 120000);
    f.material(emmaus, 2013, 99900); // another year
    REQUIRE(eventually([&] { return page.contributions()->rowCount() == 3; }));
    CHECK_FALSE(empty->isVisible());
    const QString totals = page.contributionTotalsText();
    INFO(totals.toStdString());
    CHECK(
        totals.contains(QStringLiteral("Total 2014: %1").arg(formatCents(35000 + 17498 + 120000))));
    CHECK(totals.contains(QStringLiteral("3 contribution")));
    CHECK(totals.contains(formatCents(155000))); // material
    CHECK(totals.contains(QStringLiteral("Emmaüs Mulhouse")));
    CHECK(totals.contains(formatCents(35000 + 17498)));
    CHECK(totals.contains(QStringLiteral("Actors' council")));
    // The year's selector offers the years entered.
    CHECK(page.yearChooser()->findData(2013) >= 0);
    page.setYear(0);
    CHECK(page.contributions()->rowCount() == 4);
    CHECK(page.contributionTotalsText().contains(QStringLiteral("By year")));
    page.setYear(2014);

    f.days(anne, QDate(2014, 3, 10), 3, StaffActivity::meeting(council));
    f.days(lea, QDate(2014, 3, 11), 1, StaffActivity::meeting(council));
    f.days(anne, QDate(2014, 5, 2), 2.5, StaffActivity::named(QStringLiteral("Mobilisation")));
    page.tabs()->setCurrentIndex(1);
    REQUIRE(eventually([&] { return page.staffTime()->rowCount() == 3; }));
    const QString days = page.staffTimeTotalsText();
    INFO(days.toStdString());
    CHECK(days.contains(QStringLiteral("Total 2014: 6.5 days")));
    CHECK(days.contains(QStringLiteral("Chargée de mission")));
    CHECK(days.contains(QStringLiteral("5.5 d")));
    CHECK(days.contains(QStringLiteral("Mobilisation")));
    CHECK(days.contains(QStringLiteral("4 d")));

    // Filtered by person.
    auto *person = child<QComboBox>(&page, "personFilter");
    person->setCurrentIndex(person->findData(lea));
    CHECK(page.staffTime()->rowCount() == 1);
    person->setCurrentIndex(0);

    // Delete from the keyboard, after a confirmation; undo brings them back in one step.
    page.staffTimeView()->setFocus();
    REQUIRE(eventually([&] { return focused() == page.staffTimeView(); }));
    page.staffTimeView()->selectAll();
    answerNextMessageBox(QStringLiteral("Delete"));
    press(Qt::Key_Delete);
    REQUIRE(eventually([&] { return page.staffTime()->rowCount() == 0; }));
    CHECK(child<QLabel>(&page, "staffTimeEmpty")->isVisible());
    f.stack.undo();
    REQUIRE(eventually([&] { return page.staffTime()->rowCount() == 3; }));

    REQUIRE(showActive(&page));
    page.tabs()->setCurrentIndex(0);
    page.contributionsView()->setFocus();
    REQUIRE(eventually([&] { return focused() == page.contributionsView(); }));
    page.contributionsView()->selectRow(0);
    answerNextMessageBox(QStringLiteral("Cancel"));
    press(Qt::Key_Delete);
    CHECK(page.contributions()->rowCount() == 3);
}

TEST_CASE("The Means page opens its cards; the roles are set one step at a time")
{
    MeansFixture f;
    const qint64 drouot = f.organisation(QStringLiteral("Maison de quartier Drouot"));
    const qint64 marc = f.staffMember(QStringLiteral("Marc Hirtz"));
    f.material(drouot, 2014, 35000);
    MeansPage page(*f.db, f.commands);
    REQUIRE(showActive(&page));
    page.contributionsView()->setFocus();
    page.contributionsView()->selectRow(0);
    page.openCurrent();
    auto *card = qobject_cast<ContributionDialog *>(QApplication::activeModalWidget());
    REQUIRE(eventually([&] {
        card = page.findChild<ContributionDialog *>();
        return card && card->isVisible();
    }));
    CHECK(card->contribution().amount == 35000);
    card->reject();
    REQUIRE(eventually([&] { return !page.findChild<ContributionDialog *>(); }));

    StaffRolesDialog roles(*f.db, f.commands);
    QComboBox *role = roles.roleChooser(marc);
    REQUIRE(role);
    CHECK(role->currentIndex() == 0);
    const int steps = f.stack.count();
    role->setCurrentIndex(role->findText(QStringLiteral("Assistante")));
    CHECK(f.stack.count() == steps + 1);
    CHECK(f.means.staffPerson(marc)->role == QStringLiteral("Assistante"));
    f.stack.undo();
    CHECK(f.means.staffPerson(marc)->roleId == 0);
}

TEST_CASE("An organisation's card lists its contributions and adds one")
{
    MeansFixture f;
    const qint64 drouot = f.organisation(QStringLiteral("Maison de quartier Drouot"));
    const qint64 other = f.organisation(QStringLiteral("Emmaüs Mulhouse"));
    f.material(drouot, 2014, 35000);
    f.staffTimeGiven(drouot, 2013, 4, 2500);
    f.material(other, 2014, 1000);
    const auto history = standardHistory(*f.db);

    // A new organisation has nothing to show yet.
    OrganisationDialog blank(*f.db, f.commands, *history, 0);
    auto *blankTabs = blank.findChild<QTabWidget *>();
    REQUIRE(blankTabs);
    CHECK_FALSE(blankTabs->isTabVisible(3));

    OrganisationDialog dialog(*f.db, f.commands, *history, drouot);
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->isTabVisible(3));
    CHECK(tabs->tabText(3) == QStringLiteral("Contr&ibutions (2)"));
    CHECK(dialog.contributions()->rowCount() == 2);
    const QString total = child<QLabel>(&dialog, "contributionsTotal")->text();
    CHECK(total.startsWith(QStringLiteral("2 contribution")));
    CHECK(total.endsWith(QStringLiteral("%1 in all").arg(formatCents(35000 + 10000))));

    ContributionDialog *card = dialog.newContribution();
    REQUIRE(card);
    CHECK(card->contribution().organisationId == drouot);
    CHECK(child<QLineEdit>(card, "organisation")->text()
        == QStringLiteral("Maison de quartier Drouot"));
    typeInto(child<QDoubleSpinBox>(card, "amount"), QStringLiteral("80"));
    REQUIRE(card->save());
    CHECK(dialog.contributions()->rowCount() == 3);
    card->accept();
}

TEST_CASE("After a meeting, Log preparation time fills in the meeting and who ran it")
{
    MeansFixture f;
    const qint64 anne
        = f.staffMember(QStringLiteral("Anne Koenig"), QStringLiteral("Chargée de mission"));
    const qint64 lea = f.staffMember(QStringLiteral("Léa Stagiaire"));
    const qint64 council
        = f.meeting(QStringLiteral("Actors' council"), QDate(2014, 11, 20), { anne, lea });

    MeetingDialog meeting(*f.db, f.commands, council);
    REQUIRE(showActive(&meeting));
    auto *button = child<QPushButton>(&meeting, "logPreparationTime");
    QTest::mouseClick(button, Qt::LeftButton);
    StaffTimeDialog *card = nullptr;
    REQUIRE(eventually([&] {
        card = meeting.findChild<StaffTimeDialog *>();
        return card && card->isVisible();
    }));
    const StaffTimeEntry filled = card->entry();
    CHECK(filled.activity == StaffActivity::meeting(council));
    CHECK(filled.staffId == anne);
    CHECK(filled.startsOn == QDate(2014, 11, 20));
    CHECK(child<QComboBox>(card, "meeting")
              ->currentText()
              .startsWith(QStringLiteral("Actors' council")));
    CHECK_FALSE(card->isModified());
    REQUIRE(eventually([&] { return focused() == child<QDoubleSpinBox>(card, "days"); }));
    type(QStringLiteral("3"));
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return !meeting.findChild<StaffTimeDialog *>(); }));
    const auto spent = f.means.staffTimeEntries(2014);
    REQUIRE(spent.size() == 1);
    CHECK(spent[0].entry.days == 3);
    CHECK(spent[0].entry.activity == StaffActivity::meeting(council));
    CHECK(spent[0].activity == QStringLiteral("Actors' council"));
}

TEST_CASE("Means area to look at", "[.look]")
{
    MeansFixture f;
    const QStringList partners { QStringLiteral("Maison de quartier Drouot"),
        QStringLiteral("Emmaüs Mulhouse"), QStringLiteral("Centre socioculturel Papin"),
        QStringLiteral("Les Jardins de la Thur"), QStringLiteral("Repair Café Mulhouse"),
        QStringLiteral("École Jean Zay"), QStringLiteral("Bailleur Habitats de Haute-Alsace"),
        QStringLiteral("Association Zéro Déchet Mulhouse"), QStringLiteral("Ressourcerie Envie"),
        QStringLiteral("Ville de Riedisheim") };
    const qint64 council
        = f.meeting(QStringLiteral("Actors' council of March"), QDate(2014, 3, 12));
    const qint64 workshop = f.meeting(QStringLiteral("Workshop: food waste"), QDate(2014, 6, 3));
    QList<qint64> organisations;
    for (int i = 0; i < partners.size(); ++i) {
        organisations << f.organisation(partners[i]);
        f.staffTimeGiven(organisations.last(), 2014, 3.5 + i, 2200 + 150 * i);
        if (i % 2 == 0)
            f.material(
                organisations.last(), 2014, 15000 + 4000 * i, i % 4 == 0 ? council : workshop);
    }
    const qint64 anne
        = f.staffMember(QStringLiteral("Anne Koenig"), QStringLiteral("Chargée de mission"));
    const qint64 lea = f.staffMember(QStringLiteral("Léa Stagiaire"), QStringLiteral("Stagiaire"));
    f.staffMember(QStringLiteral("Marc Hirtz"), QStringLiteral("Assistante"));
    f.days(anne, QDate(2014, 3, 10), 3, StaffActivity::meeting(council));
    f.days(lea, QDate(2014, 3, 11), 1, StaffActivity::meeting(council));
    f.days(anne, QDate(2014, 5, 2), 2.5, StaffActivity::named(QStringLiteral("Mobilisation")));
    f.days(lea, QDate(2014, 5, 5), 6, StaffActivity::named(QStringLiteral("Mobilisation")));
    f.days(anne, QDate(2014, 6, 3), 1.5, StaffActivity::meeting(workshop));

    MeansPage page(*f.db, f.commands);
    page.resize(1280, 720);
    REQUIRE(showActive(&page));
    QTest::qWait(100);
    page.grab().save(QStringLiteral("/tmp/means_contributions.png"));
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    page.grab().save(QStringLiteral("/tmp/means_stafftime.png"));
    {
        MeansFixture fresh;
        MeansPage empty(*fresh.db, fresh.commands);
        empty.resize(1280, 720);
        REQUIRE(showActive(&empty));
        QTest::qWait(50);
        empty.grab().save(QStringLiteral("/tmp/means_empty.png"));
        empty.tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        empty.grab().save(QStringLiteral("/tmp/means_empty_stafftime.png"));
        empty.hide();
    }

    ContributionDialog contribution(*f.db, f.commands, 0);
    contribution.setOrganisation(organisations[0], partners[0]);
    auto *kind = child<QComboBox>(&contribution, "kind");
    kind->setCurrentIndex(kind->findData(int(ContributionKind::StaffTime)));
    child<QDoubleSpinBox>(&contribution, "quantity")->setValue(7.5);
    child<QDoubleSpinBox>(&contribution, "rate")->setValue(23.33);
    REQUIRE(showActive(&contribution));
    child<QDoubleSpinBox>(&contribution, "rate")->setFocus();
    QTest::qWait(50);
    contribution.grab().save(QStringLiteral("/tmp/means_contribution.png"));
    kind->setCurrentIndex(kind->findData(int(ContributionKind::Material)));
    contribution.save();
    QTest::qWait(50);
    contribution.grab().save(QStringLiteral("/tmp/means_contribution_error.png"));
    contribution.hide();

    StaffTimeDialog staff(*f.db, f.commands, 0);
    staff.prefill(staffTimeForMeeting(council, QDate(2014, 3, 12), anne));
    REQUIRE(showActive(&staff));
    QTest::qWait(50);
    staff.grab().save(QStringLiteral("/tmp/means_stafftime_prefilled.png"));
    child<QDoubleSpinBox>(&staff, "days")->setValue(1.2);
    staff.save();
    QTest::qWait(50);
    staff.grab().save(QStringLiteral("/tmp/means_stafftime_dialog.png"));
    staff.hide();

    const auto history = standardHistory(*f.db);
    OrganisationDialog card(*f.db, f.commands, *history, organisations[0]);
    card.findChild<QTabWidget *>()->setCurrentIndex(3);
    REQUIRE(showActive(&card));
    QTest::qWait(50);
    card.grab().save(QStringLiteral("/tmp/means_organisation.png"));
    card.hide();

    StaffRolesDialog roles(*f.db, f.commands);
    REQUIRE(showActive(&roles));
    QTest::qWait(50);
    roles.grab().save(QStringLiteral("/tmp/means_roles.png"));
    roles.hide();

    MeetingDialog meeting(*f.db, f.commands, council);
    REQUIRE(showActive(&meeting));
    QTest::qWait(50);
    meeting.grab().save(QStringLiteral("/tmp/means_meeting.png"));
}
