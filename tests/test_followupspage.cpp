#include "catchqt.h"
#include "followupfixture.h"
#include "viewtesting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <models/item/followupmodel.h>
#include <views/followups/followupspage.h>
#include <views/followups/followuptreeview.h>
#include <views/followups/reassigndialog.h>
#include <views/followups/rescheduledialog.h>

using namespace relais;

namespace {

using Group = FollowUpModel::Group;

// The Follow-ups page in a window, as the main window holds it.
struct Page : FollowUpFixture
{
    QWidget window;
    FollowUpsPage *page = new FollowUpsPage(*db, commands, &window);
    FollowUpTreeView *view = qobject_cast<FollowUpTreeView *>(page->view());
    FollowUpModel *model = page->model();

    Page()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(page);
        window.resize(1100, 600);
        // Shown, as the main window shows it: the page reads its follow-ups when first shown.
        window.show();
    }

    Group groupOf(qint64 id) const
    {
        return Group(model->indexOfId(id).data(FollowUpModel::BucketRole).toInt());
    }
    void select(const QList<qint64> &ids)
    {
        view->selectIds(ids, ids.isEmpty() ? 0 : ids.first());
        // Back from a dialog, the window gets the keyboard again a little later.
        window.activateWindow();
        // The key presses that follow say so if it never does.
        (void)QTest::qWaitFor([this] { return QApplication::activeWindow() == &window; });
        view->setFocus();
    }
};

// Runs `act` on the next modal dialog of this type once it has the keyboard; `seen`
// says whether one came.
template<typename Dialog> void whenOpened(bool *seen, std::function<void(Dialog *)> act)
{
    QTimer::singleShot(0, [seen, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        *seen = dialog != nullptr;
        if (!dialog)
            return;
        // The keys go to QApplication's active window, which follows the platform's a little later.
        if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; })) {
            *seen = false;
            dialog->reject();
            return;
        }
        act(dialog);
    });
}

QPushButton *button(QDialog *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE(
    "Rescheduling from the keyboard moves the follow-up to its new group, Ctrl+Z moves it back")
{
    Page p;
    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 id = p.plan(marie, FollowUpFixture::today, QStringLiteral("Call back"));
    p.plan(marie, QDate(2014, 11, 21), QStringLiteral("Thank her"));
    REQUIRE(showActive(&p.window));
    p.select({ id });
    CHECK(p.page->selectedIds() == QList<qint64> { id });
    CHECK(p.groupOf(id) == Group::Today);

    bool opened = false;
    QDate offered;
    whenOpened<RescheduleDialog>(&opened, [&offered](RescheduleDialog *dialog) {
        offered = dialog->date();
        press(Qt::Key_N, Qt::AltModifier); // Next week: Monday
        // A mnemonic clicks its button after a short flash.
        // (The due date checked below says so if it never does.)
        (void)QTest::qWaitFor([dialog] { return dialog->date() != QDate(2014, 11, 20); });
        press(Qt::Key_Return);
    });
    press(Qt::Key_R, Qt::ControlModifier);
    CHECK(opened);
    CHECK(offered == QDate(2014, 11, 20)); // due today: tomorrow is offered
    CHECK(FollowUpRepository(*p.db).load(id)->due == QDate(2014, 11, 24));
    CHECK(p.groupOf(id) == Group::Later);
    // Still selected where it went, ready for the next action.
    CHECK(p.page->selectedIds() == QList<qint64> { id });

    p.stack.undo();
    CHECK(p.groupOf(id) == Group::Today);
    CHECK(FollowUpRepository(*p.db).load(id)->due == FollowUpFixture::today);
}

TEST_CASE("Several follow-ups are rescheduled in one step")
{
    Page p;
    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 a = p.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"));
    const qint64 b = p.plan(marie, QDate(2014, 11, 21), QStringLiteral("Thank her"));
    REQUIRE(showActive(&p.window));
    p.select({ a, b });
    const int steps = p.stack.count();

    bool opened = false;
    whenOpened<RescheduleDialog>(&opened, [](RescheduleDialog *dialog) {
        CHECK(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("2")));
        dialog->setDate(QDate(2014, 11, 19));
        dialog->accept();
    });
    p.page->reschedule();
    CHECK(opened);
    CHECK(p.stack.count() == steps + 1);
    CHECK(p.model->rowCount() == 1);
    CHECK(p.model->index(0, 0).data().toString() == QStringLiteral("Today (2)"));

    // Cancel changes nothing.
    whenOpened<RescheduleDialog>(&opened, [](RescheduleDialog *dialog) {
        dialog->setDate(QDate(2015, 1, 1));
        dialog->reject();
    });
    p.page->reschedule();
    CHECK(p.stack.count() == steps + 1);
    CHECK(p.groupOf(a) == Group::Today);
}

TEST_CASE("The quick choices of the reschedule dialog")
{
    const QDate wednesday(2014, 11, 19);
    CHECK(RescheduleDialog::tomorrow(wednesday) == QDate(2014, 11, 20));
    CHECK(RescheduleDialog::nextWeek(wednesday) == QDate(2014, 11, 24));
    CHECK(RescheduleDialog::nextWeek(QDate(2014, 11, 24)) == QDate(2014, 12, 1)); // a Monday
    CHECK(RescheduleDialog::nextWeek(QDate(2014, 11, 23)) == QDate(2014, 11, 24)); // a Sunday
    CHECK(RescheduleDialog::inAMonth(wednesday) == QDate(2014, 12, 19));
    CHECK(RescheduleDialog::inAMonth(QDate(2015, 1, 31)) == QDate(2015, 2, 28));

    RescheduleDialog dialog(wednesday, QDate(), 1);
    CHECK(dialog.date() == QDate(2014, 11, 20));
    button(&dialog, QStringLiteral("In a &month"))->click();
    CHECK(dialog.date() == QDate(2014, 12, 19));
    button(&dialog, QStringLiteral("T&omorrow"))->click();
    CHECK(dialog.date() == QDate(2014, 11, 20));
}

TEST_CASE("Follow-ups are reassigned to another staff member")
{
    Page p;
    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 officer = p.staff(0);
    const qint64 assistant = p.staff(1);
    const qint64 a = p.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"), officer);
    const qint64 b = p.plan(marie, QDate(2014, 11, 21), QStringLiteral("Thank her"), officer);
    REQUIRE(showActive(&p.window));
    p.select({ a, b });

    bool opened = false;
    bool sameRefused = false;
    whenOpened<ReassignDialog>(&opened, [&](ReassignDialog *dialog) {
        // Both are the officer's: giving them to her again would change nothing.
        CHECK(dialog->staffId() == officer);
        sameRefused = !button(dialog, QStringLiteral("&Reassign"))->isEnabled();
        press(Qt::Key_Down); // the next staff member, the assistant
        CHECK(dialog->staffId() == assistant);
        press(Qt::Key_Return);
    });
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(opened);
    CHECK(sameRefused);
    CHECK(FollowUpRepository(*p.db).load(a)->staffId == assistant);
    CHECK(FollowUpRepository(*p.db).load(b)->staffId == assistant);
    CHECK(p.model->indexOfId(a).siblingAtColumn(FollowUpModel::AssignedTo).data().toString()
        == QStringLiteral("Assistant"));

    // Shown only to the assistant, then to the officer (who has none left).
    auto *filter = p.page->findChild<QComboBox *>(QStringLiteral("staffFilter"));
    REQUIRE(filter);
    CHECK(filter->itemText(0) == QStringLiteral("Everyone"));
    filter->setCurrentIndex(filter->findData(assistant));
    CHECK(p.model->staffFilter() == assistant);
    CHECK(p.model->openCount() == 2);
    filter->setCurrentIndex(filter->findData(officer));
    CHECK(p.model->openCount() == 0);
    CHECK(p.view->isEmptyTextShown());
    CHECK(p.view->emptyText() == QStringLiteral("Nothing to follow up for Programme officer."));

    p.stack.undo();
    CHECK(p.model->openCount() == 2);
    CHECK_FALSE(p.view->isEmptyTextShown());
}

TEST_CASE("Delete asks first, naming how many, and Ctrl+Z brings the follow-ups back")
{
    Page p;
    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 a = p.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"));
    const qint64 b = p.plan(marie, QDate(2014, 11, 21), QStringLiteral("Thank her"));
    const qint64 c
        = p.plan(marie, QDate(2014, 12, 21), QStringLiteral("Wish her a happy new year"));
    REQUIRE(showActive(&p.window));

    p.select({ b });
    QString asked;
    answerNextMessageBox(QStringLiteral("Cancel"), &asked);
    press(Qt::Key_Delete);
    CHECK(asked == QStringLiteral("Delete the follow-up \"Thank her\"?"));
    CHECK(p.model->openCount() == 3);

    p.select({ a, c });
    QString informative;
    QTimer::singleShot(0, [&asked, &informative] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        informative = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Delete"))
                button->click();
        }
    });
    press(Qt::Key_Delete);
    CHECK(asked == QStringLiteral("Delete these 2 follow-ups?"));
    CHECK(informative.contains(QStringLiteral("Ctrl+Z")));
    CHECK_FALSE(FollowUpRepository(*p.db).load(a));
    CHECK_FALSE(FollowUpRepository(*p.db).load(c));
    CHECK(p.model->openCount() == 1);

    p.stack.undo();
    CHECK(p.model->openCount() == 3);
    CHECK(FollowUpRepository(*p.db).load(a)->action == QStringLiteral("Send the poster"));
    CHECK(FollowUpRepository(*p.db).load(c)->actors.size() == 1);
}

TEST_CASE("Enter or double-click on a follow-up asks to log the interaction that does it")
{
    Page p;
    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 a = p.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"));
    const qint64 b = p.plan(marie, QDate(2014, 11, 21), QStringLiteral("Thank her"));
    REQUIRE(showActive(&p.window));
    QSignalSpy asked(p.page, &FollowUpsPage::completeRequested);

    p.select({ b });
    press(Qt::Key_Return);
    REQUIRE(asked.count() == 1);
    CHECK(asked.takeFirst().at(0).toLongLong() == b);

    // Up goes to a's row, then to the "This week" group: Enter there opens or closes it.
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    CHECK(p.view->currentId() == a);
    press(Qt::Key_Return);
    REQUIRE(asked.count() == 1);
    CHECK(asked.takeFirst().at(0).toLongLong() == a);
    press(Qt::Key_Down);
    CHECK(p.model->isGroup(p.view->currentIndex()));
    press(Qt::Key_Return);
    CHECK(asked.isEmpty());
    CHECK_FALSE(p.view->isExpanded(p.view->currentIndex()));
    press(Qt::Key_Return);
    CHECK(p.view->isExpanded(p.view->currentIndex()));

    const QModelIndex index = p.model->indexOfId(b).siblingAtColumn(FollowUpModel::Action);
    const QPoint centre = p.view->visualRect(index).center();
    // As the platform sends a double-click: a click, then the second press.
    QTest::mouseClick(p.view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(p.view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseRelease(p.view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    REQUIRE(asked.count() == 1);
    CHECK(asked.takeFirst().at(0).toLongLong() == b);

    // The button does the same with the current follow-up.
    p.select({ a });
    p.page->findChild<QPushButton *>(QStringLiteral("markDoneButton"))->click();
    REQUIRE(asked.count() == 1);
    CHECK(asked.takeFirst().at(0).toLongLong() == a);

    // Done ones are only for the record.
    REQUIRE(p.complete(a));
    p.page->findChild<QCheckBox *>(QStringLiteral("showDone"))->setChecked(true);
    p.select({ a });
    CHECK(p.model->isDone(p.view->currentIndex()));
    press(Qt::Key_Return);
    CHECK(asked.isEmpty());
    CHECK_FALSE(p.page->findChild<QPushButton *>(QStringLiteral("markDoneButton"))->isEnabled());
    CHECK_FALSE(p.page->findChild<QPushButton *>(QStringLiteral("rescheduleButton"))->isEnabled());
    CHECK(p.page->findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
}

TEST_CASE("Groups cannot be selected, only follow-ups")
{
    Page p;
    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 a = p.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"));
    const qint64 b = p.plan(marie, QDate(2014, 11, 21), QStringLiteral("Thank her"));
    REQUIRE(showActive(&p.window));
    p.view->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    CHECK(p.page->selectedIds() == QList<qint64> { a, b });

    QTest::mouseClick(p.view->viewport(), Qt::LeftButton, Qt::NoModifier,
        p.view->visualRect(p.model->index(0, 0)).center());
    CHECK(p.page->selectedIds().isEmpty());
}

TEST_CASE("The page reads nothing before it is first shown; its overdue count is counted")
{
    FollowUpFixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 poster = f.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"));
    QWidget window;
    auto *page = new FollowUpsPage(*f.db, f.commands, &window);
    CHECK_FALSE(page->model()->isLoaded());
    CHECK(page->model()->rowCount() == 0);
    // The main window's navigation shows it before the page is ever opened.
    CHECK(page->model()->overdueCount() == 1);
    QSignalSpy refreshed(page->model(), &FollowUpModel::refreshed);
    f.plan(marie, QDate(2014, 11, 4), QStringLiteral("Call back"));
    CHECK(refreshed.count() == 1);
    CHECK(page->model()->overdueCount() == 2);
    CHECK_FALSE(page->model()->isLoaded());

    window.show();
    CHECK(page->model()->isLoaded());
    CHECK(page->model()->overdueCount() == 2);
    CHECK(page->model()->indexOfId(poster).isValid());
}

TEST_CASE("With nothing to follow up, the page says how to plan one")
{
    Page p;
    CHECK(p.view->isEmptyTextShown());
    CHECK(p.view->emptyText().startsWith(QStringLiteral("Nothing to follow up.")));
    CHECK(p.view->emptyText().contains(QStringLiteral("Actors page")));

    const qint64 marie = p.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 id = p.plan(marie, QDate(2014, 11, 3), QStringLiteral("Send the poster"));
    CHECK_FALSE(p.view->isEmptyTextShown());
    REQUIRE(p.commands.deleteFollowUps({ id }));
    CHECK(p.view->isEmptyTextShown());
}
