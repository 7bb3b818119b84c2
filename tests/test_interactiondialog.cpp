#include "catchqt.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/followuprepository.h>
#include <models/db/interactionrepository.h>
#include <models/history/history.h>
#include <models/item/historymodel.h>
#include <views/actors/actorspage.h>
#include <views/actors/actortableview.h>
#include <views/actors/contactdialog.h>
#include <views/actors/recordopener.h>
#include <views/forms/actorpicker.h>
#include <views/forms/fieldmessage.h>
#include <views/history/historyview.h>
#include <views/interactions/interactiondialog.h>
#include <views/interactions/planfollowupsdialog.h>

using namespace relais;

namespace {

const QDate today(2014, 11, 19);

struct Fixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    std::unique_ptr<History> history = standardHistory(*db);
    QWidget window;
    RecordOpener opener { *db, commands, *history, &window };

    Fixture()
    {
        commands.setToday([] { return today; });
        window.resize(900, 600);
    }
    qint64 person(const QString &first, const QString &last)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        return *commands.addContact(c);
    }
};

template<typename T> T *activeCard()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

} // namespace

TEST_CASE("From a contact's card, Ctrl+I then the subject logs a visit that shows in its history")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    REQUIRE(showActive(&f.window));
    ContactDialog *card = f.opener.openContact(marie);
    REQUIRE(showActive(card));

    press(Qt::Key_I, Qt::ControlModifier);
    auto *dialog = activeCard<InteractionDialog>();
    REQUIRE(dialog);
    REQUIRE(showActive(dialog));
    CHECK(focusedName() == QStringLiteral("subject"));
    CHECK(dialog->interaction().actors == QList<ActorRef> { ActorRef::contact(marie) });
    type(QStringLiteral("Visit of the compost site"));
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return activeCard<ContactDialog>() == card; }));

    const auto *history = card->findChild<HistoryView *>();
    REQUIRE(history);
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, HistoryModel::Summary).data().toString()
        == QStringLiteral("Visit of the compost site"));
    CHECK(history->model()->index(0, HistoryModel::Date).data().toString()
        == QLocale().toString(today, QLocale::ShortFormat));
    card->reject();
}

TEST_CASE("Names are completed from the file as they are typed")
{
    Fixture f;
    const qint64 elodie = f.person(QStringLiteral("Élodie"), QStringLiteral("Sénéchal"));
    f.person(QStringLiteral("Paul"), QStringLiteral("Keller"));
    InteractionDialog dialog(*f.db, f.commands);
    REQUIRE(showActive(&dialog));
    auto *picker = dialog.findChild<ActorPicker *>();
    CHECK(focused() == picker->lineEdit());
    type(QStringLiteral("sene"));
    QAbstractItemView *popup = picker->completer()->popup();
    REQUIRE(eventually([&] { return popup->isVisible(); }));
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("Élodie Sénéchal"));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(eventually([&] { return picker->lineEdit()->text().isEmpty(); }));
    CHECK(picker->actors() == QList<ActorRef> { ActorRef::contact(elodie) });
    // Backspace in the empty field takes the last name back out.
    picker->lineEdit()->setFocus();
    press(Qt::Key_Backspace);
    CHECK(picker->actors().isEmpty());
}

TEST_CASE("An interaction with nobody is not saved, and says why")
{
    Fixture f;
    InteractionDialog dialog(*f.db, f.commands);
    REQUIRE(showActive(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("subject"))->setText(QStringLiteral("A call"));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    bool explained = false;
    for (const FieldMessage *message : dialog.findChildren<FieldMessage *>())
        explained = explained
            || (message->isVisible() && message->text().contains(QStringLiteral("at least one")));
    CHECK(explained);
    CHECK(f.stack.count() == 0);
}

TEST_CASE("A follow-up planned with the interaction, then marked done from its own form")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    {
        InteractionDialog dialog(*f.db, f.commands);
        dialog.setActors({ ActorRef::contact(marie, QStringLiteral("Marie Dupont")) });
        REQUIRE(showActive(&dialog));
        type(QStringLiteral("Call about the SERD"));
        auto *box = dialog.findChild<QGroupBox *>(QStringLiteral("followUp"));
        box->setChecked(true);
        REQUIRE(eventually([] { return focusedName() == QStringLiteral("action"); }));
        type(QStringLiteral("Send the poster"));
        press(Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(dialog.isVisible());
    }
    FollowUpRepository followUps(*f.db);
    const QList<FollowUpRow> open = followUps.open();
    REQUIRE(open.size() == 1);
    CHECK(open.first().due == today.addDays(7));
    CHECK(open.first().fromSubject == QStringLiteral("Call about the SERD"));

    InteractionDialog done(*f.db, f.commands);
    done.completeFollowUp(open.first().id);
    REQUIRE(showActive(&done));
    CHECK(done.windowTitle().contains(QStringLiteral("Send the poster")));
    CHECK(done.interaction().subject == QStringLiteral("Send the poster"));
    CHECK(done.interaction().actors.size() == 1);
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(done.isVisible());
    CHECK(followUps.open().isEmpty());
    CHECK(followUps.load(open.first().id)->doneOn == today);
    f.stack.undo();
    CHECK(followUps.open().size() == 1);
}

TEST_CASE("From the Actors list: the selected rows become the interaction's actors, or each get a "
          "follow-up")
{
    Fixture f;
    f.person(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    f.person(QStringLiteral("Bruno"), QStringLiteral("Bader"));
    f.person(QStringLiteral("Chloé"), QStringLiteral("Céleste"));
    auto *page = new ActorsPage(*f.db, f.commands, f.opener, &f.window);
    page->resize(900, 600);
    REQUIRE(showActive(&f.window));
    ActorTableView *view = page->contactsView();
    view->setFocus();
    view->selectAll();
    CHECK(page->selectedActors().size() == 3);

    page->newInteraction();
    auto *dialog = activeCard<InteractionDialog>();
    REQUIRE(dialog);
    CHECK(dialog->interaction().actors.size() == 3);
    dialog->reject();

    QTimer::singleShot(0, [] {
        auto *plan = qobject_cast<PlanFollowUpsDialog *>(QApplication::activeModalWidget());
        REQUIRE(plan);
        plan->findChild<QLineEdit *>(QStringLiteral("action"))
            ->setText(QStringLiteral("Thank for SERD 2014"));
        plan->accept();
    });
    page->planFollowUps();
    CHECK(FollowUpRepository(*f.db).open().size() == 3);
    f.stack.undo();
    CHECK(FollowUpRepository(*f.db).open().isEmpty());
}

TEST_CASE("Tab goes through the interaction form one field at a time, dates included")
{
    Fixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    InteractionDialog dialog(*f.db, f.commands);
    dialog.setActors({ ActorRef::contact(marie, QStringLiteral("Marie Dupont")) });
    REQUIRE(showActive(&dialog));
    CHECK(focusedName() == QStringLiteral("subject"));
    const QStringList order = { "date", "kind", "staff", "note" };
    for (const QString &expected : order) {
        press(Qt::Key_Tab);
        // A date field gives the keys to its inner line edit.
        QWidget *widget = focused();
        const QString name = widget && widget->objectName().isEmpty() && widget->parentWidget()
            ? widget->parentWidget()->objectName()
            : focusedName();
        CHECK(name == expected);
    }
    // The kind and the staff member start on the first of their lists.
    CHECK(dialog.interaction().kindId != 0);
    CHECK(dialog.interaction().staffId != 0);
}
