#include "serdrepository.h"

#include "database.h"
#include "databaseerror.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace relais {

namespace {

enum Role { Lead = 0, CoOrganiser = 1 };

QVariant clock(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime readClock(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QString stamp(const QDateTime &value)
{
    return isoDateTime(value.isValid() ? value : QDateTime::currentDateTimeUtc());
}

QVariant count(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> readCount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

const QString editionColumns = QStringLiteral(
    "SELECT id, year, starts_on, ends_on, focus, notes, created_at, updated_at FROM serd_edition ");

SerdEdition readEdition(const SqlQuery &q)
{
    SerdEdition e;
    e.id = q.id(0);
    e.year = q.value(1).toInt();
    e.startsOn = q.date(2);
    e.endsOn = q.date(3);
    e.focus = q.text(4);
    e.notes = q.text(5);
    e.createdAt = q.dateTime(6);
    e.updatedAt = q.dateTime(7);
    return e;
}

const QString actionColumns = QStringLiteral(
    "SELECT a.id, a.edition_id, a.title, a.description, a.category_id, a.topic_id, a.audience, "
    "a.contact_id, a.status, a.registered, a.created_at, a.updated_at FROM serd_action a ");

const QString occurrenceColumns = QStringLiteral(
    "SELECT o.id, o.action_id, o.held_on, o.starts_at, o.ends_at, o.place, o.commune_id, "
    "coalesce(c.name, ''), o.expected_participants, o.actual_participants, o.cancelled, "
    "o.created_at, o.updated_at FROM serd_occurrence o LEFT JOIN commune c ON c.id = "
    "o.commune_id ");

SerdOccurrence readOccurrence(const SqlQuery &q)
{
    SerdOccurrence o;
    o.id = q.id(0);
    o.actionId = q.id(1);
    o.date = q.date(2);
    o.startsAt = readClock(q.value(3));
    o.endsAt = readClock(q.value(4));
    o.place = q.text(5);
    o.communeId = q.id(6);
    o.communeName = q.text(7);
    o.expectedParticipants = readCount(q.value(8));
    o.actualParticipants = readCount(q.value(9));
    o.cancelled = q.flag(10);
    o.createdAt = q.dateTime(11);
    o.updatedAt = q.dateTime(12);
    return o;
}

// Occurrences by date, then time (no time first), then id.
bool earlier(const SerdOccurrence &a, const SerdOccurrence &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (a.startsAt != b.startsAt)
        return !a.startsAt.isValid() || (b.startsAt.isValid() && a.startsAt < b.startsAt);
    return a.id < b.id;
}

QString contactName()
{
    return QStringLiteral("trim(k.first_name || ' ' || k.last_name)");
}

} // namespace

SerdRepository::SerdRepository(Database &database)
    : m_database(database)
{ }

// ---- Editions --------------------------------------------------------------------

QList<SerdEdition> SerdRepository::editions() const
{
    SqlQuery q(m_database, editionColumns + QStringLiteral("ORDER BY year DESC"));
    q.exec();
    QList<SerdEdition> result;
    while (q.next())
        result << readEdition(q);
    return result;
}

std::optional<SerdEdition> SerdRepository::edition(qint64 id) const
{
    SqlQuery q(m_database, editionColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readEdition(q);
}

std::optional<SerdEdition> SerdRepository::editionOfYear(int year) const
{
    SqlQuery q(m_database, editionColumns + QStringLiteral("WHERE year = :year"));
    q.bind(QStringLiteral(":year"), year).exec();
    if (!q.next())
        return std::nullopt;
    return readEdition(q);
}

qint64 SerdRepository::insertEdition(const SerdEdition &e)
{
    Transaction transaction(m_database);
    if (const auto existing = editionOfYear(e.year); existing && existing->id != e.id)
        throw DatabaseError(tr("There is already an edition for %1.").arg(e.year));
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO serd_edition (id, year, starts_on, ends_on, focus, notes, "
                       "created_at, updated_at) VALUES (:id, :year, :starts, :ends, :focus, "
                       ":notes, :created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), e.id > 0 ? e.id : 0)
        .bind(QStringLiteral(":year"), e.year)
        .bindDate(QStringLiteral(":starts"), e.startsOn)
        .bindDate(QStringLiteral(":ends"), e.endsOn)
        .bind(QStringLiteral(":focus"), e.focus)
        .bind(QStringLiteral(":notes"), e.notes)
        .bind(QStringLiteral(":created"), stamp(e.createdAt))
        .bind(QStringLiteral(":updated"), stamp(e.updatedAt))
        .exec();
    const qint64 id = e.id > 0 ? e.id : q.lastInsertId().toLongLong();
    notify();
    transaction.commit();
    return id;
}

void SerdRepository::updateEdition(const SerdEdition &e)
{
    Transaction transaction(m_database);
    if (const auto existing = editionOfYear(e.year); existing && existing->id != e.id)
        throw DatabaseError(tr("There is already an edition for %1.").arg(e.year));
    SqlQuery q(m_database,
        QStringLiteral("UPDATE serd_edition SET year = :year, starts_on = :starts, ends_on = "
                       ":ends, focus = :focus, notes = :notes, updated_at = :updated WHERE id = "
                       ":id"));
    q.bind(QStringLiteral(":year"), e.year)
        .bindDate(QStringLiteral(":starts"), e.startsOn)
        .bindDate(QStringLiteral(":ends"), e.endsOn)
        .bind(QStringLiteral(":focus"), e.focus)
        .bind(QStringLiteral(":notes"), e.notes)
        .bind(QStringLiteral(":updated"), stamp(e.updatedAt))
        .bind(QStringLiteral(":id"), e.id)
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This edition no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

void SerdRepository::removeEdition(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM serd_edition WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

// ---- Actions -----------------------------------------------------------------------

QList<SerdAction> SerdRepository::loadActions(const QString &where, const QString &placeholder,
    const QVariant &value, const QString &order) const
{
    SqlQuery q(m_database, actionColumns + where + order);
    q.bind(placeholder, value).exec();
    QList<SerdAction> result;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        SerdAction a;
        a.id = q.id(0);
        a.editionId = q.id(1);
        a.title = q.text(2);
        a.description = q.text(3);
        a.categoryId = q.id(4);
        a.topicId = q.id(5);
        a.audience = q.text(6);
        a.contactId = q.id(7);
        a.status = SerdStatus(q.value(8).toInt());
        a.registered = q.flag(9);
        a.createdAt = q.dateTime(10);
        a.updatedAt = q.dateTime(11);
        rowOf.insert(a.id, int(result.size()));
        result << a;
    }
    if (result.isEmpty())
        return result;
    SqlQuery organisers(m_database,
        QStringLiteral("SELECT x.action_id, x.organisation_id, x.role FROM serd_action_organiser x "
                       "WHERE x.action_id IN (SELECT a.id FROM serd_action a %1) "
                       "ORDER BY x.action_id, x.position, x.organisation_id")
            .arg(where));
    organisers.bind(placeholder, value).exec();
    while (organisers.next()) {
        const int row = rowOf.value(organisers.id(0), -1);
        if (row < 0)
            continue;
        if (organisers.value(2).toInt() == Lead)
            result[row].leadOrganisationId = organisers.id(1);
        else
            result[row].coOrganiserIds << organisers.id(1);
    }
    return result;
}

std::optional<SerdAction> SerdRepository::action(qint64 id) const
{
    const auto found
        = loadActions(QStringLiteral("WHERE a.id = :id "), QStringLiteral(":id"), id, QString());
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<SerdAction> SerdRepository::actions(qint64 editionId) const
{
    return loadActions(QStringLiteral("WHERE a.edition_id = :edition "), QStringLiteral(":edition"),
        editionId, QStringLiteral("ORDER BY a.title, a.id"));
}

void SerdRepository::writeOrganisers(const SerdAction &a, qint64 id)
{
    SqlQuery(m_database, QStringLiteral("DELETE FROM serd_action_organiser WHERE action_id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    SqlQuery insert(m_database,
        QStringLiteral("INSERT INTO serd_action_organiser (action_id, organisation_id, role, "
                       "position) VALUES (:id, :organisation, :role, :position)"));
    const QList<qint64> organisers = a.organiserIds();
    for (int i = 0; i < organisers.size(); ++i)
        insert.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":organisation"), organisers[i])
            .bind(QStringLiteral(":role"),
                a.leadOrganisationId && i == 0 ? int(Lead) : int(CoOrganiser))
            .bind(QStringLiteral(":position"), i)
            .exec();
}

qint64 SerdRepository::insertAction(const SerdAction &a)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO serd_action (id, edition_id, title, description, category_id, "
                       "topic_id, audience, contact_id, status, registered, created_at, "
                       "updated_at) VALUES (:id, :edition, :title, :description, :category, "
                       ":topic, :audience, :contact, :status, :registered, :created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), a.id > 0 ? a.id : 0)
        .bind(QStringLiteral(":edition"), a.editionId)
        .bind(QStringLiteral(":title"), a.title)
        .bind(QStringLiteral(":description"), a.description)
        .bindNullable(QStringLiteral(":category"), a.categoryId)
        .bindNullable(QStringLiteral(":topic"), a.topicId)
        .bind(QStringLiteral(":audience"), a.audience)
        .bindNullable(QStringLiteral(":contact"), a.contactId)
        .bind(QStringLiteral(":status"), int(a.status))
        .bind(QStringLiteral(":registered"), a.registered ? 1 : 0)
        .bind(QStringLiteral(":created"), stamp(a.createdAt))
        .bind(QStringLiteral(":updated"), stamp(a.updatedAt))
        .exec();
    const qint64 id = a.id > 0 ? a.id : q.lastInsertId().toLongLong();
    writeOrganisers(a, id);
    notify();
    transaction.commit();
    return id;
}

void SerdRepository::updateAction(const SerdAction &a)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("UPDATE serd_action SET edition_id = :edition, title = :title, description "
                       "= :description, category_id = :category, topic_id = :topic, audience = "
                       ":audience, contact_id = :contact, status = :status, registered = "
                       ":registered, updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":edition"), a.editionId)
        .bind(QStringLiteral(":title"), a.title)
        .bind(QStringLiteral(":description"), a.description)
        .bindNullable(QStringLiteral(":category"), a.categoryId)
        .bindNullable(QStringLiteral(":topic"), a.topicId)
        .bind(QStringLiteral(":audience"), a.audience)
        .bindNullable(QStringLiteral(":contact"), a.contactId)
        .bind(QStringLiteral(":status"), int(a.status))
        .bind(QStringLiteral(":registered"), a.registered ? 1 : 0)
        .bind(QStringLiteral(":updated"), stamp(a.updatedAt))
        .bind(QStringLiteral(":id"), a.id)
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This action no longer exists; it may have been deleted."));
    writeOrganisers(a, a.id);
    notify();
    transaction.commit();
}

void SerdRepository::removeAction(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM serd_action WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

// ---- Occurrences -------------------------------------------------------------------

QList<SerdOccurrence> SerdRepository::loadOccurrences(
    const QString &where, const QString &placeholder, const QVariant &value) const
{
    SqlQuery q(m_database,
        occurrenceColumns + where + QStringLiteral(" ORDER BY o.held_on, o.starts_at, o.id"));
    q.bind(placeholder, value).exec();
    QList<SerdOccurrence> result;
    while (q.next())
        result << readOccurrence(q);
    return result;
}

std::optional<SerdOccurrence> SerdRepository::occurrence(qint64 id) const
{
    const auto found
        = loadOccurrences(QStringLiteral("WHERE o.id = :id"), QStringLiteral(":id"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<SerdOccurrence> SerdRepository::occurrences(qint64 actionId) const
{
    return loadOccurrences(
        QStringLiteral("WHERE o.action_id = :action"), QStringLiteral(":action"), actionId);
}

QList<SerdOccurrence> SerdRepository::occurrencesOfEdition(qint64 editionId) const
{
    return loadOccurrences(QStringLiteral("WHERE o.action_id IN (SELECT id FROM serd_action "
                                          "WHERE edition_id = :edition)"),
        QStringLiteral(":edition"), editionId);
}

static void bindOccurrence(SqlQuery &q, const SerdOccurrence &o)
{
    q.bind(QStringLiteral(":action"), o.actionId)
        .bindDate(QStringLiteral(":date"), o.date)
        .bindAsRead(QStringLiteral(":starts"), clock(o.startsAt))
        .bindAsRead(QStringLiteral(":ends"), clock(o.endsAt))
        .bind(QStringLiteral(":place"), o.place)
        .bindNullable(QStringLiteral(":commune"), o.communeId)
        .bindAsRead(QStringLiteral(":expected"), count(o.expectedParticipants))
        .bindAsRead(QStringLiteral(":actual"), count(o.actualParticipants))
        .bind(QStringLiteral(":cancelled"), o.cancelled ? 1 : 0)
        .bind(QStringLiteral(":updated"), stamp(o.updatedAt));
}

qint64 SerdRepository::insertOccurrence(const SerdOccurrence &o)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO serd_occurrence (id, action_id, held_on, starts_at, ends_at, "
                       "place, commune_id, expected_participants, actual_participants, "
                       "cancelled, created_at, updated_at) VALUES (:id, :action, :date, :starts, "
                       ":ends, :place, :commune, :expected, :actual, :cancelled, :created, "
                       ":updated)"));
    bindOccurrence(q, o);
    q.bindNullable(QStringLiteral(":id"), o.id > 0 ? o.id : 0)
        .bind(QStringLiteral(":created"), stamp(o.createdAt))
        .exec();
    const qint64 id = o.id > 0 ? o.id : q.lastInsertId().toLongLong();
    notify();
    transaction.commit();
    return id;
}

void SerdRepository::updateOccurrence(const SerdOccurrence &o)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("UPDATE serd_occurrence SET action_id = :action, held_on = :date, "
                       "starts_at = :starts, ends_at = :ends, place = :place, commune_id = "
                       ":commune, expected_participants = :expected, actual_participants = "
                       ":actual, cancelled = :cancelled, updated_at = :updated WHERE id = :id"));
    bindOccurrence(q, o);
    q.bind(QStringLiteral(":id"), o.id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This date of the action no longer exists; it may have been "
                               "deleted."));
    notify();
    transaction.commit();
}

void SerdRepository::removeOccurrence(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM serd_occurrence WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

// ---- Lists and figures ---------------------------------------------------------------

QList<qint64> SerdRepository::actionIds(const SerdFilter &filter) const
{
    QStringList where { QStringLiteral("a.edition_id = :edition") };
    if (filter.status)
        where << QStringLiteral("a.status = :status");
    if (filter.topicId)
        where << QStringLiteral("a.topic_id = :topic");
    if (filter.categoryId)
        where << QStringLiteral("a.category_id = :category");
    if (filter.communeId)
        where << QStringLiteral("EXISTS (SELECT 1 FROM serd_occurrence o WHERE o.action_id = a.id "
                                "AND o.commune_id = :commune)");
    if (filter.organisationId)
        where << QStringLiteral("EXISTS (SELECT 1 FROM serd_action_organiser x WHERE x.action_id "
                                "= a.id AND x.organisation_id = :organisation)");
    SqlQuery q(m_database,
        QStringLiteral("SELECT a.id FROM serd_action a WHERE %1 ORDER BY a.title, a.id")
            .arg(where.join(QStringLiteral(" AND "))));
    q.bind(QStringLiteral(":edition"), filter.editionId);
    if (filter.status)
        q.bind(QStringLiteral(":status"), int(*filter.status));
    if (filter.topicId)
        q.bind(QStringLiteral(":topic"), filter.topicId);
    if (filter.categoryId)
        q.bind(QStringLiteral(":category"), filter.categoryId);
    if (filter.communeId)
        q.bind(QStringLiteral(":commune"), filter.communeId);
    if (filter.organisationId)
        q.bind(QStringLiteral(":organisation"), filter.organisationId);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.id(0);
    return ids;
}

QList<SerdActionRow> SerdRepository::actionRows(const SerdFilter &filter) const
{
    const QList<qint64> ids = actionIds(filter);
    if (ids.isEmpty())
        return {};
    // An edition has a hundred actions or so: read it whole, keep the filtered ones.
    QHash<qint64, SerdAction> actions;
    for (const SerdAction &a : this->actions(filter.editionId))
        actions.insert(a.id, a);
    QHash<qint64, QList<SerdOccurrence>> occurrences;
    for (const SerdOccurrence &o : occurrencesOfEdition(filter.editionId))
        occurrences[o.actionId] << o;

    const auto names = [&](const QString &statement) {
        QHash<qint64, QString> result;
        SqlQuery q(m_database, statement);
        q.exec();
        while (q.next())
            result.insert(q.id(0), q.text(1));
        return result;
    };
    const QHash<qint64, QString> categories
        = names(QStringLiteral("SELECT id, name FROM serd_category"));
    const QHash<qint64, QString> topics = names(QStringLiteral("SELECT id, name FROM serd_topic"));
    SqlQuery organisationNames(m_database,
        QStringLiteral("SELECT DISTINCT g.id, g.name FROM organisation g JOIN "
                       "serd_action_organiser x ON x.organisation_id = g.id JOIN serd_action a ON "
                       "a.id = x.action_id WHERE a.edition_id = :edition"));
    organisationNames.bind(QStringLiteral(":edition"), filter.editionId).exec();
    QHash<qint64, QString> organisations;
    while (organisationNames.next())
        organisations.insert(organisationNames.id(0), organisationNames.text(1));
    SqlQuery contactNames(m_database,
        QStringLiteral("SELECT DISTINCT k.id, %1 FROM contact k JOIN serd_action a ON "
                       "a.contact_id = k.id WHERE a.edition_id = :edition")
            .arg(contactName()));
    contactNames.bind(QStringLiteral(":edition"), filter.editionId).exec();
    QHash<qint64, QString> contacts;
    while (contactNames.next())
        contacts.insert(contactNames.id(0), contactNames.text(1));

    QList<SerdActionRow> rows;
    for (const qint64 id : ids) {
        SerdActionRow row;
        row.action = actions.value(id);
        row.occurrences = occurrences.value(id);
        std::sort(row.occurrences.begin(), row.occurrences.end(), earlier);
        row.category = categories.value(row.action.categoryId);
        row.topic = topics.value(row.action.topicId);
        row.lead = organisations.value(row.action.leadOrganisationId);
        for (const qint64 co : std::as_const(row.action.coOrganiserIds))
            row.coOrganisers << organisations.value(co);
        row.contact = contacts.value(row.action.contactId);
        for (const SerdOccurrence &o : std::as_const(row.occurrences)) {
            if (!o.communeName.isEmpty() && !row.communes.contains(o.communeName))
                row.communes << o.communeName;
            if (isHeld(o, row.action.status))
                ++row.heldOccurrences;
        }
        if (!row.occurrences.isEmpty()) {
            row.firstDate = row.occurrences.first().date;
            row.lastDate = row.occurrences.last().date;
        }
        rows << row;
    }
    return rows;
}

SerdTotals SerdRepository::totals(const SerdFilter &filter) const
{
    QList<SerdAction> actions;
    QList<SerdOccurrence> occurrences;
    for (const SerdActionRow &row : actionRows(filter)) {
        actions << row.action;
        occurrences += row.occurrences;
    }
    return serdTotals(actions, occurrences);
}

SerdTotals SerdRepository::figures(int year) const
{
    const auto edition = editionOfYear(year);
    if (!edition)
        return {};
    return serdTotals(actions(edition->id), occurrencesOfEdition(edition->id));
}

QList<SerdCalendarRow> SerdRepository::calendar(qint64 editionId) const
{
    QHash<qint64, SerdAction> actions;
    for (const SerdAction &a : this->actions(editionId))
        actions.insert(a.id, a);
    SqlQuery names(m_database,
        QStringLiteral("SELECT x.action_id, g.name FROM serd_action_organiser x JOIN organisation "
                       "g ON g.id = x.organisation_id JOIN serd_action a ON a.id = x.action_id "
                       "WHERE a.edition_id = :edition AND x.role = 0"));
    names.bind(QStringLiteral(":edition"), editionId).exec();
    QHash<qint64, QString> leads;
    while (names.next())
        leads.insert(names.id(0), names.text(1));
    QList<SerdOccurrence> occurrences = occurrencesOfEdition(editionId);
    std::sort(occurrences.begin(), occurrences.end(), earlier);
    QList<SerdCalendarRow> rows;
    for (const SerdOccurrence &o : std::as_const(occurrences)) {
        const SerdAction action = actions.value(o.actionId);
        rows << SerdCalendarRow { o, action.title, action.status, leads.value(o.actionId),
            isHeld(o, action.status) };
    }
    return rows;
}

QList<SerdRepository::HistoryRow> SerdRepository::historyOf(
    const QList<qint64> &contactIds, const QList<qint64> &organisationIds) const
{
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT a.id, e.year, a.title, a.status, e.starts_on, "
            "  CASE WHEN a.contact_id IN (%1) THEN a.contact_id ELSE 0 END, "
            "  EXISTS (SELECT 1 FROM serd_action_organiser x WHERE x.action_id = a.id AND x.role "
            "= 0 AND x.organisation_id IN (%2)), "
            "  EXISTS (SELECT 1 FROM serd_action_organiser x WHERE x.action_id = a.id AND x.role "
            "= 1 AND x.organisation_id IN (%2)) "
            "FROM serd_action a JOIN serd_edition e ON e.id = a.edition_id "
            "WHERE a.contact_id IN (%1) OR a.id IN (SELECT action_id FROM serd_action_organiser "
            "WHERE organisation_id IN (%2))")
            .arg(dialect.idsFromList(QStringLiteral(":contacts")),
                dialect.idsFromList(QStringLiteral(":organisations"))));
    q.bind(QStringLiteral(":contacts"), dialect.idListValue(contactIds))
        .bind(QStringLiteral(":organisations"), dialect.idListValue(organisationIds))
        .exec();
    QList<HistoryRow> rows;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        HistoryRow row;
        row.actionId = q.id(0);
        row.year = q.value(1).toInt();
        row.title = q.text(2);
        row.status = SerdStatus(q.value(3).toInt());
        row.date = q.date(4);
        if (!row.date.isValid())
            row.date = QDate(row.year, 11, 1); // the Week is in November
        row.contactId = q.id(5);
        row.contactPerson = row.contactId != 0;
        row.lead = q.flag(6);
        row.coOrganiser = q.flag(7);
        rowOf.insert(row.actionId, int(rows.size()));
        rows << row;
    }
    if (rows.isEmpty())
        return rows;
    QList<qint64> ids = rowOf.keys();
    SqlQuery occurrences(m_database,
        occurrenceColumns
            + QStringLiteral("WHERE o.action_id IN (%1) ORDER BY o.held_on, o.starts_at, o.id")
                  .arg(dialect.idsFromList()));
    occurrences.bind(QStringLiteral(":ids"), dialect.idListValue(ids)).exec();
    QSet<qint64> dated;
    QSet<qint64> heldDated;
    while (occurrences.next()) {
        const SerdOccurrence o = readOccurrence(occurrences);
        HistoryRow &row = rows[rowOf.value(o.actionId)];
        const bool held = isHeld(o, row.status);
        if (!o.communeName.isEmpty() && !row.communes.contains(o.communeName))
            row.communes << o.communeName;
        if (held)
            ++row.heldOccurrences;
        // The first held date wins, else the first date at all.
        if (held && !heldDated.contains(o.actionId)) {
            heldDated.insert(o.actionId);
            dated.insert(o.actionId);
            row.date = o.date;
        } else if (!dated.contains(o.actionId)) {
            dated.insert(o.actionId);
            row.date = o.date;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const HistoryRow &a, const HistoryRow &b) {
        return a.date != b.date ? a.date > b.date : a.actionId > b.actionId;
    });
    return rows;
}

void SerdRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Serd);
}

} // namespace relais
