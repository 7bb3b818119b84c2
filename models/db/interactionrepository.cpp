#include "interactionrepository.h"

#include "actorlinks.h"
#include "database.h"
#include "databaseerror.h"
#include "interactionwriters.h"
#include "sqlquery.h"
#include "transaction.h"

namespace relais {

namespace {
const QString prefix = QStringLiteral("interaction");
}

InteractionRepository::InteractionRepository(Database &database)
    : m_database(database)
{ }

std::optional<Interaction> InteractionRepository::load(qint64 id) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT id, happened_on, kind_id, staff_id, subject, note, created_at, updated_at "
            "FROM interaction WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Interaction i;
    i.id = q.id(0);
    i.date = q.date(1);
    i.kindId = q.id(2);
    i.staffId = q.id(3);
    i.subject = q.text(4);
    i.note = q.text(5);
    i.createdAt = q.dateTime(6);
    i.updatedAt = q.dateTime(7);
    i.actors = ActorLinks(m_database, prefix).read(id);
    return i;
}

qint64 InteractionRepository::insert(const Interaction &i)
{
    Transaction transaction(m_database);
    const qint64 id = InteractionWriter(m_database).insert(i, QDateTime::currentDateTimeUtc());
    notify();
    transaction.commit();
    return id;
}

void InteractionRepository::update(const Interaction &i)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "UPDATE interaction SET happened_on = :date, kind_id = :kind, staff_id = :staff, "
            "subject = :subject, note = :note, updated_at = :updated WHERE id = :id"));
    q.bindDate(QStringLiteral(":date"), i.date)
        .bindNullable(QStringLiteral(":kind"), i.kindId)
        .bindNullable(QStringLiteral(":staff"), i.staffId)
        .bind(QStringLiteral(":subject"), i.subject)
        .bind(QStringLiteral(":note"), i.note)
        .bind(QStringLiteral(":updated"),
            isoDateTime(i.updatedAt.isValid() ? i.updatedAt : QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":id"), i.id)
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This interaction no longer exists; it may have been deleted."));
    ActorLinks(m_database, prefix).write(i.id, i.actors);
    notify();
    transaction.commit();
}

void InteractionRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database, QStringLiteral("DELETE FROM interaction WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This interaction no longer exists; it may have been deleted."));
    notify();
    m_database.changed(ChangeNotifier::Area::FollowUps); // their links to it are cleared
    transaction.commit();
}

QList<InteractionRepository::HistoryRow> InteractionRepository::historyOf(
    const QList<qint64> &contactIds, const QList<qint64> &organisationIds) const
{
    const Dialect &dialect = m_database.dialect();
    // Each interaction once, with the first of the asked-for contacts it involves.
    SqlQuery q(m_database,
        QStringLiteral("SELECT i.id, i.happened_on, coalesce(k.name, ''), coalesce(s.name, ''), "
                       "i.subject, i.note, "
                       "  (SELECT min(ic.contact_id) FROM interaction_contact ic WHERE "
                       "ic.interaction_id = i.id "
                       "   AND ic.contact_id IN (%1)) "
                       "FROM interaction i LEFT JOIN interaction_kind k ON k.id = i.kind_id "
                       "LEFT JOIN staff_member s ON s.id = i.staff_id "
                       "WHERE i.id IN (SELECT interaction_id FROM interaction_contact WHERE "
                       "contact_id IN (%1) "
                       "  UNION SELECT interaction_id FROM interaction_organisation WHERE "
                       "organisation_id IN (%2)) "
                       "ORDER BY i.happened_on DESC, i.id DESC")
            .arg(dialect.idsFromList(QStringLiteral(":contacts")),
                dialect.idsFromList(QStringLiteral(":organisations"))));
    q.bind(QStringLiteral(":contacts"), dialect.idListValue(contactIds))
        .bind(QStringLiteral(":organisations"), dialect.idListValue(organisationIds))
        .exec();
    QList<HistoryRow> rows;
    QList<qint64> ids;
    while (q.next()) {
        HistoryRow row;
        row.id = q.id(0);
        row.date = q.date(1);
        row.kind = q.text(2);
        row.staff = q.text(3);
        row.subject = q.text(4);
        row.note = q.text(5);
        row.contactId = q.id(6);
        rows << row;
        ids << row.id;
    }
    const QHash<qint64, QString> names = ActorLinks(m_database, prefix).names(ids);
    for (HistoryRow &row : rows)
        row.actors = names.value(row.id);
    return rows;
}

void InteractionRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Interactions);
}

} // namespace relais
