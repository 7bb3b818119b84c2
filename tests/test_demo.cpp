#include "catchqt.h"
#include "testdatabase.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <models/db/bulkloader.h>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/followuprepository.h>
#include <models/db/interactionrepository.h>
#include <models/db/meansrepository.h>
#include <models/db/meetingrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/serdrepository.h>
#include <models/db/sqlquery.h>
#include <models/db/trainingrepository.h>
#include <models/demo/demodata.h>
#include <models/demo/demogenerator.h>
#include <models/domain/textfold.h>
#include <models/domain/validation.h>
#include <models/history/history.h>

using namespace relais;

namespace {

// The day the tests' demo files end on: a Wednesday just after SERD 2025 (22–30 November),
// when the thanks are under way and the December follow-ups fall due.
const QDate today(2025, 12, 3);

int scalar(Database &database, const char *statement)
{
    return SqlQuery(database, QString::fromUtf8(statement)).scalar().toInt();
}

// With :today and :yearStart (twelve months before) bound.
int scalarOn(Database &database, const char *statement, const QDate &day = today)
{
    return SqlQuery(database, QString::fromUtf8(statement))
        .bind(QStringLiteral(":today"), isoDate(day))
        .bind(QStringLiteral(":yearStart"), isoDate(day.addMonths(-12)))
        .scalar()
        .toInt();
}

QStringList column(Database &database, const char *statement)
{
    SqlQuery q(database, QString::fromUtf8(statement));
    q.exec();
    QStringList values;
    while (q.next())
        values << q.text(0);
    return values;
}

// Every row of the tables the generator writes, in a stable order.
QStringList dump(Database &database)
{
    static const char *const statements[] = {
        "SELECT * FROM commune ORDER BY id",
        "SELECT * FROM tag ORDER BY id",
        "SELECT * FROM organisation ORDER BY id",
        "SELECT * FROM organisation_domain ORDER BY organisation_id, domain_id",
        "SELECT * FROM contact ORDER BY id",
        "SELECT * FROM contact_email ORDER BY contact_id, position",
        "SELECT * FROM contact_phone ORDER BY contact_id, position",
        "SELECT * FROM membership ORDER BY contact_id, organisation_id",
        "SELECT * FROM contact_domain ORDER BY contact_id, domain_id",
        "SELECT * FROM contact_tag ORDER BY contact_id, tag_id",
        "SELECT rowid, doc FROM contact_search ORDER BY rowid",
        "SELECT * FROM interaction ORDER BY id",
        "SELECT * FROM interaction_contact ORDER BY interaction_id, contact_id",
        "SELECT * FROM interaction_organisation ORDER BY interaction_id, organisation_id",
        "SELECT * FROM follow_up ORDER BY id",
        "SELECT * FROM follow_up_contact ORDER BY follow_up_id, contact_id",
        "SELECT * FROM follow_up_organisation ORDER BY follow_up_id, organisation_id",
        "SELECT * FROM meeting ORDER BY id",
        "SELECT * FROM meeting_staff ORDER BY meeting_id, staff_id",
        "SELECT * FROM invitation ORDER BY meeting_id, contact_id",
        "SELECT * FROM training_module ORDER BY id",
        "SELECT * FROM cohort ORDER BY id",
        "SELECT * FROM cohort_module ORDER BY cohort_id, position",
        "SELECT * FROM training_session ORDER BY id",
        "SELECT * FROM enrolment ORDER BY cohort_id, contact_id",
        "SELECT * FROM session_attendance ORDER BY session_id, contact_id, half",
        "SELECT * FROM serd_edition ORDER BY id",
        "SELECT * FROM serd_action ORDER BY id",
        "SELECT * FROM serd_action_organiser ORDER BY action_id, organisation_id",
        "SELECT * FROM serd_occurrence ORDER BY id",
        "SELECT * FROM contribution ORDER BY id",
        "SELECT * FROM staff_member ORDER BY id",
        "SELECT * FROM staff_time ORDER BY id",
    };
    QStringList rows;
    for (const char *statement : statements) {
        SqlQuery q(database, QString::fromUtf8(statement));
        q.exec();
        while (q.next()) {
            QStringList values;
            for (int i = 0; q.value(i).isValid(); ++i)
                values << q.text(i);
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// The meetings of a type, by date.
QList<std::pair<qint64, QDate>> meetingsOf(Database &database, const char *type)
{
    SqlQuery q(database,
        QStringLiteral("SELECT m.id, m.held_on FROM meeting m JOIN meeting_type t "
                       "ON t.id = m.type_id WHERE t.name = :type ORDER BY m.held_on, m.id"));
    q.bind(QStringLiteral(":type"), QString::fromUtf8(type)).exec();
    QList<std::pair<qint64, QDate>> meetings;
    while (q.next())
        meetings.append({ q.id(0), q.date(1) });
    return meetings;
}

DemoOptions withContacts(int contacts, quint32 seed = 2014, const QDate &day = today)
{
    DemoOptions options;
    options.contacts = contacts;
    options.seed = seed;
    options.today = day;
    return options;
}

} // namespace

TEST_CASE("The default demo is a programme of the size of Mulhouse's at launch", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, DemoOptions());

    CHECK(ContactRepository(*db).count() == 250);
    CHECK(demoOrganisationCount(250) == 120);
    CHECK(OrganisationRepository(*db).count() == 120);
    CHECK(scalar(*db, "SELECT count(DISTINCT sort_key) FROM organisation") == 120);

    // Every seeded actor type but "Inhabitant" has organisations; inhabitants are people.
    CHECK(scalar(*db, "SELECT count(DISTINCT type_id) FROM organisation") == 13);
    CHECK(scalar(*db, "SELECT count(*) FROM organisation WHERE type_id IS NULL") == 0);
    const int services
        = scalar(*db, "SELECT count(*) FROM organisation WHERE municipal_service = 1");
    CHECK(services >= 5);
    CHECK(scalar(*db,
              "SELECT count(*) FROM organisation o JOIN actor_type t ON t.id = o.type_id "
              "WHERE o.municipal_service = 1 AND t.name = 'Municipal service'")
        == services);
    CHECK(scalar(*db, "SELECT count(*) FROM organisation WHERE network_head = 1") > 3);
    CHECK(scalar(*db,
              "SELECT count(*) FROM organisation o WHERE NOT EXISTS "
              "(SELECT 1 FROM organisation_domain d WHERE d.organisation_id = o.id)")
        == 0);
    CHECK(scalar(*db, "SELECT count(*) FROM organisation WHERE address = ''") == 0);

    const QStringList names = column(*db, "SELECT name FROM organisation");
    CHECK(names.contains(QStringLiteral("Association Zéro Déchet Mulhouse")));
    CHECK(names.contains(QStringLiteral("Université de Haute-Alsace")));
    CHECK(names.contains(QStringLiteral("Mairie de Rixheim")));
}

TEST_CASE("Demo people and organisations can be reached", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, DemoOptions());

    const QStringList emails = column(*db,
        "SELECT email FROM contact_email UNION ALL SELECT email FROM organisation WHERE email <> "
        "''");
    CHECK(emails.size() > 250);
    for (const QString &email : emails) {
        INFO(email.toStdString());
        CHECK(normalisedEmail(email) == email);
    }
    CHECK(scalar(*db, "SELECT count(*) FROM contact_email WHERE email_key <> lower(email)") == 0);
    // Two people never share an address.
    CHECK(scalar(*db, "SELECT count(*) FROM contact_email")
        == scalar(*db, "SELECT count(DISTINCT email_key) FROM contact_email"));
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact c WHERE EXISTS "
              "(SELECT 1 FROM contact_email e WHERE e.contact_id = c.id)")
        > 200);

    const QStringList phones = column(*db,
        "SELECT phone FROM contact_phone UNION ALL SELECT phone FROM organisation WHERE phone <> "
        "''");
    CHECK(phones.size() > 250);
    for (const QString &phone : phones) {
        INFO(phone.toStdString());
        CHECK(normalisedPhone(phone) == phone);
        CHECK((phone.startsWith(QStringLiteral("03 89 ")) || phone.startsWith(QStringLiteral("06 "))
            || phone.startsWith(QStringLiteral("07 "))));
    }
}

TEST_CASE("Demo communes are those of Mulhouse Alsace Agglomération", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, DemoOptions());

    QStringList expected;
    for (const demodata::Commune &commune : demodata::communes())
        expected << QString::fromUtf8(commune.name);
    CHECK(expected.size() == 39);
    QStringList communes = column(*db, "SELECT name FROM commune ORDER BY name");
    expected.sort();
    communes.sort();
    CHECK(communes == expected);
    CHECK(column(*db, "SELECT postcode FROM commune WHERE name = 'Mulhouse'")
        == QStringList { QStringLiteral("68100") });
    CHECK(scalar(*db, "SELECT count(*) FROM commune WHERE postcode NOT LIKE '68___'") == 0);

    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE commune_id IS NULL "
              "OR commune_id NOT IN (SELECT id FROM commune)")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM organisation WHERE commune_id IS NULL "
              "OR commune_id NOT IN (SELECT id FROM commune)")
        == 0);
    // The city holds most of the network, and the small villages are there too.
    const int inMulhouse = scalar(*db,
        "SELECT count(*) FROM contact c JOIN commune m "
        "ON m.id = c.commune_id WHERE m.name = 'Mulhouse'");
    CHECK(inMulhouse > 60);
    CHECK(inMulhouse < 200);
    CHECK(scalar(*db, "SELECT count(DISTINCT commune_id) FROM contact") > 15);
}

TEST_CASE("Demo people belong to organisations, some to two, some to none", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, DemoOptions());

    const int members = scalar(*db, "SELECT count(DISTINCT contact_id) FROM membership");
    CHECK(members >= 0.6 * 250);
    CHECK(members <= 0.8 * 250);
    const int inTwo = scalar(*db,
        "SELECT count(*) FROM (SELECT contact_id FROM membership "
        "GROUP BY contact_id HAVING count(*) = 2)");
    CHECK(inTwo >= 3);
    CHECK(scalar(*db, "SELECT count(*) FROM membership WHERE role = ''") == 0);
    // Derived by the search index once the load is done.
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact c WHERE organisations_label = '' AND EXISTS "
              "(SELECT 1 FROM membership m WHERE m.contact_id = c.id)")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE organisations_label <> '' "
              "AND organisations_key = ''")
        == 0);
    // Those in no organisation are inhabitants.
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact c JOIN actor_type t ON t.id = c.type_id "
              "WHERE t.name = 'Inhabitant' AND EXISTS "
              "(SELECT 1 FROM membership m WHERE m.contact_id = c.id)")
        == 0);
    CHECK(scalar(*db, "SELECT count(*) FROM contact WHERE type_id IS NULL") == 0);

    CHECK(scalar(*db, "SELECT count(*) FROM contact_tag") > 150);
    CHECK(scalar(*db, "SELECT count(*) FROM contact_domain") > 150);
    CHECK(scalar(*db, "SELECT count(*) FROM contact WHERE notes <> ''") > 3);
}

TEST_CASE("Demo network heads, relay actors and consents", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));

    const int heads = scalar(*db, "SELECT count(*) FROM contact WHERE network_head = 1");
    CHECK(heads >= 12);
    CHECK(heads <= 50);

    // Relay actors are those who completed the training: the pilot group of 2024 and the
    // group of 2025, each of 20 to 25 trainees, most of whom met the rule.
    const int relays = scalar(*db, "SELECT count(*) FROM contact WHERE relay_actor = 1");
    CHECK(relays >= 25);
    CHECK(relays <= 50);
    CHECK(relays == scalar(*db, "SELECT count(*) FROM enrolment WHERE completed_on IS NOT NULL"));
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact c WHERE relay_actor = 1 AND NOT EXISTS "
              "(SELECT 1 FROM enrolment e WHERE e.contact_id = c.id "
              "AND e.completed_on = c.relay_actor_since)")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE relay_actor = 1 AND "
              "(relay_actor_since IS NULL OR substr(relay_actor_since, 1, 4) NOT IN "
              "('2024', '2025'))")
        == 0);
    // Recognised on a working day, after the cohort's last session.
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE relay_actor = 1 "
              "AND strftime('%w', relay_actor_since) IN ('0', '6')")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE relay_actor = 0 "
              "AND relay_actor_since IS NOT NULL")
        == 0);
    // Every trainee carries the tag of their group's year, and signed up in writing.
    CHECK(scalar(*db,
              "SELECT count(*) FROM enrolment e JOIN cohort h ON h.id = e.cohort_id "
              "JOIN contact c ON c.id = e.contact_id WHERE c.consent <> 1 OR NOT EXISTS "
              "(SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
              "WHERE ct.contact_id = c.id "
              "AND t.name = 'formation relais ' || substr(h.starts_on, 1, 4))")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact c JOIN contact_tag ct ON ct.contact_id = c.id "
              "JOIN tag t ON t.id = ct.tag_id "
              "WHERE c.relay_actor = 1 AND t.name IN ('formation relais 2024', "
              "'formation relais 2025')")
        == relays);

    const int given = scalar(*db, "SELECT count(*) FROM contact WHERE consent = 1");
    CHECK(given > 0.7 * 250);
    CHECK(scalar(*db, "SELECT count(*) FROM contact WHERE consent = 2") > 0);
    CHECK(scalar(*db, "SELECT count(*) FROM contact WHERE consent = 0") > 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE consent = 1 "
              "AND (consent_date IS NULL OR consent_method = '')")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE consent = 0 "
              "AND (consent_date IS NOT NULL OR consent_method <> '')")
        == 0);
    // Dates stay in the programme's past, where the forms accept them; the programme was
    // launched in September two SERDs before.
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM contact WHERE consent_date > :today OR created_at > updated_at "
              "OR updated_at > :today || 'T23:59:59Z' OR created_at < '2023-09-04'")
        == 0);
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM organisation WHERE created_at > updated_at "
              "OR updated_at > :today || 'T23:59:59Z' OR created_at < '2023-09-04'")
        == 0);
    for (const char *tag : { "SERD 2024", "SERD 2025", "conseil d'acteurs" }) {
        INFO(tag);
        CHECK(
            SqlQuery(*db,
                QStringLiteral("SELECT count(*) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                               "WHERE t.name = :name"))
                .bind(QStringLiteral(":name"), QString::fromUtf8(tag))
                .scalar()
                .toInt()
            > 20);
    }
}

TEST_CASE("Demo records read back as the forms would show them", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, DemoOptions());

    ContactRepository contacts(*db);
    const QList<qint64> ids = contacts.findIds({}, ContactSortKey::LastName, Qt::AscendingOrder);
    REQUIRE(ids.size() == 250);
    int checked = 0;
    for (const qint64 id : ids) {
        const auto contact = contacts.load(id);
        REQUIRE(contact);
        Contact cleaned;
        INFO(contact->displayName().toStdString());
        CHECK(validateContact(*contact, &cleaned).isEmpty());
        CHECK(cleaned == *contact);
        ++checked;
    }
    CHECK(checked == 250);

    OrganisationRepository organisations(*db);
    for (const qint64 id :
        organisations.findIds({}, OrganisationSortKey::Name, Qt::AscendingOrder)) {
        const auto organisation = organisations.load(id);
        REQUIRE(organisation);
        Organisation cleaned;
        INFO(organisation->name.toStdString());
        CHECK(validateOrganisation(*organisation, &cleaned).isEmpty());
        CHECK(cleaned == *organisation);
    }
}

TEST_CASE("Demo people are found without typing the accents", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, DemoOptions());

    // A generated last name with an accent the full-text tokenizer folds (é, è, ü, ö…).
    SqlQuery q(*db, QStringLiteral("SELECT id, first_name, last_name FROM contact ORDER BY id"));
    q.exec();
    qint64 id = 0;
    QString first, last;
    while (q.next()) {
        const QString name = q.text(2);
        const bool accented = foldedKey(name) != name.toLower();
        if (accented && !name.contains(u'œ')) {
            id = q.id(0);
            first = q.text(1);
            last = name;
            break;
        }
    }
    REQUIRE(id != 0);
    INFO(last.toStdString());

    ContactRepository contacts(*db);
    ActorFilter filter;
    filter.text = foldedKey(last);
    CHECK(filter.text != last.toLower());
    CHECK(contacts.findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder).contains(id));
    filter.text = foldedKey(first).left(3) + QLatin1Char(' ') + foldedKey(last).toUpper();
    CHECK(contacts.findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder).contains(id));

    ActorFilter organisationFilter;
    organisationFilter.text = QStringLiteral("zero dechet");
    OrganisationRepository organisations(*db);
    const QList<qint64> found
        = organisations.findIds(organisationFilter, OrganisationSortKey::Name, Qt::AscendingOrder);
    REQUIRE(!found.isEmpty());
    const QList<OrganisationRow> rows = organisations.rows(found);
    CHECK(std::any_of(rows.cbegin(), rows.cend(), [](const OrganisationRow &row) {
        return row.name == QStringLiteral("Association Zéro Déchet Mulhouse");
    }));
    // Members are found under their organisation's name.
    ActorFilter byOrganisation;
    byOrganisation.text = QStringLiteral("zero dechet mulhouse");
    CHECK(
        !contacts.findIds(byOrganisation, ContactSortKey::LastName, Qt::AscendingOrder).isEmpty());
}

TEST_CASE("The demo holds a year of interactions, busiest around the SERD", "[demo][interactions]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));

    const int interactions = scalar(*db, "SELECT count(*) FROM interaction");
    CHECK(interactions >= 350);
    CHECK(interactions <= 500);
    CHECK(scalarOn(*db, "SELECT count(*) FROM interaction WHERE happened_on > :today") == 0);
    CHECK(scalarOn(*db, "SELECT count(*) FROM interaction WHERE happened_on < :yearStart") == 0);
    CHECK(scalarOn(
              *db, "SELECT count(*) FROM interaction WHERE happened_on >= date(:today, '-7 days')")
        > 0);

    // With one to three actors, each already in the file that day.
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction i WHERE NOT EXISTS "
              "(SELECT 1 FROM interaction_contact l WHERE l.interaction_id = i.id) AND NOT EXISTS "
              "(SELECT 1 FROM interaction_organisation l WHERE l.interaction_id = i.id)")
        == 0);
    CHECK(
        scalar(*db,
            "SELECT max(n) FROM (SELECT interaction_id, count(*) AS n FROM (SELECT interaction_id "
            "FROM interaction_contact UNION ALL SELECT interaction_id FROM "
            "interaction_organisation) "
            "GROUP BY interaction_id)")
        <= 3);
    CHECK(scalar(*db, "SELECT count(*) FROM interaction_organisation") > 100);
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction i WHERE NOT EXISTS "
              "(SELECT 1 FROM interaction_contact l WHERE l.interaction_id = i.id)")
        > 30);
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction i JOIN interaction_contact l ON l.interaction_id = "
              "i.id "
              "JOIN contact c ON c.id = l.contact_id WHERE i.happened_on < substr(c.created_at, 1, "
              "10)")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction i JOIN interaction_organisation l "
              "ON l.interaction_id = i.id JOIN organisation o ON o.id = l.organisation_id "
              "WHERE i.happened_on < substr(o.created_at, 1, 10)")
        == 0);

    // Of every kind, by the officer mostly, in French, with every placeholder filled in.
    CHECK(scalar(*db, "SELECT count(*) FROM interaction WHERE kind_id IS NULL OR staff_id IS NULL")
        == 0);
    CHECK(scalar(*db, "SELECT count(DISTINCT kind_id) FROM interaction") == 6);
    const int byOfficer = scalar(*db,
        "SELECT count(*) FROM interaction i JOIN staff_member s ON s.id = i.staff_id "
        "WHERE s.name = 'Programme officer'");
    CHECK(byOfficer > interactions / 2);
    for (const char *staff : { "Assistant", "Intern" }) {
        INFO(staff);
        CHECK(SqlQuery(*db,
                  QStringLiteral("SELECT count(*) FROM interaction i JOIN staff_member s "
                                 "ON s.id = i.staff_id WHERE s.name = :name"))
                  .bind(QStringLiteral(":name"), QString::fromUtf8(staff))
                  .scalar()
                  .toInt()
            > 10);
    }
    CHECK(scalar(*db, "SELECT count(DISTINCT subject) FROM interaction") > 100);
    CHECK(scalar(*db, "SELECT count(*) FROM interaction WHERE note <> ''") > 50);
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction WHERE subject = '' OR subject LIKE '%{%' "
              "OR note LIKE '%{%'")
        == 0);
    const QStringList subjects = column(*db, "SELECT subject FROM interaction");
    const auto some = [&](const QString &start) {
        return std::count_if(subjects.cbegin(), subjects.cend(),
            [&](const QString &subject) { return subject.startsWith(start); });
    };
    // The call for projects, in its three topics together (one of them alone is a few
    // interactions, two to eleven as the seed goes).
    CHECK(some(QStringLiteral("Appel pour la SERD : ")) > 0);
    CHECK(some(QStringLiteral("Appel pour la SERD : "))
            + some(QStringLiteral("Appel à projets SERD"))
            + some(QStringLiteral("SERD 2025 : relance de l'appel à projets"))
        > 6);
    CHECK(some(QStringLiteral("Remerciements pour ")) > 3);
    CHECK(some(QStringLiteral("Invitation au conseil d'acteurs du ")) > 0);

    // The rhythm of the year: the weeks before and during the SERD (22–30 November) are
    // the busiest, August the quietest, and thank-yous follow.
    const int serdWeeks = scalar(*db,
        "SELECT count(*) FROM interaction WHERE happened_on BETWEEN '2025-11-08' AND '2025-11-30'");
    CHECK(serdWeeks > 2 * interactions * 23 / 365);
    const int august = scalar(*db,
        "SELECT count(*) FROM interaction WHERE happened_on BETWEEN '2025-08-01' AND '2025-08-31'");
    CHECK(august < interactions * 31 / 365);
    // (those after SERD 2024, which ended on 24 November, are in the year too)
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction WHERE happened_on < '2025-01-01' AND kind_id IN "
              "(SELECT id FROM interaction_kind WHERE name IN ('Thank-you', 'Letter'))")
        > 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction WHERE strftime('%w', happened_on) = '0' "
              "AND happened_on NOT BETWEEN '2025-11-22' AND '2025-11-30'")
        == 0);

    // What the forms would accept, as they would clean it.
    InteractionRepository repository(*db);
    for (const QString &id : column(*db, "SELECT id FROM interaction ORDER BY id")) {
        const auto interaction = repository.load(id.toLongLong());
        REQUIRE(interaction);
        Interaction cleaned;
        INFO(interaction->subject.toStdString());
        CHECK(validateInteraction(*interaction, today, &cleaned).isEmpty());
        CHECK(cleaned.subject == interaction->subject);
        CHECK(cleaned.note == interaction->note);
    }
}

TEST_CASE("Demo follow-ups: mostly done, some overdue, some coming", "[demo][interactions]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));

    const int interactions = scalar(*db, "SELECT count(*) FROM interaction");
    const int followUps = scalar(*db, "SELECT count(*) FROM follow_up");
    const int plannedWith
        = scalar(*db, "SELECT count(*) FROM follow_up WHERE interaction_id IS NOT NULL");
    CHECK(plannedWith > interactions / 6);
    CHECK(plannedWith < interactions / 3);

    FollowUpRepository repository(*db);
    const int overdue = repository.overdueCount(today);
    CHECK(overdue >= 5);
    CHECK(overdue <= 40);
    int dueToday = 0;
    int thisWeek = 0;
    int later = 0;
    const QList<FollowUpRow> open = repository.open();
    for (const FollowUpRow &row : open) {
        switch (followUpBucket(row.due, today)) {
        case FollowUpBucket::Overdue:
            break;
        case FollowUpBucket::Today:
            ++dueToday;
            break;
        case FollowUpBucket::ThisWeek:
            ++thisWeek;
            break;
        case FollowUpBucket::Later:
            ++later;
            break;
        }
    }
    CHECK(dueToday >= 1);
    CHECK(thisWeek >= 1);
    CHECK(later >= 3);
    CHECK(int(open.size()) == overdue + dueToday + thisWeek + later);
    // Most of those due by now are done.
    const int done = scalar(*db, "SELECT count(*) FROM follow_up WHERE done_on IS NOT NULL");
    CHECK(done > 2 * overdue);
    CHECK(scalarOn(
              *db, "SELECT count(*) FROM follow_up WHERE done_on IS NOT NULL AND due_on > :today")
        == 0);

    // Planned with an interaction, due after it; done by a later one, on or after the due
    // date, with the same actors.
    CHECK(scalar(*db,
              "SELECT count(*) FROM follow_up f JOIN interaction i ON i.id = f.interaction_id "
              "WHERE f.due_on <= i.happened_on OR f.created_at <> i.created_at")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM follow_up WHERE (done_on IS NULL) <> (done_interaction_id IS "
              "NULL)")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM follow_up f LEFT JOIN interaction d ON d.id = "
              "f.done_interaction_id "
              "WHERE f.done_on IS NOT NULL AND (d.id IS NULL OR d.happened_on <> f.done_on "
              "OR f.done_on < f.due_on)")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM follow_up f WHERE f.done_interaction_id IS NOT NULL AND ("
              "EXISTS (SELECT contact_id FROM follow_up_contact WHERE follow_up_id = f.id EXCEPT "
              "SELECT contact_id FROM interaction_contact WHERE interaction_id = "
              "f.done_interaction_id) "
              "OR EXISTS (SELECT contact_id FROM interaction_contact WHERE interaction_id = "
              "f.done_interaction_id EXCEPT SELECT contact_id FROM follow_up_contact "
              "WHERE follow_up_id = f.id))")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM follow_up f WHERE NOT EXISTS "
              "(SELECT 1 FROM follow_up_contact l WHERE l.follow_up_id = f.id) AND NOT EXISTS "
              "(SELECT 1 FROM follow_up_organisation l WHERE l.follow_up_id = f.id)")
        == 0);
    CHECK(
        scalar(*db, "SELECT count(*) FROM follow_up WHERE action = '' OR action LIKE '%{%'") == 0);
    CHECK(scalar(*db, "SELECT count(*) FROM follow_up WHERE staff_id IS NULL") == 0);

    // Planned on their own for several actors, one each: the SERD organisers' thanks.
    const int thanks = scalar(*db,
        "SELECT count(*) FROM follow_up WHERE interaction_id IS NULL "
        "AND action = 'Remercier pour la SERD 2025'");
    CHECK(thanks >= 3);
    CHECK(scalar(*db,
              "SELECT count(*) FROM follow_up_contact l JOIN follow_up f ON f.id = l.follow_up_id "
              "WHERE f.action = 'Remercier pour la SERD 2025'")
        == thanks);
    CHECK(
        scalar(*db, "SELECT count(*) FROM follow_up WHERE interaction_id IS NULL") < followUps / 2);

    for (const QString &id : column(*db, "SELECT id FROM follow_up ORDER BY id")) {
        const auto followUp = repository.load(id.toLongLong());
        REQUIRE(followUp);
        FollowUp cleaned;
        INFO(followUp->action.toStdString());
        CHECK(validateFollowUp(*followUp, &cleaned).isEmpty());
        CHECK(cleaned.action == followUp->action);
    }
}

TEST_CASE("Demo network heads are in touch more, and a third of the actors are dormant",
    "[demo][interactions]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));

    const auto perContact = [&](const char *condition) {
        const QString sql
            = QStringLiteral("SELECT 1.0 * count(l.contact_id) / count(DISTINCT c.id) "
                             "FROM contact c LEFT JOIN interaction_contact l "
                             "ON l.contact_id = c.id WHERE ")
            + QString::fromUtf8(condition);
        return SqlQuery(*db, sql).scalar().toDouble();
    };
    const double heads = perContact("c.network_head = 1");
    const double relays = perContact("c.relay_actor = 1");
    const double others = perContact("c.network_head = 0 AND c.relay_actor = 0");
    CHECK(heads > 1.5 * others);
    CHECK(relays > 1.3 * others);

    const std::unique_ptr<History> history = standardHistory(*db);
    const QStringList heads_
        = column(*db, "SELECT id FROM contact WHERE network_head = 1 ORDER BY id");
    int withHistory = 0;
    for (const QString &id : heads_)
        withHistory += history->ofContact(id.toLongLong()).isEmpty() ? 0 : 1;
    CHECK(withHistory > heads_.size() * 3 / 4);
    const qint64 zeroWaste = SqlQuery(*db,
        QStringLiteral(
            "SELECT id FROM organisation WHERE name = 'Association Zéro Déchet Mulhouse'"))
                                 .scalar()
                                 .toLongLong();
    CHECK(!history->ofOrganisation(zeroWaste).isEmpty());

    // Dormant: in the file before the last twelve months and not in touch since.
    ActorFilter dormant;
    dormant.dormantSince = today.addMonths(-12);
    const QList<qint64> dormantContacts
        = ContactRepository(*db).findIds(dormant, ContactSortKey::LastName, Qt::AscendingOrder);
    CHECK(dormantContacts.size() > 250 / 5);
    CHECK(dormantContacts.size() < 250 / 2);
    // Invited to the year's meetings maybe, but at none of them; the contact of an action
    // of an older SERD maybe.
    for (const qint64 id : dormantContacts) {
        for (const HistoryEntry &entry : history->ofContact(id)) {
            CHECK((entry.source == QStringLiteral("meeting")
                || (entry.source == QStringLiteral("serd") && entry.date < today.addMonths(-12))));
            if (entry.date >= today.addMonths(-12))
                CHECK(!entry.summary.endsWith(
                    attendanceStatusName(AttendanceStatus::Present).toLower()));
        }
    }
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
              "JOIN contact c ON c.id = v.contact_id WHERE v.status = 3 "
              "AND m.held_on >= :yearStart AND c.created_at < :yearStart AND NOT EXISTS "
              "(SELECT 1 FROM interaction_contact l WHERE l.contact_id = c.id)")
        == 0);
    const int organisations = OrganisationRepository(*db).count();
    const QList<qint64> dormantOrganisations = OrganisationRepository(*db).findIds(
        dormant, OrganisationSortKey::Name, Qt::AscendingOrder);
    CHECK(dormantOrganisations.size() > organisations / 6);
    CHECK(dormantOrganisations.size() < organisations / 2);
    // Everyone else was in touch, or is new.
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM contact c WHERE created_at < :yearStart AND NOT EXISTS "
              "(SELECT 1 FROM interaction_contact l WHERE l.contact_id = c.id)")
        == dormantContacts.size());
}

TEST_CASE(
    "Demo actors' councils: 150 to 200 invited, 40 to 60 present, 40 excused", "[demo][meetings]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));
    MeetingRepository meetings(*db);

    const QList<std::pair<qint64, QDate>> councils = meetingsOf(*db, "Actors' council");
    QMap<int, int> perYear;
    for (const auto &council : councils)
        ++perYear[council.second.year()];
    // The launch in October 2023, then March, June and October, and the next one, planned.
    CHECK(perYear.value(2023) == 1);
    for (const int year : { 2024, 2025 }) {
        INFO(year);
        CHECK(perYear.value(year) >= 2);
        CHECK(perYear.value(year) <= 3);
    }
    REQUIRE(councils.size() >= 6);
    CHECK(councils.first().second == QDate(2023, 10, 12));
    CHECK(councils.last().second == QDate(2026, 3, 12));

    for (const auto &[id, date] : councils) {
        if (date.year() == 2023 || date >= today)
            continue;
        INFO(date.toString(Qt::ISODate).toStdString());
        const MeetingCounts counts = meetings.counts(id);
        CHECK(counts.invited >= 150);
        CHECK(counts.invited <= 200);
        CHECK(counts.present >= 40);
        CHECK(counts.present <= 60);
        CHECK(counts.excused >= 30);
        CHECK(counts.excused <= 50);
        // Those who registered came, or not: nobody is left registered once it is held.
        CHECK(counts.registered == 0);
        CHECK(counts.absent >= 5);
        CHECK(counts.present - counts.walkIns + counts.absent >= 50);
        CHECK(counts.walkIns >= 1);
        CHECK(counts.walkIns <= 4);
        // Many never answered.
        CHECK(counts.invited - counts.excused - counts.absent - (counts.present - counts.walkIns)
            > 15);
        CHECK(counts.attendanceRate() > 0.15);
        CHECK(counts.attendanceRate() < 0.45);
        // Network heads first.
        CHECK(SqlQuery(*db,
                  QStringLiteral(
                      "SELECT count(*) FROM contact c WHERE c.network_head = 1 AND consent <> 2 "
                      "AND substr(c.created_at, 1, 10) < :day AND NOT EXISTS (SELECT 1 FROM "
                      "invitation v WHERE v.meeting_id = :id AND v.contact_id = c.id)"))
                  .bind(QStringLiteral(":day"), isoDate(date))
                  .bind(QStringLiteral(":id"), id)
                  .scalar()
                  .toInt()
            <= 2);
    }

    // The next one is in the file, its invitations not sent yet on 3 December.
    const MeetingCounts next = meetings.counts(councils.last().first);
    CHECK(next.invited >= 150);
    CHECK(next.registered + next.excused + next.present + next.absent + next.walkIns == 0);

    // The officer and the assistant run them, in a hall of the agglomeration, in the
    // evening or the morning.
    for (const auto &council : councils) {
        const auto meeting = meetings.load(council.first);
        REQUIRE(meeting);
        INFO(meeting->title.toStdString());
        CHECK(meeting->staffIds.size() == 2);
        CHECK(meeting->communeId != 0);
        CHECK(!meeting->place.isEmpty());
        CHECK((meeting->startsAt == QTime(18, 0) || meeting->startsAt == QTime(9, 30)));
        CHECK(meeting->title.startsWith(QStringLiteral("Conseil d'acteurs ")));
    }
    const QStringList march = column(*db, "SELECT title FROM meeting WHERE held_on = '2025-03-13'");
    REQUIRE(march.size() == 1);
    CHECK((march.first() == QStringLiteral("Conseil d'acteurs de mars 2025")
        || march.first() == QStringLiteral("Conseil d'acteurs du PLP — mars 2025")));
    CHECK(column(*db, "SELECT title FROM meeting WHERE held_on = '2024-10-10'")
              .first()
              .contains(QStringLiteral("octobre 2024")));
    CHECK(scalar(*db,
              "SELECT count(*) FROM meeting WHERE commune_id IS NULL OR starts_at IS NULL "
              "OR ends_at IS NULL OR place = '' OR themes = '' OR description = '' "
              "OR title LIKE '%{%' OR themes LIKE '%{%' OR description LIKE '%{%'")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM meeting_staff s "
              "JOIN staff_member sm ON sm.id = s.staff_id WHERE s.meeting_id = m.id "
              "AND sm.name = 'Programme officer')")
        == 0);
}

TEST_CASE("Demo workshops, network-head meetings and SERD preparations", "[demo][meetings]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));
    MeetingRepository meetings(*db);

    // The concertation week: six themes in one week, some sixty people, each at one.
    const QList<std::pair<qint64, QDate>> workshops = meetingsOf(*db, "Thematic workshop");
    int concertation = 0;
    int there = 0;
    QMap<int, int> perYear;
    for (const auto &[id, date] : workshops) {
        const MeetingCounts counts = meetings.counts(id);
        INFO(date.toString(Qt::ISODate).toStdString());
        if (date >= QDate(2023, 11, 6) && date <= QDate(2023, 11, 10)) {
            ++concertation;
            there += counts.present;
            CHECK(counts.invited >= 14);
            CHECK(counts.invited <= 18);
        } else {
            ++perYear[date.year()];
            CHECK(counts.invited >= 10);
            CHECK(counts.invited <= 25);
        }
        if (date < today)
            CHECK(counts.present >= counts.invited / 3);
        else
            CHECK(counts.present == 0);
    }
    CHECK(concertation == 6);
    CHECK(there >= 45);
    CHECK(there <= 80);
    CHECK(scalar(*db,
              "SELECT max(n) FROM (SELECT v.contact_id, count(*) AS n FROM invitation v "
              "JOIN meeting m ON m.id = v.meeting_id WHERE m.held_on BETWEEN '2023-11-06' AND "
              "'2023-11-10' AND v.walk_in = 0 GROUP BY v.contact_id)")
        == 1);
    CHECK(perYear.value(2023) == 0);
    CHECK(perYear.value(2024) >= 2);
    CHECK(perYear.value(2025) >= 2);
    // Those the theme concerns first.
    CHECK(scalar(*db,
              "SELECT count(*) FROM meeting m JOIN invitation v ON v.meeting_id = m.id "
              "JOIN contact_tag ct ON ct.contact_id = v.contact_id JOIN tag t ON t.id = ct.tag_id "
              "WHERE m.title = 'Concertation : compostage et jardinage au naturel' "
              "AND t.name = 'compostage'")
        >= 4);

    // Network heads met twice while the programme was drawn up, then once or twice a year.
    const QList<std::pair<qint64, QDate>> heads = meetingsOf(*db, "Network-head meeting");
    perYear.clear();
    for (const auto &[id, date] : heads) {
        ++perYear[date.year()];
        INFO(date.toString(Qt::ISODate).toStdString());
        const MeetingCounts counts = meetings.counts(id);
        CHECK(counts.invited >= 25);
        CHECK(counts.invited <= 40);
        CHECK(SqlQuery(*db,
                  QStringLiteral("SELECT count(*) FROM invitation v JOIN contact c "
                                 "ON c.id = v.contact_id WHERE v.meeting_id = :id "
                                 "AND c.network_head = 1"))
                  .bind(QStringLiteral(":id"), id)
                  .scalar()
                  .toInt()
            >= counts.invited / 3);
    }
    CHECK(perYear.value(2023) == 2);
    for (const int year : { 2024, 2025 }) {
        CHECK(perYear.value(year) >= 1);
        CHECK(perYear.value(year) <= 2);
    }

    // Two or three in September and October before each SERD, with its organisers.
    const QList<std::pair<qint64, QDate>> serd = meetingsOf(*db, "SERD preparation");
    perYear.clear();
    for (const auto &[id, date] : serd) {
        ++perYear[date.year()];
        INFO(date.toString(Qt::ISODate).toStdString());
        CHECK(date.month() >= 9);
        CHECK(date.month() <= 10);
        const MeetingCounts counts = meetings.counts(id);
        CHECK(counts.invited >= 30);
        CHECK(counts.invited <= 40);
        CHECK(counts.present >= 15);
    }
    for (const int year : { 2023, 2024, 2025 }) {
        INFO(year);
        CHECK(perYear.value(year) >= 2);
        CHECK(perYear.value(year) <= 3);
    }
    CHECK(scalar(*db,
              "SELECT count(*) FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
              "JOIN meeting_type t ON t.id = m.type_id JOIN contact_tag ct "
              "ON ct.contact_id = v.contact_id JOIN tag g ON g.id = ct.tag_id "
              "WHERE t.name = 'SERD preparation' AND m.held_on LIKE '2025-%' "
              "AND g.name IN ('SERD 2024', 'SERD 2025')")
        > 30);
}

TEST_CASE("Demo invitations agree with the file and with the interactions", "[demo][meetings]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));

    CHECK(scalar(*db, "SELECT count(*) FROM invitation") > 1500);
    // Nobody invited before being in the file, nor who refused to be contacted.
    CHECK(
        scalar(*db,
            "SELECT count(*) FROM invitation v JOIN contact c ON c.id = v.contact_id "
            "JOIN meeting m ON m.id = v.meeting_id WHERE substr(c.created_at, 1, 10) >= m.held_on "
            "OR v.status_changed_at < c.created_at OR v.status_changed_at < m.created_at")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM invitation v JOIN contact c ON c.id = v.contact_id "
              "WHERE c.consent = 2")
        == 0);
    // Walk-ins came; the sheet is signed on the day; registrations and excuses come before.
    CHECK(scalar(*db, "SELECT count(*) FROM invitation WHERE walk_in = 1") > 10);
    CHECK(scalar(*db, "SELECT count(*) FROM invitation WHERE walk_in = 1 AND status <> 3") == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
              "WHERE v.status IN (3, 4) AND substr(v.status_changed_at, 1, 10) <> m.held_on")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
              "WHERE v.status IN (0, 1, 2) AND substr(v.status_changed_at, 1, 10) > m.held_on")
        == 0);
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
              "WHERE v.status_changed_at > :today || 'T23:59:59Z' "
              "OR (m.held_on >= :today AND v.status IN (3, 4))")
        == 0);
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM meeting WHERE created_at > updated_at "
              "OR updated_at > :today || 'T23:59:59Z' OR created_at < '2023-09-04' "
              "OR (held_on < :today AND substr(updated_at, 1, 10) <= held_on)")
        == 0);
    // Excuses mostly in the last week, registrations in the last two.
    CHECK(scalar(*db,
              "SELECT count(*) FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
              "WHERE v.status = 2 AND julianday(m.held_on) - julianday(substr("
              "v.status_changed_at, 1, 10)) > 8")
        < scalar(*db, "SELECT count(*) FROM invitation WHERE status = 2") / 5);

    // What the year's interactions say of a council is true of it: those thanked for
    // coming came, those who registered registered, those who excused themselves did.
    const auto disagreeing = [&](const char *subject, const char *which, const char *statuses) {
        const QString sql
            = QStringLiteral(
                "SELECT count(*) FROM interaction i JOIN interaction_contact l "
                "ON l.interaction_id = i.id WHERE i.subject LIKE :subject AND NOT EXISTS "
                "(SELECT 1 FROM invitation v WHERE v.contact_id = l.contact_id "
                "AND v.status IN (%1) AND v.meeting_id = (SELECT m.id FROM meeting m "
                "JOIN meeting_type t ON t.id = m.type_id WHERE t.name = 'Actors'' council' "
                "AND %2 ORDER BY m.held_on %3 LIMIT 1))")
                  .arg(QString::fromUtf8(statuses),
                      QString::fromUtf8(which) == QLatin1String("before")
                          ? QStringLiteral("m.held_on < i.happened_on")
                          : QStringLiteral("m.held_on > i.happened_on"),
                      QString::fromUtf8(which) == QLatin1String("before") ? QStringLiteral("DESC")
                                                                          : QString());
        return SqlQuery(*db, sql)
            .bind(QStringLiteral(":subject"), QString::fromUtf8(subject))
            .scalar()
            .toInt();
    };
    const int talked = scalar(*db,
        "SELECT count(*) FROM interaction_contact l JOIN interaction i ON i.id = l.interaction_id "
        "WHERE i.subject LIKE '%conseil d''acteurs%'");
    CHECK(talked > 20);
    CHECK(disagreeing("Remerciements pour la participation au conseil d'acteurs", "before", "3")
        == 0);
    CHECK(disagreeing("Envoi de la feuille d'émargement", "before", "3") == 0);
    CHECK(disagreeing("Questionnaire de satisfaction du conseil d'acteurs", "before", "3") == 0);
    CHECK(disagreeing("Envoi du compte rendu du conseil d'acteurs du %", "before", "0, 2, 3, 4")
        == 0);
    CHECK(disagreeing("Inscription au conseil d'acteurs du %", "after", "1, 3, 4") == 0);
    CHECK(disagreeing("Excuse pour le conseil d'acteurs du %", "after", "2, 3") == 0);
    CHECK(disagreeing("Invitation au conseil d'acteurs du %", "after", "0, 1, 2, 3, 4") == 0);
    CHECK(disagreeing("% : intervention au conseil d'acteurs", "after", "1, 3") == 0);
    // …on the date the interactions give it.
    SqlQuery invitations(*db,
        QStringLiteral("SELECT i.subject, (SELECT min(m.held_on) FROM meeting m JOIN "
                       "meeting_type t ON t.id = m.type_id WHERE t.name = 'Actors'' council' "
                       "AND m.held_on > i.happened_on) FROM interaction i "
                       "WHERE i.subject LIKE 'Invitation au conseil d''acteurs du %'"));
    invitations.exec();
    int dated = 0;
    while (invitations.next()) {
        const QDate day = invitations.date(1);
        const QString expected
            = QStringLiteral("du %1 %2")
                  .arg(day.day() == 1 ? QStringLiteral("1er") : QString::number(day.day()),
                      QString::fromUtf8(demodata::monthNames()[size_t(day.month() - 1)]));
        INFO(invitations.text(0).toStdString());
        CHECK(invitations.text(0).endsWith(expected));
        ++dated;
    }
    CHECK(dated > 0);
}

TEST_CASE("A council ahead has registrations and excuses, nobody present yet", "[demo][meetings]")
{
    TestDatabase db;
    // Ten days before the council of 12 March 2026: the invitations went out in February.
    const QDate before(2026, 3, 2);
    generateDemo(*db, withContacts(250, 2014, before));
    MeetingRepository meetings(*db);

    const QList<std::pair<qint64, QDate>> councils = meetingsOf(*db, "Actors' council");
    REQUIRE(councils.size() >= 2);
    CHECK(councils.last().second == QDate(2026, 3, 12));
    const MeetingCounts next = meetings.counts(councils.last().first);
    CHECK(next.invited >= 150);
    CHECK(next.registered > 10);
    CHECK(next.registered < next.invited / 2);
    CHECK(next.present + next.absent + next.walkIns == 0);
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM invitation WHERE status_changed_at > :today || 'T23:59:59Z'",
              before)
        == 0);
    // The one before was held, as usual.
    const MeetingCounts last = meetings.counts(councils.at(councils.size() - 2).first);
    CHECK(last.present >= 40);
    CHECK(last.present <= 60);
}

namespace {

// What the demo's training says, cohort by cohort, checked against its relay actors:
// a trainee of a cohort over by `day` who met its rule is a relay actor since the day it
// ended, with that completion date; nobody else is, and no cohort still running has
// completions.
void checkRelayActorsAreTheTrained(Database &db, const QDate &day)
{
    TrainingRepository training(db);
    ContactRepository contacts(db);
    int completions = 0;
    for (const TrainingRepository::CohortRow &row : training.cohorts()) {
        INFO(row.name.toStdString());
        const auto cohort = training.cohort(row.id);
        REQUIRE(cohort);
        const QList<TrainingSession> sessions = training.sessions(row.id);
        const QList<HalfDayAttendance> attendance = training.attendance(row.id);
        const bool over = cohort->endsOn < day;
        int completed = 0;
        for (const TrainingRepository::Trainee &trainee : training.trainees(row.id)) {
            INFO(trainee.displayName().toStdString());
            const TraineeTotals totals
                = traineeTotals(sessions, attendance, trainee.contactId, cohort->rule);
            const auto contact = contacts.load(trainee.contactId);
            REQUIRE(contact);
            if (over && totals.completed) {
                ++completed;
                CHECK(trainee.completedOn == cohort->endsOn);
                CHECK(contact->relayActor);
                CHECK(contact->relayActorSince == cohort->endsOn);
            } else {
                CHECK_FALSE(trainee.completedOn.isValid());
                CHECK_FALSE(contact->relayActor);
            }
        }
        CHECK(row.completed == completed);
        // Most of a group met the rule, as Mulhouse's assiduous pilot group did (a file of
        // a few people has a group of a few).
        if (over && row.trainees >= 20) {
            CHECK(completed >= 0.6 * row.trainees);
            CHECK(completed < row.trainees);
        }
        completions += completed;
    }
    CHECK(scalar(db, "SELECT count(*) FROM contact WHERE relay_actor = 1") == completions);
}

} // namespace

TEST_CASE(
    "Demo training: five modules, a cohort a year, eight sessions over them", "[demo][training]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));
    TrainingRepository training(*db);

    const QList<TrainingModule> modules = training.modules();
    REQUIRE(modules.size() == 5);
    QSet<QString> themes;
    QList<qint64> moduleIds;
    for (const TrainingModule &module : modules) {
        INFO(module.title.toStdString());
        themes.insert(module.theme);
        moduleIds << module.id;
        CHECK(!module.title.isEmpty());
        CHECK(module.objectives.size() > 60);
        CHECK(module.plannedHours >= 3);
        CHECK(module.plannedHours <= 14);
        CHECK(module.createdAt.date() < QDate(2024, 3, 1));
    }
    CHECK(themes.size() == 5);
    CHECK(themes.contains(QStringLiteral("Compostage et déchets verts")));
    CHECK(themes.contains(QStringLiteral("Réemploi et réparation")));

    // Launched in September 2023: a pilot group in 2024, the next one in 2025.
    QList<TrainingRepository::CohortRow> cohorts = training.cohorts();
    REQUIRE(cohorts.size() == 2);
    std::reverse(cohorts.begin(), cohorts.end());
    CHECK(cohorts.at(0).name == QStringLiteral("Acteurs relais 2024 — groupe pilote"));
    CHECK(cohorts.at(1).name == QStringLiteral("Acteurs relais 2025 — 2e promotion"));

    QSet<qint64> everyTrainee;
    int withTrainerOfTheFile = 0;
    int withTrainerTypedIn = 0;
    int fieldVisits = 0;
    int fullDays = 0;
    int halfDays = 0;
    for (int k = 0; k < 2; ++k) {
        const TrainingRepository::CohortRow &row = cohorts.at(k);
        INFO(row.name.toStdString());
        const int year = 2024 + k;
        const auto cohort = training.cohort(row.id);
        REQUIRE(cohort);
        CHECK(cohort->startsOn.year() == year);
        CHECK(cohort->endsOn.year() == year);
        CHECK(cohort->endsOn < QDate(year, 11, 15)); // before the SERD
        CHECK(cohort->moduleIds.size() == 5);
        CHECK(QSet<qint64>(cohort->moduleIds.cbegin(), cohort->moduleIds.cend())
            == QSet<qint64>(moduleIds.cbegin(), moduleIds.cend()));
        CHECK(cohort->rule == CompletionRule { CompletionRule::Kind::HalfDays, 6 });
        CHECK(!cohort->notes.isEmpty());
        CHECK(cohort->createdAt.date() < cohort->startsOn);

        CHECK(row.trainees >= 20);
        CHECK(row.trainees <= 25);
        CHECK(row.sessions == 8);
        const QList<TrainingSession> sessions = training.sessions(row.id);
        REQUIRE(sessions.size() == 8);
        QMap<qint64, int> perModule;
        int cohortHalfDays = 0;
        for (const TrainingSession &session : sessions) {
            INFO(session.date.toString(Qt::ISODate).toStdString());
            ++perModule[session.moduleId];
            cohortHalfDays += int(session.halfDays().size());
            CHECK(session.date >= cohort->startsOn);
            CHECK(session.date < cohort->endsOn);
            CHECK(session.date.dayOfWeek() <= 5);
            CHECK(!session.halfDays().isEmpty());
            if (session.morning)
                CHECK(session.morningStarts < session.morningEnds);
            if (session.afternoon)
                CHECK(session.afternoonStarts < session.afternoonEnds);
            if (session.morning && session.afternoon) {
                ++fullDays;
                CHECK(session.morningEnds < session.afternoonStarts);
            } else {
                ++halfDays;
            }
            CHECK(!session.place.isEmpty());
            CHECK(session.communeId > 0);
            if (session.kind == TrainingSession::Kind::FieldVisit)
                ++fieldVisits;
            CHECK(!session.trainerName.isEmpty());
            if (session.trainerContactId) {
                ++withTrainerOfTheFile;
                const auto trainer = ContactRepository(*db).load(session.trainerContactId);
                REQUIRE(trainer);
                CHECK(session.trainerName.contains(trainer->lastName));
            } else {
                ++withTrainerTypedIn;
            }
        }
        // One or two sessions a module, every module.
        CHECK(perModule.size() == 5);
        for (const int count : perModule)
            CHECK((count == 1 || count == 2));
        CHECK(cohortHalfDays >= 8);
        CHECK(cohortHalfDays <= 16);

        // Trainees of the file, in it before they enrolled, enrolled before the first
        // session, once over the years; mostly from associations, social landlords,
        // schools and municipal services.
        int fromTheUsualKinds = 0;
        for (const TrainingRepository::Trainee &trainee : training.trainees(row.id)) {
            CHECK(!everyTrainee.contains(trainee.contactId));
            everyTrainee.insert(trainee.contactId);
            CHECK(trainee.enrolledOn <= sessions.first().date);
            CHECK(trainee.enrolledOn > cohort->createdAt.date());
            const auto contact = ContactRepository(*db).load(trainee.contactId);
            REQUIRE(contact);
            CHECK(contact->createdAt.date() < trainee.enrolledOn);
        }
        fromTheUsualKinds = SqlQuery(*db,
            QStringLiteral(
                "SELECT count(*) FROM enrolment e WHERE e.cohort_id = :cohort AND EXISTS "
                "(SELECT 1 FROM membership m JOIN organisation o "
                "ON o.id = m.organisation_id JOIN actor_type t ON t.id = o.type_id "
                "WHERE m.contact_id = e.contact_id AND t.name IN ("
                "'Environment association', 'Neighbourhood association', "
                "'Social centre', 'Social & solidarity economy', 'Social landlord', "
                "'School', 'Municipal service', 'Citizen council'))"))
                                .bind(QStringLiteral(":cohort"), row.id)
                                .scalar()
                                .toInt();
        CHECK(fromTheUsualKinds >= row.trainees / 2);
    }
    CHECK(fieldVisits >= 4);
    CHECK(fullDays >= 4);
    CHECK(halfDays >= 4);
    CHECK(withTrainerOfTheFile >= 2);
    CHECK(withTrainerTypedIn >= 4);
    // Nobody trains a group and follows it.
    CHECK(scalar(*db,
              "SELECT count(*) FROM training_session s JOIN enrolment e "
              "ON e.cohort_id = s.cohort_id AND e.contact_id = s.trainer_contact_id")
        == 0);
    // No meeting on a training day, nor a session around a council.
    CHECK(scalar(*db,
              "SELECT count(*) FROM training_session s JOIN meeting m ON m.held_on = s.held_on")
        == 0);
}

TEST_CASE("Demo training attendance: sheets of the sessions held, most trainees there",
    "[demo][training]")
{
    // Mid-June 2025: the pilot group of 2023 and the group of 2024 are over, the group of
    // 2025 has had its spring sessions and awaits its autumn ones.
    const QDate june(2025, 6, 18);
    TestDatabase db;
    generateDemo(*db, withContacts(250, 2014, june));
    TrainingRepository training(*db);
    QList<TrainingRepository::CohortRow> cohorts = training.cohorts();
    REQUIRE(cohorts.size() == 3);
    std::reverse(cohorts.begin(), cohorts.end());
    CHECK(cohorts.at(0).name.startsWith(QStringLiteral("Acteurs relais 2023")));
    CHECK(cohorts.at(2).name.startsWith(QStringLiteral("Acteurs relais 2025")));

    // Nothing ticked for a session to come; every trainee ticked at every half-day of one
    // held, present, excused or absent.
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM session_attendance a JOIN training_session s "
              "ON s.id = a.session_id WHERE s.held_on >= :today",
              june)
        == 0);
    CHECK(
        scalar(*db, "SELECT count(*) FROM session_attendance WHERE status NOT IN (2, 3, 4)") == 0);
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM session_attendance a JOIN training_session s "
              "ON s.id = a.session_id WHERE a.changed_at <= s.held_on || 'T23:59:59Z' "
              "OR a.changed_at > :today || 'T23:59:59Z'",
              june)
        == 0);
    for (const TrainingRepository::CohortRow &row : cohorts) {
        INFO(row.name.toStdString());
        const QList<TrainingSession> sessions = training.sessions(row.id);
        const QList<TrainingRepository::Trainee> trainees = training.trainees(row.id);
        CHECK(trainees.size() >= 20);
        CHECK(trainees.size() <= 25);
        const QList<HalfDayAttendance> attendance = training.attendance(row.id);
        int held = 0;
        int expected = 0;
        for (const TrainingSession &session : sessions) {
            if (session.date < june) {
                ++held;
                expected += int(session.halfDays().size() * trainees.size());
            }
        }
        CHECK(attendance.size() == expected);
        if (row.startsOn.year() == 2025) {
            CHECK(held >= 3);
            CHECK(held <= 6);
        } else {
            CHECK(held == 8);
        }

        int present = 0;
        int excused = 0;
        int absent = 0;
        for (const HalfDayAttendance &half : attendance) {
            present += half.status == AttendanceStatus::Present ? 1 : 0;
            excused += half.status == AttendanceStatus::Excused ? 1 : 0;
            absent += half.status == AttendanceStatus::Absent ? 1 : 0;
        }
        REQUIRE(expected > 0);
        const double rate = double(present) / expected;
        CHECK(rate >= 0.7);
        CHECK(rate <= 0.95);
        CHECK(excused > 0);
        CHECK(absent > 0);
        CHECK(excused + absent < present);

        // A dropout or two: present at the start, absent at every half-day of the last
        // three sessions held.
        if (held == 8) {
            int dropouts = 0;
            for (const TrainingRepository::Trainee &trainee : trainees) {
                bool cameEarly = false;
                bool gone = true;
                for (const HalfDayAttendance &half : attendance) {
                    if (half.contactId != trainee.contactId)
                        continue;
                    const auto at = std::find_if(sessions.cbegin(), sessions.cend(),
                        [&](const TrainingSession &s) { return s.id == half.sessionId; });
                    const qsizetype index = at - sessions.cbegin();
                    if (index < 2 && half.status == AttendanceStatus::Present)
                        cameEarly = true;
                    if (index >= 5 && half.status != AttendanceStatus::Absent)
                        gone = false;
                }
                dropouts += cameEarly && gone ? 1 : 0;
            }
            CHECK(dropouts >= 1);
            CHECK(dropouts <= 3);
        }
    }

    // Relay actors from the two groups over; none yet from the running one.
    checkRelayActorsAreTheTrained(*db, june);
    CHECK(scalar(*db,
              "SELECT count(*) FROM enrolment e JOIN cohort h ON h.id = e.cohort_id "
              "WHERE h.starts_on LIKE '2025-%' AND e.completed_on IS NOT NULL")
        == 0);

    // The year's figures: the spring of 2025 so far, 2024 in full, nothing in the launch
    // year.
    const TrainingRepository::YearFigures running = training.figures(2025);
    CHECK(running.sessions == 8);
    CHECK(running.halfDays == 11);
    CHECK(running.trainees >= 18);
    CHECK(running.trainees <= 25);
    CHECK(running.halfDaysExpected < running.halfDays * 25);
    CHECK(running.attendanceRate() >= 0.7);
    CHECK(running.attendanceRate() <= 0.95);
    CHECK(running.completions == 0);
    const TrainingRepository::YearFigures done = training.figures(2024);
    CHECK(done.sessions == 8);
    CHECK(done.halfDays == 11);
    CHECK(done.trainees >= 18);
    CHECK(done.trainees <= 25);
    CHECK(done.halfDaysExpected == cohorts.at(1).trainees * 11);
    CHECK(done.attendanceRate() >= 0.7);
    CHECK(done.attendanceRate() <= 0.95);
    CHECK(done.completions == cohorts.at(1).completed);
    CHECK(done.completions >= 12);
    const TrainingRepository::YearFigures launch = training.figures(2022);
    CHECK(launch.sessions == 0);
    CHECK(launch.trainees == 0);
    CHECK(launch.completions == 0);
}

TEST_CASE("Demo relay actors are the trainees who completed a group", "[demo][training]")
{
    for (const QDate &day : { today, QDate(2025, 6, 18), QDate(2026, 2, 2) }) {
        INFO(day.toString(Qt::ISODate).toStdString());
        TestDatabase db;
        generateDemo(*db, withContacts(400, 11, day));
        checkRelayActorsAreTheTrained(*db, day);
    }
    // A file of a few people has a training too, with the few it can have.
    TestDatabase small;
    generateDemo(*small, withContacts(20));
    CHECK(TrainingRepository(*small).modules().size() == 5);
    checkRelayActorsAreTheTrained(*small, today);
}

// ---- The SERD ----------------------------------------------------------------------------

namespace {

// Share of the year's trainees who ran at least one held action of that year's Week: its
// contact person, or a member of an organisation that (co-)organised it.
double traineesWhoRanAnAction(Database &db, int year)
{
    const QString cohortYear = QString::number(year);
    const int trainees = SqlQuery(db,
        QStringLiteral("SELECT count(*) FROM enrolment e JOIN cohort h ON h.id = e.cohort_id "
                       "WHERE substr(h.starts_on, 1, 4) = :year"))
                             .bind(QStringLiteral(":year"), cohortYear)
                             .scalar()
                             .toInt();
    if (trainees == 0)
        return -1;
    const int ran = SqlQuery(db,
        QStringLiteral("WITH held AS (SELECT DISTINCT a.id, a.contact_id FROM serd_action a "
                       "JOIN serd_edition d ON d.id = a.edition_id JOIN serd_occurrence o "
                       "ON o.action_id = a.id WHERE d.year = :edition AND a.status IN (1, 2) "
                       "AND o.cancelled = 0) "
                       "SELECT count(*) FROM enrolment e JOIN cohort h ON h.id = e.cohort_id "
                       "WHERE substr(h.starts_on, 1, 4) = :year AND ("
                       "EXISTS (SELECT 1 FROM held WHERE held.contact_id = e.contact_id) OR EXISTS "
                       "(SELECT 1 FROM held JOIN serd_action_organiser g ON g.action_id = held.id "
                       "JOIN membership m ON m.organisation_id = g.organisation_id "
                       "WHERE m.contact_id = e.contact_id))"))
                        .bind(QStringLiteral(":edition"), year)
                        .bind(QStringLiteral(":year"), cohortYear)
                        .scalar()
                        .toInt();
    return double(ran) / trainees;
}

// What any demo's SERD says, whatever its day: occurrences in their Week, statuses and
// participants as they stand on `day`.
void checkSerdAgreesWithToday(Database &db, const QDate &day)
{
    INFO(day.toString(Qt::ISODate).toStdString());
    // Every occurrence is on a day of its edition's Week, ends after it starts, in a commune.
    CHECK(scalarOn(db,
              "SELECT count(*) FROM serd_occurrence o JOIN serd_action a ON a.id = o.action_id "
              "JOIN serd_edition d ON d.id = a.edition_id WHERE o.held_on < d.starts_on "
              "OR o.held_on > d.ends_on OR o.ends_at <= o.starts_at OR o.commune_id IS NULL",
              day)
        == 0);
    // Nothing counted before it happened, nothing held in the future.
    CHECK(scalarOn(db,
              "SELECT count(*) FROM serd_occurrence WHERE held_on >= :today "
              "AND actual_participants IS NOT NULL",
              day)
        == 0);
    CHECK(scalarOn(db,
              "SELECT count(*) FROM serd_action a WHERE a.status = 2 AND EXISTS (SELECT 1 FROM "
              "serd_occurrence o WHERE o.action_id = a.id AND o.held_on >= :today "
              "AND o.cancelled = 0)",
              day)
        == 0);
    // A Week that is over has no proposal left: held, confirmed or cancelled.
    CHECK(scalarOn(db,
              "SELECT count(*) FROM serd_action a JOIN serd_edition d ON d.id = a.edition_id "
              "WHERE d.ends_on < :today AND a.status = 0",
              day)
        == 0);
    // Records are never from the future, and were entered before they were updated.
    CHECK(scalarOn(db,
              "SELECT (SELECT count(*) FROM serd_edition WHERE created_at > :today || "
              "'T23:59:59Z' OR updated_at > :today || 'T23:59:59Z' OR updated_at < created_at) "
              "+ (SELECT count(*) FROM serd_action WHERE created_at > :today || 'T23:59:59Z' "
              "OR updated_at > :today || 'T23:59:59Z' OR updated_at < created_at) "
              "+ (SELECT count(*) FROM serd_occurrence WHERE updated_at < created_at "
              "OR updated_at > :today || 'T23:59:59Z')",
              day)
        == 0);
    // Every action has a lead, of the file before the action came in, and a topic.
    CHECK(scalar(db,
              "SELECT count(*) FROM serd_action a WHERE a.topic_id IS NULL OR a.category_id "
              "IS NULL OR NOT EXISTS (SELECT 1 FROM serd_action_organiser g WHERE "
              "g.action_id = a.id AND g.role = 0)")
        == 0);
    CHECK(scalar(db,
              "SELECT count(*) FROM serd_action_organiser g JOIN serd_action a "
              "ON a.id = g.action_id JOIN organisation o ON o.id = g.organisation_id "
              "WHERE o.created_at > a.created_at")
        == 0);
    CHECK(scalar(db,
              "SELECT count(*) FROM serd_action a JOIN contact c ON c.id = a.contact_id "
              "WHERE c.created_at > a.created_at OR c.consent = 2")
        == 0);
    CHECK(scalar(db, "SELECT count(*) FROM serd_action WHERE title LIKE '%{%'") == 0);
}

} // namespace

TEST_CASE("The demo holds a SERD a year, growing like Mulhouse's", "[demo][serd]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));
    SerdRepository serd(*db);

    const QList<SerdEdition> editions = serd.editions();
    REQUIRE(editions.size() == 3);
    QList<int> years;
    for (const SerdEdition &edition : editions) {
        INFO(edition.year);
        years << edition.year;
        // The EWWR's Week: from a Saturday in the second half of November, nine days.
        CHECK(edition.startsOn.month() == 11);
        CHECK(edition.startsOn.day() >= 16);
        CHECK(edition.startsOn.dayOfWeek() == 6);
        CHECK(edition.startsOn.daysTo(edition.endsOn) == 8);
        CHECK(!edition.focus.isEmpty());
    }
    CHECK(years == QList<int> { 2025, 2024, 2023 });
    CHECK(editions.last().startsOn == QDate(2023, 11, 18));

    // The first one, a few weeks after the launch, close to Mulhouse's 2014: 74 actions,
    // 56 distinct, 50 partners; then 110 and more.
    const SerdTotals first = serd.figures(2023);
    CHECK(first.held >= 70);
    CHECK(first.held <= 78);
    CHECK(first.distinct >= 53);
    CHECK(first.distinct <= 59);
    CHECK(first.organisers >= 47);
    CHECK(first.organisers <= 53);
    for (const int year : { 2024, 2025 }) {
        INFO(year);
        const SerdTotals totals = serd.figures(year);
        CHECK(totals.held >= 105);
        CHECK(totals.held <= 120);
        CHECK(totals.distinct >= 45);
        CHECK(totals.distinct <= 90);
        CHECK(totals.distinct < totals.held);
        CHECK(totals.organisers >= 40);
        CHECK(totals.organisers <= 60);
        CHECK(totals.organisers > first.organisers);
        // Counted after the Week, a few only estimated.
        CHECK(totals.actualParticipants > 1000);
        CHECK(totals.estimated < totals.held / 4);
    }
    checkSerdAgreesWithToday(*db, today);

    // Each past Week had a few dates and actions called off.
    for (const SerdEdition &edition : editions) {
        INFO(edition.year);
        SerdFilter filter;
        filter.editionId = edition.id;
        filter.status = SerdStatus::Cancelled;
        CHECK(serd.actionIds(filter).size() >= 1);
        int cancelled = 0;
        for (const SerdOccurrence &occurrence : serd.occurrencesOfEdition(edition.id))
            cancelled += occurrence.cancelled ? 1 : 0;
        CHECK(cancelled >= 2);
        // Held mostly, and registered on the EWWR's platform for most.
        filter.status = SerdStatus::Held;
        const qsizetype held = serd.actionIds(filter).size();
        filter.status.reset();
        const qsizetype all = serd.actionIds(filter).size();
        CHECK(held > all * 7 / 10);
        int registered = 0;
        for (const SerdAction &action : serd.actions(edition.id))
            registered += action.registered ? 1 : 0;
        CHECK(registered > all * 7 / 10);
    }

    // The category is the lead's, by its type.
    CHECK(scalar(*db,
              "SELECT count(*) FROM serd_action a JOIN serd_action_organiser g ON g.action_id = "
              "a.id AND g.role = 0 JOIN organisation o ON o.id = g.organisation_id JOIN "
              "actor_type t ON t.id = o.type_id JOIN serd_category c ON c.id = a.category_id "
              "WHERE (t.name IN ('Commune', 'Municipal service') AND c.name <> "
              "'Administration / collectivité') OR (t.name = 'School' AND c.name <> "
              "'Établissement scolaire') OR (t.name IN ('Environment association', "
              "'Neighbourhood association', 'Social centre') AND c.name <> 'Association / ONG') "
              "OR (t.name = 'Large company' AND c.name <> 'Entreprise / industrie')")
        == 0);
    // Municipal services among the organisers; some actions with co-organisers.
    CHECK(scalar(*db,
              "SELECT count(DISTINCT g.organisation_id) FROM serd_action_organiser g JOIN "
              "organisation o ON o.id = g.organisation_id JOIN actor_type t ON t.id = o.type_id "
              "WHERE t.name = 'Municipal service'")
        >= 3);
    const int coOrganised
        = scalar(*db, "SELECT count(DISTINCT action_id) FROM serd_action_organiser WHERE role = 1");
    const int actions = scalar(*db, "SELECT count(*) FROM serd_action");
    CHECK(coOrganised > actions / 10);
    CHECK(coOrganised < actions / 2);
    // The contact person is mostly of the lead organisation.
    const int ofTheLead = scalar(*db,
        "SELECT count(*) FROM serd_action a JOIN serd_action_organiser g ON g.action_id = a.id "
        "AND g.role = 0 JOIN membership m ON m.organisation_id = g.organisation_id "
        "AND m.contact_id = a.contact_id");
    CHECK(ofTheLead > actions * 6 / 10);
    // Every topic is used, the year's theme too; the same action in several places.
    CHECK(scalar(*db, "SELECT count(DISTINCT topic_id) FROM serd_action") == 5);
    CHECK(scalar(*db,
              "SELECT count(*) FROM (SELECT action_id FROM serd_occurrence WHERE cancelled = 0 "
              "GROUP BY action_id HAVING count(DISTINCT commune_id) > 1)")
        > 5);

    // About three trainees in four ran an action of their year's Week (Mulhouse: 73 %).
    for (const int year : { 2024, 2025 }) {
        INFO(year);
        const double share = traineesWhoRanAnAction(*db, year);
        CHECK(share >= 0.6);
        CHECK(share <= 0.9);
    }
}

TEST_CASE("The demo's SERD as it stands on the file's day", "[demo][serd]")
{
    SECTION("The call for projects of the year is out: proposals and confirmations")
    {
        const QDate day(2025, 10, 20);
        TestDatabase db;
        generateDemo(*db, withContacts(250, 2014, day));
        SerdRepository serd(*db);
        // Launched in September 2022, two SERDs before the last one.
        REQUIRE(serd.editions().size() == 4);
        const auto coming = serd.editionOfYear(2025);
        REQUIRE(coming);
        int proposed = 0;
        int confirmed = 0;
        for (const SerdAction &action : serd.actions(coming->id)) {
            proposed += action.status == SerdStatus::Proposed ? 1 : 0;
            confirmed += action.status == SerdStatus::Confirmed ? 1 : 0;
            CHECK(action.status != SerdStatus::Held);
        }
        CHECK(proposed >= 3);
        CHECK(confirmed > proposed);
        CHECK(serd.figures(2025).actualParticipants == 0);
        CHECK(serd.figures(2025).held > 20);
        // The past ones are complete.
        CHECK(serd.figures(2024).held >= 105);
        CHECK(serd.figures(2022).held >= 70);
        checkSerdAgreesWithToday(*db, day);
    }
    SECTION("During the Week: what was held is counted, the rest is confirmed")
    {
        const QDate day(2025, 11, 26);
        TestDatabase db;
        generateDemo(*db, withContacts(250, 2014, day));
        checkSerdAgreesWithToday(*db, day);
        CHECK(scalarOn(*db,
                  "SELECT count(*) FROM serd_occurrence WHERE held_on BETWEEN '2025-11-22' "
                  "AND :today AND actual_participants IS NOT NULL",
                  day)
            > 10);
        CHECK(SerdRepository(*db).figures(2025).held >= 105);
    }
    SECTION("In June: the year's edition is not open yet")
    {
        const QDate day(2025, 6, 18);
        TestDatabase db;
        generateDemo(*db, withContacts(250, 2014, day));
        QList<int> years;
        for (const SerdEdition &edition : SerdRepository(*db).editions())
            years << edition.year;
        CHECK(years == QList<int> { 2024, 2023, 2022 });
        checkSerdAgreesWithToday(*db, day);
    }
    SECTION("A file of a few organisations has fewer actions")
    {
        TestDatabase db;
        generateDemo(*db, withContacts(20));
        SerdRepository serd(*db);
        CHECK(serd.editions().size() == 3);
        const int organisations = OrganisationRepository(*db).count();
        for (const int year : { 2023, 2024, 2025 })
            CHECK(serd.figures(year).organisers <= organisations);
        checkSerdAgreesWithToday(*db, today);
    }
}

// ---- The means -------------------------------------------------------------------------

TEST_CASE("Demo valued contributions: tens of thousands of euros a year", "[demo][means]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));
    MeansRepository means(*db);

    for (const int year : { 2023, 2024, 2025 }) {
        INFO(year);
        const QList<MeansRepository::ContributionRow> rows = means.contributions(year);
        CHECK(rows.size() >= 20);
        CHECK(rows.size() <= 40);
        const Cents sum = means.contributionSum(year);
        CHECK(sum >= 20000 * 100);
        CHECK(sum <= 40000 * 100);
        if (year > 2023)
            CHECK(sum >= 28000 * 100);
        int related = 0;
        int staffTime = 0;
        for (const MeansRepository::ContributionRow &row : rows) {
            const ValuedContribution &c = row.contribution;
            CHECK(contributionError(c).isEmpty());
            CHECK(c.amount > 0);
            if (c.kind == ContributionKind::StaffTime) {
                ++staffTime;
                CHECK(c.rate > 0);
                CHECK(c.amount == staffTimeAmount(c.quantity, c.rate));
            } else {
                CHECK(c.quantity == 0);
                CHECK(c.rate == 0);
            }
            if (c.meetingId || c.serdActionId)
                ++related;
        }
        CHECK(staffTime > rows.size() / 3);
        CHECK(related > rows.size() / 2);
    }
    // Related to what the partner did that year: an action it (co-)organised and was held,
    // a meeting held that year.
    CHECK(scalar(*db,
              "SELECT count(*) FROM contribution c JOIN serd_action a ON a.id = c.serd_action_id "
              "JOIN serd_edition d ON d.id = a.edition_id WHERE d.year <> c.year OR a.status "
              "NOT IN (1, 2) OR NOT EXISTS (SELECT 1 FROM serd_action_organiser g WHERE "
              "g.action_id = a.id AND g.organisation_id = c.organisation_id)")
        == 0);
    CHECK(scalarOn(*db,
              "SELECT count(*) FROM contribution c JOIN meeting m ON m.id = c.meeting_id "
              "WHERE CAST(substr(m.held_on, 1, 4) AS INTEGER) <> c.year OR m.held_on >= :today")
        == 0);
    CHECK(
        scalarOn(*db, "SELECT count(*) FROM contribution WHERE created_at > :today || 'T23:59:59Z'")
        == 0);
}

TEST_CASE("Demo staff time: half-days of the staff, in their roles", "[demo][means]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(250));
    MeansRepository means(*db);

    // Every person of the staff has a role.
    const QList<StaffPerson> staff = means.staff();
    REQUIRE(staff.size() == 4);
    QStringList roles;
    for (const StaffPerson &person : staff) {
        CHECK(person.roleId != 0);
        roles << person.role;
    }
    CHECK(roles
        == QStringList { QStringLiteral("Chargée de mission"), QStringLiteral("Assistante"),
            QStringLiteral("Stagiaire"), QStringLiteral("Chargée de communication") });

    // In half-day steps, never ahead of today, a meeting's on the day it was held.
    const QList<MeansRepository::StaffTimeRow> entries = means.staffTimeEntries();
    CHECK(entries.size() > 200);
    for (const MeansRepository::StaffTimeRow &row : entries) {
        CHECK(isHalfDayStep(row.entry.days));
        CHECK(staffTimeError(row.entry).isEmpty());
        CHECK(row.entry.startsOn < today);
        CHECK((!row.entry.endsOn.isValid() || row.entry.endsOn < today));
    }
    CHECK(scalar(*db,
              "SELECT count(*) FROM staff_time s JOIN meeting m ON m.id = s.meeting_id "
              "WHERE m.held_on <> s.starts_on")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM staff_time s JOIN training_session t "
              "ON t.id = s.training_session_id WHERE t.held_on <> s.starts_on")
        == 0);
    CHECK(scalar(*db, "SELECT count(DISTINCT serd_edition_id) FROM staff_time") == 3);
    CHECK(scalar(*db, "SELECT count(DISTINCT category) FROM staff_time WHERE category <> ''") >= 4);

    // A full year: the officer's days on the programme within a full-time year, the others'
    // a part of theirs.
    QMap<QString, double> days;
    for (const MeansRepository::StaffTimeTotal &total :
        means.staffTimeTotals(MeansRepository::StaffTimeGroup::Role, 2024))
        days.insert(total.role, total.days());
    INFO(days.value(QStringLiteral("Chargée de mission")));
    CHECK(days.value(QStringLiteral("Chargée de mission")) >= 90);
    CHECK(days.value(QStringLiteral("Chargée de mission")) <= 200);
    CHECK(days.value(QStringLiteral("Assistante")) >= 10);
    CHECK(days.value(QStringLiteral("Assistante")) <= 60);
    CHECK(days.value(QStringLiteral("Stagiaire")) >= 5);
    CHECK(days.value(QStringLiteral("Stagiaire")) <= 60);
    CHECK(days.value(QStringLiteral("Chargée de communication")) >= 5);
    CHECK(days.value(QStringLiteral("Chargée de communication")) <= 40);
}

TEST_CASE("The same seed gives the same demo", "[demo]")
{
    TestDatabase first;
    TestDatabase second;
    TestDatabase other;
    TestDatabase later;
    generateDemo(*first, withContacts(300, 7));
    generateDemo(*second, withContacts(300, 7));
    generateDemo(*other, withContacts(300, 8));
    generateDemo(*later, withContacts(300, 7, today.addDays(1)));
    const QStringList rows = dump(*first);
    CHECK(rows.size() > 2000);
    CHECK(rows == dump(*second));
    CHECK(rows != dump(*other));
    CHECK(rows != dump(*later));
}

TEST_CASE("The demo fills only an empty file", "[demo]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(20));
    const QStringList before = dump(*db);
    CHECK_THROWS_AS(generateDemo(*db, withContacts(20)), DatabaseError);
    CHECK(dump(*db) == before);
}

TEST_CASE("A demo database is created in a new file only", "[demo]")
{
    TestDatabase db;
    const QString existing = db.folder() + QStringLiteral("/existing.relais");
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the officer's own notes, not a database");
    }
    const QByteArray hash = fileHash(existing);
    Database::Opened refused = createDemoDatabase(existing, withContacts(10));
    CHECK(refused.error != Database::OpenError::None);
    CHECK(!refused.database);
    CHECK(refused.message.contains(QStringLiteral("existing.relais")));
    CHECK(fileHash(existing) == hash);

    // Nor over an existing Relais file, even an empty one.
    db.close();
    const QByteArray ownHash = fileHash(db.path());
    CHECK(createDemoDatabase(db.path(), withContacts(10)).error != Database::OpenError::None);
    CHECK(fileHash(db.path()) == ownHash);

    const QString fresh = db.folder() + QStringLiteral("/sub folder/démo.relais");
    Database::Opened created = createDemoDatabase(fresh, withContacts(40));
    REQUIRE(created.database);
    CHECK(created.error == Database::OpenError::None);
    CHECK(ContactRepository(*created.database).count() == 40);
    CHECK(OrganisationRepository(*created.database).count() == demoOrganisationCount(40));
    created.database.reset();
    auto reopened = Database::open(fresh, Database::OpenMode::ExistingOnly);
    REQUIRE(reopened.database);
    CHECK(ContactRepository(*reopened.database).count() == 40);
}

TEST_CASE("A large demo stays consistent", "[demo][large]")
{
    TestDatabase db;
    generateDemo(*db, withContacts(10000));

    CHECK(ContactRepository(*db).count() == 10000);
    const int organisations = OrganisationRepository(*db).count();
    CHECK(organisations == demoOrganisationCount(10000));
    CHECK(organisations > 2000);
    CHECK(scalar(*db, "SELECT count(DISTINCT sort_key) FROM organisation") == organisations);
    // One town hall per commune, whatever the size.
    CHECK(scalar(*db, "SELECT count(*) FROM organisation WHERE name LIKE 'Mairie %'") == 39);
    CHECK(scalar(*db, "SELECT count(*) FROM contact_email")
        == scalar(*db, "SELECT count(DISTINCT email_key) FROM contact_email"));
    CHECK(scalar(*db, "SELECT count(*) FROM contact_search") == 10000);
    const int interactions = scalar(*db, "SELECT count(*) FROM interaction");
    CHECK(interactions > 14000);
    CHECK(interactions < 20000);
    CHECK(scalar(*db,
              "SELECT count(*) FROM interaction i WHERE NOT EXISTS "
              "(SELECT 1 FROM interaction_contact l WHERE l.interaction_id = i.id) AND NOT EXISTS "
              "(SELECT 1 FROM interaction_organisation l WHERE l.interaction_id = i.id)")
        == 0);
    const int overdue = FollowUpRepository(*db).overdueCount(today);
    CHECK(overdue > 200);
    CHECK(overdue < 1600);
    CHECK(scalar(*db, "SELECT count(*) FROM organisation_search") == organisations);
    // The training stays a group of twenty to twenty-five a year, whatever the size.
    for (const TrainingRepository::CohortRow &row : TrainingRepository(*db).cohorts()) {
        CHECK(row.trainees >= 20);
        CHECK(row.trainees <= 25);
    }
    CHECK(TrainingRepository(*db).cohorts().size() == 2);
    checkRelayActorsAreTheTrained(*db, today);

    // The SERD and the means keep Mulhouse's orders of magnitude.
    const SerdTotals serd = SerdRepository(*db).figures(2024);
    CHECK(serd.held >= 60);
    CHECK(serd.held <= 120);
    CHECK(serd.organisers >= 40);
    CHECK(serd.organisers <= 60);
    checkSerdAgreesWithToday(*db, today);
    CHECK(MeansRepository(*db).contributionSum(2024) >= 20000 * 100);
    CHECK(MeansRepository(*db).contributionSum(2024) <= 40000 * 100);

    // A network forty times Mulhouse's holds councils six times as large, a few more
    // workshops, and working meetings three times as large at most.
    MeetingRepository meetings(*db);
    const QList<std::pair<qint64, QDate>> councils = meetingsOf(*db, "Actors' council");
    for (const auto &[id, date] : councils) {
        if (date.year() == 2023 || date >= today)
            continue;
        INFO(date.toString(Qt::ISODate).toStdString());
        const MeetingCounts counts = meetings.counts(id);
        CHECK(counts.invited >= 900);
        CHECK(counts.invited <= 1300);
        CHECK(counts.present >= 6 * 40);
        CHECK(counts.present <= 6.5 * 60);
        CHECK(counts.walkIns >= 1);
    }
    CHECK(meetingsOf(*db, "Thematic workshop").size() > 6 + 2 * 4);
    CHECK(scalar(*db,
              "SELECT max(n) FROM (SELECT count(*) AS n FROM invitation v JOIN meeting m "
              "ON m.id = v.meeting_id JOIN meeting_type t ON t.id = m.type_id "
              "WHERE t.name <> 'Actors'' council' GROUP BY m.id)")
        <= 3 * 40);
    CHECK(scalar(*db, "SELECT count(*) FROM invitation") < 20000);
    CHECK(
        scalar(*db,
            "SELECT count(*) FROM invitation v JOIN contact c ON c.id = v.contact_id "
            "JOIN meeting m ON m.id = v.meeting_id WHERE substr(c.created_at, 1, 10) >= m.held_on "
            "OR c.consent = 2")
        == 0);

    ActorFilter filter;
    filter.text = QStringLiteral("kingersheim");
    const QList<qint64> found
        = ContactRepository(*db).findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder);
    CHECK(found.size() > 100);
    CHECK(found.size() < 10000);
}

namespace {

int scalarFor(Database &database, const char *statement, const QString &name, const QVariant &value)
{
    return SqlQuery(database, QString::fromUtf8(statement)).bind(name, value).scalar().toInt();
}

} // namespace

TEST_CASE("A demo given its years is a network whose activity grows with it", "[demo][network]")
{
    const QStringList tables { QStringLiteral("meeting"), QStringLiteral("invitation"),
        QStringLiteral("serd_action"), QStringLiteral("serd_occurrence"), QStringLiteral("cohort"),
        QStringLiteral("training_session"), QStringLiteral("enrolment"),
        QStringLiteral("session_attendance") };
    QList<QMap<QString, int>> counts;
    for (const int contacts : { 2000, 4000 }) {
        INFO(contacts << " contacts");
        TestDatabase db;
        DemoOptions options = withContacts(contacts);
        options.years = 5;
        generateDemo(*db, options);

        // Five years at least: launched on the first Monday of September 2020, its first
        // SERD that November, one a year since, each with its actions held here and there.
        const QString launched = column(*db, "SELECT min(held_on) FROM meeting").value(0);
        CHECK(launched >= QStringLiteral("2020-09-07"));
        CHECK(launched <= isoDate(today.addYears(-5)));
        CHECK(column(*db,
                  "SELECT group_concat(year) FROM (SELECT year FROM serd_edition "
                  "ORDER BY year)")
            == QStringList { QStringLiteral("2020,2021,2022,2023,2024,2025") });
        CHECK(scalar(*db,
                  "SELECT count(*) FROM serd_edition d WHERE (SELECT count(*) FROM "
                  "serd_occurrence o JOIN serd_action a ON a.id = o.action_id "
                  "WHERE a.edition_id = d.id AND o.cancelled = 0) < 70")
            == 0);
        checkSerdAgreesWithToday(*db, today);

        // Every year its councils and other meetings, and from the second one its cohorts.
        for (int year = 2020; year <= 2025; ++year) {
            INFO(year);
            const QString y = QString::number(year);
            CHECK(scalarFor(*db,
                      "SELECT count(*) FROM meeting m JOIN meeting_type t ON t.id = m.type_id "
                      "WHERE t.name = 'Actors'' council' AND substr(m.held_on, 1, 4) = :y",
                      QStringLiteral(":y"), y)
                >= 2);
            CHECK(scalarFor(*db,
                      "SELECT count(*) FROM meeting m JOIN meeting_type t ON t.id = m.type_id "
                      "WHERE t.name <> 'Actors'' council' AND substr(m.held_on, 1, 4) = :y",
                      QStringLiteral(":y"), y)
                >= 3);
            const int cohorts
                = scalarFor(*db, "SELECT count(*) FROM cohort WHERE substr(starts_on, 1, 4) = :y",
                    QStringLiteral(":y"), y);
            CHECK((year == 2020 ? cohorts == 0 : cohorts >= 2));
        }

        // Nobody invited before they were in the file, nor after refusing to be contacted;
        // half-days signed by the session's own trainees; relay actors are the trained.
        CHECK(scalar(*db,
                  "SELECT count(*) FROM invitation v JOIN contact c ON c.id = v.contact_id "
                  "JOIN meeting m ON m.id = v.meeting_id WHERE substr(c.created_at, 1, 10) "
                  ">= m.held_on OR c.consent = 2")
            == 0);
        CHECK(scalar(*db,
                  "SELECT count(*) FROM session_attendance a JOIN training_session s "
                  "ON s.id = a.session_id WHERE NOT EXISTS (SELECT 1 FROM enrolment e WHERE "
                  "e.cohort_id = s.cohort_id AND e.contact_id = a.contact_id "
                  "AND e.enrolled_on <= s.held_on)")
            == 0);
        for (const TrainingRepository::CohortRow &row : TrainingRepository(*db).cohorts()) {
            CHECK(row.trainees >= 20);
            CHECK(row.trainees <= 25);
        }
        checkRelayActorsAreTheTrained(*db, today);
        // The staff of the file's own programme only: a council's three days are not
        // counted once per local programme.
        CHECK(scalar(*db, "SELECT count(DISTINCT meeting_id) FROM meeting_staff")
            < scalar(*db, "SELECT count(*) FROM meeting"));

        QMap<QString, int> sizes;
        for (const QString &table : tables)
            sizes[table]
                = SqlQuery(*db, QStringLiteral("SELECT count(*) FROM ") + table).scalar().toInt();
        counts << sizes;
    }
    // Twice the people: more local programmes, larger councils, more cohorts and actions.
    for (const QString &table : tables) {
        INFO(table.toStdString() << ": " << counts.at(0).value(table) << ", then "
                                 << counts.at(1).value(table));
        CHECK(counts.at(1).value(table) > counts.at(0).value(table) * 1.15);
    }
}

TEST_CASE("The bulk loader writes the rows the repositories write", "[demo][bulk]")
{
    TestDatabase byRepository;
    TestDatabase byLoader;
    const auto prepare = [](Database &database) {
        ReferenceListRepository lists(database);
        ReferenceItem commune;
        commune.name = QStringLiteral("Rixheim");
        commune.postcode = QStringLiteral("68170");
        lists.add(ReferenceList::Commune, commune);
        lists.findOrAdd(ReferenceList::Tag, QStringLiteral("réemploi"));
        lists.findOrAdd(ReferenceList::Tag, QStringLiteral("SERD 2014"));
    };
    prepare(*byRepository);
    prepare(*byLoader);

    const QDateTime created(QDate(2014, 3, 1), QTime(9, 30), Qt::UTC);
    const QDateTime updated(QDate(2014, 6, 2), QTime(14, 0), Qt::UTC);
    Organisation o;
    o.name = QStringLiteral("Ressourcerie du Bassin potassique");
    o.acronym = QStringLiteral("RBP");
    o.typeId = 4;
    o.communeId = 1;
    o.domainIds = { 4, 5 };
    o.address = QStringLiteral("3 rue des Mines, 68310 Wittelsheim");
    o.phone = QStringLiteral("03 89 55 12 34");
    o.email = QStringLiteral("contact@ressourcerie.fr");
    o.website = QStringLiteral("www.ressourcerie.fr");
    o.notes = QStringLiteral("Partenaire historique de la SERD.");
    o.networkHead = true;
    o.createdAt = created;
    o.updatedAt = updated;

    Contact c;
    c.civility = Civility::Madam;
    c.firstName = QStringLiteral("Hélène");
    c.lastName = QStringLiteral("Schœnenberger");
    c.emails = { QStringLiteral("Helene.Schoenenberger@ressourcerie.fr"),
        QStringLiteral("helene68@orange.fr") };
    c.phones = { QStringLiteral("06 12 34 56 78") };
    c.communeId = 1;
    c.typeId = 4;
    c.domainIds = { 4 };
    c.tagNames = { QStringLiteral("Réemploi"), QStringLiteral("SERD 2014") };
    c.networkHead = true;
    c.relayActor = true;
    c.relayActorSince = QDate(2014, 5, 22);
    c.notes = QStringLiteral("Guide composteuse.");
    c.emailConsent.status = Consent::Given;
    c.emailConsent.date = QDate(2014, 3, 1);
    c.emailConsent.note = QStringLiteral("formulaire papier");
    c.createdAt = created;
    c.updatedAt = updated;

    {
        const qint64 organisationId = OrganisationRepository(*byRepository).insert(o);
        c.memberships = { Membership { organisationId, o.name, QStringLiteral("Directrice") } };
        ContactRepository(*byRepository).insert(c);
    }
    int contactSignals = 0;
    QObject::connect(
        &byLoader->notifier(), &ChangeNotifier::contactsChanged, [&] { ++contactSignals; });
    {
        BulkLoader loader(*byLoader);
        const qint64 organisationId = loader.addOrganisation(o);
        c.memberships = { Membership { organisationId, o.name, QStringLiteral("Directrice") } };
        loader.addContact(c);
        CHECK(contactSignals == 0);
        loader.finish();
    }
    CHECK(contactSignals == 1);
    CHECK(dump(*byLoader) == dump(*byRepository));
    CHECK(scalar(*byLoader, "SELECT count(*) FROM organisation_search") == 1);

    // Interactions and follow-ups, with their actors.
    Interaction call;
    call.date = QDate(2014, 11, 3);
    call.kindId = 1;
    call.staffId = 2;
    call.subject = QStringLiteral("Appel pour la SERD : atelier compostage");
    call.note = QStringLiteral("Action prévue le samedi.");
    call.actors = { ActorRef::contact(1), ActorRef::organisation(1) };
    call.createdAt = created;
    call.updatedAt = updated;
    Interaction thanks = call;
    thanks.date = QDate(2014, 12, 1);
    thanks.kindId = 6;
    thanks.staffId = 0;
    thanks.subject = QStringLiteral("Remerciements pour l'animation");
    thanks.note.clear();
    thanks.actors = { ActorRef::organisation(1) };
    FollowUp poster;
    poster.due = QDate(2014, 11, 10);
    poster.action = QStringLiteral("Envoyer l'affiche SERD");
    poster.staffId = 2;
    poster.actors = call.actors;
    poster.createdAt = created;
    poster.updatedAt = updated;
    FollowUp thank = poster;
    thank.due = QDate(2014, 11, 28);
    thank.action = QStringLiteral("Remercier pour l'animation");
    thank.actors = { ActorRef::organisation(1) };
    {
        InteractionRepository interactions(*byRepository);
        poster.interactionId = interactions.insert(call);
        thank.doneInteractionId = interactions.insert(thanks);
        thank.doneOn = thanks.date;
        FollowUpRepository(*byRepository).insert(poster);
        FollowUpRepository(*byRepository).insert(thank);
    }
    int interactionSignals = 0;
    int followUpSignals = 0;
    QObject::connect(
        &byLoader->notifier(), &ChangeNotifier::interactionsChanged, [&] { ++interactionSignals; });
    QObject::connect(
        &byLoader->notifier(), &ChangeNotifier::followUpsChanged, [&] { ++followUpSignals; });
    {
        BulkLoader loader(*byLoader);
        CHECK(loader.addInteraction(call) == poster.interactionId);
        CHECK(loader.addInteraction(thanks) == thank.doneInteractionId);
        loader.addFollowUp(poster);
        loader.addFollowUp(thank);
        CHECK(interactionSignals == 0);
        loader.finish();
    }
    CHECK(interactionSignals == 1);
    CHECK(followUpSignals == 1);
    CHECK(scalar(*byLoader, "SELECT count(*) FROM interaction_contact") == 1);
    CHECK(scalar(*byLoader, "SELECT count(*) FROM follow_up_organisation") == 2);
    CHECK(dump(*byLoader) == dump(*byRepository));

    // Meetings with their staff and invitations, times and commune set or not.
    Meeting council;
    council.typeId = 1;
    council.title = QStringLiteral("Conseil d'acteurs de juin 2014");
    council.date = QDate(2014, 6, 12);
    council.startsAt = QTime(18, 0);
    council.endsAt = QTime(20, 0);
    council.place = QStringLiteral("Salle des Adjudants, Cour des Chaînes");
    council.communeId = 1;
    council.themes = QStringLiteral("bilan de la SERD, témoignages");
    council.description = QStringLiteral("Deux partenaires témoignent.");
    council.staffIds = { 1, 2 };
    council.createdAt = created;
    council.updatedAt = updated;
    Meeting workshop;
    workshop.typeId = 2;
    workshop.title = QStringLiteral("Atelier compostage");
    workshop.date = QDate(2014, 9, 2);
    workshop.id = 40;
    const QList<Invitation> invitations {
        { 1, AttendanceStatus::Present, false,
            QDateTime(QDate(2014, 6, 12), QTime(16, 5), Qt::UTC) },
        { 500, AttendanceStatus::Present, true,
            QDateTime(QDate(2014, 6, 12), QTime(16, 9), Qt::UTC) },
    };
    const Invitation unanswered { 1, AttendanceStatus::Invited, false, created };
    {
        // The person invited to the workshop (500) is given the id the loader keeps below.
        Contact walkIn = c;
        walkIn.id = 500;
        walkIn.memberships.clear();
        walkIn.emails.clear();
        ContactRepository(*byRepository).insert(walkIn);
        MeetingRepository repository(*byRepository);
        const qint64 councilId = repository.insert(council);
        repository.writeInvitations(councilId, invitations);
        repository.writeInvitations(repository.insert(workshop), { unanswered });
    }
    int meetingSignals = 0;
    QObject::connect(
        &byLoader->notifier(), &ChangeNotifier::meetingsChanged, [&] { ++meetingSignals; });
    {
        BulkLoader loader(*byLoader);
        Contact walkIn = c;
        walkIn.id = 500;
        walkIn.memberships.clear();
        walkIn.emails.clear();
        loader.addContact(walkIn);
        const qint64 councilId = loader.addMeeting(council);
        for (const Invitation &invitation : invitations)
            loader.addInvitation(councilId, invitation);
        CHECK(loader.addMeeting(workshop) == 40);
        loader.addInvitation(40, unanswered);
        CHECK(meetingSignals == 0);
        loader.finish();
    }
    CHECK(meetingSignals == 1);
    CHECK(scalar(*byLoader, "SELECT count(*) FROM meeting_staff") == 2);
    CHECK(scalar(*byLoader, "SELECT count(*) FROM meeting WHERE starts_at IS NULL") == 1);
    CHECK(dump(*byLoader) == dump(*byRepository));

    // Ids given are kept; an unknown tag is an error, and an unfinished load leaves nothing.
    {
        BulkLoader loader(*byLoader);
        Contact withId = c;
        withId.id = 501;
        withId.memberships.clear();
        CHECK(loader.addContact(withId) == 501);
        Contact unknownTag = c;
        unknownTag.memberships.clear();
        unknownTag.tagNames = { QStringLiteral("no such tag") };
        CHECK_THROWS_AS(loader.addContact(unknownTag), DatabaseError);
    }
    CHECK(ContactRepository(*byLoader).count() == 2);
    CHECK(dump(*byLoader) == dump(*byRepository));
}
