#include "catchqt.h"
#include "scratchsettings.h"
#include "trainingfixture.h"
#include "viewtesting.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <models/db/anonymiser.h>
#include <models/db/retentionrepository.h>
#include <models/db/sqlquery.h>
#include <models/domain/interaction.h>
#include <views/privacy/retentionreviewdialog.h>

using namespace relais;

namespace {

// People entered long ago, some of whom did something since. Today is 10/12/2014 (the
// fixture's); entry dates are set by hand as if they had been typed years before.
struct RetentionFixture : TrainingFixture
{
    qint64 dormant = 0; // entered in 2009, nothing since
    qint64 visited = 0; // entered in 2009, an interaction in 2013
    qint64 trainee = 0; // entered in 2009, present at a training half-day in 2014
    qint64 contactPerson = 0; // entered in 2009, contact person of a SERD action held in 2013
    qint64 recent = 0; // entered in 2014
    qint64 consented = 0; // entered in 2009, consent renewed in 2013

    void enteredOn(qint64 id, const char *date)
    {
        SqlQuery(*db, QStringLiteral("UPDATE contact SET created_at = :at WHERE id = :id"))
            .bind(QStringLiteral(":at"), QString::fromLatin1(date) + QStringLiteral("T09:00:00Z"))
            .bind(QStringLiteral(":id"), id)
            .exec();
    }

    RetentionFixture()
    {
        dormant = person(QStringLiteral("Alice"), QStringLiteral("Dormant"));
        visited = person(QStringLiteral("Bruno"), QStringLiteral("Visité"));
        trainee = person(QStringLiteral("Chloé"), QStringLiteral("Stagiaire"));
        contactPerson = person(QStringLiteral("David"), QStringLiteral("Référent"));
        recent = person(QStringLiteral("Emma"), QStringLiteral("Récente"));
        Contact c;
        c.firstName = QStringLiteral("Fanny");
        c.lastName = QStringLiteral("Consentante");
        c.emails << QStringLiteral("fanny@example.org");
        c.emailConsent.status = Consent::Given;
        c.emailConsent.date = QDate(2013, 6, 1);
        consented = *commands.addContact(c);
        for (const qint64 id : { dormant, visited, trainee, contactPerson, consented })
            enteredOn(id, "2009-03-01");
        enteredOn(recent, "2014-02-01");

        Interaction visit;
        visit.date = QDate(2013, 4, 2);
        visit.subject = QStringLiteral("Visit");
        visit.actors << ActorRef::contact(visited);
        REQUIRE(commands.addInteraction(visit));

        const qint64 cohortId = cohort();
        const qint64 sessionId
            = session(cohortId, module(QStringLiteral("Compost")), QDate(2014, 4, 10));
        REQUIRE(commands.enrol(cohortId, { trainee }));
        SqlQuery(*db, QStringLiteral("UPDATE enrolment SET enrolled_on = NULL")).exec();
        REQUIRE(commands.setHalfDayAttendance(
            sessionId, { trainee }, HalfDay::Morning, AttendanceStatus::Present));

        SerdEdition edition;
        edition.year = 2013;
        const qint64 editionId = *commands.addSerdEdition(edition);
        Organisation o;
        o.name = QStringLiteral("Ressourcerie");
        const qint64 organisationId = *commands.addOrganisation(o);
        SerdAction action;
        action.editionId = editionId;
        action.title = QStringLiteral("Repair café");
        action.contactId = contactPerson;
        action.leadOrganisationId = organisationId;
        SerdOccurrence held;
        held.date = QDate(2013, 11, 20);
        REQUIRE(commands.addSerdAction(action, { held }));
    }

    QList<qint64> listed(const QDate &cutoff)
    {
        QList<qint64> ids;
        for (const RetentionCandidate &c : RetentionRepository(*db).candidates(cutoff))
            ids << c.contactId;
        return ids;
    }
};

} // namespace

TEST_CASE("The retention review lists those with no activity since the cutoff", "[retention]")
{
    RetentionFixture f;
    // Three years before 10/12/2014.
    CHECK(f.listed(QDate(2011, 12, 10)) == QList<qint64> { f.dormant });
    // One year: the 2013 activities are older than the cutoff of 10/12/2013; the training
    // in 2014 and the recent entry are not.
    const QList<qint64> oneYear = f.listed(QDate(2013, 12, 10));
    CHECK(oneYear
        == QList<qint64> { f.dormant, f.visited, f.consented, f.contactPerson }); // oldest first
    CHECK_FALSE(oneYear.contains(f.trainee));
    CHECK_FALSE(oneYear.contains(f.recent));
    // Each activity counts: a year earlier, only who did nothing since 2009 is listed.
    CHECK(f.listed(QDate(2013, 1, 1)) == QList<qint64> { f.dormant });
    CHECK(RetentionRepository(*f.db).candidates(QDate(2011, 12, 10)).first().lastActivity
        == QDate(2009, 3, 1));
}

TEST_CASE(
    "Kept people leave the review until the period passes; anonymised ones for good", "[retention]")
{
    RetentionFixture f;
    RetentionRepository retention(*f.db);
    retention.decide({ f.dormant }, QStringLiteral("keep"), QStringLiteral("Steering committee"),
        QDate(2014, 12, 10), QStringLiteral("officer"));
    CHECK(f.listed(QDate(2011, 12, 10)).isEmpty());
    // Three years after the decision, they are due again, with it shown.
    const auto later = retention.candidates(QDate(2014, 12, 11));
    REQUIRE_FALSE(later.isEmpty());
    CHECK(later.first().contactId == f.dormant);
    CHECK(later.first().decision == QLatin1String("keep"));
    CHECK(later.first().reason == QLatin1String("Steering committee"));

    retention.decide({ f.visited }, QStringLiteral("recontacted"), QString(), QDate(2014, 12, 10),
        QStringLiteral("officer"));
    const auto oneYear = retention.candidates(QDate(2013, 12, 10));
    const auto visited = std::find_if(oneYear.begin(), oneYear.end(),
        [&](const RetentionCandidate &c) { return c.contactId == f.visited; });
    REQUIRE(visited != oneYear.end());
    CHECK(visited->decision == QLatin1String("recontacted"));
    CHECK(visited->decidedOn == QDate(2014, 12, 10));

    REQUIRE(f.commands.anonymiseContacts({ f.visited }) == 1);
    CHECK_FALSE(f.listed(QDate(2013, 12, 10)).contains(f.visited));
}

TEST_CASE(
    "The retention review dialog keeps, marks and anonymises the selected people", "[retention]")
{
    ScratchSettings settings;
    RetentionFixture f;
    RetentionReviewDialog dialog(*f.db, f.commands);
    auto *years = dialog.findChild<QSpinBox *>();
    REQUIRE(years);
    CHECK(years->value() == RetentionReviewDialog::defaultYears);
    CHECK(dialog.listedIds() == QList<qint64> { f.dormant });

    // One year: more people, and the setting is remembered.
    years->setFocus();
    QTest::keyClick(years, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(years, QStringLiteral("1"));
    CHECK(QSettings().value(QLatin1String(RetentionReviewDialog::yearsSettingKey)).toInt() == 1);
    const QList<qint64> listed = dialog.listedIds();
    CHECK(listed.contains(f.visited));
    CHECK(listed.contains(f.consented));
    CHECK_FALSE(listed.contains(f.trainee));

    dialog.selectIds({ f.consented });
    dialog.copySelectedEmails();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("fanny@example.org"));

    dialog.keepSelected(QStringLiteral("Partner of the programme"));
    CHECK_FALSE(dialog.listedIds().contains(f.consented));

    dialog.selectIds({ f.visited });
    dialog.markSelectedRecontacted();
    CHECK(dialog.listedIds().contains(f.visited));

    // Anonymise asks first; Cancel, the default, changes nothing.
    dialog.selectIds({ f.dormant, f.visited });
    answerNextMessageBox(QStringLiteral("Cancel"));
    dialog.anonymiseSelected();
    CHECK_FALSE(Anonymiser(*f.db).anonymisedAt(f.dormant));
    answerNextMessageBox(QStringLiteral("Anonymise 2 people"));
    dialog.anonymiseSelected();
    CHECK(Anonymiser(*f.db).anonymisedAt(f.dormant));
    CHECK(Anonymiser(*f.db).anonymisedAt(f.visited));
    CHECK_FALSE(dialog.listedIds().contains(f.dormant));
    CHECK_FALSE(dialog.listedIds().contains(f.visited));
}
