#include "actorspagefixture.h"
#include "catchqt.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/history/history.h>
#include <models/item/actorcolumns.h>
#include <models/item/contacttablemodel.h>
#include <models/item/organisationtablemodel.h>
#include <views/actors/actorfilterbar.h>
#include <views/actors/actorspage.h>
#include <views/actors/actortableview.h>
#include <views/actors/contactdialog.h>
#include <views/actors/filterbutton.h>
#include <views/actors/recordopener.h>

using namespace relais;

namespace {

struct Page : ActorsPageFixture
{
    qint64 add(const QString &first, const QString &last, const QString &commune = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.communeName = commune;
        return *commands.addContact(c);
    }
    QString count() const
    {
        return page->findChild<QLabel *>(QStringLiteral("actorCount"))->text();
    }
};

} // namespace

TEST_CASE("The assistant types a new contact without the mouse and finds it in the list")
{
    Page p;
    REQUIRE(showActive(&p.window));
    CHECK(p.count() == QStringLiteral("0 contacts"));

    p.page->newRecord();
    auto *dialog = qobject_cast<ContactDialog *>(QApplication::activeModalWidget());
    REQUIRE(dialog);
    REQUIRE(showActive(dialog));
    press(Qt::Key_Tab);
    type(QStringLiteral("Élodie"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Sénéchal"));
    press(Qt::Key_Tab);
    type(QStringLiteral("elodie@repaircafe.fr"));
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return QApplication::activeModalWidget() == nullptr; }));

    CHECK(p.count() == QStringLiteral("1 contact"));
    ActorTableView *view = p.page->contactsView();
    CHECK(view->currentId()
        == ContactRepository(*p.db)
               .findIds({}, ContactSortKey::LastName, Qt::AscendingOrder)
               .first());

    p.add(QStringLiteral("Paul"), QStringLiteral("Keller"));
    REQUIRE(showActive(&p.window));
    p.page->focusSearch();
    type(QStringLiteral("senechal"));
    CHECK(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, ContactColumn::LastName).data().toString()
        == QStringLiteral("Sénéchal"));
    CHECK(view->model()->index(0, ContactColumn::Email).data().toString()
        == QStringLiteral("elodie@repaircafe.fr"));
    CHECK(p.count() == QStringLiteral("1 of 2 contacts"));

    // Down goes from the search box to the list, Enter opens the card.
    press(Qt::Key_Down);
    CHECK(focused() == view);
    press(Qt::Key_Return);
    auto *opened = qobject_cast<ContactDialog *>(QApplication::activeModalWidget());
    REQUIRE(opened);
    CHECK(opened->contact().lastName == QStringLiteral("Sénéchal"));
    opened->reject();
}

TEST_CASE("Filters narrow the list and the count says so")
{
    Page p;
    p.add(QStringLiteral("Anne"), QStringLiteral("Arnaud"), QStringLiteral("Mulhouse"));
    p.add(QStringLiteral("Bruno"), QStringLiteral("Bader"), QStringLiteral("Illzach"));
    p.add(QStringLiteral("Chloé"), QStringLiteral("Céleste"), QStringLiteral("Illzach"));
    REQUIRE(showActive(&p.window));
    CHECK(p.count() == QStringLiteral("3 contacts"));

    const qint64 illzach = ReferenceListRepository(*p.db)
                               .findByName(ReferenceList::Commune, QStringLiteral("Illzach"))
                               ->id;
    auto *communes = p.page->filterBar()->findChildren<FilterButton *>().at(2);
    communes->setCheckedIds({ illzach });
    CHECK(p.count() == QStringLiteral("2 of 3 contacts"));
    CHECK(communes->text().startsWith(QStringLiteral("Commune: Illzach")));
    p.page->filterBar()->searchField()->setText(QStringLiteral("cel"));
    CHECK(p.count() == QStringLiteral("1 of 3 contacts"));
    p.page->filterBar()->clear();
    CHECK(p.count() == QStringLiteral("3 contacts"));
}

TEST_CASE("Delete asks first, and Ctrl+Z brings the contact back")
{
    Page p;
    const qint64 id = p.add(QStringLiteral("Paul"), QStringLiteral("Keller"));
    p.add(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    REQUIRE(showActive(&p.window));
    ActorTableView *view = p.page->contactsView();
    view->setFocus();
    view->selectId(id);

    QString asked;
    answerNextMessageBox(QStringLiteral("Cancel"), &asked);
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(asked == QStringLiteral("Delete the contact Paul Keller?"));
    CHECK(ContactRepository(*p.db).count() == 2);

    answerNextMessageBox(QStringLiteral("Delete"));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(ContactRepository(*p.db).count() == 1);
    CHECK(p.count() == QStringLiteral("1 contact"));

    p.stack.undo();
    CHECK(ContactRepository(*p.db).count() == 2);
    CHECK(view->model()->rowCount() == 2);
}

TEST_CASE("The organisations list has its own columns, empty state and new-record button")
{
    Page p;
    REQUIRE(showActive(&p.window));
    p.page->showList(ActorsPage::List::Organisations);
    CHECK(p.page->currentList() == ActorsPage::List::Organisations);
    CHECK(p.count() == QStringLiteral("0 organisations"));
    const QLabel *empty = nullptr;
    for (const QLabel *label : p.page->organisationsView()->viewport()->findChildren<QLabel *>()) {
        if (label->isVisible())
            empty = label;
    }
    REQUIRE(empty);
    CHECK(empty->text().startsWith(QStringLiteral("No organisations yet.")));

    Contact c;
    c.lastName = QStringLiteral("Meyer");
    c.memberships = { { 0, QStringLiteral("Atelier Vélo"), QString() } };
    p.commands.addContact(c);
    CHECK(p.count() == QStringLiteral("1 organisation"));
    CHECK_FALSE(empty->isVisible());
    CHECK(p.page->organisationsModel()->index(0, OrganisationColumn::Members).data().toInt() == 1);
}
