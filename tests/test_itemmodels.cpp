#include "catchqt.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/item/actorcolumns.h>
#include <models/item/contacttablemodel.h>
#include <models/item/organisationtablemodel.h>
#include <models/item/referencelistmodel.h>

using namespace relais;

namespace {

void addContacts(Database &db, int count)
{
    ContactRepository contacts(db);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Prénom%1").arg(i);
        c.lastName = QStringLiteral("Nom%1").arg(i, 4, 10, QLatin1Char('0'));
        c.emails = { QStringLiteral("p%1@example.fr").arg(i) };
        contacts.insert(c);
    }
}

} // namespace

TEST_CASE("The contacts model passes the model tester through filtering, sorting and changes")
{
    TestDatabase db;
    addContacts(*db, 300); // more than two pages of the cache
    ContactTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 300);
    CHECK(model.totalCount() == 300);
    CHECK(model.columnCount() == ContactColumn::Count);
    CHECK(model.index(0, ContactColumn::LastName).data().toString() == QStringLiteral("Nom0000"));
    CHECK(model.index(299, ContactColumn::Email).data().toString()
        == QStringLiteral("p299@example.fr"));
    CHECK(model.headerData(ContactColumn::Commune, Qt::Horizontal).toString()
        == QStringLiteral("Commune"));

    model.sort(ContactColumn::LastName, Qt::DescendingOrder);
    CHECK(model.index(0, ContactColumn::LastName).data().toString() == QStringLiteral("Nom0299"));

    ActorFilter filter;
    filter.text = QStringLiteral("nom015");
    model.setFilter(filter);
    CHECK(model.rowCount() == 10);
    CHECK(model.totalCount() == 300);
    const qint64 first = model.idAt(0);
    CHECK(model.rowOf(first) == 0);
    CHECK(model.index(0, 0).data(IdRole).toLongLong() == first);

    // A change committed elsewhere reaches the model through the notifier.
    QSignalSpy refreshed(&model, &ActorTableModel::refreshed);
    Contact c;
    c.lastName = QStringLiteral("Nom0150bis");
    ContactRepository(*db).insert(c);
    CHECK(refreshed.count() == 1);
    CHECK(model.rowCount() == 11);
}

TEST_CASE("An edit that keeps the rows refreshes them without a reset")
{
    TestDatabase db;
    addContacts(*db, 3);
    ContactTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Contact c = *ContactRepository(*db).load(model.idAt(1));
    c.firstName = QStringLiteral("Changé");
    c.updatedAt = QDateTime();
    ContactRepository(*db).update(c);
    CHECK(reset.count() == 0);
    CHECK(changed.count() == 1);
    CHECK(model.index(1, ContactColumn::FirstName).data().toString() == QStringLiteral("Changé"));
}

TEST_CASE("The organisations model passes the model tester and counts members")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    OrganisationTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    Contact c;
    c.lastName = QStringLiteral("Meyer");
    c.memberships = { { 0, QStringLiteral("Atelier Vélo"), QString() } };
    commands.addContact(c);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, OrganisationColumn::Name).data().toString()
        == QStringLiteral("Atelier Vélo"));
    CHECK(model.index(0, OrganisationColumn::Members).data().toInt() == 1);
    stack.undo();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The reference list model follows the list, with a blank row and retired items on demand")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    ReferenceListModel active(*db, ReferenceList::Tag);
    ReferenceListModel all(*db, ReferenceList::Tag, ReferenceListModel::Options::WithRetired);
    QAbstractItemModelTester tester1(
        &active, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tester2(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReferenceItem item;
    item.name = QStringLiteral("réemploi");
    const auto id = commands.addReferenceItem(ReferenceList::Tag, item);
    CHECK(active.rowCount() == 1);
    commands.setReferenceItemRetired(ReferenceList::Tag, *id, true);
    CHECK(active.rowCount() == 0);
    CHECK(all.rowCount() == 1);
    CHECK(all.index(0).data().toString() == QStringLiteral("réemploi (retired)"));
    active.keepShown(*id);
    CHECK(active.rowCount() == 1);
    active.setBlankRow(true);
    CHECK(active.rowCount() == 2);
    CHECK(active.idAt(0) == 0);
    CHECK(active.rowOf(*id) == 1);
}
