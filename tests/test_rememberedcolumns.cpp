#include "actorspagefixture.h"
#include "catchqt.h"
#include "scratchsettings.h"
#include "viewtesting.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <models/domain/contact.h>
#include <models/item/actorcolumns.h>
#include <models/item/contacttablemodel.h>
#include <views/actors/actorspage.h>
#include <views/actors/actortableview.h>
#include <views/common/rememberedcolumns.h>

using namespace relais;

namespace {

struct Page : ActorsPageFixture
{
    Page()
    {
        add(QStringLiteral("Marie"), QStringLiteral("Dupont"), QStringLiteral("Brest"));
        add(QStringLiteral("Paul"), QStringLiteral("Keller"), QStringLiteral("Auray"));
        add(QStringLiteral("Anne"), QStringLiteral("Martin"), QStringLiteral("Quimper"));
    }
    void add(const QString &first, const QString &last, const QString &commune)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.communeName = commune;
        REQUIRE(commands.addContact(c));
    }
    // The page closed and opened again, as at the next run.
    void rebuild()
    {
        delete page;
        page = new ActorsPage(*db, commands, opener, &window);
    }
    QStringList lastNames() const
    {
        const QAbstractItemModel *model = page->contactsView()->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, ContactColumn::LastName).data().toString();
        return names;
    }
};

QByteArray savedState(const QString &name)
{
    return QSettings()
        .value(RememberedColumns::settingsKey(name) + QStringLiteral("/state"))
        .toByteArray();
}

} // namespace

TEST_CASE("The contacts list comes back with its widths and its sort")
{
    ScratchSettings settings;
    Page p;
    ActorTableView *view = p.page->contactsView();
    QHeaderView *header = view->horizontalHeader();
    REQUIRE(header->sortIndicatorSection() == ContactColumn::LastName);
    REQUIRE(p.lastNames() == QStringList { "Dupont", "Keller", "Martin" });
    const int defaultWidth = header->sectionSize(ContactColumn::Phone);

    header->resizeSection(ContactColumn::Email, 333);
    // As a click on the header does: the model sorts in its query.
    header->setSortIndicator(ContactColumn::Commune, Qt::DescendingOrder);
    REQUIRE(p.lastNames() == QStringList { "Martin", "Dupont", "Keller" });

    p.rebuild();
    view = p.page->contactsView();
    header = view->horizontalHeader();
    CHECK(header->sectionSize(ContactColumn::Email) == 333);
    CHECK(header->sectionSize(ContactColumn::Phone) == defaultWidth);
    CHECK(header->sortIndicatorSection() == ContactColumn::Commune);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(view->actorModel()->sortColumn() == ContactColumn::Commune);
    CHECK(view->actorModel()->sortOrder() == Qt::DescendingOrder);
    CHECK(p.lastNames() == QStringList { "Martin", "Dupont", "Keller" });

    // Each list under its own name: the organisations kept nothing of the contacts'.
    CHECK(savedState(QStringLiteral("organisations")).isEmpty());
    CHECK(p.page->organisationsView()->horizontalHeader()->sortIndicatorSection() == 0);
}

TEST_CASE("A remembered state for another number of columns is ignored")
{
    ScratchSettings settings;
    // What a version with three columns in the contacts list would have left.
    {
        QStandardItemModel model(2, 3);
        QTableView older;
        older.setModel(&model);
        older.horizontalHeader()->resizeSection(0, 444);
        older.horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder);
        QSettings().setValue(
            QStringLiteral("columns/contacts/state"), older.horizontalHeader()->saveState());
        QSettings().setValue(QStringLiteral("columns/contacts/columns"), 3);
    }
    // And a damaged one for the organisations, with the right count.
    QSettings().setValue(QStringLiteral("columns/organisations/state"), QByteArray("not a state"));
    QSettings().setValue(
        QStringLiteral("columns/organisations/columns"), OrganisationColumn::Count);

    Page p;
    QHeaderView *contacts = p.page->contactsView()->horizontalHeader();
    CHECK(contacts->count() == ContactColumn::Count);
    CHECK(contacts->sectionSize(ContactColumn::LastName) == 150);
    CHECK(contacts->sortIndicatorSection() == ContactColumn::LastName);
    CHECK(contacts->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(p.lastNames() == QStringList { "Dupont", "Keller", "Martin" });
    QHeaderView *organisations = p.page->organisationsView()->horizontalHeader();
    CHECK(organisations->sectionSize(OrganisationColumn::Name) == 300);
    CHECK(organisations->sortIndicatorSection() == OrganisationColumn::Name);

    // Once she changes something, the list's own state replaces the old one.
    contacts->resizeSection(ContactColumn::FirstName, 99);
    p.rebuild();
    CHECK(p.page->contactsView()->horizontalHeader()->sectionSize(ContactColumn::FirstName) == 99);
    CHECK(QSettings().value(QStringLiteral("columns/contacts/columns")).toInt()
        == ContactColumn::Count);
}

TEST_CASE("A list given its model later gets its columns back then, order and hidden ones too")
{
    ScratchSettings settings;
    QStandardItemModel model(3, 4);
    for (int row = 0; row < 3; ++row)
        model.setItem(row, 0, new QStandardItem(QString::number(3 - row)));
    {
        QTreeView tree;
        tree.setModel(&model);
        new RememberedColumns(&tree, QStringLiteral("tree"));
        tree.header()->moveSection(3, 0);
        tree.header()->hideSection(1);
        tree.header()->resizeSection(2, 77);
    }

    QTreeView tree;
    tree.setSortingEnabled(true);
    auto *kept = new RememberedColumns(&tree, QStringLiteral("tree"));
    CHECK(kept->parent() == tree.header());
    tree.setModel(&model);
    REQUIRE(eventually([&] { return tree.header()->visualIndex(3) == 0; }));
    CHECK(tree.header()->isSectionHidden(1));
    CHECK(tree.header()->sectionSize(2) == 77);
}
