#include "catchqt.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <models/commands/commands.h>
#include <models/db/contactrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/item/referencelistmodel.h>
#include <views/common/mergereferencedialog.h>
#include <views/common/referenceitemtablemodel.h>
#include <views/common/referencelisteditor.h>
#include <views/common/referencelistsdialog.h>

using namespace relais;

namespace {

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QStringList names(Database &database, ReferenceList list)
{
    QStringList result;
    for (const ReferenceItem &item : ReferenceListRepository(database).items(list))
        result << item.name;
    return result;
}

qint64 idOf(Database &database, ReferenceList list, const QString &name)
{
    const auto item = ReferenceListRepository(database).findByName(list, name);
    REQUIRE(item);
    return item->id;
}

// Runs `act` on the next modal dialog as soon as it is up, the way a user would answer it.
void answerNextModal(std::function<void(QWidget *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            act(modal);
        }
    });
    poll->start();
}

// A file with a few entries, the dialog open on it, active, as the officer has it.
struct OpenDialog
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { db.get(), stack };
    ReferenceListsDialog dialog { db.get(), commands };

    qint64 add(ReferenceList list, const QString &name, const QString &postcode = {})
    {
        ReferenceItem item;
        item.name = name;
        item.postcode = postcode;
        const auto id = commands.addReferenceItem(list, item);
        REQUIRE(id);
        return *id;
    }

    ReferenceListEditor *open(ReferenceList list)
    {
        dialog.showList(list);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        ReferenceListEditor *editor = dialog.editor(list);
        REQUIRE(editor);
        editor->view()->setFocus();
        return editor;
    }
};

QModelIndex indexOf(
    ReferenceListEditor *editor, qint64 id, int column = ReferenceItemTableModel::NameColumn)
{
    auto *model = qobject_cast<ReferenceItemTableModel *>(editor->view()->model());
    REQUIRE(model);
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    return model->index(row, column);
}

void clickRow(ReferenceListEditor *editor, qint64 id)
{
    QTableView *view = editor->view();
    const QModelIndex index = indexOf(editor, id);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    REQUIRE(editor->currentId() == id);
}

// Types into the inline editor open on `index` and confirms with Return.
void typeInCell(ReferenceListEditor *editor, const QModelIndex &index, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(editor->view()->indexWidget(index));
    REQUIRE(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits the edit from the event loop.
    QCoreApplication::processEvents();
    CHECK_FALSE(editor->view()->indexWidget(index));
}

} // namespace

TEST_CASE("Reference lists dialog: adding a tag puts it in the list", "[referencelistsdialog]")
{
    OpenDialog d;
    ReferenceListEditor *editor = d.open(ReferenceList::Tag);
    auto *newName = child<QLineEdit>(editor, "newName");

    QTest::keyClicks(newName, QStringLiteral("Repair cafe"));
    QTest::keyClick(newName, Qt::Key_Return);
    CHECK(names(d.db.get(), ReferenceList::Tag) == QStringList { QStringLiteral("Repair cafe") });
    CHECK(newName->text().isEmpty());
    CHECK(editor->errorText().isEmpty());
    const qint64 repair = idOf(d.db.get(), ReferenceList::Tag, QStringLiteral("Repair cafe"));
    CHECK(editor->currentId() == repair);
    CHECK(d.dialog.isVisible()); // Return added the entry and did not close the dialog

    // The Add button does the same, at the end of the list.
    QTest::keyClicks(newName, QStringLiteral("Compost"));
    QTest::mouseClick(child<QPushButton>(editor, "add"), Qt::LeftButton);
    CHECK(names(d.db.get(), ReferenceList::Tag)
        == QStringList({ QStringLiteral("Repair cafe"), QStringLiteral("Compost") }));
    CHECK(editor->view()->model()->rowCount() == 2);
    CHECK(d.stack.count() == 2);

    SECTION("an entry added by mistake goes away with Undo")
    {
        d.stack.undo();
        CHECK(
            names(d.db.get(), ReferenceList::Tag) == QStringList { QStringLiteral("Repair cafe") });
        CHECK(editor->view()->model()->rowCount() == 1);
        CHECK(editor->currentId() == repair);
    }
}

TEST_CASE("Reference lists dialog: renaming a commune and its postcode", "[referencelistsdialog]")
{
    OpenDialog d;
    d.add(ReferenceList::Commune, QStringLiteral("Mulhouse"), QStringLiteral("68100"));
    const qint64 ried = d.add(ReferenceList::Commune, QStringLiteral("Riedisheim"));
    ReferenceListEditor *editor = d.open(ReferenceList::Commune);
    clickRow(editor, ried);

    SECTION("with F2")
    {
        QTest::keyClick(editor->view(), Qt::Key_F2);
        typeInCell(editor, indexOf(editor, ried), QStringLiteral("Rixheim"));
    }
    SECTION("with the Rename button")
    {
        QTest::mouseClick(child<QPushButton>(editor, "rename"), Qt::LeftButton);
        typeInCell(editor, indexOf(editor, ried), QStringLiteral("Rixheim"));
    }
    CHECK(ReferenceListRepository(d.db.get()).item(ReferenceList::Commune, ried)->name
        == QStringLiteral("Rixheim"));
    CHECK(indexOf(editor, ried).data().toString() == QStringLiteral("Rixheim"));
    CHECK(editor->currentId() == ried);

    QTest::mouseClick(child<QPushButton>(editor, "postcode"), Qt::LeftButton);
    typeInCell(editor, indexOf(editor, ried, ReferenceItemTableModel::PostcodeColumn),
        QStringLiteral("68170"));
    CHECK(ReferenceListRepository(d.db.get()).item(ReferenceList::Commune, ried)->postcode
        == QStringLiteral("68170"));
    CHECK(indexOf(editor, ried, ReferenceItemTableModel::PostcodeColumn).data().toString()
        == QStringLiteral("68170"));

    d.stack.undo();
    d.stack.undo();
    CHECK(indexOf(editor, ried).data().toString() == QStringLiteral("Riedisheim"));
    CHECK(
        indexOf(editor, ried, ReferenceItemTableModel::PostcodeColumn).data().toString().isEmpty());
}

TEST_CASE("Reference lists dialog: a new commune comes with its postcode", "[referencelistsdialog]")
{
    OpenDialog d;
    ReferenceListEditor *editor = d.open(ReferenceList::Commune);
    QTest::keyClicks(child<QLineEdit>(editor, "newName"), QStringLiteral("Illzach"));
    auto *postcode = child<QLineEdit>(editor, "newPostcode");
    QTest::keyClicks(postcode, QStringLiteral("68110"));
    QTest::keyClick(postcode, Qt::Key_Return);
    const auto illzach = ReferenceListRepository(d.db.get())
                             .findByName(ReferenceList::Commune, QStringLiteral("Illzach"));
    REQUIRE(illzach);
    CHECK(illzach->postcode == QStringLiteral("68110"));
    CHECK(postcode->text().isEmpty());
}

TEST_CASE("Reference lists dialog: reordering", "[referencelistsdialog]")
{
    OpenDialog d;
    const qint64 a = d.add(ReferenceList::Tag, QStringLiteral("A"));
    const qint64 b = d.add(ReferenceList::Tag, QStringLiteral("B"));
    const qint64 c = d.add(ReferenceList::Tag, QStringLiteral("C"));
    ReferenceListEditor *editor = d.open(ReferenceList::Tag);
    clickRow(editor, b);

    QTest::keyClick(editor->view(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(names(d.db.get(), ReferenceList::Tag)
        == QStringList({ QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C") }));
    // The selection follows the moved entry, so that it can be moved again.
    CHECK(editor->currentId() == b);
    CHECK_FALSE(child<QPushButton>(editor, "moveUp")->isEnabled());

    auto *down = child<QPushButton>(editor, "moveDown");
    QTest::mouseClick(down, Qt::LeftButton);
    QTest::mouseClick(down, Qt::LeftButton);
    CHECK(names(d.db.get(), ReferenceList::Tag)
        == QStringList({ QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B") }));
    CHECK(editor->currentId() == b);
    CHECK_FALSE(down->isEnabled());
    // At the end, Ctrl+Down does nothing (and adds no empty step).
    editor->view()->setFocus();
    QTest::keyClick(editor->view(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(d.stack.count() == 3 + 3);

    d.stack.undo();
    CHECK(editor->view()->model()->index(2, 0).data(ReferenceItemTableModel::IdRole).toLongLong()
        == c);
    CHECK(editor->currentId() == b);
    Q_UNUSED(a);
}

TEST_CASE("Reference lists dialog: retiring and reinstating", "[referencelistsdialog]")
{
    OpenDialog d;
    // The actor types come seeded with every new file.
    const QList<ReferenceItem> types
        = ReferenceListRepository(d.db.get()).items(ReferenceList::ActorType);
    REQUIRE(types.size() >= 2);
    const ReferenceItem type = types.at(1);
    ReferenceListModel offered(
        d.db.get(), ReferenceList::ActorType, ReferenceListModel::Options::ActiveOnly);
    REQUIRE(offered.rowOf(type.id) >= 0);

    ReferenceListEditor *editor = d.open(ReferenceList::ActorType);
    clickRow(editor, type.id);
    auto *retire = child<QPushButton>(editor, "retire");
    QTest::mouseClick(retire, Qt::LeftButton);

    CHECK(offered.rowOf(type.id) == -1);
    CHECK(ReferenceListRepository(d.db.get()).item(ReferenceList::ActorType, type.id)->retired);
    // Still in the editor, greyed and marked, with the button now offering the way back.
    const QModelIndex index = indexOf(editor, type.id);
    CHECK(index.data().toString() == QStringLiteral("%1 (retired)").arg(type.name));
    CHECK(index.data(Qt::ForegroundRole).isValid());
    CHECK(retire->text() == QStringLiteral("Reins&tate"));

    QTest::mouseClick(retire, Qt::LeftButton);
    CHECK(offered.rowOf(type.id) >= 0);
    CHECK(indexOf(editor, type.id).data().toString() == type.name);
    CHECK(retire->text() == QStringLiteral("Re&tire"));
}

TEST_CASE("Reference lists dialog: merging moves the records, undo puts them back",
    "[referencelistsdialog]")
{
    OpenDialog d;
    const qint64 mulhouse = d.add(ReferenceList::Commune, QStringLiteral("Mulhouse"));
    const qint64 typo = d.add(ReferenceList::Commune, QStringLiteral("Mulhuse"));
    d.add(ReferenceList::Commune, QStringLiteral("Illzach"));
    Contact contact;
    contact.firstName = QStringLiteral("Marie");
    contact.lastName = QStringLiteral("Dupont");
    contact.communeId = typo;
    const auto contactId = d.commands.addContact(contact);
    REQUIRE(contactId);
    const int stepsBefore = d.stack.count();

    ReferenceListEditor *editor = d.open(ReferenceList::Commune);
    CHECK(indexOf(editor, typo, ReferenceItemTableModel::UsageColumn).data().toInt() == 1);
    clickRow(editor, typo);

    SECTION("confirmed")
    {
        QString message;
        answerNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<MergeReferenceDialog *>(modal);
            CHECK(dialog); // no REQUIRE: an exception must not cross Qt's event loop
            if (!dialog) {
                modal->close();
                return;
            }
            dialog->setTargetId(mulhouse);
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                message += label->text() + QLatin1Char('\n');
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>(editor, "merge"), Qt::LeftButton);

        // "1 record(s)" until an English translation picks the plural form.
        CHECK(message.contains(QStringLiteral("1 record")));
        CHECK(message.contains(QStringLiteral("from \"Mulhuse\" to \"Mulhouse\"")));
        CHECK(ContactRepository(d.db.get()).load(*contactId)->communeId == mulhouse);
        CHECK_FALSE(ReferenceListRepository(d.db.get()).item(ReferenceList::Commune, typo));
        CHECK(editor->currentId() == mulhouse);
        CHECK(indexOf(editor, mulhouse, ReferenceItemTableModel::UsageColumn).data().toInt() == 1);
        CHECK(d.stack.count() == stepsBefore + 1);

        d.stack.undo();
        CHECK(ContactRepository(d.db.get()).load(*contactId)->communeId == typo);
        CHECK(ReferenceListRepository(d.db.get()).item(ReferenceList::Commune, typo));
        CHECK(indexOf(editor, typo, ReferenceItemTableModel::UsageColumn).data().toInt() == 1);
        CHECK(indexOf(editor, mulhouse, ReferenceItemTableModel::UsageColumn).data().toInt() == 0);
    }
    SECTION("cancelled")
    {
        answerNextModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
        QTest::mouseClick(child<QPushButton>(editor, "merge"), Qt::LeftButton);
        CHECK(ContactRepository(d.db.get()).load(*contactId)->communeId == typo);
        CHECK(d.stack.count() == stepsBefore);
    }
}

TEST_CASE("Reference lists dialog: refused names change nothing", "[referencelistsdialog]")
{
    OpenDialog d;
    const qint64 compost = d.add(ReferenceList::Tag, QStringLiteral("Compost"));
    const qint64 reuse = d.add(ReferenceList::Tag, QStringLiteral("Reuse"));
    const int steps = d.stack.count();
    ReferenceListEditor *editor = d.open(ReferenceList::Tag);
    auto *newName = child<QLineEdit>(editor, "newName");

    SECTION("adding a name already in the list")
    {
        QTest::keyClicks(newName, QStringLiteral("compost"));
        QTest::keyClick(newName, Qt::Key_Return);
        CHECK(editor->errorText().contains(QStringLiteral("already in the list")));
        CHECK(child<QWidget>(editor, "errorBar")->isVisible());
        CHECK(editor->currentId() == compost); // shows the entry it clashes with
        CHECK(newName->text() == QStringLiteral("compost")); // kept, to be corrected
        // Correcting the name clears the message.
        QTest::keyClick(newName, Qt::Key_Backspace);
        CHECK(editor->errorText().isEmpty());
    }
    SECTION("adding an empty name")
    {
        QTest::keyClicks(newName, QStringLiteral("   "));
        QTest::mouseClick(child<QPushButton>(editor, "add"), Qt::LeftButton);
        CHECK(editor->errorText().contains(QStringLiteral("empty")));
    }
    SECTION("renaming to a name already in the list")
    {
        clickRow(editor, reuse);
        QTest::keyClick(editor->view(), Qt::Key_F2);
        typeInCell(editor, indexOf(editor, reuse), QStringLiteral("COMPOST"));
        CHECK(editor->errorText().contains(QStringLiteral("already in the list")));
        CHECK(indexOf(editor, reuse).data().toString() == QStringLiteral("Reuse"));
    }
    CHECK(names(d.db.get(), ReferenceList::Tag)
        == QStringList({ QStringLiteral("Compost"), QStringLiteral("Reuse") }));
    CHECK(d.stack.count() == steps);
}

TEST_CASE("Reference lists dialog: follows changes made elsewhere", "[referencelistsdialog]")
{
    OpenDialog d;
    ReferenceListEditor *editor = d.open(ReferenceList::Domain);
    const int rows = editor->view()->model()->rowCount();
    const qint64 id = d.add(ReferenceList::Domain, QStringLiteral("Repair"));
    CHECK(editor->view()->model()->rowCount() == rows + 1);

    // A record using the entry, saved from another window, shows in its count.
    Contact contact;
    contact.lastName = QStringLiteral("Martin");
    contact.domainIds = { id };
    REQUIRE(d.commands.addContact(contact));
    CHECK(indexOf(editor, id, ReferenceItemTableModel::UsageColumn).data().toInt() == 1);
    d.stack.undo();
    CHECK(indexOf(editor, id, ReferenceItemTableModel::UsageColumn).data().toInt() == 0);

    d.dialog.showList(ReferenceList::Commune);
    CHECK(d.dialog.currentList() == ReferenceList::Commune);
}

TEST_CASE("Reference item table model passes the model tester", "[referencelistsdialog]")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(db.get(), stack);
    ReferenceItemTableModel model(db.get(), commands, ReferenceList::Commune);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ReferenceItem item;
    item.name = QStringLiteral("Mulhouse");
    const qint64 mulhouse = *commands.addReferenceItem(ReferenceList::Commune, item);
    item.name = QStringLiteral("Mulhuse");
    const qint64 typo = *commands.addReferenceItem(ReferenceList::Commune, item);
    item.name = QStringLiteral("Illzach");
    const qint64 illzach = *commands.addReferenceItem(ReferenceList::Commune, item);
    CHECK(model.ids() == QList<qint64>({ mulhouse, typo, illzach }));

    REQUIRE(commands.reorderReferenceList(ReferenceList::Commune, { illzach, mulhouse, typo }));
    CHECK(model.ids() == QList<qint64>({ illzach, mulhouse, typo }));
    CHECK(model.setData(
        model.index(0, ReferenceItemTableModel::PostcodeColumn), QStringLiteral("68110")));
    CHECK(model.index(0, ReferenceItemTableModel::PostcodeColumn).data().toString()
        == QStringLiteral("68110"));
    REQUIRE(commands.mergeReferenceItems(ReferenceList::Commune, typo, mulhouse));
    CHECK(model.ids() == QList<qint64>({ illzach, mulhouse }));
    stack.undo();
    CHECK(model.ids() == QList<qint64>({ illzach, mulhouse, typo }));
    stack.setIndex(0);
    CHECK(model.rowCount() == 0);
    stack.setIndex(stack.count());
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Reference lists dialog: screenshots", "[.screenshots]")
{
    OpenDialog d;
    const QString folder
        = qEnvironmentVariable("RELAIS_SCREENSHOTS", QStringLiteral("/tmp/relais-screenshots"));
    QDir().mkpath(folder);
    const char *communes[][2] = { { "Mulhouse", "68100" }, { "Riedisheim", "68400" },
        { "Illzach", "68110" }, { "Kingersheim", "68260" }, { "Wittenheim", "68270" },
        { "Rixheim", "68170" }, { "Pfastatt", "68120" }, { "Brunstatt-Didenheim", "68350" },
        { "Lutterbach", "68460" }, { "Mulhuse", "" } };
    QList<qint64> ids;
    for (const auto &commune : communes)
        ids << d.add(
            ReferenceList::Commune, QString::fromUtf8(commune[0]), QString::fromUtf8(commune[1]));
    for (int i = 0; i < 6; ++i) {
        Contact contact;
        contact.lastName = QStringLiteral("Contact %1").arg(i);
        contact.communeId = ids.at(i % 3);
        REQUIRE(d.commands.addContact(contact));
    }
    REQUIRE(d.commands.setReferenceItemRetired(ReferenceList::Commune, ids.at(8), true));
    ReferenceListEditor *editor = d.open(ReferenceList::Commune);
    clickRow(editor, ids.at(1));
    QTest::qWait(50);
    d.dialog.grab().save(folder + QStringLiteral("/referencelists-communes.png"));

    editor = d.open(ReferenceList::Tag);
    QTest::keyClicks(child<QLineEdit>(editor, "newName"), QStringLiteral("  "));
    QTest::keyClick(child<QLineEdit>(editor, "newName"), Qt::Key_Return);
    QTest::qWait(50);
    d.dialog.grab().save(folder + QStringLiteral("/referencelists-tags-error.png"));

    editor = d.open(ReferenceList::ActorType);
    QTest::qWait(50);
    d.dialog.grab().save(folder + QStringLiteral("/referencelists-types.png"));

    ReferenceItem from;
    from.id = ids.at(9);
    from.name = QStringLiteral("Mulhuse");
    MergeReferenceDialog merge(
        from, 3, ReferenceListRepository(d.db.get()).items(ReferenceList::Commune));
    merge.setTargetId(ids.at(0));
    merge.show();
    QTest::qWait(50);
    merge.grab().save(folder + QStringLiteral("/merge.png"));
}
