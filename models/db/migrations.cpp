#include "migrations.h"

#include "../domain/textfold.h"
#include "database.h"
#include "schema_v1.h"
#include "schema_v10.h"
#include "schema_v11.h"
#include "schema_v12.h"
#include "schema_v13.h"
#include "schema_v2.h"
#include "schema_v3.h"
#include "schema_v4.h"
#include "schema_v5.h"
#include "schema_v6.h"
#include "schema_v7.h"
#include "schema_v8.h"
#include "schema_v9.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace relais {

namespace {

void run(Database &database, const QString &statement)
{
    SqlQuery(database, statement).exec();
}

void seed(Database &database, const QString &table, const char *const *names, int count)
{
    SqlQuery insert(database,
        QStringLiteral("INSERT INTO %1 (name, name_key, position) VALUES (:name, :key, :position)")
            .arg(table));
    for (int i = 0; i < count; ++i) {
        const QString name = QCoreApplication::translate("relais::Seed", names[i]);
        insert.bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":key"), foldedKey(name))
            .bind(QStringLiteral(":position"), i)
            .exec();
    }
}

void toVersion1(Database &database)
{
    for (const char *statement : schema_v1::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
    run(database, database.dialect().createFullTextIndex(QStringLiteral("contact_search")));
    run(database, database.dialect().createFullTextIndex(QStringLiteral("organisation_search")));
    run(database, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
    seed(database, QStringLiteral("actor_type"), schema_v1::actorTypes,
        int(std::size(schema_v1::actorTypes)));
    seed(
        database, QStringLiteral("domain"), schema_v1::domains, int(std::size(schema_v1::domains)));
}

void toVersion2(Database &database)
{
    for (const char *statement : schema_v2::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
    seed(database, QStringLiteral("interaction_kind"), schema_v2::interactionKinds,
        int(std::size(schema_v2::interactionKinds)));
    seed(database, QStringLiteral("staff_member"), schema_v2::staffMembers,
        int(std::size(schema_v2::staffMembers)));
}

void toVersion3(Database &database)
{
    for (const char *statement : schema_v3::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
    seed(database, QStringLiteral("meeting_type"), schema_v3::meetingTypes,
        int(std::size(schema_v3::meetingTypes)));
}

void toVersion4(Database &database)
{
    for (const char *statement : schema_v4::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion5(Database &database)
{
    for (const char *statement : schema_v5::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
    seed(database, QStringLiteral("serd_category"), schema_v5::categories,
        int(std::size(schema_v5::categories)));
    seed(database, QStringLiteral("serd_topic"), schema_v5::topics,
        int(std::size(schema_v5::topics)));
}

void toVersion6(Database &database)
{
    for (const char *statement : schema_v6::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
    seed(database, QStringLiteral("staff_role"), schema_v6::staffRoles,
        int(std::size(schema_v6::staffRoles)));
}

void toVersion7(Database &database)
{
    for (const char *statement : schema_v7::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion8(Database &database)
{
    for (const char *statement : schema_v8::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion9(Database &database)
{
    for (const char *statement : schema_v9::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion10(Database &database)
{
    for (const char *statement : schema_v10::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion11(Database &database)
{
    for (const char *statement : schema_v11::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion12(Database &database)
{
    for (const char *statement : schema_v12::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

void toVersion13(Database &database)
{
    for (const char *statement : schema_v13::statements)
        run(database, database.dialect().ddl(QString::fromUtf8(statement)));
}

struct Migration
{
    int version;
    void (*apply)(Database &);
};

// Append only.
constexpr Migration migrations[] = {
    { 1, toVersion1 },
    { 2, toVersion2 },
    { 3, toVersion3 },
    { 4, toVersion4 },
    { 5, toVersion5 },
    { 6, toVersion6 },
    { 7, toVersion7 },
    { 8, toVersion8 },
    { 9, toVersion9 },
    { 10, toVersion10 },
    { 11, toVersion11 },
    { 12, toVersion12 },
    { 13, toVersion13 },
};

} // namespace

int latestSchemaVersion()
{
    return migrations[std::size(migrations) - 1].version;
}

int currentSchemaVersion(const Database &database)
{
    const bool exists = SqlQuery(database, database.dialect().tableExists())
                            .bind(QStringLiteral(":name"), QStringLiteral("schema_version"))
                            .scalar()
                            .isValid();
    if (!exists)
        return 0;
    return SqlQuery(
        database, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        .scalar()
        .toInt();
}

void migrate(Database &database)
{
    const int current = currentSchemaVersion(database);
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(database);
        migration.apply(database);
        SqlQuery(database,
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (:v, :at)"))
            .bind(QStringLiteral(":v"), migration.version)
            .bind(QStringLiteral(":at"), isoDateTime(QDateTime::currentDateTimeUtc()))
            .exec();
        transaction.commit();
    }
}

} // namespace relais
