#include "catchqt.h"
#include "trainingfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <models/db/anonymiser.h>
#include <models/db/auditrepository.h>
#include <models/db/contactrepository.h>
#include <models/db/duplicaterepository.h>
#include <models/db/sqlquery.h>
#include <models/demo/demogenerator.h>
#include <models/domain/actorfilter.h>
#include <models/export/indicatorjson.h>
#include <models/indicators/yearindicators.h>

using namespace relais;

namespace {

int scalar(Database &db, const char *statement, qint64 id = 0)
{
    SqlQuery q(db, QString::fromUtf8(statement));
    if (QString::fromUtf8(statement).contains(QLatin1String(":id")))
        q.bind(QStringLiteral(":id"), id);
    return q.scalar().toInt();
}

QList<qint64> ids(Database &db, const char *statement)
{
    SqlQuery q(db, QString::fromUtf8(statement));
    q.exec();
    QList<qint64> result;
    while (q.next())
        result << q.id(0);
    return result;
}

// The whole file as bytes, with its write-ahead log: what someone copying it would get.
QByteArray rawBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : { path, path + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

// Every year's indicators, as the JSON `relais report` writes.
QByteArray allFigures(Database &db)
{
    IndicatorCalculator calculator(db);
    const QList<YearIndicators> years = calculator.computeRange(2023, 2026);
    QByteArray text;
    for (qsizetype i = 1; i < years.size(); ++i)
        text += indicatorsJsonText(years[i], years[i - 1]);
    return text;
}

struct DemoFixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    DemoFixture()
    {
        DemoOptions options;
        options.today = QDate(2026, 11, 20);
        generateDemo(*db, options);
    }
};

} // namespace

TEST_CASE("Anonymising people changes no figure of any year", "[anonymise]")
{
    DemoFixture f;
    // People every area counts: trainees, SERD contact persons, council members, visitors.
    QList<qint64> people;
    people << ids(*f.db, "SELECT DISTINCT contact_id FROM session_attendance LIMIT 15")
           << ids(*f.db,
                  "SELECT DISTINCT contact_id FROM serd_action WHERE contact_id IS NOT NULL "
                  "LIMIT 10")
           << ids(*f.db,
                  "SELECT contact_id FROM invitation WHERE status = 3 GROUP BY contact_id "
                  "LIMIT 15")
           << ids(*f.db, "SELECT DISTINCT contact_id FROM interaction_contact LIMIT 10");
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    REQUIRE(people.size() >= 30);

    const QByteArray before = allFigures(*f.db);
    REQUIRE(before.contains("\"partners\""));
    const int contacts = ContactRepository(*f.db).count();

    Anonymiser anonymiser(*f.db);
    const AnonymisationPreview preview = anonymiser.preview(people);
    CHECK(preview.contacts == people.size());
    CHECK(preview.alreadyAnonymised == 0);
    CHECK(preview.invitations > 0);
    CHECK(preview.trainingHalfDays > 0);
    CHECK(preview.serdActions > 0);
    CHECK(preview.interactions > 0);
    // A dry run writes nothing.
    CHECK(scalar(*f.db, "SELECT count(*) FROM contact_anonymisation") == 0);

    const auto count = f.commands.anonymiseContacts(people);
    REQUIRE(count);
    CHECK(*count == people.size());
    CHECK(f.commands.lastError().isEmpty());

    CHECK(allFigures(*f.db) == before);
    CHECK(ContactRepository(*f.db).count() == contacts);
    CHECK(scalar(*f.db, "SELECT count(*) FROM contact_anonymisation") == people.size());

    // Anonymising again does nothing more.
    CHECK(anonymiser.preview(people).contacts == 0);
    CHECK(anonymiser.preview(people).alreadyAnonymised == people.size());
    CHECK(f.commands.anonymiseContacts(people) == 0);
}

TEST_CASE("An anonymised person's identity is gone from the file, down to its bytes", "[anonymise]")
{
    DemoFixture f;
    const qint64 id = ids(*f.db,
        "SELECT c.id FROM contact c WHERE c.first_name <> '' "
        "AND EXISTS (SELECT 1 FROM contact_email e WHERE e.contact_id = c.id) "
        "AND EXISTS (SELECT 1 FROM contact_phone p WHERE p.contact_id = c.id) "
        "AND EXISTS (SELECT 1 FROM invitation v WHERE v.contact_id = c.id) "
        "ORDER BY c.id LIMIT 1")
                          .value(0);
    REQUIRE(id > 0);
    auto contact = ContactRepository(*f.db).load(id);
    REQUIRE(contact);
    const QString fullName = contact->firstName + QLatin1Char(' ') + contact->lastName;
    const QString email = contact->emails.first();

    // Something only they are: an edit the audit trail and the undo history remember, and
    // an interaction whose note names them by name and address.
    contact->notes = QStringLiteral("Prefers calls after 6 pm — note-7f3a");
    contact->emails.append(QStringLiteral("secret-7f3a@example.org"));
    REQUIRE(f.commands.updateContact(*contact));
    const QString secret = QStringLiteral("secret-7f3a@example.org");
    Interaction visit;
    visit.date = QDate(2026, 11, 2);
    visit.kindId = ids(*f.db, "SELECT id FROM interaction_kind LIMIT 1").value(0);
    visit.subject = QStringLiteral("Visit to %1").arg(fullName);
    visit.note = QStringLiteral("Wrote to %1 and %2 afterwards.").arg(secret, email);
    visit.actors << ActorRef::contact(id);
    REQUIRE(f.commands.addInteraction(visit));
    REQUIRE(f.stack.count() == 2);
    REQUIRE(scalar(*f.db,
                "SELECT count(*) FROM audit_entry WHERE record_table = 'contact' "
                "AND record_id = :id",
                id)
        > 0);

    f.db.close();
    REQUIRE(rawBytes(f.db.path()).contains(secret.toUtf8()));
    f.db.reopen();
    Commands commands(*f.db, f.stack);

    REQUIRE(commands.anonymiseContacts({ id }) == 1);
    CHECK(commands.lastError().isEmpty());
    // Nothing can write the old values back.
    CHECK(f.stack.count() == 0);

    const auto anonymised = ContactRepository(*f.db).load(id);
    REQUIRE(anonymised);
    CHECK(anonymised->displayName() == Anonymiser::label(id));
    CHECK(anonymised->emails.isEmpty());
    CHECK(anonymised->phones.isEmpty());
    CHECK(anonymised->notes.isEmpty());
    CHECK(anonymised->communeId == contact->communeId);
    CHECK(anonymised->typeId == contact->typeId);
    CHECK(anonymised->memberships.size() == contact->memberships.size());
    CHECK(scalar(*f.db, "SELECT count(*) FROM invitation WHERE contact_id = :id", id) > 0);
    CHECK(Anonymiser(*f.db).anonymisedAt(id).has_value());

    // The interaction stays, naming the label instead of them.
    const QString note = SqlQuery(*f.db,
        QStringLiteral("SELECT i.subject || ' ' || i.note FROM interaction i "
                       "JOIN interaction_contact c ON c.interaction_id = i.id "
                       "WHERE c.contact_id = :id AND i.happened_on = '2026-11-02'"))
                             .bind(QStringLiteral(":id"), id)
                             .scalar()
                             .toString();
    CHECK(note.contains(Anonymiser::label(id)));
    CHECK_FALSE(note.contains(email));
    CHECK_FALSE(note.contains(fullName));

    // The full-text search no longer finds them by their old name.
    ActorFilter byEmail;
    byEmail.text = secret;
    CHECK_FALSE(ContactRepository(*f.db).matchingIds(byEmail).contains(id));

    // The audit trail keeps the act, without any erased value.
    const QList<AuditEntry> history
        = AuditRepository(*f.db).historyOf(QStringLiteral("contact"), id);
    REQUIRE(history.size() == 1);
    CHECK(history.first().action == QLatin1String("anonymise"));
    const QByteArray audit
        = SqlQuery(*f.db, QStringLiteral("SELECT group_concat(changes) FROM audit_entry"))
              .scalar()
              .toString()
              .toUtf8();
    CHECK_FALSE(audit.contains(secret.toUtf8()));
    CHECK_FALSE(audit.contains(email.toUtf8()));

    f.db.close();
    const QByteArray bytes = rawBytes(f.db.path());
    CHECK_FALSE(bytes.contains(secret.toUtf8()));
    CHECK_FALSE(bytes.contains("note-7f3a"));
    CHECK_FALSE(bytes.contains(email.toUtf8()));
}

TEST_CASE("Anonymised people are nobody's duplicates", "[anonymise]")
{
    TrainingFixture f;
    const qint64 anonymised = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    REQUIRE(f.commands.anonymiseContacts({ anonymised }) == 1);
    // Someone typed under the very same name would be an exact match.
    const qint64 typed = f.person(QString(), Anonymiser::label(anonymised));
    const qint64 twin = f.person(QString(), Anonymiser::label(anonymised));
    const QList<DuplicateCandidate> pairs = DuplicateRepository(*f.db).contactCandidates(0);
    REQUIRE(pairs.size() == 1); // the two typed ones
    CHECK(pairs.first().firstId == typed);
    CHECK(pairs.first().secondId == twin);
}
