#include "interactionwriters.h"

#include "../domain/interaction.h"
#include "database.h"

namespace relais {

namespace {

QString timestamp(const QDateTime &value, const QDateTime &now)
{
    return isoDateTime(value.isValid() ? value : now);
}

SqlQuery &prepared(Database &database, std::optional<SqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot.emplace(database, sql);
    return *slot;
}

} // namespace

// ---- Actor links -----------------------------------------------------------------

ActorLinkWriter::ActorLinkWriter(Database &database, const QString &prefix)
    : m_database(database)
    , m_prefix(prefix)
{ }

SqlQuery &ActorLinkWriter::statement(std::optional<SqlQuery> &slot, const char *sql)
{
    if (!slot)
        slot.emplace(m_database, QString::fromLatin1(sql).arg(m_prefix));
    return *slot;
}

void ActorLinkWriter::clear(qint64 ownerId)
{
    statement(m_clearContacts, "DELETE FROM %1_contact WHERE %1_id = :id")
        .bind(QStringLiteral(":id"), ownerId)
        .exec();
    statement(m_clearOrganisations, "DELETE FROM %1_organisation WHERE %1_id = :id")
        .bind(QStringLiteral(":id"), ownerId)
        .exec();
}

void ActorLinkWriter::add(qint64 ownerId, const QList<ActorRef> &actors)
{
    for (const ActorRef &actor : actors) {
        SqlQuery &q = actor.isContact()
            ? statement(m_contact,
                "INSERT OR IGNORE INTO %1_contact (%1_id, contact_id) VALUES (:id, :actor)")
            : statement(m_organisation,
                "INSERT OR IGNORE INTO %1_organisation (%1_id, organisation_id) "
                "VALUES (:id, :actor)");
        q.bind(QStringLiteral(":id"), ownerId).bind(QStringLiteral(":actor"), actor.id).exec();
    }
}

// ---- Interactions ----------------------------------------------------------------

InteractionWriter::InteractionWriter(Database &database)
    : m_database(database)
    , m_links(database, QStringLiteral("interaction"))
{ }

qint64 InteractionWriter::insert(const Interaction &i, const QDateTime &now)
{
    // An unset id is bound as NULL, which SQLite numbers itself.
    SqlQuery &q = prepared(m_database, m_insert,
        QStringLiteral(
            "INSERT INTO interaction (id, happened_on, kind_id, staff_id, subject, note, "
            "created_at, updated_at) VALUES (:id, :date, :kind, :staff, :subject, :note, "
            ":created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), i.id)
        .bindDate(QStringLiteral(":date"), i.date)
        .bindNullable(QStringLiteral(":kind"), i.kindId)
        .bindNullable(QStringLiteral(":staff"), i.staffId)
        .bind(QStringLiteral(":subject"), i.subject)
        .bind(QStringLiteral(":note"), i.note)
        .bind(QStringLiteral(":created"), timestamp(i.createdAt, now))
        .bind(QStringLiteral(":updated"), timestamp(i.updatedAt, now))
        .exec();
    const qint64 id = i.id ? i.id : q.lastInsertId().toLongLong();
    m_links.add(id, i.actors);
    return id;
}

// ---- Follow-ups ------------------------------------------------------------------

FollowUpWriter::FollowUpWriter(Database &database)
    : m_database(database)
    , m_links(database, QStringLiteral("follow_up"))
{ }

qint64 FollowUpWriter::insert(const FollowUp &f, const QDateTime &now)
{
    SqlQuery &q = prepared(m_database, m_insert,
        QStringLiteral(
            "INSERT INTO follow_up (id, due_on, action, staff_id, interaction_id, done_on, "
            "done_interaction_id, created_at, updated_at) VALUES (:id, :due, :action, "
            ":staff, :interaction, :done, :doneBy, :created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), f.id)
        .bindDate(QStringLiteral(":due"), f.due)
        .bind(QStringLiteral(":action"), f.action)
        .bindNullable(QStringLiteral(":staff"), f.staffId)
        .bindNullable(QStringLiteral(":interaction"), f.interactionId)
        .bindDate(QStringLiteral(":done"), f.doneOn)
        .bindNullable(QStringLiteral(":doneBy"), f.doneInteractionId)
        .bind(QStringLiteral(":created"), timestamp(f.createdAt, now))
        .bind(QStringLiteral(":updated"), timestamp(f.updatedAt, now))
        .exec();
    const qint64 id = f.id ? f.id : q.lastInsertId().toLongLong();
    m_links.add(id, f.actors);
    return id;
}

} // namespace relais
