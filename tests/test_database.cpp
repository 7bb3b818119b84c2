#include "catchqt.h"
#include "filefaults.h"
#include "schemarollback.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <models/db/contactrepository.h>
#include <models/db/databaseerror.h>
#include <models/db/migrations.h>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
#include <models/db/transaction.h>

using namespace relais;

namespace {

QVariant pragma(Database &db, const char *name)
{
    return SqlQuery(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).scalar();
}

using filefaults::rawExec;

// The columns of an index, in order.
QStringList indexColumns(Database &db, const QString &index)
{
    QStringList columns;
    SqlQuery query(db, QStringLiteral("SELECT name FROM pragma_index_info(:index) ORDER BY seqno"));
    query.bind(QStringLiteral(":index"), index).exec();
    while (query.next())
        columns << query.text(0);
    return columns;
}

} // namespace

TEST_CASE("A new file gets every migration, the pragmas and the seeded lists")
{
    TestDatabase db;
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*db, "application_id").toLongLong() == Database::applicationId);
    ReferenceListRepository lists(*db);
    CHECK(lists.items(ReferenceList::ActorType).size() == 14);
    CHECK(lists.items(ReferenceList::Domain).size() == 5);
    CHECK(lists.items(ReferenceList::Commune).isEmpty());
    CHECK(lists.items(ReferenceList::ActorType).first().name
        == QStringLiteral("Environment association"));
}

TEST_CASE("Reopening keeps the data and applies no migration twice")
{
    TestDatabase db;
    Contact c;
    c.lastName = QStringLiteral("Sénéchal");
    const qint64 id = ContactRepository(*db).insert(c);
    db.reopen();
    CHECK(ContactRepository(*db).load(id)->lastName == QStringLiteral("Sénéchal"));
    CHECK(SqlQuery(*db, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt()
        == latestSchemaVersion());
}

TEST_CASE("A file from a newer Relais is refused and left untouched")
{
    TestDatabase db;
    const QString path = db.path();
    db.close();
    rawExec(
        path, QStringLiteral("INSERT INTO schema_version VALUES (999, '2030-01-01T00:00:00Z')"));
    // Let SQLite fold the WAL back so the hash covers the whole file.
    rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = fileHash(path);
    const auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::NewerSchema);
    CHECK(opened.message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A file that is not a database is refused and left untouched")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.relais"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;Prénom;Courriel\nDupont;Marie;marie@example.fr\n");
    file.close();
    const QByteArray before = fileHash(path);
    for (const auto mode :
        { Database::OpenMode::ExistingOnly, Database::OpenMode::CreateIfMissing }) {
        const auto opened = Database::open(path, mode);
        CHECK_FALSE(opened.database);
        CHECK(opened.error == Database::OpenError::NotSqlite);
        CHECK(opened.message.contains(QStringLiteral("not an SQLite file")));
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Another program's SQLite database is refused and left untouched")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)"));
    const QByteArray before = fileHash(path);
    const auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::NotRelais);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A missing file is created only when asked")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sub/folder/new.relais"));
    const auto refused = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK(refused.error == Database::OpenError::NotFound);
    CHECK_FALSE(QFile::exists(path));
    const auto created = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE(created.database);
    CHECK(QFile::exists(path));
}

TEST_CASE("An empty file is initialised for the default database but refused when opened")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("empty.relais"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    CHECK(Database::open(path, Database::OpenMode::ExistingOnly).error
        == Database::OpenError::NotRelais);
    CHECK(QFileInfo(path).size() == 0);
    CHECK(Database::open(path, Database::OpenMode::CreateIfMissing).database);
}

TEST_CASE("A transaction guard rolls back what it did unless committed")
{
    TestDatabase db;
    ContactRepository contacts(*db);
    Contact c;
    c.lastName = QStringLiteral("Muller");
    {
        Transaction transaction(*db);
        contacts.insert(c);
        CHECK(contacts.count() == 1);
    }
    CHECK(contacts.count() == 0);
    {
        Transaction transaction(*db);
        contacts.insert(c);
        transaction.commit();
    }
    CHECK(contacts.count() == 1);
}

TEST_CASE("A nested guard is a savepoint: its rollback keeps the outer work")
{
    TestDatabase db;
    ContactRepository contacts(*db);
    Contact c;
    c.lastName = QStringLiteral("Weber");
    Transaction outer(*db);
    contacts.insert(c);
    {
        Transaction inner(*db);
        contacts.insert(c);
    }
    outer.commit();
    CHECK(contacts.count() == 1);
}

TEST_CASE("Change signals come once, after commit, and never for a rollback")
{
    TestDatabase db;
    QSignalSpy changed(&db->notifier(), &ChangeNotifier::contactsChanged);
    Contact c;
    c.lastName = QStringLiteral("Keller");
    {
        Transaction transaction(*db);
        ContactRepository(*db).insert(c);
        ContactRepository(*db).insert(c);
        CHECK(changed.count() == 0);
        transaction.commit();
    }
    CHECK(changed.count() == 1);
    {
        Transaction transaction(*db);
        ContactRepository(*db).insert(c);
    }
    CHECK(changed.count() == 1);
}

TEST_CASE("A failed statement throws and the guard leaves nothing half-written")
{
    TestDatabase db;
    Contact c;
    c.lastName = QStringLiteral("Haas");
    c.memberships << Membership { 999999, QStringLiteral("Nowhere"),
        QString() }; // no such organisation
    CHECK_THROWS_AS(ContactRepository(*db).insert(c), DatabaseError);
    CHECK(ContactRepository(*db).count() == 0);
    CHECK_FALSE(db->inTransaction());
}

TEST_CASE("Save a copy writes a consistent file that opens")
{
    TestDatabase db;
    Contact c;
    c.lastName = QStringLiteral("Schœnenberger");
    ContactRepository(*db).insert(c);
    const QString copy = db.folder() + QStringLiteral("/copy.relais");
    db->copyTo(copy);
    auto opened = Database::open(copy, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.database);
    CHECK(ContactRepository(*opened.database).count() == 1);
}

TEST_CASE("Migration 12 gives an older file the indexes of a year's indicators")
{
    TestDatabase db;
    filefaults::addContacts(*db, { QStringLiteral("Arnold") });
    const QString path = db.path();
    db.close();
    schemarollback::rollBackTo(path, 11);
    db.reopen();
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(indexColumns(*db, QStringLiteral("invitation_status"))
        == QStringList { "meeting_id", "status", "walk_in", "contact_id" });
    CHECK(indexColumns(*db, QStringLiteral("invitation_contact"))
        == QStringList { "contact_id", "status", "meeting_id" });
    CHECK(indexColumns(*db, QStringLiteral("session_attendance_contact"))
        == QStringList { "contact_id", "status", "session_id" });
    CHECK(indexColumns(*db, QStringLiteral("contact_created")) == QStringList { "created_at" });
    CHECK(
        indexColumns(*db, QStringLiteral("organisation_created")) == QStringList { "created_at" });
    CHECK(ContactRepository(*db).count() == 1);
}
