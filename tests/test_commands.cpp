#include "catchqt.h"
#include "testdatabase.h"

#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>

using namespace relais;

namespace {

Contact person(const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    return c;
}

} // namespace

TEST_CASE("Adding a contact is one undoable step, new commune, tags and organisation included")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact c = person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    c.communeName = QStringLiteral("Wittenheim");
    c.tagNames = { QStringLiteral("compostage") };
    c.memberships
        = { { 0, QStringLiteral("Jardins partagés de Wittenheim"), QStringLiteral("Bénévole") } };
    c.phones = { QStringLiteral("0612345678") };
    const auto id = commands.addContact(c);
    REQUIRE(id);
    CHECK(stack.count() == 1);
    const Contact stored = *ContactRepository(*db).load(*id);
    CHECK(stored.phones == QStringList { QStringLiteral("06 12 34 56 78") });
    CHECK(stored.memberships.first().organisationName
        == QStringLiteral("Jardins partagés de Wittenheim"));
    const qint64 org = stored.memberships.first().organisationId;
    CHECK(ReferenceListRepository(*db).findByName(
        ReferenceList::Commune, QStringLiteral("Wittenheim")));

    stack.undo();
    CHECK_FALSE(ContactRepository(*db).load(*id));
    CHECK_FALSE(OrganisationRepository(*db).load(org));
    CHECK_FALSE(ReferenceListRepository(*db).findByName(
        ReferenceList::Commune, QStringLiteral("Wittenheim")));
    CHECK_FALSE(
        ReferenceListRepository(*db).findByName(ReferenceList::Tag, QStringLiteral("compostage")));

    stack.redo();
    const Contact again = *ContactRepository(*db).load(*id);
    CHECK(again.memberships.first().organisationId == org); // same ids: later steps still apply
    CHECK(again.communeId == stored.communeId);
    CHECK(again == stored);
}

TEST_CASE("An existing organisation typed by name is joined, not created again")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Organisation o;
    o.name = QStringLiteral("Repair Café Mulhouse");
    const auto org = commands.addOrganisation(o);
    REQUIRE(org);
    Contact c = person(QStringLiteral("Luc"), QStringLiteral("Meyer"));
    c.memberships = { { 0, QStringLiteral("repair cafe mulhouse"), QString() } };
    const auto id = commands.addContact(c);
    REQUIRE(id);
    CHECK(ContactRepository(*db).load(*id)->memberships.first().organisationId == *org);
    CHECK(OrganisationRepository(*db).count() == 1);
    stack.undo();
    CHECK(OrganisationRepository(*db).count() == 1); // not created by this step, so kept
}

TEST_CASE("Invalid input changes nothing and says why")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact c = person(QStringLiteral("Marie"), QString());
    CHECK_FALSE(commands.addContact(c));
    CHECK(commands.lastError().contains(QStringLiteral("last name")));
    c.lastName = QStringLiteral("Dupont");
    c.emails = { QStringLiteral("marie-at-example") };
    CHECK_FALSE(commands.addContact(c));
    CHECK(stack.count() == 0);
    CHECK(ContactRepository(*db).count() == 0);
}

TEST_CASE("A step that fails in the database is not kept on the stack")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact c = person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    c.memberships = { { 424242, QStringLiteral("Gone"), QString() } };
    CHECK_FALSE(commands.addContact(c));
    CHECK_FALSE(commands.lastError().isEmpty());
    CHECK(stack.count() == 0);
    CHECK(ContactRepository(*db).count() == 0);
}

TEST_CASE("Editing is undoable, and an edit that changes nothing adds no step")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto id = commands.addContact(person(QStringLiteral("Marie"), QStringLiteral("Dupont")));
    Contact edited = *ContactRepository(*db).load(*id);
    REQUIRE(commands.updateContact(edited));
    CHECK(stack.count() == 1);
    edited.lastName = QStringLiteral("Durand");
    edited.communeName = QStringLiteral("Illzach");
    REQUIRE(commands.updateContact(edited));
    CHECK(stack.count() == 2);
    CHECK(ContactRepository(*db).load(*id)->lastName == QStringLiteral("Durand"));
    stack.undo();
    CHECK(ContactRepository(*db).load(*id)->lastName == QStringLiteral("Dupont"));
    CHECK_FALSE(
        ReferenceListRepository(*db).findByName(ReferenceList::Commune, QStringLiteral("Illzach")));
    stack.redo();
    CHECK(ContactRepository(*db).load(*id)->lastName == QStringLiteral("Durand"));
}

TEST_CASE("Deleting contacts is undoable with everything they held")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact a = person(QStringLiteral("Anne"), QStringLiteral("Lefèvre"));
    a.emails = { QStringLiteral("anne@example.fr") };
    a.memberships
        = { { 0, QStringLiteral("Maison de quartier Drouot"), QStringLiteral("Animatrice") } };
    const auto ia = commands.addContact(a);
    const auto ib = commands.addContact(person(QStringLiteral("Paul"), QStringLiteral("Keller")));
    const Contact before = *ContactRepository(*db).load(*ia);
    REQUIRE(commands.deleteContacts({ *ia, *ib }));
    CHECK(ContactRepository(*db).count() == 0);
    CHECK(stack.undoText() == QStringLiteral("Delete 2 contacts"));
    stack.undo();
    CHECK(ContactRepository(*db).count() == 2);
    CHECK(*ContactRepository(*db).load(*ia) == before);
    ActorFilter filter;
    filter.text = QStringLiteral("drouot");
    CHECK(ContactRepository(*db).findIds(filter, ContactSortKey::LastName, Qt::AscendingOrder)
        == QList<qint64> { *ia });
}

TEST_CASE("Deleting an organisation is undoable, memberships included")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Contact a = person(QStringLiteral("Anne"), QStringLiteral("Lefèvre"));
    a.memberships
        = { { 0, QStringLiteral("Maison de quartier Drouot"), QStringLiteral("Animatrice") } };
    const auto ia = commands.addContact(a);
    const qint64 org = ContactRepository(*db).load(*ia)->memberships.first().organisationId;
    REQUIRE(commands.deleteOrganisations({ org }));
    CHECK(ContactRepository(*db).load(*ia)->memberships.isEmpty());
    stack.undo();
    CHECK(
        ContactRepository(*db).load(*ia)->memberships.first().role == QStringLiteral("Animatrice"));
}

TEST_CASE("Reference list changes are undoable, merge included")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    ReferenceItem item;
    item.name = QStringLiteral("Mulhous");
    const auto wrong = commands.addReferenceItem(ReferenceList::Commune, item);
    item.name = QStringLiteral("Mulhouse");
    const auto right = commands.addReferenceItem(ReferenceList::Commune, item);
    REQUIRE(wrong);
    REQUIRE(right);
    CHECK_FALSE(commands.addReferenceItem(ReferenceList::Commune, item)); // duplicate
    Contact c = person(QStringLiteral("Luc"), QStringLiteral("Meyer"));
    c.communeId = *wrong;
    const auto id = commands.addContact(c);

    REQUIRE(commands.mergeReferenceItems(ReferenceList::Commune, *wrong, *right));
    CHECK(ContactRepository(*db).load(*id)->communeId == *right);
    stack.undo();
    CHECK(ContactRepository(*db).load(*id)->communeId == *wrong);

    REQUIRE(commands.renameReferenceItem(
        ReferenceList::Commune, *wrong, QStringLiteral("Mulhouse-Dornach")));
    REQUIRE(commands.setCommunePostcode(*wrong, QStringLiteral("68200")));
    REQUIRE(commands.setReferenceItemRetired(ReferenceList::Commune, *wrong, true));
    REQUIRE(commands.reorderReferenceList(ReferenceList::Commune, { *right, *wrong }));
    ReferenceListRepository lists(*db);
    CHECK(lists.items(ReferenceList::Commune).first().id == *right);
    CHECK(lists.item(ReferenceList::Commune, *wrong)->retired);
    stack.undo();
    stack.undo();
    stack.undo();
    stack.undo();
    const ReferenceItem restored = *lists.item(ReferenceList::Commune, *wrong);
    CHECK(restored.name == QStringLiteral("Mulhous"));
    CHECK(restored.postcode.isEmpty());
    CHECK_FALSE(restored.retired);
    CHECK(lists.items(ReferenceList::Commune).first().id == *wrong);
}
