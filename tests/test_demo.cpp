#include "catchqt.h"
#include "testdatabase.h"

#include <QFile>
#include <QSet>
#include <QStringList>
#include <models/db/bulkloader.h>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/followuprepository.h>
#include <models/db/interactionrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
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

    const int relays = scalar(*db, "SELECT count(*) FROM contact WHERE relay_actor = 1");
    CHECK(relays >= 10);
    CHECK(relays <= 35);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE relay_actor = 1 AND "
              "(relay_actor_since IS NULL OR relay_actor_since NOT LIKE '2024-%')")
        == 0);
    // The training's sessions keep their weekdays from year to year.
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE relay_actor = 1 "
              "AND strftime('%w', relay_actor_since) IN ('0', '6')")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact WHERE relay_actor = 0 "
              "AND relay_actor_since IS NOT NULL")
        == 0);
    CHECK(scalar(*db,
              "SELECT count(*) FROM contact c JOIN contact_tag ct ON ct.contact_id = c.id "
              "JOIN tag t ON t.id = ct.tag_id "
              "WHERE c.relay_actor = 1 AND t.name = 'formation relais 2024'")
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
    CHECK(some(QStringLiteral("Appel pour la SERD : ")) > 3);
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
    for (const qint64 id : dormantContacts)
        CHECK(history->ofContact(id).isEmpty());
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

    ActorFilter filter;
    filter.text = QStringLiteral("kingersheim");
    const QList<qint64> found
        = ContactRepository(*db).findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder);
    CHECK(found.size() > 100);
    CHECK(found.size() < 10000);
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
    c.consent = Consent::Given;
    c.consentDate = QDate(2014, 3, 1);
    c.consentMethod = QStringLiteral("formulaire papier");
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

    // Ids given are kept; an unknown tag is an error, and an unfinished load leaves nothing.
    {
        BulkLoader loader(*byLoader);
        Contact withId = c;
        withId.id = 500;
        withId.memberships.clear();
        CHECK(loader.addContact(withId) == 500);
        Contact unknownTag = c;
        unknownTag.memberships.clear();
        unknownTag.tagNames = { QStringLiteral("no such tag") };
        CHECK_THROWS_AS(loader.addContact(unknownTag), DatabaseError);
    }
    CHECK(ContactRepository(*byLoader).count() == 1);
    CHECK(dump(*byLoader) == dump(*byRepository));
}
