#include "followuprepository.h"

#include "actorlinks.h"
#include "database.h"
#include "databaseerror.h"
#include "interactionwriters.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QVariantMap>

namespace relais {

namespace {

const QString prefix = QStringLiteral("follow_up");

const QString columns = QStringLiteral("SELECT id, due_on, action, staff_id, interaction_id, "
                                       "done_on, done_interaction_id, created_at, "
                                       "updated_at FROM follow_up ");

} // namespace

FollowUpRepository::FollowUpRepository(Database &database)
    : m_database(database)
{ }

QList<FollowUp> FollowUpRepository::loadWhere(const QString &condition, qint64 value) const
{
    SqlQuery q(m_database,
        columns + QStringLiteral("WHERE ") + condition + QStringLiteral(" ORDER BY id"));
    q.bind(QStringLiteral(":value"), value).exec();
    QList<FollowUp> result;
    while (q.next()) {
        FollowUp f;
        f.id = q.id(0);
        f.due = q.date(1);
        f.action = q.text(2);
        f.staffId = q.id(3);
        f.interactionId = q.id(4);
        f.doneOn = q.date(5);
        f.doneInteractionId = q.id(6);
        f.createdAt = q.dateTime(7);
        f.updatedAt = q.dateTime(8);
        result << f;
    }
    ActorLinks links(m_database, prefix);
    for (FollowUp &f : result)
        f.actors = links.read(f.id);
    return result;
}

std::optional<FollowUp> FollowUpRepository::load(qint64 id) const
{
    const QList<FollowUp> found = loadWhere(QStringLiteral("id = :value"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<FollowUp> FollowUpRepository::plannedWith(qint64 interactionId) const
{
    return loadWhere(QStringLiteral("interaction_id = :value"), interactionId);
}

QList<FollowUp> FollowUpRepository::referring(qint64 interactionId) const
{
    return loadWhere(
        QStringLiteral("interaction_id = :value OR done_interaction_id = :value"), interactionId);
}

qint64 FollowUpRepository::insert(const FollowUp &f)
{
    Transaction transaction(m_database);
    const qint64 id = FollowUpWriter(m_database).insert(f, QDateTime::currentDateTimeUtc());
    notify();
    transaction.commit();
    return id;
}

void FollowUpRepository::update(const FollowUp &f)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "UPDATE follow_up SET due_on = :due, action = :action, staff_id = :staff, "
            "interaction_id = :interaction, done_on = :done, done_interaction_id = :doneBy, "
            "updated_at = :updated WHERE id = :id"));
    q.bindDate(QStringLiteral(":due"), f.due)
        .bind(QStringLiteral(":action"), f.action)
        .bindNullable(QStringLiteral(":staff"), f.staffId)
        .bindNullable(QStringLiteral(":interaction"), f.interactionId)
        .bindDate(QStringLiteral(":done"), f.doneOn)
        .bindNullable(QStringLiteral(":doneBy"), f.doneInteractionId)
        .bind(QStringLiteral(":updated"),
            isoDateTime(f.updatedAt.isValid() ? f.updatedAt : QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":id"), f.id)
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This follow-up no longer exists; it may have been deleted."));
    ActorLinks(m_database, prefix).write(f.id, f.actors);
    notify();
    transaction.commit();
}

void FollowUpRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database, QStringLiteral("DELETE FROM follow_up WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This follow-up no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

QList<FollowUpRow> FollowUpRepository::rows(
    const QString &condition, const QVariantMap &values) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT f.id, f.due_on, f.action, coalesce(s.name, ''), coalesce(f.staff_id, 0), "
            "coalesce(i.subject, ''), f.done_on FROM follow_up f "
            "LEFT JOIN staff_member s ON s.id = f.staff_id "
            "LEFT JOIN interaction i ON i.id = f.interaction_id WHERE ")
            + condition);
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QList<FollowUpRow> result;
    QList<qint64> ids;
    while (q.next()) {
        FollowUpRow row;
        row.id = q.id(0);
        row.due = q.date(1);
        row.action = q.text(2);
        row.staff = q.text(3);
        row.staffId = q.id(4);
        row.fromSubject = q.text(5);
        row.doneOn = q.date(6);
        result << row;
        ids << row.id;
    }
    const QHash<qint64, QString> names = ActorLinks(m_database, prefix).names(ids);
    for (FollowUpRow &row : result)
        row.actors = names.value(row.id);
    return result;
}

QList<FollowUpRow> FollowUpRepository::open(qint64 staffId) const
{
    return rows(QStringLiteral("f.done_on IS NULL AND (:staff = 0 OR f.staff_id = :staff) "
                               "ORDER BY f.due_on, f.id"),
        { { QStringLiteral(":staff"), staffId } });
}

QList<FollowUpRow> FollowUpRepository::doneSince(const QDate &since, qint64 staffId) const
{
    return rows(QStringLiteral("f.done_on >= :since AND (:staff = 0 OR f.staff_id = :staff) "
                               "ORDER BY f.done_on DESC, f.id DESC"),
        { { QStringLiteral(":since"), isoDate(since) }, { QStringLiteral(":staff"), staffId } });
}

int FollowUpRepository::overdueCount(const QDate &today, qint64 staffId) const
{
    return SqlQuery(m_database,
        QStringLiteral("SELECT count(*) FROM follow_up WHERE done_on IS NULL AND due_on < :today "
                       "AND (:staff = 0 OR staff_id = :staff)"))
        .bind(QStringLiteral(":today"), isoDate(today))
        .bind(QStringLiteral(":staff"), staffId)
        .scalar()
        .toInt();
}

QList<FollowUpRepository::HistoryRow> FollowUpRepository::openFor(
    const QList<qint64> &contactIds, const QList<qint64> &organisationIds) const
{
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT f.id, f.due_on, f.action, coalesce(s.name, ''), "
            "  (SELECT min(fc.contact_id) FROM follow_up_contact fc WHERE fc.follow_up_id = f.id "
            "   AND fc.contact_id IN (%1)) "
            "FROM follow_up f LEFT JOIN staff_member s ON s.id = f.staff_id "
            "WHERE f.done_on IS NULL AND f.id IN (SELECT follow_up_id FROM follow_up_contact WHERE "
            "contact_id IN (%1) "
            "  UNION SELECT follow_up_id FROM follow_up_organisation WHERE organisation_id IN "
            "(%2)) "
            "ORDER BY f.due_on, f.id")
            .arg(dialect.idsFromList(QStringLiteral(":contacts")),
                dialect.idsFromList(QStringLiteral(":organisations"))));
    q.bind(QStringLiteral(":contacts"), dialect.idListValue(contactIds))
        .bind(QStringLiteral(":organisations"), dialect.idListValue(organisationIds))
        .exec();
    QList<HistoryRow> result;
    QList<qint64> ids;
    while (q.next()) {
        HistoryRow row;
        row.id = q.id(0);
        row.due = q.date(1);
        row.action = q.text(2);
        row.staff = q.text(3);
        row.contactId = q.id(4);
        result << row;
        ids << row.id;
    }
    const QHash<qint64, QString> names = ActorLinks(m_database, prefix).names(ids);
    for (HistoryRow &row : result)
        row.actors = names.value(row.id);
    return result;
}

void FollowUpRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::FollowUps);
}

} // namespace relais
