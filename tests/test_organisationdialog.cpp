#include "catchqt.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/history/history.h>
#include <views/actors/organisationdialog.h>

using namespace relais;

TEST_CASE("An organisation card is typed, normalised, saved and undone")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    OrganisationDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    type(QStringLiteral("Ressourcerie du Bassin potassique"));
    press(Qt::Key_Tab);
    type(QStringLiteral("RBP"));
    const auto edits = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->placeholderText() == QStringLiteral("03 89 12 34 56"))
            edit->setText(QStringLiteral("0389123456"));
        if (edit->placeholderText() == QStringLiteral("contact@example.fr"))
            edit->setText(QStringLiteral("Contact@RBP.fr"));
    }
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    const Organisation saved = *OrganisationRepository(*db).load(dialog.organisationId());
    CHECK(saved.acronym == QStringLiteral("RBP"));
    CHECK(saved.phone == QStringLiteral("03 89 12 34 56"));
    CHECK(saved.email == QStringLiteral("Contact@rbp.fr"));
    stack.undo();
    CHECK(OrganisationRepository(*db).count() == 0);
}

TEST_CASE("The members tab lists the people of the organisation and follows changes")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    Contact c;
    c.firstName = QStringLiteral("Luc");
    c.lastName = QStringLiteral("Meyer");
    c.memberships = { { 0, QStringLiteral("Centre social Wagner"), QStringLiteral("Directeur") } };
    const qint64 luc = *commands.addContact(c);
    const qint64 org = ContactRepository(*db).load(luc)->memberships.first().organisationId;

    OrganisationDialog dialog(*db, commands, *history, org);
    REQUIRE(showActive(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    CHECK(tabs->tabText(1) == QStringLiteral("Mem&bers (1)"));
    auto *members = dialog.findChild<QTableWidget *>();
    REQUIRE(members->rowCount() == 1);
    CHECK(members->item(0, 0)->text() == QStringLiteral("Luc Meyer"));
    CHECK(members->item(0, 1)->text() == QStringLiteral("Directeur"));

    Contact anne;
    anne.firstName = QStringLiteral("Anne");
    anne.lastName = QStringLiteral("Arnaud");
    anne.memberships = { { org, QStringLiteral("Centre social Wagner"), QString() } };
    commands.addContact(anne);
    CHECK(members->rowCount() == 2);

    qint64 opened = 0;
    QObject::connect(
        &dialog, &OrganisationDialog::openContactRequested, [&](qint64 id) { opened = id; });
    emit members->itemActivated(members->item(1, 0));
    CHECK(opened == luc);
}

TEST_CASE("A name already in the file is pointed out")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    Organisation o;
    o.name = QStringLiteral("Atelier Vélo");
    commands.addOrganisation(o);
    OrganisationDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    type(QStringLiteral("atelier velo"));
    press(Qt::Key_Tab);
    bool warned = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        warned = warned
            || (label->isVisible()
                && label->text().contains(QStringLiteral("Already in the file?")));
    CHECK(warned);
}
