#include "catchqt.h"
#include "testdatabase.h"

#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>

using namespace relais;

TEST_CASE("An organisation is stored, read back, searched and sorted")
{
    TestDatabase db;
    ReferenceItem commune;
    commune.name = QStringLiteral("Kingersheim");
    const qint64 kingersheim = ReferenceListRepository(*db).add(ReferenceList::Commune, commune);
    OrganisationRepository organisations(*db);
    Organisation o;
    o.name = QStringLiteral("Ressourcerie du Bassin potassique");
    o.acronym = QStringLiteral("RBP");
    o.communeId = kingersheim;
    o.address = QStringLiteral("12 rue de la Paix");
    o.phone = QStringLiteral("03 89 12 34 56");
    o.email = QStringLiteral("contact@rbp.fr");
    o.website = QStringLiteral("www.rbp.fr");
    o.networkHead = true;
    o.domainIds = { ReferenceListRepository(*db).items(ReferenceList::Domain).first().id };
    const qint64 id = organisations.insert(o);
    Organisation loaded = *organisations.load(id);
    o.id = id;
    o.createdAt = loaded.createdAt;
    o.updatedAt = loaded.updatedAt;
    CHECK(loaded == o);

    Organisation other;
    other.name = QStringLiteral("Atelier Vélo");
    const qint64 velo = organisations.insert(other);
    ActorFilter filter;
    filter.text = QStringLiteral("potass");
    CHECK(organisations.findIds(filter, OrganisationSortKey::Name, Qt::AscendingOrder)
        == QList<qint64> { id });
    filter.text = QStringLiteral("kinger");
    CHECK(organisations.findIds(filter, OrganisationSortKey::Name, Qt::AscendingOrder)
        == QList<qint64> { id });
    filter = {};
    filter.networkHeadOnly = true;
    CHECK(organisations.findIds(filter, OrganisationSortKey::Name, Qt::AscendingOrder)
        == QList<qint64> { id });
    CHECK(organisations.findIds({}, OrganisationSortKey::Name, Qt::AscendingOrder)
        == QList<qint64> { velo, id });
    CHECK(organisations.findIds({}, OrganisationSortKey::Acronym, Qt::AscendingOrder)
        == QList<qint64> { id, velo });
    CHECK(organisations.findIds({}, OrganisationSortKey::Acronym, Qt::DescendingOrder)
        == QList<qint64> { id, velo });
    CHECK(organisations.sameName(QStringLiteral("atelier  velo")).size() == 1);
    CHECK(organisations.sameName(QStringLiteral("Atelier Vélo"), velo).isEmpty());
}

TEST_CASE("Deleting an organisation keeps its members and restoring brings the memberships back")
{
    TestDatabase db;
    OrganisationRepository organisations(*db);
    Organisation o;
    o.name = QStringLiteral("Centre social Wagner");
    const qint64 org = organisations.insert(o);
    Contact c;
    c.firstName = QStringLiteral("Luc");
    c.lastName = QStringLiteral("Meyer");
    c.memberships = { { org, QString(), QStringLiteral("Directeur") } };
    const qint64 luc = ContactRepository(*db).insert(c);
    CHECK(organisations.rows({ org }).first().memberCount == 1);

    const DeletedOrganisation deleted = organisations.remove(org);
    CHECK(ContactRepository(*db).load(luc)->memberships.isEmpty());
    CHECK(ContactRepository(*db).rows({ luc }).first().organisations.isEmpty());

    organisations.restore(deleted);
    const Contact back = *ContactRepository(*db).load(luc);
    REQUIRE(back.memberships.size() == 1);
    CHECK(back.memberships.first().organisationId == org);
    CHECK(back.memberships.first().role == QStringLiteral("Directeur"));
    CHECK(ContactRepository(*db).rows({ luc }).first().organisations
        == QStringLiteral("Centre social Wagner"));
}
