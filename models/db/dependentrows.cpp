#include "dependentrows.h"

#include "database.h"
#include "databaseerror.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace relais {

namespace {

struct LinkTable
{
    const char *table;
    const char *column;
};

// Every area that links rows to actors lists its link tables here (the actor's own
// details — e-mails, memberships, tags — travel with its snapshot instead).
constexpr LinkTable contactLinks[] = {
    { "interaction_contact", "contact_id" },
    { "follow_up_contact", "contact_id" },
    { "invitation", "contact_id" },
    { "enrolment", "contact_id" },
    { "session_attendance", "contact_id" },
};
constexpr LinkTable organisationLinks[] = {
    { "interaction_organisation", "organisation_id" },
    { "follow_up_organisation", "organisation_id" },
    { "contribution", "organisation_id" },
};

} // namespace

DependentRows DependentRows::capture(const Database &database, Of owner, qint64 id)
{
    DependentRows captured;
    const auto take = [&](const LinkTable &link, const QList<qint64> &ids) {
        // Not a prepared SELECT *: the column names come back with the rows.
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
                          .arg(QLatin1String(link.table), QLatin1String(link.column),
                              database.dialect().idsFromList()));
        query.bindValue(QStringLiteral(":ids"), database.dialect().idListValue(ids));
        if (!query.exec())
            throw DatabaseError(QCoreApplication::translate(
                                    "relais::SqlQuery", "The database could not be updated: %1")
                                    .arg(query.lastError().databaseText()),
                query.lastError().text());
        Table table;
        table.name = QLatin1String(link.table);
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c)
            table.columns << record.fieldName(c);
        while (query.next()) {
            QVariantList row;
            for (int c = 0; c < record.count(); ++c)
                row << query.value(c);
            table.rows << row;
        }
        if (!table.rows.isEmpty())
            captured.tables << table;
    };
    const QString self
        = owner == Of::Contact ? QStringLiteral("contact") : QStringLiteral("organisation");
    const QString other
        = owner == Of::Contact ? QStringLiteral("organisation") : QStringLiteral("contact");
    SqlQuery orphans(database,
        QStringLiteral("SELECT f.id FROM follow_up f WHERE f.id IN (SELECT follow_up_id FROM "
                       "follow_up_%1 WHERE %1_id = :id) "
                       "AND NOT EXISTS (SELECT 1 FROM follow_up_%1 x WHERE x.follow_up_id = f.id "
                       "AND x.%1_id <> :id) "
                       "AND NOT EXISTS (SELECT 1 FROM follow_up_%2 y WHERE y.follow_up_id = f.id)")
            .arg(self, other));
    orphans.bind(QStringLiteral(":id"), id).exec();
    while (orphans.next())
        captured.orphanedFollowUps << orphans.id(0);
    // The follow-ups themselves first, so that their links can be put back after them.
    if (!captured.orphanedFollowUps.isEmpty())
        take({ "follow_up", "id" }, captured.orphanedFollowUps);
    if (owner == Of::Contact) {
        for (const LinkTable &link : contactLinks)
            take(link, { id });
    } else {
        for (const LinkTable &link : organisationLinks)
            take(link, { id });
    }
    return captured;
}

void DependentRows::removeOrphans(Database &database) const
{
    if (orphanedFollowUps.isEmpty())
        return;
    SqlQuery(database,
        QStringLiteral("DELETE FROM follow_up WHERE id IN (%1)")
            .arg(database.dialect().idsFromList()))
        .bind(QStringLiteral(":ids"), database.dialect().idListValue(orphanedFollowUps))
        .exec();
}

void DependentRows::restore(Database &database) const
{
    for (const Table &table : tables) {
        QStringList placeholders;
        for (int c = 0; c < table.columns.size(); ++c)
            placeholders << QStringLiteral(":c%1").arg(c);
        SqlQuery insert(database,
            QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                .arg(table.name, table.columns.join(QStringLiteral(", ")),
                    placeholders.join(QStringLiteral(", "))));
        for (const QVariantList &row : table.rows) {
            for (int c = 0; c < row.size(); ++c)
                insert.bindAsRead(placeholders[c], row[c]);
            insert.exec();
        }
    }
    if (!tables.isEmpty()) {
        database.changed(ChangeNotifier::Area::Interactions);
        database.changed(ChangeNotifier::Area::FollowUps);
        database.changed(ChangeNotifier::Area::Meetings);
        database.changed(ChangeNotifier::Area::Training);
    }
}

} // namespace relais
