#include "catchqt.h"
#include "testdatabase.h"

#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>

using namespace relais;

namespace {

qint64 addItem(Database &db, ReferenceList list, const char *name)
{
    ReferenceItem item;
    item.name = QString::fromUtf8(name);
    return ReferenceListRepository(db).add(list, item);
}

QStringList names(Database &db, ReferenceList list, bool withRetired = true)
{
    QStringList result;
    for (const ReferenceItem &item : ReferenceListRepository(db).items(list, withRetired))
        result << item.name;
    return result;
}

} // namespace

TEST_CASE("Reference items keep their order, and one folded name is one item")
{
    TestDatabase db;
    addItem(*db, ReferenceList::Commune, "Mulhouse");
    const qint64 illzach = addItem(*db, ReferenceList::Commune, "Illzach");
    addItem(*db, ReferenceList::Commune, "Kingersheim");
    CHECK(
        names(*db, ReferenceList::Commune) == QStringList { "Mulhouse", "Illzach", "Kingersheim" });
    CHECK_THROWS_AS(addItem(*db, ReferenceList::Commune, " mulhouse "), DatabaseError);
    CHECK_THROWS_AS(addItem(*db, ReferenceList::Commune, "   "), DatabaseError);
    CHECK(ReferenceListRepository(*db)
              .findByName(ReferenceList::Commune, QStringLiteral("ILLZACH"))
              ->id
        == illzach);
}

TEST_CASE("Rename, reorder and retire")
{
    TestDatabase db;
    ReferenceListRepository lists(*db);
    const qint64 a = addItem(*db, ReferenceList::Tag, "compost");
    const qint64 b = addItem(*db, ReferenceList::Tag, "réemploi");
    lists.rename(ReferenceList::Tag, a, QStringLiteral("compostage"));
    CHECK_THROWS_AS(lists.rename(ReferenceList::Tag, a, QStringLiteral("Réemploi")), DatabaseError);
    lists.reorder(ReferenceList::Tag, { b, a });
    CHECK(names(*db, ReferenceList::Tag) == QStringList { "réemploi", "compostage" });
    lists.setRetired(ReferenceList::Tag, b, true);
    CHECK(names(*db, ReferenceList::Tag, false) == QStringList { "compostage" });
    CHECK(names(*db, ReferenceList::Tag, true).size() == 2);
}

TEST_CASE("A used item cannot be deleted; renaming it updates the search")
{
    TestDatabase db;
    const qint64 commune = addItem(*db, ReferenceList::Commune, "Rixheim");
    Contact c;
    c.lastName = QStringLiteral("Dupont");
    c.communeId = commune;
    ContactRepository(*db).insert(c);
    ReferenceListRepository lists(*db);
    CHECK(lists.usageCount(ReferenceList::Commune, commune) == 1);
    CHECK_THROWS_AS(lists.remove(ReferenceList::Commune, commune), DatabaseError);
    lists.rename(ReferenceList::Commune, commune, QStringLiteral("Riedisheim"));
    ActorFilter filter;
    filter.text = QStringLiteral("riedis");
    CHECK(
        ContactRepository(*db).findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder).size()
        == 1);
    filter.text = QStringLiteral("rixheim");
    CHECK(ContactRepository(*db)
              .findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder)
              .isEmpty());
}

TEST_CASE("Merging moves every record to the kept item, and unmerging puts them back exactly")
{
    TestDatabase db;
    ReferenceListRepository lists(*db);
    const qint64 typo = addItem(*db, ReferenceList::Domain, "Educatif");
    const qint64 kept = lists.items(ReferenceList::Domain)[1].id; // "Educational"
    Contact both;
    both.lastName = QStringLiteral("Both");
    both.domainIds = { typo, kept };
    Contact onlyTypo;
    onlyTypo.lastName = QStringLiteral("Typo");
    onlyTypo.domainIds = { typo };
    ContactRepository contacts(*db);
    const qint64 bothId = contacts.insert(both);
    const qint64 typoId = contacts.insert(onlyTypo);
    Organisation o;
    o.name = QStringLiteral("École Jean Macé");
    o.domainIds = { typo };
    const qint64 school = OrganisationRepository(*db).insert(o);

    const ReferenceMerge merge = lists.merge(ReferenceList::Domain, typo, kept);
    CHECK_FALSE(lists.item(ReferenceList::Domain, typo));
    CHECK(contacts.load(bothId)->domainIds == QList<qint64> { kept });
    CHECK(contacts.load(typoId)->domainIds == QList<qint64> { kept });
    CHECK(OrganisationRepository(*db).load(school)->domainIds == QList<qint64> { kept });

    lists.unmerge(merge);
    CHECK(lists.item(ReferenceList::Domain, typo)->name == QStringLiteral("Educatif"));
    CHECK(contacts.load(bothId)->domainIds
        == QList<qint64> { std::min(typo, kept), std::max(typo, kept) });
    CHECK(contacts.load(typoId)->domainIds == QList<qint64> { typo });
    CHECK(OrganisationRepository(*db).load(school)->domainIds == QList<qint64> { typo });
}

TEST_CASE("Merging communes repoints contacts and organisations")
{
    TestDatabase db;
    ReferenceListRepository lists(*db);
    const qint64 wrong = addItem(*db, ReferenceList::Commune, "Mulhous");
    const qint64 right = addItem(*db, ReferenceList::Commune, "Mulhouse");
    Contact c;
    c.lastName = QStringLiteral("Dupont");
    c.communeId = wrong;
    const qint64 id = ContactRepository(*db).insert(c);
    lists.merge(ReferenceList::Commune, wrong, right);
    CHECK(ContactRepository(*db).load(id)->communeId == right);
    CHECK_THROWS_AS(lists.merge(ReferenceList::Commune, right, right), DatabaseError);
}
