#include "catchqt.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/history/history.h>
#include <views/actors/contactdialog.h>
#include <views/forms/fieldmessage.h>

using namespace relais;

TEST_CASE("The card is typed in the order of a business card, Tab after Tab")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    CHECK(focusedName() == QStringLiteral("civility"));
    const QStringList order = { "firstName", "lastName", "emails", "phones", "commune",
        "organisation0", "role0", "type", "domains", "tags", "networkHead", "relayActor" };
    for (const QString &expected : order) {
        press(Qt::Key_Tab);
        // An editable combo box gives the focus to its line edit.
        QWidget *widget = focused();
        const QString name = widget && widget->objectName().isEmpty() && widget->parentWidget()
            ? widget->parentWidget()->objectName()
            : focusedName();
        CHECK(name == expected);
    }
}

TEST_CASE("Save and new keeps the organisation and the commune for the next card")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));

    press(Qt::Key_Tab);
    type(QStringLiteral("Élodie"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Sénéchal"));
    press(Qt::Key_Tab);
    type(QStringLiteral("elodie.senechal@repaircafe.fr"));
    press(Qt::Key_Tab);
    type(QStringLiteral("0612345678"));
    press(Qt::Key_Tab);
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("phones"))->text()
        == QStringLiteral("06 12 34 56 78"));
    type(QStringLiteral("Mulhouse"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Repair Café Mulhouse"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Présidente"));
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);

    CHECK(dialog.isVisible());
    CHECK(dialog.contactId() == 0);
    CHECK(dialog.statusText().contains(QStringLiteral("Élodie Sénéchal")));
    CHECK(focusedName() == QStringLiteral("civility"));
    const Contact next = dialog.contact();
    CHECK(next.lastName.isEmpty());
    CHECK(next.communeId != 0);
    REQUIRE(next.memberships.size() == 1);
    CHECK(next.memberships.first().organisationName == QStringLiteral("Repair Café Mulhouse"));
    CHECK(next.memberships.first().role.isEmpty());
    CHECK_FALSE(dialog.isModified());

    press(Qt::Key_Tab);
    type(QStringLiteral("Paul"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Keller"));
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);

    ContactRepository contacts(*db);
    CHECK(contacts.count() == 2);
    CHECK(OrganisationRepository(*db).count() == 1);
    const Contact paul = *contacts.load(dialog.contactId());
    CHECK(paul.displayName() == QStringLiteral("Paul Keller"));
    CHECK(paul.memberships.first().organisationName == QStringLiteral("Repair Café Mulhouse"));
    CHECK(ReferenceListRepository(*db).item(ReferenceList::Commune, paul.communeId)->name
        == QStringLiteral("Mulhouse"));
    CHECK(stack.count() == 2);
}

TEST_CASE("A card with a wrong e-mail is not saved and says why next to the field")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("firstName"))->setFocus();
    type(QStringLiteral("Marie"));
    press(Qt::Key_S, Qt::ControlModifier);
    auto *lastNameMessage = dialog.findChild<FieldMessage *>(QStringLiteral("lastNameMessage"));
    CHECK(lastNameMessage->isVisible());
    CHECK(lastNameMessage->text() == QStringLiteral("The last name is required."));
    CHECK(focusedName() == QStringLiteral("lastName"));

    type(QStringLiteral("Dupont"));
    dialog.findChild<QLineEdit *>(QStringLiteral("emails"))->setFocus();
    type(QStringLiteral("marie.dupont@exemple"));
    press(Qt::Key_S, Qt::ControlModifier);
    auto *emailsMessage = dialog.findChild<FieldMessage *>(QStringLiteral("emailsMessage"));
    CHECK(emailsMessage->isVisible());
    CHECK(emailsMessage->text().contains(QStringLiteral("marie.dupont@exemple")));
    CHECK(dialog.isVisible());
    CHECK(ContactRepository(*db).count() == 0);
    CHECK(stack.count() == 0);
}

TEST_CASE("Typing a name already in the file warns, with a link to that contact")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    Contact existing;
    existing.firstName = QStringLiteral("Élodie");
    existing.lastName = QStringLiteral("Sénéchal");
    const qint64 id = *commands.addContact(existing);

    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    press(Qt::Key_Tab);
    type(QStringLiteral("elodie"));
    press(Qt::Key_Tab);
    type(QStringLiteral("SENECHAL"));
    press(Qt::Key_Tab);
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("duplicateWarning"));
    REQUIRE(eventually([&] { return warning->isVisible(); }));
    CHECK(warning->text().contains(QStringLiteral("contact:%1").arg(id)));
    CHECK(warning->text().contains(QStringLiteral("same name")));

    qint64 opened = 0;
    QObject::connect(
        &dialog, &ContactDialog::openContactRequested, [&](qint64 which) { opened = which; });
    emit warning->linkActivated(QStringLiteral("contact:%1").arg(id));
    CHECK(opened == id);
}

TEST_CASE("A name a typo away warns too, saying the name is similar")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    Contact existing;
    existing.firstName = QStringLiteral("Élodie");
    existing.lastName = QStringLiteral("Sénéchal");
    const qint64 id = *commands.addContact(existing);

    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    press(Qt::Key_Tab);
    type(QStringLiteral("Elodie"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Senechall"));
    press(Qt::Key_Tab);
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("duplicateWarning"));
    REQUIRE(eventually([&] { return warning->isVisible(); }));
    CHECK(warning->text().contains(QStringLiteral("contact:%1").arg(id)));
    CHECK(warning->text().contains(QStringLiteral("similar name")));
}

TEST_CASE("Closing a card with unsaved changes asks; Discard drops them, Cancel keeps the card")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    press(Qt::Key_Tab);
    type(QStringLiteral("Marie"));

    QString asked;
    answerNextMessageBox(QStringLiteral("Cancel"), &asked);
    dialog.reject();
    CHECK(asked.contains(QStringLiteral("not saved")));
    CHECK(dialog.isVisible());

    answerNextMessageBox(QStringLiteral("Discard"));
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
    CHECK(ContactRepository(*db).count() == 0);
}

TEST_CASE("Editing an existing contact saves one undoable step")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    Contact c;
    c.firstName = QStringLiteral("Paul");
    c.lastName = QStringLiteral("Keller");
    const qint64 id = *commands.addContact(c);

    ContactDialog dialog(*db, commands, *history, id);
    REQUIRE(showActive(&dialog));
    CHECK(dialog.windowTitle().contains(QStringLiteral("Paul Keller")));
    CHECK_FALSE(dialog.isModified());
    dialog.findChild<QLineEdit *>(QStringLiteral("phones"))->setFocus();
    type(QStringLiteral("+33 3 89 12 34 56"));
    press(Qt::Key_Enter, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    CHECK(ContactRepository(*db).load(id)->phones
        == QStringList { QStringLiteral("03 89 12 34 56") });
    stack.undo();
    CHECK(ContactRepository(*db).load(id)->phones.isEmpty());
}

TEST_CASE("A card whose save finds the disk full says so and keeps everything typed")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));

    press(Qt::Key_Tab);
    type(QStringLiteral("Élodie"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Sénéchal"));
    press(Qt::Key_Tab);
    type(QStringLiteral("elodie.senechal@repaircafe.fr"));
    // Notes long enough to need new pages of the file, which the disk no longer has:
    // SQLite's own limit on the file's size answers exactly as a full disk does.
    const QString notes = QStringLiteral("Rencontrée au conseil des acteurs. ").repeated(3000);
    child<QPlainTextEdit>(&dialog, QStringLiteral("notes"))->setPlainText(notes);
    QSqlQuery pragma(db->connection());
    REQUIRE(pragma.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(pragma.next());
    const int pages = pragma.value(0).toInt();
    REQUIRE(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    QString seen;
    answerNextMessageBox(QStringLiteral("OK"), &seen);
    press(Qt::Key_Enter, Qt::ControlModifier);

    CHECK(seen.contains(QStringLiteral("disk is full")));
    CHECK(seen.contains(QStringLiteral("nothing of this change was saved")));
    CHECK(dialog.isVisible());
    CHECK(dialog.contactId() == 0);
    CHECK(dialog.isModified());
    const Contact kept = dialog.contact();
    CHECK(kept.firstName == QStringLiteral("Élodie"));
    CHECK(kept.lastName == QStringLiteral("Sénéchal"));
    CHECK(kept.emails == QStringList { QStringLiteral("elodie.senechal@repaircafe.fr") });
    CHECK(kept.notes == notes);
    CHECK(ContactRepository(*db).count() == 0);
    CHECK(stack.count() == 0);

    // Space again: the same card saves as it is.
    REQUIRE(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    REQUIRE(showActive(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("lastName"))->setFocus();
    press(Qt::Key_Enter, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    CHECK(ContactRepository(*db).count() == 1);
}

TEST_CASE("The organisation is completed from the file as one types, and a new name is noted")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const auto history = standardHistory(*db);
    for (const char *name : { "Repair Café Mulhouse", "Maison de quartier Drouot", "École Jean Zay",
             "Régie de quartier" }) {
        Organisation o;
        o.name = QString::fromUtf8(name);
        REQUIRE(commands.addOrganisation(o));
    }
    ContactDialog dialog(*db, commands, *history, 0);
    REQUIRE(showActive(&dialog));
    auto *organisation = dialog.findChild<QLineEdit *>(QStringLiteral("organisation0"));
    organisation->setFocus();

    // Accents and case aside, any word of the name.
    type(QStringLiteral("quart"));
    QCompleter *completer = organisation->completer();
    REQUIRE(eventually([&] { return completer->popup()->isVisible(); }));
    QStringList offered;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        offered << completer->completionModel()->index(row, 0).data().toString();
    offered.sort();
    CHECK(offered
        == QStringList {
            QStringLiteral("Maison de quartier Drouot"), QStringLiteral("Régie de quartier") });
    completer->popup()->hide();

    organisation->clear();
    type(QStringLiteral("ecole"));
    REQUIRE(eventually([&] { return completer->completionModel()->rowCount() == 1; }));
    CHECK(completer->completionModel()->index(0, 0).data().toString()
        == QStringLiteral("École Jean Zay"));
    completer->popup()->hide();

    // A name of the file, however typed, is no new organisation; another one is.
    organisation->setText(QStringLiteral("repair cafe  mulhouse"));
    const auto note = dialog.findChildren<FieldMessage *>();
    bool noted = false;
    for (FieldMessage *message : note)
        noted = noted || message->text().contains(QStringLiteral("not in the file yet"));
    CHECK_FALSE(noted);
    organisation->setText(QStringLiteral("Repair Café Colmar"));
    noted = false;
    for (FieldMessage *message : note)
        noted = noted || message->text().contains(QStringLiteral("not in the file yet"));
    CHECK(noted);
}
