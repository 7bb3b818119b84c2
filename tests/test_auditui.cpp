#include "catchqt.h"
#include "scratchsettings.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/auditrepository.h>
#include <models/db/auditretention.h>
#include <models/db/audittrail.h>
#include <models/db/contactrepository.h>
#include <models/db/sqlquery.h>
#include <models/history/history.h>
#include <models/item/auditlogmodel.h>
#include <views/actors/contactdialog.h>
#include <views/actors/organisationdialog.h>
#include <views/audit/auditlogdialog.h>
#include <views/audit/audittableview.h>
#include <views/audit/recordhistorydialog.h>
#include <views/common/preferencesdialog.h>
#include <views/forms/optionaldateedit.h>

using namespace relais;

namespace {

int entryCount(Database &db)
{
    return SqlQuery(db, "SELECT count(*) FROM audit_entry").scalar().toInt();
}

// An entry written as the triggers write them, at a chosen time.
void addEntry(Database &db, const QDateTime &at, const QString &user = "marie",
    const QString &table = "contact", qint64 id = 1)
{
    SqlQuery(db,
        "INSERT INTO audit_entry (at, user, action, record_table, record_id, changes) "
        "VALUES (:at, :user, 'update', :table, :id, '{\"notes\":[\"\",\"x\"]}')")
        .bind(":at", isoDateTime(at))
        .bind(":user", user)
        .bind(":table", table)
        .bind(":id", id)
        .exec();
}

struct AuditUiFixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };

    qint64 contact(const QString &first, const QString &last)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        return *commands.addContact(c);
    }
    qint64 organisation(const QString &name)
    {
        Organisation o;
        o.name = name;
        return *commands.addOrganisation(o);
    }
    // Makes the entries of one record look written by someone else, long ago.
    void rewrite(const QString &table, qint64 id, const QString &user, const QString &at)
    {
        SqlQuery(*db,
            "UPDATE audit_entry SET user = :user, at = :at WHERE record_table = :table AND "
            "record_id = :id")
            .bind(":user", user)
            .bind(":at", at)
            .bind(":table", table)
            .bind(":id", id)
            .exec();
    }
};

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data(role).toString();
    return values;
}

// The field with the focus: a date or spin box may give it to its line edit.
QString focusedField()
{
    QWidget *widget = focused();
    if (widget && widget->objectName().isEmpty() && widget->parentWidget())
        return widget->parentWidget()->objectName();
    return focusedName();
}

int countIn(const QString &countText)
{
    return countText.section(QLatin1Char(' '), 0, 0).toInt();
}

} // namespace

TEST_CASE_METHOD(AuditUiFixture, "The audit log reads its entries a page at a time", "[auditui]")
{
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 450; ++i)
        addEntry(*db, start.addSecs(60 * i));
    AuditLogModel model(*db);
    REQUIRE(model.pageSize() == 200);
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 200);
    CHECK(model.canFetchMore({}));
    // Newest first.
    CHECK(model.entry(0).at == start.addSecs(60 * 449));
    CHECK(model.entry(199).at == start.addSecs(60 * 250));

    // Written while the list is read: not in it (until refreshed), and the pages do not
    // shift.
    addEntry(*db, start.addSecs(60 * 1000));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    CHECK(model.entry(200).at == start.addSecs(60 * 249));
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.entry(449).at == start);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.entry(row).id;
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == 450);

    model.refresh();
    CHECK(model.totalCount() == 451);
    CHECK(model.rowCount() == 200);
    CHECK(model.entry(0).at == start.addSecs(60 * 1000));

    SECTION("a smaller page")
    {
        model.setPageSize(100);
        CHECK(model.rowCount() == 100);
        model.fetchAll();
        CHECK(model.rowCount() == 451);
    }
    SECTION("a sound model")
    {
        // Under the tester all in one page: Qt 6.4's tester asks for more rows from its own
        // rowsInserted and modelReset slots, before it takes the change as finished, and then
        // fails its own check on any model whose fetchMore() inserts rows at once.
        AuditLogModel tested(*db);
        tested.setPageSize(1000);
        QAbstractItemModelTester tester(
            &tested, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(tested.rowCount() == 451);
        CHECK_FALSE(tested.canFetchMore({}));
        addEntry(*db, start.addSecs(60 * 2000));
        tested.refresh();
        CHECK(tested.rowCount() == 452);
    }
}

TEST_CASE_METHOD(
    AuditUiFixture, "The audit log names records as they are called now, or as gone", "[auditui]")
{
    const qint64 marie = contact("Marie", "Dupont");
    const qint64 mairie = organisation("Mairie de Lutterbach");
    const qint64 paul = contact("Paul", "Durand");
    REQUIRE(commands.deleteContacts({ paul }));
    // Renamed since its first entry: the entry shows the name of today.
    Contact renamed = *ContactRepository(*db).load(marie);
    renamed.lastName = "Dupont-Moretti";
    REQUIRE(commands.updateContact(renamed));

    AuditLogModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHash<QString, QString> shown; // "contact:12" → the Record column
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry &e = model.entry(row);
        shown.insert(e.recordTable + ':' + QString::number(e.recordId),
            model.index(row, AuditLogModel::Record).data().toString());
    }
    CHECK(shown.value("contact:" + QString::number(marie)) == "Marie Dupont-Moretti");
    CHECK(shown.value("organisation:" + QString::number(mairie)) == "Mairie de Lutterbach");
    CHECK(shown.value("contact:" + QString::number(paul))
        == "deleted contact #" + QString::number(paul));
    // The deletion itself, with the values it removed.
    const int deletion = column(model, AuditLogModel::Action).indexOf("Deleted");
    REQUIRE(deletion >= 0);
    CHECK(model.index(deletion, AuditLogModel::Changes)
              .data()
              .toString()
              .contains("Last name: Durand → —"));
    CHECK(model.index(0, AuditLogModel::Changes).data().toString()
        == "Last name: Dupont → Dupont-Moretti");
    CHECK(model.index(0, AuditLogModel::Who).data().toString() == AuditTrail::user(*db));

    SECTION("follows the file")
    {
        const int before = model.rowCount();
        contact("Jeanne", "Keller");
        CHECK(model.rowCount() > before);
        CHECK(model.index(0, AuditLogModel::Record).data().toString() == "Jeanne Keller");
    }
    SECTION("the names of a page are read in one query, with the entries")
    {
        AuditRepository audit(*db);
        const QHash<AuditRecordKey, QString> names = audit.recordNames(audit.entries({}));
        CHECK(names.value({ "contact", marie }) == "Marie Dupont-Moretti");
        CHECK_FALSE(names.contains({ "contact", paul }));
        CHECK(names.size() == 2);
    }
}

TEST_CASE_METHOD(AuditUiFixture, "The audit log filters by date, user, kind and name", "[auditui]")
{
    const qint64 marie = contact("Marie", "Dupont");
    const qint64 paul = contact("Paul", "Durand");
    const qint64 mairie = organisation("Mairie de Lutterbach");
    rewrite("contact", paul, "paul", "2026-01-15T10:00:00Z");
    const int all = entryCount(*db);
    const int pauls = AuditRepository(*db).historyOf("contact", paul).size();
    const int maries = AuditRepository(*db).historyOf("contact", marie).size();
    const int organisations = AuditRepository(*db).historyOf("organisation", mairie).size();
    REQUIRE(pauls > 0);
    REQUIRE(maries > 0);

    AuditLogDialog dialog(*db);
    REQUIRE(showActive(&dialog));
    auto *count = child<QLabel>(&dialog, "count");
    auto *table = child<AuditTableView>(&dialog, "entries");
    auto *empty = child<QLabel>(&dialog, "empty");
    CHECK(countIn(count->text()) == all);
    CHECK(count->text() == QString("%1 entries").arg(all));
    CHECK(table->model()->rowCount() == all);
    CHECK(table->isVisible());
    CHECK_FALSE(empty->isVisible());

    // The filters in Tab order, the user's first.
    CHECK(focusedField() == "from");
    press(Qt::Key_Tab);
    CHECK(focusedField() == "to");
    press(Qt::Key_Tab);
    CHECK(focusedField() == "user");
    auto *user = child<QComboBox>(&dialog, "user");
    CHECK(user->itemText(0) == "Everyone");
    REQUIRE(user->findText("paul") > 0);

    SECTION("by user")
    {
        // Down the list to paul, as with the keyboard.
        while (user->currentText() != "paul" && user->currentIndex() < user->count() - 1)
            press(Qt::Key_Down);
        REQUIRE(user->currentText() == "paul");
        CHECK(countIn(count->text()) == pauls);
        CHECK(column(*table->model(), AuditLogModel::Who) == QStringList(pauls, "paul"));
    }
    SECTION("by kind of record")
    {
        press(Qt::Key_Tab);
        CHECK(focusedField() == "recordKind");
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        REQUIRE(child<QComboBox>(&dialog, "recordKind")->currentText() == "Organisations");
        CHECK(countIn(count->text()) == organisations);
        CHECK(column(*table->model(), AuditLogModel::Record)
            == QStringList(organisations, "Mairie de Lutterbach"));
    }
    SECTION("by a record's name")
    {
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        CHECK(focusedField() == "recordName");
        type("DUPONT");
        CHECK(countIn(count->text()) == maries);
        CHECK(
            column(*table->model(), AuditLogModel::Record) == QStringList(maries, "Marie Dupont"));
        // The last name first, accents aside, finds the same.
        child<QLineEdit>(&dialog, "recordName")->clear();
        type("dûpont mar");
        CHECK(countIn(count->text()) == maries);
        press(Qt::Key_Tab);
        CHECK(focusedField() == "entries");
    }
    SECTION("by dates, the last day included")
    {
        auto *from = child<OptionalDateEdit>(&dialog, "from");
        auto *to = child<OptionalDateEdit>(&dialog, "to");
        from->setOptionalDate(QDate(2026, 1, 1));
        to->setOptionalDate(QDate(2026, 1, 15));
        CHECK(countIn(count->text()) == pauls);
        to->setOptionalDate(QDate(2026, 1, 14));
        CHECK(countIn(count->text()) == 0);
        CHECK(empty->isVisible());
        CHECK_FALSE(table->isVisible());
        CHECK(empty->text() == "No change recorded in this period.");
        // Ctrl+Delete blanks a date again.
        QTest::keyClick(to, Qt::Key_Delete, Qt::ControlModifier);
        CHECK(countIn(count->text()) > pauls);
    }
    SECTION("Escape closes it")
    {
        press(Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE_METHOD(AuditUiFixture, "The audit log copies what it shows", "[auditui]")
{
    const qint64 marie = contact("Marie", "Dupont");
    Contact c = *ContactRepository(*db).load(marie);
    c.firstName = "Marie-Claire";
    REQUIRE(commands.updateContact(c));
    AuditLogDialog dialog(*db);
    const QString text = dialog.table()->selectedText();
    const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + dialog.model()->rowCount());
    CHECK(lines[0] == "When\tWho\tAction\tRecord\tChanges");
    CHECK(lines[1].endsWith("\tChanged\tMarie-Claire Dupont\tFirst name: Marie → Marie-Claire"));
}

TEST_CASE_METHOD(AuditUiFixture, "A card's Change history lists its record's changes", "[auditui]")
{
    const auto history = standardHistory(*db);

    SECTION("not for a card not saved yet, then once saved")
    {
        ContactDialog card(*db, commands, *history, 0);
        REQUIRE(showActive(&card));
        auto *button = child<QPushButton>(&card, "changeHistory");
        CHECK_FALSE(button->isVisible());
        press(Qt::Key_Tab);
        type("Marie");
        press(Qt::Key_Tab);
        type("Dupont");
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier); // Save and new
        CHECK_FALSE(button->isVisible());
        ContactDialog saved(*db, commands, *history,
            SqlQuery(*db, "SELECT id FROM contact WHERE last_name = 'Dupont'")
                .scalar()
                .toLongLong());
        REQUIRE(showActive(&saved));
        CHECK(child<QPushButton>(&saved, "changeHistory")->isVisible());
    }
    SECTION("an edit made through the commands")
    {
        const qint64 id = contact("Marie", "Dupont");
        Contact c = *ContactRepository(*db).load(id);
        c.firstName = "Marie-Claire";
        c.emails << "marie@lutterbach.fr";
        REQUIRE(commands.updateContact(c));
        contact("Paul", "Durand"); // not in her history

        ContactDialog card(*db, commands, *history, id);
        REQUIRE(showActive(&card));
        auto *button = child<QPushButton>(&card, "changeHistory");
        REQUIRE(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = card.findChild<RecordHistoryDialog *>();
        REQUIRE(dialog);
        REQUIRE(eventually([&] { return dialog->isVisible(); }));
        CHECK(dialog->windowTitle() == "Change history — Marie-Claire Dupont");
        const QAbstractItemModel &model = *dialog->model();
        const int entries = AuditRepository(*db).historyOf("contact", id).size();
        CHECK(model.rowCount() == entries);
        const QStringList changes = column(model, AuditLogModel::Changes);
        // One change per line: her creation set her first and last names.
        CHECK(changes.last().split('\n').size() >= 2);
        CHECK(changes.join('\n').contains("First name: Marie → Marie-Claire"));
        CHECK(changes.join('\n').contains("E-mail: marie@lutterbach.fr"));
        CHECK(changes.last().contains("Last name: Dupont"));
        CHECK(column(model, AuditLogModel::Action).last() == "Created");
        CHECK_FALSE(column(model, AuditLogModel::Changes).join(' ').contains("Durand"));
        CHECK(dialog->table()->isColumnHidden(AuditLogModel::Record));
        CHECK(child<QLabel>(dialog, "empty")->isHidden());
        // Escape closes it, not the card.
        REQUIRE(eventually([&] { return QApplication::activeWindow() == dialog; }));
        press(Qt::Key_Escape);
        CHECK(eventually([&] { return !card.findChild<RecordHistoryDialog *>(); }));
        CHECK(card.isVisible());
    }
    SECTION("an organisation's card too; an empty history says so")
    {
        const qint64 id = organisation("Mairie de Lutterbach");
        OrganisationDialog card(*db, commands, *history, id);
        REQUIRE(showActive(&card));
        REQUIRE(child<QPushButton>(&card, "changeHistory")->isVisible());
        RecordHistoryDialog listed(*db, "organisation", id);
        CHECK(listed.model()->rowCount() == 1);
        SqlQuery(*db, "DELETE FROM audit_entry").exec();
        RecordHistoryDialog none(*db, "organisation", id);
        none.show();
        CHECK(child<QLabel>(&none, "empty")->isVisible());
        CHECK(child<QLabel>(&none, "empty")->text() == "No change recorded for this record.");
        CHECK_FALSE(none.table()->isVisible());
    }
}

TEST_CASE("Old entries are purged as the settings say", "[auditui]")
{
    ScratchSettings scratch;
    TestDatabase db;
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    addEntry(*db, now.addYears(-5));
    addEntry(*db, now.addMonths(-13));
    addEntry(*db, now.addMonths(-11));
    addEntry(*db, now.addMonths(-5));
    addEntry(*db, now.addDays(-1));
    REQUIRE(entryCount(*db) == 5);

    SECTION("12 months unless set")
    {
        CHECK(AuditRetention::months() == 12);
        CHECK(AuditRetention::purge(*db, now) == 2);
        CHECK(entryCount(*db) == 3);
        CHECK(AuditRetention::purge(*db, now) == 0);
    }
    SECTION("as many months as set")
    {
        QSettings().setValue(AuditTrail::retentionSettingKey, 6);
        CHECK(AuditRetention::purge(*db, now) == 3);
        AuditFilter all;
        all.limit = 0;
        const QList<AuditEntry> kept = AuditRepository(*db).entries(all);
        REQUIRE(kept.size() == 2);
        CHECK(kept.last().at == now.addMonths(-5));
    }
    SECTION("0 keeps everything")
    {
        AuditRetention::setMonths(0);
        CHECK(QSettings().value(AuditTrail::retentionSettingKey).toInt() == 0);
        CHECK(AuditRetention::purge(*db, now) == 0);
        CHECK(entryCount(*db) == 5);
    }
    SECTION("nonsense in the settings keeps the default")
    {
        QSettings().setValue(AuditTrail::retentionSettingKey, "soon");
        CHECK(AuditRetention::months() == 12);
    }
    SECTION("a read-only file is left alone")
    {
        const QString path = db.path();
        db.close();
        auto reader
            = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
        REQUIRE(reader.database);
        CHECK(AuditRetention::purge(*reader.database, now) == 0);
        CHECK(entryCount(*reader.database) == 5);
    }
}

TEST_CASE("Preferences set how long the audit trail is kept", "[auditui]")
{
    ScratchSettings scratch;
    TestDatabase db;
    {
        PreferencesDialog dialog(&db.get());
        REQUIRE(showActive(&dialog));
        auto *months = child<QSpinBox>(&dialog, "auditMonths");
        CHECK(months->value() == 12);
        months->setFocus();
        months->selectAll();
        type("0");
        CHECK(months->value() == 0);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(AuditRetention::months() == 0);
    }
    {
        PreferencesDialog dialog(&db.get());
        REQUIRE(showActive(&dialog));
        auto *months = child<QSpinBox>(&dialog, "auditMonths");
        CHECK(months->value() == 0);
        months->setFocus();
        months->selectAll();
        type("24");
        press(Qt::Key_Escape);
        CHECK(AuditRetention::months() == 0);
    }
}
