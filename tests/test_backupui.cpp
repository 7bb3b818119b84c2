#include "catchqt.h"
#include "scratchsettings.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/backupstore.h>
#include <models/db/contactrepository.h>
#include <views/actors/mergedialog.h>
#include <views/backup/backupactions.h>
#include <views/backup/restorebackupdialog.h>
#include <views/common/preferencesdialog.h>

using namespace relais;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

qint64 addContact(Database &db, const QString &lastName)
{
    Contact contact;
    contact.lastName = lastName;
    return ContactRepository(db).insert(contact);
}

QString cell(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QString takenText(const QDateTime &taken)
{
    return QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TEST_CASE("The restore dialog lists the backups newest first, with reason and contacts")
{
    TestDatabase db;
    BackupStore store(db.path());
    addContact(*db, QStringLiteral("Martin"));
    store.make(*db, BackupReason::OnDemand, utc(20, 9));
    addContact(*db, QStringLiteral("Bernard"));
    store.make(*db, BackupReason::BeforeImport, utc(24, 15, 30));
    addContact(*db, QStringLiteral("Petit"));
    store.make(*db, BackupReason::Daily, utc(26, 8));

    RestoreBackupDialog dialog(store, nullptr);
    REQUIRE(showActive(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("backups"));
    REQUIRE(table->isVisible());
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("empty"))->isVisible());
    REQUIRE(table->rowCount() == 3);
    CHECK(cell(table, 0, 0) == takenText(utc(26, 8)));
    CHECK(cell(table, 1, 0) == takenText(utc(24, 15, 30)));
    CHECK(cell(table, 2, 0) == takenText(utc(20, 9)));
    CHECK(cell(table, 0, 1) == BackupStore::reasonText(BackupReason::Daily));
    CHECK(cell(table, 1, 1) == BackupStore::reasonText(BackupReason::BeforeImport));
    CHECK(cell(table, 2, 1) == BackupStore::reasonText(BackupReason::OnDemand));
    CHECK(cell(table, 0, 2) == "3");
    CHECK(cell(table, 1, 2) == "2");
    CHECK(cell(table, 2, 2) == "1");
    CHECK(cell(table, 0, 3) == QLocale().formattedDataSize(dialog.backups().at(0).size));
    CHECK_FALSE(cell(table, 0, 3).isEmpty());
    // The newest is chosen already.
    CHECK(table->currentRow() == 0);
    CHECK(child<QPushButton>(&dialog, QStringLiteral("restore"))->isEnabled());
    CHECK(child<QLabel>(&dialog, QStringLiteral("folder"))
              ->text()
              .contains(QDir::toNativeSeparators(store.folder())));
}

TEST_CASE("Without backups the restore dialog says so and restores nothing")
{
    TestDatabase db;
    bool called = false;
    RestoreBackupDialog dialog(BackupStore(db.path()), [&called](const Backup &) {
        called = true;
        return true;
    });
    REQUIRE(showActive(&dialog));
    auto *empty = child<QLabel>(&dialog, QStringLiteral("empty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains("No backup"));
    CHECK_FALSE(child<QTableWidget>(&dialog, QStringLiteral("backups"))->isVisible());
    auto *restore = child<QPushButton>(&dialog, QStringLiteral("restore"));
    CHECK_FALSE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK_FALSE(called);
}

TEST_CASE("Restoring through the dialog asks first, then the file holds the backup's content")
{
    TestDatabase db;
    BackupStore store(db.path());
    addContact(*db, QStringLiteral("Martin"));
    store.make(*db, BackupReason::OnDemand, utc(20, 9));
    addContact(*db, QStringLiteral("Bernard"));
    store.make(*db, BackupReason::BeforeMerge, utc(24, 9));
    addContact(*db, QStringLiteral("Petit"));
    REQUIRE(ContactRepository(*db).count() == 3);

    QString aside;
    int calls = 0;
    RestoreBackupDialog dialog(store, [&](const Backup &backup) {
        ++calls;
        // As the window does: every connection gone, restore, open again.
        db.close();
        aside = store.restore(backup, db.path(), utc(26, 10));
        db.reopen();
        return true;
    });
    dialog.setNow(utc(26, 10));
    REQUIRE(showActive(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("backups"));
    auto *restore = child<QPushButton>(&dialog, QStringLiteral("restore"));

    // The older one, with a single contact.
    table->selectRow(1);
    REQUIRE(restore->isEnabled());

    // Cancelled: nothing happens.
    answerNextMessageBox(QStringLiteral("Cancel"));
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(calls == 0);
    CHECK(ContactRepository(*db).count() == 3);

    QString question;
    answerNextMessageBox(QStringLiteral("Restore"), &question);
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(calls == 1);
    CHECK(question.contains(takenText(utc(20, 9))));
    CHECK(question.contains("test.relais.before-restore-2026-11-26T100000Z"));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ContactRepository(*db).count() == 1);
    CHECK(QFileInfo::exists(aside));
    CHECK(QFileInfo(aside).fileName() == "test.relais.before-restore-2026-11-26T100000Z");
}

TEST_CASE("A restore that fails leaves the dialog open with its list")
{
    TestDatabase db;
    BackupStore store(db.path());
    store.make(*db, BackupReason::OnDemand, utc(20, 9));
    RestoreBackupDialog dialog(store, [](const Backup &) { return false; });
    REQUIRE(showActive(&dialog));
    answerNextMessageBox(QStringLiteral("Restore"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("restore")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QTableWidget>(&dialog, QStringLiteral("backups"))->rowCount() == 1);
}

TEST_CASE("At open a daily backup is made once a day, rotated, and never on a read-only file")
{
    ScratchSettings settings;
    TestDatabase db;
    addContact(*db, QStringLiteral("Martin"));

    const auto first = BackupActions::atOpen(*db, utc(26, 8));
    CHECK(first.error.isEmpty());
    REQUIRE(first.made);
    CHECK(first.made->reason == BackupReason::Daily);
    CHECK(QFileInfo::exists(first.made->path));
    CHECK(QFileInfo(first.made->path).absolutePath()
        == QFileInfo(BackupStore::defaultFolder(db.path())).absoluteFilePath());

    // Later the same day: nothing more.
    const auto again = BackupActions::atOpen(*db, utc(26, 17));
    CHECK(again.error.isEmpty());
    CHECK_FALSE(again.made);

    // A file another Relais writes is not backed up from here.
    auto readOnly
        = Database::open(db.path(), Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    REQUIRE(readOnly.database);
    CHECK_FALSE(BackupActions::atOpen(*readOnly.database, utc(27, 8)).made);
    CHECK_FALSE(BackupActions::onDemand(*readOnly.database, utc(27, 8)).made);
    CHECK(BackupActions::beforeChange(
        *readOnly.database, BackupReason::BeforeImport, nullptr, utc(27, 8)));
    CHECK(BackupStore(db.path()).list().size() == 1);

    // The rotation counts come from the settings: one daily copy, no weekly or monthly.
    QSettings().setValue(QStringLiteral("backups/daily"), 1);
    QSettings().setValue(QStringLiteral("backups/weekly"), 0);
    QSettings().setValue(QStringLiteral("backups/monthly"), 0);
    CHECK(BackupActions::policy().daily == 1);
    const auto next = BackupActions::atOpen(*db, utc(27, 8));
    REQUIRE(next.made);
    const QList<Backup> kept = BackupStore(db.path()).list();
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().path == next.made->path);
}

TEST_CASE("Back up now uses the folder of the settings and says what it made")
{
    ScratchSettings settings;
    TestDatabase db;
    QTemporaryDir elsewhere;
    const QString folder = QDir(elsewhere.path()).filePath(QStringLiteral("copies"));
    QSettings().setValue(QStringLiteral("backups/folder"), folder);
    CHECK(BackupActions::store(db.path()).folder() == folder);

    const auto outcome = BackupActions::onDemand(*db, utc(26, 9));
    CHECK(outcome.error.isEmpty());
    REQUIRE(outcome.made);
    CHECK(outcome.made->reason == BackupReason::OnDemand);
    CHECK(QFileInfo(outcome.made->path).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK_FALSE(QFileInfo::exists(BackupStore::defaultFolder(db.path())));
}

TEST_CASE("A backup that fails before an import asks whether to go on, Cancel by default")
{
    ScratchSettings settings;
    TestDatabase db;
    // A folder that cannot be made: under a plain file.
    const QString blocker = QDir(db.folder()).filePath(QStringLiteral("plain-file"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    QSettings().setValue(
        QStringLiteral("backups/folder"), QDir(blocker).filePath(QStringLiteral("backups")));

    QString seen;
    answerNextMessageBox(QStringLiteral("Cancel"), &seen);
    CHECK_FALSE(BackupActions::beforeChange(*db, BackupReason::BeforeImport, nullptr, utc(26, 9)));
    CHECK(seen.contains("before the import"));

    answerNextMessageBox(QStringLiteral("Go on without a backup"));
    CHECK(BackupActions::beforeChange(*db, BackupReason::BeforeMerge, nullptr, utc(26, 9)));

    // The box's default button is Cancel: Enter does not go on.
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Return);
    });
    CHECK_FALSE(BackupActions::beforeChange(*db, BackupReason::BeforeImport, nullptr, utc(26, 9)));

    // When it works, no question.
    QSettings().remove(QStringLiteral("backups/folder"));
    CHECK(BackupActions::beforeChange(*db, BackupReason::BeforeImport, nullptr, utc(26, 9)));
    const QList<Backup> made = BackupStore(db.path()).list();
    REQUIRE(made.size() == 1);
    CHECK(made.first().reason == BackupReason::BeforeImport);
}

TEST_CASE("Merging two contacts backs the file up first")
{
    ScratchSettings settings;
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    const qint64 kept = addContact(*db, QStringLiteral("Dupont"));
    const qint64 merged = addContact(*db, QStringLiteral("Dupond"));

    MergeDialog dialog(*db, commands, ActorRef::Kind::Contact, kept, merged);
    REQUIRE(showActive(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("merge")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ContactRepository(*db).count() == 1);
    const QList<Backup> made = BackupStore(db.path()).list();
    REQUIRE(made.size() == 1);
    CHECK(made.first().reason == BackupReason::BeforeMerge);
    // Taken before the merge: both contacts are in it.
    CHECK(made.first().contactCount == 2);
}

TEST_CASE("Preferences set how many backups rotation keeps and where they go")
{
    ScratchSettings settings;
    {
        PreferencesDialog dialog(nullptr);
        // The defaults, read from empty settings.
        CHECK(child<QSpinBox>(&dialog, QStringLiteral("dailyBackups"))->value() == 7);
        CHECK(child<QSpinBox>(&dialog, QStringLiteral("weeklyBackups"))->value() == 4);
        CHECK(child<QSpinBox>(&dialog, QStringLiteral("monthlyBackups"))->value() == 12);
        CHECK(child<QLineEdit>(&dialog, QStringLiteral("backupsFolder"))->text().isEmpty());
        child<QSpinBox>(&dialog, QStringLiteral("dailyBackups"))->setValue(3);
        child<QSpinBox>(&dialog, QStringLiteral("weeklyBackups"))->setValue(0);
        child<QSpinBox>(&dialog, QStringLiteral("monthlyBackups"))->setValue(24);
        child<QLineEdit>(&dialog, QStringLiteral("backupsFolder"))
            ->setText(QDir::toNativeSeparators(QStringLiteral("/srv/copies")));
        dialog.accept();
    }
    const RotationPolicy policy = BackupActions::policy();
    CHECK(policy.daily == 3);
    CHECK(policy.weekly == 0);
    CHECK(policy.monthly == 24);
    CHECK(BackupActions::folder() == "/srv/copies");
    CHECK(BackupActions::store(QStringLiteral("/data/relais.relais")).folder() == "/srv/copies");

    // Emptied: beside the file again.
    {
        PreferencesDialog dialog(nullptr);
        CHECK(child<QSpinBox>(&dialog, QStringLiteral("dailyBackups"))->value() == 3);
        child<QLineEdit>(&dialog, QStringLiteral("backupsFolder"))->clear();
        dialog.accept();
    }
    CHECK(BackupActions::folder().isEmpty());
    CHECK(BackupActions::store(QStringLiteral("/data/relais.relais")).folder()
        == "/data/relais backups");
}
