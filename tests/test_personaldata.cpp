#include "catchqt.h"
#include "printtesting.h"
#include "trainingfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <models/db/auditrepository.h>
#include <models/db/personaldatarepository.h>
#include <models/domain/interaction.h>
#include <views/privacy/personaldataexport.h>

using namespace relais;

namespace {

// Someone the programme knows well: a member of an organisation, invited to a council where
// they came, trained, with an e-mail consent and an interaction.
struct PersonFixture : TrainingFixture
{
    qint64 organisationId = 0;
    qint64 personId = 0;
    qint64 meetingId = 0;

    PersonFixture()
    {
        Organisation o;
        o.name = QStringLiteral("Association Zéro Déchet Mulhouse");
        organisationId = *commands.addOrganisation(o);
        Contact c;
        c.firstName = QStringLiteral("Léa");
        c.lastName = QStringLiteral("Kœnig");
        c.emails << QStringLiteral("lea.koenig@example.org");
        c.phones << QStringLiteral("03 89 00 00 00");
        c.notes = QStringLiteral("Runs the repair café.");
        c.memberships << Membership { organisationId, {}, QStringLiteral("Chair") };
        c.emailConsent.status = Consent::Given;
        c.emailConsent.date = QDate(2014, 3, 1);
        c.emailConsent.source = ConsentSource::MeetingSheet;
        personId = *commands.addContact(c);

        Meeting m;
        m.title = QStringLiteral("Actors' council");
        m.date = QDate(2014, 3, 1);
        meetingId = *commands.addMeeting(m);
        REQUIRE(commands.invite(meetingId, { personId }));
        REQUIRE(commands.setAttendance(meetingId, { personId }, AttendanceStatus::Present));

        const qint64 moduleId = module(QStringLiteral("Composting"));
        const qint64 cohortId = cohort();
        const qint64 sessionId = session(cohortId, moduleId, QDate(2014, 4, 10));
        REQUIRE(commands.enrol(cohortId, { personId }));
        REQUIRE(commands.setHalfDayAttendance(
            sessionId, { personId }, HalfDay::Morning, AttendanceStatus::Present));

        Interaction visit;
        visit.date = QDate(2014, 5, 2);
        visit.subject = QStringLiteral("Repair café visit");
        visit.actors << ActorRef::contact(personId);
        REQUIRE(commands.addInteraction(visit));
    }
};

const PersonalDataSection *section(const PersonalData &data, const char *key)
{
    for (const PersonalDataSection &s : data.sections) {
        if (s.key == QLatin1String(key))
            return &s;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A person's data gathers every area", "[personaldata]")
{
    PersonFixture f;
    const PersonalData data
        = PersonalDataRepository(*f.db).of(f.personId, QDateTime(QDate(2014, 6, 1), QTime(9, 0)));
    REQUIRE(data.contactId == f.personId);
    CHECK(data.name == QStringLiteral("Léa Kœnig"));

    const auto *identity = section(data, "identity");
    REQUIRE(identity);
    REQUIRE(identity->rows.size() == 1);
    const QStringList &row = identity->rows.first();
    CHECK(row.at(identity->columnKeys.indexOf(QStringLiteral("last_name")))
        == QStringLiteral("Kœnig"));
    CHECK(row.at(identity->columnKeys.indexOf(QStringLiteral("email_consent")))
        == QStringLiteral("agreed"));
    CHECK(row.at(identity->columnKeys.indexOf(QStringLiteral("email_consent_source")))
        == QStringLiteral("meeting_sheet"));

    CHECK(section(data, "emails")->rows
        == QList<QStringList> { { QStringLiteral("lea.koenig@example.org") } });
    CHECK(section(data, "memberships")->rows.first()
        == QStringList {
            QStringLiteral("Association Zéro Déchet Mulhouse"), QStringLiteral("Chair") });
    REQUIRE(section(data, "invitations")->rows.size() == 1);
    CHECK(section(data, "invitations")->rows.first().at(3) == QStringLiteral("present"));
    CHECK(section(data, "trainings")->rows.size() == 1);
    REQUIRE(section(data, "training_attendance")->rows.size() == 1);
    CHECK(section(data, "training_attendance")->rows.first().at(2) == QStringLiteral("morning"));
    CHECK(section(data, "interactions")->rows.first().at(2) == QStringLiteral("Repair café visit"));
    CHECK_FALSE(section(data, "consent_history")->rows.isEmpty());
    CHECK_FALSE(section(data, "audit_entries")->rows.isEmpty());

    CHECK(PersonalDataRepository(*f.db).of(987654, QDateTime::currentDateTimeUtc()).contactId == 0);
}

TEST_CASE("Exporting a person's data writes a PDF and a JSON file and records it", "[personaldata]")
{
    PersonFixture f;
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("Léa Kœnig - données personnelles.pdf"));
    QString error;
    REQUIRE(PersonalDataExport::exportTo(*f.db, f.personId, pdf, &error));
    CHECK(error.isEmpty());

    QFile jsonFile(PersonalDataExport::jsonPathFor(pdf));
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    CHECK(
        json.value(QStringLiteral("format")).toString() == QStringLiteral("relais-personal-data"));
    CHECK(json.value(QStringLiteral("identity"))
              .toObject()
              .value(QStringLiteral("first_name"))
              .toString()
        == QStringLiteral("Léa"));
    const QJsonArray invitations = json.value(QStringLiteral("invitations")).toArray();
    REQUIRE(invitations.size() == 1);
    CHECK(invitations.first().toObject().value(QStringLiteral("meeting")).toString()
        == QStringLiteral("Actors' council"));
    CHECK(json.value(QStringLiteral("emails"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("email"))
        == QStringLiteral("lea.koenig@example.org"));

    const QString text = printtesting::pdfPages(pdf).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Personal data held about Léa Kœnig")));
    CHECK(text.contains(QStringLiteral("lea.koenig@example.org")));
    CHECK(text.contains(QStringLiteral("Association Zéro Déchet Mulhouse")));
    CHECK(text.contains(QStringLiteral("Actors' council")));
    CHECK(text.contains(QStringLiteral("Present")));
    CHECK(text.contains(QStringLiteral("Repair café visit")));

    const auto history = AuditRepository(*f.db).historyOf(QStringLiteral("contact"), f.personId);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().action == QLatin1String("export"));

    // A folder that cannot be written: a clear message, nothing left behind.
    const QString nowhere = folder.filePath(QStringLiteral("missing/sub/x.pdf"));
    CHECK_FALSE(PersonalDataExport::exportTo(*f.db, f.personId, nowhere, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(PersonalDataExport::jsonPathFor(nowhere)));
}
