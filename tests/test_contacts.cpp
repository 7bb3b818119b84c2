#include "catchqt.h"
#include "testdatabase.h"

#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/domain/idlist.h>

using namespace relais;

namespace {

qint64 addItem(Database &db, ReferenceList list, const QString &name)
{
    ReferenceItem item;
    item.name = name;
    return ReferenceListRepository(db).add(list, item);
}

qint64 addOrganisation(Database &db, const QString &name, const QString &acronym = {})
{
    Organisation o;
    o.name = name;
    o.acronym = acronym;
    return OrganisationRepository(db).insert(o);
}

Contact person(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    return c;
}

QList<qint64> search(Database &db, const ActorFilter &filter,
    ContactSortKey key = ContactSortKey::LastName, Qt::SortOrder order = Qt::AscendingOrder)
{
    return ContactRepository(db).findIds(filter, key, order);
}

QList<qint64> search(Database &db, const QString &text)
{
    ActorFilter filter;
    filter.text = text;
    return search(db, filter);
}

} // namespace

TEST_CASE("A contact is stored and read back with everything it holds")
{
    TestDatabase db;
    const qint64 commune = addItem(*db, ReferenceList::Commune, QStringLiteral("Mulhouse"));
    addItem(*db, ReferenceList::Tag, QStringLiteral("compostage"));
    const qint64 org = addOrganisation(*db, QStringLiteral("Repair Café Mulhouse"));
    const qint64 type = ReferenceListRepository(*db).items(ReferenceList::ActorType).first().id;
    const qint64 domain = ReferenceListRepository(*db).items(ReferenceList::Domain).first().id;

    Contact c = person(QStringLiteral("Élodie"), QStringLiteral("Sénéchal"));
    c.civility = Civility::Madam;
    c.emails = { QStringLiteral("elodie.senechal@repaircafe.fr"),
        QStringLiteral("e.senechal@gmail.com") };
    c.phones = { QStringLiteral("06 12 34 56 78") };
    c.communeId = commune;
    c.memberships
        = { { org, QStringLiteral("Repair Café Mulhouse"), QStringLiteral("Présidente") } };
    c.typeId = type;
    c.domainIds = { domain };
    c.tagNames = { QStringLiteral("compostage") };
    c.networkHead = true;
    c.relayActor = true;
    c.relayActorSince = QDate(2014, 3, 1);
    c.notes = QStringLiteral("Vue au conseil d'acteurs");
    c.emailConsent.status = Consent::Given;
    c.emailConsent.date = QDate(2014, 2, 10);
    c.emailConsent.note = QStringLiteral("Formulaire papier");
    c.emailConsent.source = ConsentSource::Form;
    c.postConsent = { Consent::Refused, QDate(2014, 2, 11), ConsentSource::Phone,
        QStringLiteral("Pas de courrier") };

    ContactRepository contacts(*db);
    const qint64 id = contacts.insert(c);
    Contact loaded = *contacts.load(id);
    CHECK(loaded.createdAt.isValid());
    CHECK(loaded.updatedAt.isValid());
    c.id = id;
    c.createdAt = loaded.createdAt;
    c.updatedAt = loaded.updatedAt;
    CHECK(loaded == c);
}

TEST_CASE("Updating replaces the lists and moves updated_at; deleting removes everything")
{
    TestDatabase db;
    ContactRepository contacts(*db);
    Contact c = person(QStringLiteral("Paul"), QStringLiteral("Keller"));
    c.emails = { QStringLiteral("pk@oldmail.fr") };
    const qint64 id = contacts.insert(c);
    Contact loaded = *contacts.load(id);
    loaded.emails = { QStringLiteral("paul.keller@example.fr") };
    loaded.updatedAt = QDateTime();
    contacts.update(loaded);
    CHECK(contacts.load(id)->emails == QStringList { QStringLiteral("paul.keller@example.fr") });
    CHECK(search(*db, QStringLiteral("paul.keller")).size() == 1);
    CHECK(search(*db, QStringLiteral("oldmail")).isEmpty());

    contacts.remove(id);
    CHECK_FALSE(contacts.load(id));
    CHECK(search(*db, QStringLiteral("keller")).isEmpty());
    CHECK_THROWS_AS(contacts.remove(id), DatabaseError);
    loaded.id = id;
    CHECK_THROWS_AS(contacts.update(loaded), DatabaseError);
}

TEST_CASE("Search folds accents and case, matches word starts across fields")
{
    TestDatabase db;
    const qint64 illzach = addItem(*db, ReferenceList::Commune, QStringLiteral("Illzach"));
    addItem(*db, ReferenceList::Tag, QStringLiteral("Gaspillage alimentaire"));
    const qint64 csc = addOrganisation(
        *db, QStringLiteral("Centre socio-culturel Papin"), QStringLiteral("CSC"));
    ContactRepository contacts(*db);
    Contact a = person(QStringLiteral("Élodie"), QStringLiteral("Sénéchal"));
    a.memberships = { { csc, QString(), QString() } };
    a.emails = { QStringLiteral("e.senechal@csc-papin.fr") };
    const qint64 ida = contacts.insert(a);
    Contact b = person(QStringLiteral("Marc"), QStringLiteral("Dupont"));
    b.communeId = illzach;
    b.tagNames = { QStringLiteral("Gaspillage alimentaire") };
    const qint64 idb = contacts.insert(b);

    CHECK(search(*db, QStringLiteral("Senechal")) == QList<qint64> { ida });
    CHECK(search(*db, QStringLiteral("SÉNÉ")) == QList<qint64> { ida });
    CHECK(search(*db, QStringLiteral("elo sen")) == QList<qint64> { ida });
    CHECK(search(*db, QStringLiteral("papin")) == QList<qint64> { ida });
    CHECK(search(*db, QStringLiteral("csc")) == QList<qint64> { ida });
    CHECK(search(*db, QStringLiteral("csc-papin.fr")) == QList<qint64> { ida });
    CHECK(search(*db, QStringLiteral("illz")) == QList<qint64> { idb });
    CHECK(search(*db, QStringLiteral("gaspi")) == QList<qint64> { idb });
    CHECK(search(*db, QStringLiteral("d")).contains(idb));
    CHECK(search(*db, QStringLiteral("zzz")).isEmpty());
    // FTS operators typed by the user are taken as text, not syntax.
    CHECK_NOTHROW(search(*db, QStringLiteral("\"dup* OR NEAR(")));
    CHECK(search(*db, QStringLiteral("  ")).size() == 2);
}

TEST_CASE("Renaming an organisation renames it in its members' list lines and search")
{
    TestDatabase db;
    const qint64 org = addOrganisation(*db, QStringLiteral("Asso Zéro Déchet"));
    Contact c = person(QStringLiteral("Anne"), QStringLiteral("Lefèvre"));
    c.memberships = { { org, QString(), QStringLiteral("Trésorière") } };
    const qint64 id = ContactRepository(*db).insert(c);
    Organisation o = *OrganisationRepository(*db).load(org);
    o.name = QStringLiteral("Zero Waste Mulhouse");
    o.updatedAt = QDateTime();
    OrganisationRepository(*db).update(o);
    CHECK(ContactRepository(*db).rows({ id }).first().organisations
        == QStringLiteral("Zero Waste Mulhouse"));
    CHECK(search(*db, QStringLiteral("waste")) == QList<qint64> { id });
    CHECK(search(*db, QStringLiteral("dechet")).isEmpty());
}

TEST_CASE("Filters combine: AND across criteria, OR within one")
{
    TestDatabase db;
    const qint64 mulhouse = addItem(*db, ReferenceList::Commune, QStringLiteral("Mulhouse"));
    const qint64 illzach = addItem(*db, ReferenceList::Commune, QStringLiteral("Illzach"));
    const qint64 rixheim = addItem(*db, ReferenceList::Commune, QStringLiteral("Rixheim"));
    const qint64 tag = addItem(*db, ReferenceList::Tag, QStringLiteral("SERD 2014"));
    const auto domains = ReferenceListRepository(*db).items(ReferenceList::Domain);
    const auto types = ReferenceListRepository(*db).items(ReferenceList::ActorType);
    ContactRepository contacts(*db);
    Contact a = person(QStringLiteral("A"), QStringLiteral("Alpha"));
    a.communeId = mulhouse;
    a.networkHead = true;
    a.tagNames = { QStringLiteral("SERD 2014") };
    a.domainIds = { domains[0].id };
    a.typeId = types[0].id;
    const qint64 ia = contacts.insert(a);
    Contact b = person(QStringLiteral("B"), QStringLiteral("Bravo"));
    b.communeId = illzach;
    b.relayActor = true;
    b.domainIds = { domains[1].id };
    b.typeId = types[1].id;
    const qint64 ib = contacts.insert(b);
    Contact c = person(QStringLiteral("C"), QStringLiteral("Charlie"));
    c.communeId = rixheim;
    const qint64 ic = contacts.insert(c);

    ActorFilter f;
    f.communeIds = { mulhouse, illzach };
    CHECK(search(*db, f) == QList<qint64> { ia, ib });
    f.networkHeadOnly = true;
    CHECK(search(*db, f) == QList<qint64> { ia });
    f = {};
    f.relayActorOnly = true;
    CHECK(search(*db, f) == QList<qint64> { ib });
    f = {};
    f.tagIds = { tag };
    CHECK(search(*db, f) == QList<qint64> { ia });
    f = {};
    f.domainIds = { domains[1].id };
    CHECK(search(*db, f) == QList<qint64> { ib });
    f = {};
    f.typeIds = { types[0].id, types[1].id };
    f.text = QStringLiteral("bra");
    CHECK(search(*db, f) == QList<qint64> { ib });
    CHECK(search(*db, ActorFilter {}) == QList<qint64> { ia, ib, ic });
}

TEST_CASE("Sorting by a column keeps blanks last in both directions")
{
    TestDatabase db;
    const qint64 mulhouse = addItem(*db, ReferenceList::Commune, QStringLiteral("Mulhouse"));
    const qint64 illzach = addItem(*db, ReferenceList::Commune, QStringLiteral("Illzach"));
    ContactRepository contacts(*db);
    Contact a = person(QStringLiteral("A"), QStringLiteral("Zorn"));
    a.communeId = mulhouse;
    const qint64 ia = contacts.insert(a);
    Contact b = person(QStringLiteral("B"), QStringLiteral("Élie"));
    b.communeId = illzach;
    const qint64 ib = contacts.insert(b);
    const qint64 ic = contacts.insert(person(QStringLiteral("C"), QStringLiteral("Adam")));

    CHECK(search(*db, {}, ContactSortKey::LastName)
        == QList<qint64> { ic, ib, ia }); // Élie sorts as Elie
    CHECK(search(*db, {}, ContactSortKey::LastName, Qt::DescendingOrder)
        == QList<qint64> { ia, ib, ic });
    CHECK(search(*db, {}, ContactSortKey::Commune) == QList<qint64> { ib, ia, ic });
    CHECK(search(*db, {}, ContactSortKey::Commune, Qt::DescendingOrder)
        == QList<qint64> { ia, ib, ic });
    for (const auto key :
        { ContactSortKey::FirstName, ContactSortKey::Organisation, ContactSortKey::Role,
            ContactSortKey::Email, ContactSortKey::Phone, ContactSortKey::Type,
            ContactSortKey::Tags, ContactSortKey::Flags, ContactSortKey::UpdatedAt })
        CHECK(search(*db, {}, key).size() == 3);
}

TEST_CASE("List lines come back in the order of the ids asked for")
{
    TestDatabase db;
    ContactRepository contacts(*db);
    const qint64 a = contacts.insert(person(QStringLiteral("A"), QStringLiteral("Alpha")));
    const qint64 b = contacts.insert(person(QStringLiteral("B"), QStringLiteral("Bravo")));
    const auto rows = contacts.rows({ b, 12345, a });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].lastName == QStringLiteral("Bravo"));
    CHECK(rows[1].lastName == QStringLiteral("Alpha"));
}

TEST_CASE("Duplicates are found by e-mail and by name, accents and order aside")
{
    TestDatabase db;
    ContactRepository contacts(*db);
    Contact existing = person(QStringLiteral("Élodie"), QStringLiteral("Sénéchal"));
    existing.emails = { QStringLiteral("elodie@example.fr") };
    const qint64 id = contacts.insert(existing);

    Contact typed = person(QStringLiteral("elodie"), QStringLiteral("SENECHAL"));
    auto found = contacts.findDuplicates(typed);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == id);
    CHECK(found.first().reason == ContactDuplicate::Reason::SameName);

    typed = person(QStringLiteral("Sénéchal"), QStringLiteral("Élodie")); // first and last swapped
    CHECK(contacts.findDuplicates(typed).size() == 1);

    typed = person(QStringLiteral("E."), QStringLiteral("S."));
    typed.emails = { QStringLiteral("ELODIE@example.fr") };
    found = contacts.findDuplicates(typed);
    REQUIRE(found.size() == 1);
    CHECK(found.first().reason == ContactDuplicate::Reason::SameEmail);

    existing.id = id;
    CHECK(contacts.findDuplicates(existing).isEmpty()); // not a duplicate of itself
    CHECK(contacts.findDuplicates(person(QStringLiteral("Marc"), QStringLiteral("Sénéchal")))
              .isEmpty());
}

TEST_CASE("Search spells ligatures out on both sides")
{
    TestDatabase db;
    const qint64 id = ContactRepository(*db).insert(
        person(QStringLiteral("Anne"), QStringLiteral("Schœnenberger")));
    CHECK(search(*db, QStringLiteral("schoenen")) == QList<qint64> { id });
    CHECK(search(*db, QStringLiteral("Schœn")) == QList<qint64> { id });
    CHECK(search(*db, QStringLiteral("SCHOEN")) == QList<qint64> { id });
}

TEST_CASE("Matching ids, asked without order, are the same set as the sorted search")
{
    TestDatabase db;
    const qint64 illzach = addItem(*db, ReferenceList::Commune, QStringLiteral("Illzach"));
    ContactRepository contacts(*db);
    for (int i = 0; i < 30; ++i) {
        Contact c = person(QStringLiteral("Prénom%1").arg(i),
            i % 2 ? QStringLiteral("Muller%1").arg(i) : QStringLiteral("Meyer%1").arg(i));
        c.communeId = i % 3 ? illzach : 0;
        c.networkHead = i % 5 == 0;
        contacts.insert(c);
    }
    const auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    ActorFilter filters[4];
    filters[0].text = QStringLiteral("mul");
    filters[1].communeIds = { illzach };
    filters[2].text = QStringLiteral("mey");
    filters[2].communeIds = { illzach };
    filters[3].text = QStringLiteral("prenom1");
    filters[3].networkHeadOnly = true;
    for (const ActorFilter &filter : filters) {
        const QList<qint64> expected = search(*db, filter);
        CHECK_FALSE(expected.isEmpty());
        CHECK(sorted(contacts.matchingIds(filter)) == sorted(expected));
    }
}

TEST_CASE("Ids in order keeps the order of the first list")
{
    CHECK(idsInOrder({ 5, 3, 9, 1 }, { 1, 9, 42 }) == QList<qint64> { 9, 1 });
    CHECK(idsInOrder({ 5, 3 }, {}).isEmpty());
    CHECK(idsInOrder({}, { 1, 2 }).isEmpty());
}
