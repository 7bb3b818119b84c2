#include "catchqt.h"
#include "importfixture.h"
#include "schemarollback.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <models/db/auditrepository.h>
#include <models/db/audittrail.h>
#include <models/db/contactrepository.h>
#include <models/db/migrations.h>
#include <models/db/sqlquery.h>
#include <models/db/writerlock.h>
#include <models/domain/audit.h>

using namespace relais;

namespace {

int entryCount(Database &db)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM audit_entry")).scalar().toInt();
}

// The change of one field in an entry, or nothing.
std::optional<AuditChange> changeOf(const AuditEntry &entry, const QString &field)
{
    for (const AuditChange &change : entry.changes) {
        if (change.field == field)
            return change;
    }
    return std::nullopt;
}

QStringList fields(const AuditEntry &entry)
{
    QStringList result;
    for (const AuditChange &change : entry.changes)
        result << change.field;
    return result;
}

// Changes a file behind Relais's back, as another program would.
void rawExec(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

struct AuditFixture : ImportFixture
{
    AuditRepository audit { *db };

    Contact marie()
    {
        Contact c;
        c.civility = Civility::Madam;
        c.firstName = QStringLiteral("Marie");
        c.lastName = QStringLiteral("Sénéchal");
        c.emails << QStringLiteral("marie@viriat.fr");
        c.phones << QStringLiteral("06 12 34 56 78");
        c.emailConsent.status = Consent::Given;
        c.emailConsent.date = QDate(2014, 3, 1);
        c.emailConsent.note = QStringLiteral("formulaire papier");
        return c;
    }
    QList<AuditEntry> history(qint64 contactId)
    {
        return audit.historyOf(QStringLiteral("contact"), contactId);
    }
};

} // namespace

TEST_CASE_METHOD(
    AuditFixture, "Creating a contact records its fields and who created it", "[audit]")
{
    const qint64 id = *commands.addContact(marie());
    const QList<AuditEntry> entries = history(id);
    REQUIRE(entries.size() >= 1);
    const AuditEntry &created = entries.last(); // the oldest
    CHECK(created.action == QStringLiteral("create"));
    CHECK(created.recordTable == QStringLiteral("contact"));
    CHECK(created.recordId == id);
    CHECK(created.user == WriterLock::currentUserName());
    CHECK_FALSE(created.user.isEmpty());
    CHECK(qAbs(created.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(changeOf(created, QStringLiteral("last_name"))
        == AuditChange { QStringLiteral("last_name"), {}, QStringLiteral("Sénéchal") });
    CHECK(changeOf(created, QStringLiteral("consent"))->after.toInt() == int(Consent::Given));
    CHECK(changeOf(created, QStringLiteral("consent_method"))->after
        == QStringLiteral("formulaire papier"));
    // Defaults and derived columns are not changes.
    CHECK_FALSE(changeOf(created, QStringLiteral("notes")));
    CHECK_FALSE(changeOf(created, QStringLiteral("network_head")));
    CHECK_FALSE(changeOf(created, QStringLiteral("sort_key")));
    CHECK_FALSE(changeOf(created, QStringLiteral("created_at")));
    // Its e-mail and phone are in its history too.
    bool email = false;
    bool phone = false;
    for (const AuditEntry &e : entries) {
        email = email
            || changeOf(e, QStringLiteral("email"))
                == AuditChange { QStringLiteral("email"), {}, QStringLiteral("marie@viriat.fr") };
        phone = phone || changeOf(e, QStringLiteral("phone")).has_value();
    }
    CHECK(email);
    CHECK(phone);
    CHECK(describeAuditChange(*changeOf(created, QStringLiteral("last_name")))
        == QStringLiteral("Last name: Sénéchal"));
}

TEST_CASE_METHOD(AuditFixture, "Editing one field records only that field, old and new", "[audit]")
{
    const qint64 id = *commands.addContact(marie());
    const int before = entryCount(*db);
    Contact c = *ContactRepository(*db).load(id);
    c.firstName = QStringLiteral("Marie-Claire");
    REQUIRE(commands.updateContact(c));
    // One entry: neither the unchanged e-mail and phone nor updated_at or the search keys.
    REQUIRE(entryCount(*db) == before + 1);
    const AuditEntry updated = history(id).first();
    CHECK(updated.action == QStringLiteral("update"));
    CHECK(fields(updated) == QStringList { QStringLiteral("first_name") });
    CHECK(updated.changes.first().before == QStringLiteral("Marie"));
    CHECK(updated.changes.first().after == QStringLiteral("Marie-Claire"));
    CHECK(describeAuditChange(updated.changes.first())
        == QStringLiteral("First name: Marie → Marie-Claire"));

    SECTION("saving unchanged records nothing")
    {
        c = *ContactRepository(*db).load(id);
        REQUIRE(commands.updateContact(c));
        CHECK(entryCount(*db) == before + 1);
    }
    SECTION("undo records the way back")
    {
        commands.undoStack().undo();
        const AuditEntry back = history(id).first();
        CHECK(back.action == QStringLiteral("update"));
        CHECK(back.changes
            == QList<AuditChange> { { QStringLiteral("first_name"), QStringLiteral("Marie-Claire"),
                QStringLiteral("Marie") } });
    }
}

TEST_CASE_METHOD(
    AuditFixture, "A contact's e-mails, phones and memberships are in its history", "[audit]")
{
    const qint64 org = organisation(QStringLiteral("Mairie de Viriat"));
    const qint64 id = *commands.addContact(marie());
    Contact c = *ContactRepository(*db).load(id);

    c.emails << QStringLiteral("m.senechal@gmail.com");
    int before = entryCount(*db);
    REQUIRE(commands.updateContact(c));
    REQUIRE(entryCount(*db) == before + 1);
    AuditEntry e = history(id).first();
    CHECK(e.recordTable == QStringLiteral("contact"));
    CHECK(e.changes
        == QList<AuditChange> {
            { QStringLiteral("email"), {}, QStringLiteral("m.senechal@gmail.com") } });

    c = *ContactRepository(*db).load(id);
    c.emails[0] = QStringLiteral("marie.senechal@viriat.fr");
    before = entryCount(*db);
    REQUIRE(commands.updateContact(c));
    REQUIRE(entryCount(*db) == before + 1);
    e = history(id).first();
    CHECK(describeAuditChange(e.changes.first())
        == QStringLiteral("E-mail: marie@viriat.fr → marie.senechal@viriat.fr"));

    c = *ContactRepository(*db).load(id);
    c.phones.clear();
    c.memberships << Membership { org, {}, QStringLiteral("Élue") };
    before = entryCount(*db);
    REQUIRE(commands.updateContact(c));
    REQUIRE(entryCount(*db) == before + 2);
    const QList<AuditEntry> latest = history(id).mid(0, 2);
    QStringList described;
    for (const AuditEntry &entry : latest)
        described << describeAuditChange(entry.changes.first());
    described.sort();
    CHECK(described
        == QStringList { QStringLiteral("Organisation: Mairie de Viriat (Élue)"),
            QStringLiteral("Phone: 06 12 34 56 78 → —") });
    // The loaded contact is what was saved, in order.
    const Contact saved = *ContactRepository(*db).load(id);
    CHECK(saved.emails
        == QStringList {
            QStringLiteral("marie.senechal@viriat.fr"), QStringLiteral("m.senechal@gmail.com") });
    CHECK(saved.phones.isEmpty());
    REQUIRE(saved.memberships.size() == 1);
    CHECK(saved.memberships[0].role == QStringLiteral("Élue"));

    SECTION("an organisation deleted takes its memberships, recorded against its members")
    {
        before = entryCount(*db);
        REQUIRE(commands.deleteOrganisations({ org }));
        CHECK(entryCount(*db) == before + 2);
        CHECK(describeAuditChange(history(id).first().changes.first())
            == QStringLiteral("Organisation: Mairie de Viriat (Élue) → —"));
        const QList<AuditEntry> orgHistory = audit.historyOf(QStringLiteral("organisation"), org);
        REQUIRE(orgHistory.size() == 2);
        CHECK(orgHistory[0].action == QStringLiteral("delete"));
        CHECK(orgHistory[1].action == QStringLiteral("create"));
    }
}

TEST_CASE_METHOD(
    AuditFixture, "Deleting a contact records its old values, undo records a create", "[audit]")
{
    const qint64 id = *commands.addContact(marie());
    const int before = entryCount(*db);
    REQUIRE(commands.deleteContacts({ id }));
    // One entry, its details in it: not one per e-mail and phone deleted with it.
    REQUIRE(entryCount(*db) == before + 1);
    const AuditEntry deleted = history(id).first();
    CHECK(deleted.action == QStringLiteral("delete"));
    CHECK(changeOf(deleted, QStringLiteral("last_name"))
        == AuditChange { QStringLiteral("last_name"), QStringLiteral("Sénéchal"), {} });
    CHECK(changeOf(deleted, QStringLiteral("email"))->before == QStringLiteral("marie@viriat.fr"));
    CHECK(changeOf(deleted, QStringLiteral("phone"))->before == QStringLiteral("06 12 34 56 78"));
    CHECK(changeOf(deleted, QStringLiteral("civility"))->before.toInt() == int(Civility::Madam));
    CHECK(describeAuditChange(*changeOf(deleted, QStringLiteral("civility")))
        == QStringLiteral("Civility: Madam → —"));

    commands.undoStack().undo();
    REQUIRE(ContactRepository(*db).load(id));
    const QList<AuditEntry> entries = history(id);
    QStringList actions;
    for (const AuditEntry &e : entries)
        actions << e.action;
    CHECK(actions.count(QStringLiteral("create")) == 2);
    CHECK(actions.count(QStringLiteral("delete")) == 1);
    // Newest first: the re-creation comes before the deletion.
    CHECK(actions.indexOf(QStringLiteral("create")) < actions.indexOf(QStringLiteral("delete")));

    commands.undoStack().redo();
    CHECK(history(id).first().action == QStringLiteral("delete"));
}

TEST_CASE_METHOD(AuditFixture, "An import, its undo and a merge are recorded", "[audit]")
{
    const QString csv = QStringLiteral(
        "Civilité;Nom;Prénom;Structure;Fonction;Courriel;Tél.;CP;Commune;Type;Étiquettes\n"
        "Mme;Sénéchal;Marie;Mairie de Viriat;Élue;marie@viriat.fr;06 12 34 56 78;01440;Viriat;;\n"
        "M.;Durand;Paul;;;paul@durand.fr;;;;;\n");
    const int before = entryCount(*db);
    const auto batch
        = commands.importActors(plan(ImportKind::Contacts, csv), QStringLiteral("a.csv"));
    REQUIRE(batch);
    const auto imported = contactNamed(QStringLiteral("Sénéchal"));
    REQUIRE(imported);
    const QList<AuditEntry> entries = history(imported->id);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().action == QStringLiteral("create"));
    bool membership = false;
    for (const AuditEntry &e : entries)
        membership = membership || changeOf(e, QStringLiteral("membership")).has_value();
    CHECK(membership);
    CHECK(
        audit
            .historyOf(QStringLiteral("organisation"),
                SqlQuery(*db, QStringLiteral("SELECT id FROM organisation")).scalar().toLongLong())
            .first()
            .action
        == QStringLiteral("create"));
    const int afterImport = entryCount(*db);
    CHECK(afterImport > before + 2);
    // The import as a whole, beside its rows.
    const QList<AuditEntry> acts = audit.historyOf(QStringLiteral("import_batch"), *batch);
    REQUIRE(acts.size() == 1);
    CHECK(acts.first().action == QStringLiteral("import"));
    CHECK(changeOf(acts.first(), QStringLiteral("file"))->after == QStringLiteral("a.csv"));
    CHECK(changeOf(acts.first(), QStringLiteral("created"))->after.toInt() >= 2);

    SECTION("undoing it records the deletions")
    {
        REQUIRE(commands.undoImport(*batch));
        CHECK(history(imported->id).first().action == QStringLiteral("delete"));
    }
    SECTION("a merge records the merged contact's deletion and the kept one's changes")
    {
        const auto paul = contactNamed(QStringLiteral("Durand"));
        Contact kept = *imported;
        kept.emails << paul->emails;
        REQUIRE(commands.mergeContacts(imported->id, paul->id, kept));
        CHECK(history(paul->id).first().action == QStringLiteral("delete"));
        // The act itself, naming the merged record, then the kept one's changes.
        const QList<AuditEntry> keptHistory = history(imported->id);
        CHECK(keptHistory.first().action == QStringLiteral("merge"));
        CHECK(changeOf(keptHistory.first(), QStringLiteral("merged"))->after.toLongLong()
            == paul->id);
        CHECK(changeOf(keptHistory.at(1), QStringLiteral("email"))->after
            == QStringLiteral("paul@durand.fr"));
        commands.undoStack().undo();
        // Brought back: created again (its e-mail after it), newer than its deletion.
        QStringList actions;
        for (const AuditEntry &e : history(paul->id))
            actions << e.action;
        CHECK(
            actions.indexOf(QStringLiteral("create")) < actions.indexOf(QStringLiteral("delete")));
    }
}

TEST_CASE_METHOD(AuditFixture, "Entries are filtered, paged and purged", "[audit]")
{
    const qint64 a = *commands.addContact(marie());
    Contact other;
    other.lastName = QStringLiteral("Durand");
    const qint64 b = *commands.addContact(other);
    // Two entries from long ago, by someone else.
    SqlQuery(*db,
        QStringLiteral("UPDATE audit_entry SET at = '2020-01-01T10:00:00Z', user = 'paul' "
                       "WHERE record_id = :b"))
        .bind(QStringLiteral(":b"), b)
        .exec();
    const qint64 explicitId
        = AuditTrail::record(*db, QStringLiteral("export"), QStringLiteral("contact"), a,
            QJsonObject { { QStringLiteral("format"), QStringLiteral("PDF") } });
    CHECK(explicitId > 0);
    const int total = entryCount(*db);

    AuditFilter filter;
    filter.limit = 0;
    CHECK(audit.entries(filter).size() == total);
    CHECK(audit.entries(filter).first().id == explicitId); // newest first
    CHECK(audit.entries(filter).first().action == QStringLiteral("export"));
    CHECK(audit.entries(filter).first().user == WriterLock::currentUserName());
    CHECK(audit.entries(filter).last().user == QStringLiteral("paul")); // oldest last
    filter.limit = 2;
    filter.offset = 1;
    CHECK(audit.entries(filter).size() == 2);
    CHECK(audit.entries(filter).first().id == audit.entries({}).at(1).id);

    AuditFilter byUser;
    byUser.user = QStringLiteral("paul");
    CHECK(audit.count(byUser) == audit.historyOf(QStringLiteral("contact"), b).size());
    CHECK(audit.users().contains(QStringLiteral("paul")));
    AuditFilter byDate;
    byDate.from = QDateTime(QDate(2019, 12, 1), QTime(0, 0), Qt::UTC);
    byDate.to = QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC);
    CHECK(audit.count(byDate) == audit.count(byUser));
    AuditFilter byRecord;
    byRecord.recordTable = QStringLiteral("contact");
    byRecord.recordId = a;
    CHECK(audit.count(byRecord) == audit.historyOf(QStringLiteral("contact"), a).size());

    const QDateTime cutoff
        = QDateTime::currentDateTimeUtc().addMonths(-AuditTrail::defaultRetentionMonths);
    const int old = audit.count(byUser);
    REQUIRE(old > 0);
    CHECK(audit.purgeOlderThan(cutoff) == old);
    CHECK(entryCount(*db) == total - old);
    CHECK(audit.historyOf(QStringLiteral("contact"), b).isEmpty());
    CHECK_FALSE(audit.historyOf(QStringLiteral("contact"), a).isEmpty());
    CHECK(audit.purgeOlderThan(cutoff) == 0);
}

TEST_CASE("A read-only connection installs nothing and writes nothing", "[audit]")
{
    TestDatabase db;
    {
        Contact c;
        c.lastName = QStringLiteral("Sénéchal");
        ContactRepository(*db).insert(c);
    }
    const QString path = db.path();
    db.close();
    auto reader
        = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    REQUIRE(reader.database);
    Database &readOnly = *reader.database;
    CHECK(SqlQuery(readOnly, QStringLiteral("SELECT count(*) FROM sqlite_temp_master"))
              .scalar()
              .toInt()
        == 0);
    const int before = entryCount(readOnly);
    CHECK(before == 1);
    CHECK(
        AuditTrail::record(readOnly, QStringLiteral("export"), QStringLiteral("contact"), 1) == 0);
    CHECK(entryCount(readOnly) == before);
}

TEST_CASE("Another program's writes are not attributed to anyone", "[audit]")
{
    TestDatabase db;
    const int before = entryCount(*db);
    // The triggers belong to Relais's connection, not to the file.
    rawExec(db.path(),
        QStringLiteral("INSERT INTO contact (last_name, sort_key, name_key, created_at, "
                       "updated_at) VALUES ('Durand', 'durand', 'durand', '', '')"));
    CHECK(entryCount(*db) == before);
    // Writes through Relais are recorded, the user's name with them.
    Contact c;
    c.lastName = QStringLiteral("Sénéchal");
    ContactRepository(*db).insert(c);
    CHECK(entryCount(*db) == before + 1);
    CHECK(AuditTrail::user(*db) == WriterLock::currentUserName());
}

TEST_CASE("A file of version 8 gets the audit trail and keeps its data", "[audit]")
{
    CHECK(latestSchemaVersion() >= 9);
    TestDatabase db;
    Contact c;
    c.lastName = QStringLiteral("Sénéchal");
    c.emails << QStringLiteral("marie@viriat.fr");
    const qint64 id = ContactRepository(*db).insert(c);
    const QString path = db.path();
    db.close();
    // As a Relais of version 8 left it.
    schemarollback::rollBackTo(path, 9);
    rawExec(path, QStringLiteral("DROP TABLE audit_entry"));
    rawExec(path, QStringLiteral("DELETE FROM schema_version WHERE version = 9"));
    db.reopen();
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(ContactRepository(*db).load(id)->emails == c.emails);
    CHECK(entryCount(*db) == 0);
    Contact changed = *ContactRepository(*db).load(id);
    changed.firstName = QStringLiteral("Marie");
    ContactRepository(*db).update(changed);
    const QList<AuditEntry> entries = AuditRepository(*db).historyOf(QStringLiteral("contact"), id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].changes
        == QList<AuditChange> {
            { QStringLiteral("first_name"), QStringLiteral(""), QStringLiteral("Marie") } });
}

TEST_CASE("Changes are described in the user's words", "[audit]")
{
    CHECK(describeAuditChange(
              { QStringLiteral("email"), QStringLiteral("a@b.fr"), QStringLiteral("c@d.fr") })
        == QStringLiteral("E-mail: a@b.fr → c@d.fr"));
    CHECK(describeAuditChange({ QStringLiteral("network_head"), 0, 1 })
        == QStringLiteral("Network head: No → Yes"));
    CHECK(describeAuditChange({ QStringLiteral("consent"), 0, 2 })
        == QStringLiteral("Consent to e-mails: Not asked yet → Refused"));
    CHECK(describeAuditChange({ QStringLiteral("post_consent"), 1, 3 })
        == QStringLiteral("Consent to post: Agreed → Withdrawn"));
    CHECK(describeAuditChange({ QStringLiteral("consent_source"), {}, QStringLiteral("phone") })
        == QStringLiteral("Source of the consent to e-mails: Phone"));
    // An anonymisation names what it erased, never the erased values.
    CHECK(describeAuditChange({ QStringLiteral("erased"), {},
              QVariantList { QStringLiteral("first_name"), QStringLiteral("email") } })
        == QStringLiteral("Erased: First name, E-mail"));
    CHECK(auditActionLabel(QStringLiteral("anonymise")) == QStringLiteral("Anonymised"));
    CHECK(auditChangesFromJson(QStringLiteral(R"({"a":[null,"x"],"b":3})"))
        == QList<AuditChange> {
            { QStringLiteral("a"), {}, QStringLiteral("x") }, { QStringLiteral("b"), {}, 3 } });
}
