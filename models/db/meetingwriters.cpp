#include "meetingwriters.h"

#include "../domain/meeting.h"
#include "database.h"

namespace relais {

namespace {

SqlQuery &prepared(Database &database, std::optional<SqlQuery> &slot, const char *sql)
{
    if (!slot)
        slot.emplace(database, QString::fromLatin1(sql));
    return *slot;
}

// "18:00", or NULL for a time not set, as the repository stores it.
QVariant timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QString timestamp(const QDateTime &value, const QDateTime &now)
{
    return isoDateTime(value.isValid() ? value : now);
}

} // namespace

MeetingWriter::MeetingWriter(Database &database)
    : m_database(database)
{ }

qint64 MeetingWriter::insert(const Meeting &m, const QDateTime &now)
{
    SqlQuery &q = prepared(m_database, m_insert,
        "INSERT INTO meeting (id, type_id, title, held_on, starts_at, ends_at, place, "
        "commune_id, themes, description, created_at, updated_at) VALUES (:id, :type, :title, "
        ":date, :starts, :ends, :place, :commune, :themes, :description, :created, :updated)");
    q.bindNullable(QStringLiteral(":id"), m.id)
        .bindNullable(QStringLiteral(":type"), m.typeId)
        .bind(QStringLiteral(":title"), m.title)
        .bindDate(QStringLiteral(":date"), m.date)
        .bindAsRead(QStringLiteral(":starts"), timeValue(m.startsAt))
        .bindAsRead(QStringLiteral(":ends"), timeValue(m.endsAt))
        .bind(QStringLiteral(":place"), m.place)
        .bindNullable(QStringLiteral(":commune"), m.communeId)
        .bind(QStringLiteral(":themes"), m.themes)
        .bind(QStringLiteral(":description"), m.description)
        .bind(QStringLiteral(":created"), timestamp(m.createdAt, now))
        .bind(QStringLiteral(":updated"), timestamp(m.updatedAt, now))
        .exec();
    const qint64 id = m.id ? m.id : q.lastInsertId().toLongLong();
    SqlQuery &staff = prepared(m_database, m_staff,
        "INSERT OR IGNORE INTO meeting_staff (meeting_id, staff_id) VALUES (:id, :staff)");
    for (const qint64 staffId : m.staffIds)
        staff.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":staff"), staffId).exec();
    return id;
}

void MeetingWriter::writeInvitation(
    qint64 meetingId, const Invitation &invitation, const QDateTime &now)
{
    prepared(m_database, m_invitation,
        // An upsert, not INSERT OR REPLACE: the rows a REPLACE deletes fire no trigger,
        // and organisation_presence counts attendance through them (schema_v13).
        "INSERT INTO invitation (meeting_id, contact_id, status, walk_in, "
        "status_changed_at) VALUES (:meeting, :contact, :status, :walkIn, :changed) "
        "ON CONFLICT (meeting_id, contact_id) DO UPDATE SET status = excluded.status, "
        "walk_in = excluded.walk_in, status_changed_at = excluded.status_changed_at")
        .bind(QStringLiteral(":meeting"), meetingId)
        .bind(QStringLiteral(":contact"), invitation.contactId)
        .bind(QStringLiteral(":status"), int(invitation.status))
        .bind(QStringLiteral(":walkIn"), invitation.walkIn ? 1 : 0)
        .bind(QStringLiteral(":changed"), timestamp(invitation.statusChangedAt, now))
        .exec();
}

} // namespace relais
