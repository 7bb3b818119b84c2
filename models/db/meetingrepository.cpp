#include "meetingrepository.h"

#include "database.h"
#include "databaseerror.h"
#include "meetingwriters.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

namespace relais {

namespace {

QString time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QTime readTime(const QString &text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QList<qint64> readIds(SqlQuery &q)
{
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.id(0);
    return ids;
}

void bindMeeting(SqlQuery &q, const Meeting &m)
{
    q.bindNullable(QStringLiteral(":type"), m.typeId)
        .bind(QStringLiteral(":title"), m.title)
        .bindDate(QStringLiteral(":date"), m.date)
        .bindAsRead(QStringLiteral(":starts"),
            m.startsAt.isValid() ? QVariant(time(m.startsAt)) : QVariant())
        .bindAsRead(
            QStringLiteral(":ends"), m.endsAt.isValid() ? QVariant(time(m.endsAt)) : QVariant())
        .bind(QStringLiteral(":place"), m.place)
        .bindNullable(QStringLiteral(":commune"), m.communeId)
        .bind(QStringLiteral(":themes"), m.themes)
        .bind(QStringLiteral(":description"), m.description);
}

} // namespace

MeetingRepository::MeetingRepository(Database &database)
    : m_database(database)
{ }

std::optional<Meeting> MeetingRepository::load(qint64 id) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT id, type_id, title, held_on, starts_at, ends_at, place, commune_id, themes, "
            "description, created_at, updated_at FROM meeting WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Meeting m;
    m.id = q.id(0);
    m.typeId = q.id(1);
    m.title = q.text(2);
    m.date = q.date(3);
    m.startsAt = readTime(q.text(4));
    m.endsAt = readTime(q.text(5));
    m.place = q.text(6);
    m.communeId = q.id(7);
    m.themes = q.text(8);
    m.description = q.text(9);
    m.createdAt = q.dateTime(10);
    m.updatedAt = q.dateTime(11);
    SqlQuery staff(m_database,
        QStringLiteral(
            "SELECT staff_id FROM meeting_staff WHERE meeting_id = :id ORDER BY staff_id"));
    m.staffIds = readIds(staff.bind(QStringLiteral(":id"), id));
    return m;
}

qint64 MeetingRepository::insert(const Meeting &m)
{
    Transaction transaction(m_database);
    const qint64 id = MeetingWriter(m_database).insert(m, QDateTime::currentDateTimeUtc());
    notify();
    transaction.commit();
    return id;
}

void MeetingRepository::update(const Meeting &m)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("UPDATE meeting SET type_id = :type, title = :title, held_on = :date, "
                       "starts_at = :starts, "
                       "ends_at = :ends, place = :place, commune_id = :commune, themes = :themes, "
                       "description = :description, updated_at = :updated WHERE id = :id"));
    bindMeeting(q, m);
    q.bind(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":updated"),
            isoDateTime(m.updatedAt.isValid() ? m.updatedAt : QDateTime::currentDateTimeUtc()))
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This meeting no longer exists; it may have been deleted."));
    writeStaff(m, m.id);
    notify();
    transaction.commit();
}

void MeetingRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database, QStringLiteral("DELETE FROM meeting WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This meeting no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

void MeetingRepository::writeStaff(const Meeting &m, qint64 id)
{
    SqlQuery(m_database, QStringLiteral("DELETE FROM meeting_staff WHERE meeting_id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    SqlQuery insert(m_database,
        QStringLiteral(
            "INSERT OR IGNORE INTO meeting_staff (meeting_id, staff_id) VALUES (:id, :staff)"));
    for (const qint64 staff : m.staffIds)
        insert.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":staff"), staff).exec();
}

QList<MeetingRow> MeetingRepository::list(int year, qint64 typeId) const
{
    // The meetings by their date's index, with their invitations' counts as the triggers of
    // meeting_tally keep them (schema_v13): counting a year's 100,000 invitations each
    // time was most of a year's indicators at 100,000 contacts.
    QStringList conditions;
    if (year != 0)
        conditions << QStringLiteral("m.held_on >= :from AND m.held_on < :to");
    if (typeId != 0)
        conditions << QStringLiteral("m.type_id = :type");
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT m.id, m.held_on, m.title, coalesce(t.name, ''), "
            "  trim(m.place || CASE WHEN cm.name IS NULL THEN '' ELSE ', ' || cm.name END, ', '), "
            "  coalesce(c.invited, 0), coalesce(c.registered, 0), coalesce(c.excused, 0), "
            "  coalesce(c.present, 0), coalesce(c.absent, 0), coalesce(c.walk_ins, 0), "
            "  coalesce(c.invited_present, 0), coalesce(m.type_id, 0) "
            "FROM meeting m "
            "LEFT JOIN meeting_type t ON t.id = m.type_id "
            "LEFT JOIN commune cm ON cm.id = m.commune_id "
            "LEFT JOIN meeting_tally c ON c.meeting_id = m.id%1 "
            "ORDER BY m.held_on DESC, m.id DESC")
            .arg(where));
    if (year != 0) {
        q.bind(
             QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":to"),
                QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')));
    }
    if (typeId != 0)
        q.bind(QStringLiteral(":type"), typeId);
    q.exec();
    QList<MeetingRow> rows;
    while (q.next()) {
        MeetingRow row;
        row.id = q.id(0);
        row.date = q.date(1);
        row.title = q.text(2);
        row.type = q.text(3);
        row.place = q.text(4);
        row.counts.invited = q.value(5).toInt();
        row.counts.registered = q.value(6).toInt();
        row.counts.excused = q.value(7).toInt();
        row.counts.present = q.value(8).toInt();
        row.counts.absent = q.value(9).toInt();
        row.counts.walkIns = q.value(10).toInt();
        row.counts.invitedPresent = q.value(11).toInt();
        row.typeId = q.id(12);
        rows << row;
    }
    return rows;
}

QList<int> MeetingRepository::years() const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT DISTINCT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meeting ORDER BY 1 DESC"));
    q.exec();
    QList<int> years;
    while (q.next())
        years << q.value(0).toInt();
    return years;
}

qint64 MeetingRepository::latestOfType(qint64 typeId, const QDate &onOrBefore) const
{
    return SqlQuery(m_database,
        QStringLiteral("SELECT id FROM meeting WHERE type_id = :type AND held_on <= :date "
                       "ORDER BY held_on DESC, id DESC LIMIT 1"))
        .bind(QStringLiteral(":type"), typeId)
        .bind(QStringLiteral(":date"), isoDate(onOrBefore))
        .scalar()
        .toLongLong();
}

QList<Invitee> MeetingRepository::invitees(qint64 meetingId) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT c.id, c.last_name, c.first_name, c.organisations_label, "
            "  (SELECT email FROM contact_email WHERE contact_id = c.id ORDER BY position LIMIT "
            "1), "
            "  v.status, v.walk_in, v.status_changed_at, c.consent "
            "FROM invitation v JOIN contact c ON c.id = v.contact_id WHERE v.meeting_id = :id "
            "ORDER BY c.sort_key, c.id"));
    q.bind(QStringLiteral(":id"), meetingId).exec();
    QList<Invitee> result;
    while (q.next()) {
        Invitee i;
        i.contactId = q.id(0);
        i.lastName = q.text(1);
        i.firstName = q.text(2);
        i.organisation = q.text(3);
        i.email = q.text(4);
        i.status = AttendanceStatus(q.value(5).toInt());
        i.walkIn = q.flag(6);
        i.statusChangedAt = q.dateTime(7);
        i.consent = Consent(q.value(8).toInt());
        result << i;
    }
    return result;
}

QList<Invitation> MeetingRepository::invitations(qint64 meetingId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT contact_id, status, walk_in, status_changed_at FROM invitation "
                       "WHERE meeting_id = :id ORDER BY contact_id"));
    q.bind(QStringLiteral(":id"), meetingId).exec();
    QList<Invitation> result;
    while (q.next())
        result << Invitation { q.id(0), AttendanceStatus(q.value(1).toInt()), q.flag(2),
            q.dateTime(3) };
    return result;
}

MeetingCounts MeetingRepository::counts(qint64 meetingId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT status, walk_in, count(*) FROM invitation WHERE meeting_id = :id "
                       "GROUP BY 1, 2"));
    q.bind(QStringLiteral(":id"), meetingId).exec();
    MeetingCounts counts;
    while (q.next()) {
        for (int n = q.value(2).toInt(); n > 0; --n)
            counts.add(AttendanceStatus(q.value(0).toInt()), q.flag(1));
    }
    return counts;
}

QStringList MeetingRepository::organisationsRepresented(qint64 meetingId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT DISTINCT o.name, o.sort_key FROM invitation v "
                       "JOIN membership ms ON ms.contact_id = v.contact_id "
                       "JOIN organisation o ON o.id = ms.organisation_id "
                       "WHERE v.meeting_id = :id AND v.status = 3 ORDER BY o.sort_key"));
    q.bind(QStringLiteral(":id"), meetingId).exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

QList<qint64> MeetingRepository::contactsOf(
    qint64 meetingId, const QList<AttendanceStatus> &statuses) const
{
    QList<qint64> wanted;
    for (const AttendanceStatus status : statuses)
        wanted << qint64(status);
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral("SELECT contact_id FROM invitation WHERE meeting_id = :id "
                       "AND (:all = 1 OR status IN (%1)) ORDER BY contact_id")
            .arg(dialect.idsFromList(QStringLiteral(":statuses"))));
    q.bind(QStringLiteral(":id"), meetingId)
        .bind(QStringLiteral(":all"), wanted.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":statuses"), dialect.idListValue(wanted));
    return readIds(q);
}

void MeetingRepository::writeInvitations(qint64 meetingId, const QList<Invitation> &invitations)
{
    Transaction transaction(m_database);
    MeetingWriter writer(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Invitation &invitation : invitations)
        writer.writeInvitation(meetingId, invitation, now);
    notify();
    transaction.commit();
}

void MeetingRepository::removeInvitations(qint64 meetingId, const QList<qint64> &contactIds)
{
    Transaction transaction(m_database);
    const Dialect &dialect = m_database.dialect();
    SqlQuery(m_database,
        QStringLiteral("DELETE FROM invitation WHERE meeting_id = :meeting AND contact_id IN (%1)")
            .arg(dialect.idsFromList()))
        .bind(QStringLiteral(":meeting"), meetingId)
        .bind(QStringLiteral(":ids"), dialect.idListValue(contactIds))
        .exec();
    notify();
    transaction.commit();
}

QList<MeetingRepository::HistoryRow> MeetingRepository::historyOf(
    const QList<qint64> &contactIds) const
{
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT m.id, m.held_on, coalesce(t.name, ''), m.title, "
            "  trim(m.place || CASE WHEN cm.name IS NULL THEN '' ELSE ', ' || cm.name END, ', '), "
            "  v.contact_id, v.status, v.walk_in "
            "FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
            "LEFT JOIN meeting_type t ON t.id = m.type_id LEFT JOIN commune cm ON cm.id = "
            "m.commune_id "
            "WHERE v.contact_id IN (%1) ORDER BY m.held_on DESC, m.id DESC, v.contact_id")
            .arg(dialect.idsFromList()));
    q.bind(QStringLiteral(":ids"), dialect.idListValue(contactIds)).exec();
    QList<HistoryRow> rows;
    while (q.next()) {
        HistoryRow row;
        row.meetingId = q.id(0);
        row.date = q.date(1);
        row.type = q.text(2);
        row.title = q.text(3);
        row.place = q.text(4);
        row.contactId = q.id(5);
        row.status = AttendanceStatus(q.value(6).toInt());
        row.walkIn = q.flag(7);
        rows << row;
    }
    return rows;
}

void MeetingRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Meetings);
}

} // namespace relais
