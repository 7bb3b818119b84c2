#include "organisationrepository.h"

#include "../domain/textfold.h"
#include "actorwriters.h"
#include "database.h"
#include "databaseerror.h"
#include "filterclause.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace relais {

namespace {

const QString selectOrganisation = QStringLiteral(
    "SELECT id, name, acronym, type_id, commune_id, address, phone, email, website, notes, "
    "network_head, municipal_service, created_at, updated_at FROM organisation WHERE id = :id");

const QString rowColumns = QStringLiteral(
    "SELECT o.id, o.name, o.acronym, t.name, cm.name, o.email, o.phone, "
    "(SELECT count(*) FROM membership m WHERE m.organisation_id = o.id), "
    "(SELECT group_concat(name, ', ') FROM (SELECT tg.name AS name FROM organisation_tag ot "
    " JOIN tag tg ON tg.id = ot.tag_id WHERE ot.organisation_id = o.id ORDER BY tg.position)), "
    "o.network_head, o.municipal_service "
    "FROM organisation o "
    "LEFT JOIN actor_type t ON t.id = o.type_id "
    "LEFT JOIN commune cm ON cm.id = o.commune_id ");

} // namespace

OrganisationRepository::OrganisationRepository(Database &database)
    : m_database(database)
{ }

std::optional<Organisation> OrganisationRepository::load(qint64 id) const
{
    SqlQuery q(m_database, selectOrganisation);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Organisation o;
    o.id = q.id(0);
    o.name = q.text(1);
    o.acronym = q.text(2);
    o.typeId = q.id(3);
    o.communeId = q.id(4);
    o.address = q.text(5);
    o.phone = q.text(6);
    o.email = q.text(7);
    o.website = q.text(8);
    o.notes = q.text(9);
    o.networkHead = q.flag(10);
    o.municipalService = q.flag(11);
    o.createdAt = q.dateTime(12);
    o.updatedAt = q.dateTime(13);
    SqlQuery domains(m_database,
        QStringLiteral("SELECT domain_id FROM organisation_domain WHERE organisation_id = :id "
                       "ORDER BY domain_id"));
    domains.bind(QStringLiteral(":id"), id).exec();
    while (domains.next())
        o.domainIds << domains.id(0);
    SqlQuery tags(m_database,
        QStringLiteral("SELECT t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
                       "WHERE ot.organisation_id = :id ORDER BY t.position, t.name_key"));
    tags.bind(QStringLiteral(":id"), id).exec();
    while (tags.next())
        o.tagNames << tags.text(0);
    return o;
}

qint64 OrganisationRepository::insert(const Organisation &organisation)
{
    Transaction transaction(m_database);
    const qint64 id
        = OrganisationWriter(m_database).insert(organisation, QDateTime::currentDateTimeUtc());
    SearchIndex(m_database).refreshOrganisations({ id });
    notify();
    transaction.commit();
    return id;
}

void OrganisationRepository::update(const Organisation &organisation)
{
    Transaction transaction(m_database);
    if (!OrganisationWriter(m_database).update(organisation, QDateTime::currentDateTimeUtc()))
        throw DatabaseError(tr("This organisation no longer exists; it may have been deleted."));
    SearchIndex index(m_database);
    index.refreshOrganisations({ organisation.id });
    // Members show the organisation's name in their own list line and search text.
    index.refreshContacts(index.membersOf(organisation.id));
    notify();
    transaction.commit();
}

DeletedOrganisation OrganisationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    const auto organisation = load(id);
    if (!organisation)
        throw DatabaseError(tr("This organisation no longer exists; it may have been deleted."));
    DeletedOrganisation deleted { *organisation, members(id),
        DependentRows::capture(m_database, DependentRows::Of::Organisation, id) };
    SqlQuery(m_database, QStringLiteral("DELETE FROM organisation WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    deleted.dependents.removeOrphans(m_database);
    if (!deleted.dependents.tables.isEmpty()) {
        m_database.changed(ChangeNotifier::Area::Interactions);
        m_database.changed(ChangeNotifier::Area::FollowUps);
    }
    SearchIndex index(m_database);
    index.removeOrganisations({ id });
    QList<qint64> memberIds;
    for (const OrganisationMember &member : deleted.members)
        memberIds << member.contactId;
    index.refreshContacts(memberIds);
    notify();
    transaction.commit();
    return deleted;
}

void OrganisationRepository::restore(const DeletedOrganisation &deleted)
{
    Transaction transaction(m_database);
    const qint64 id = insert(deleted.organisation);
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO membership (contact_id, organisation_id, role, position) "
                       "VALUES (:contact, :organisation, :role, :position)"));
    QList<qint64> memberIds;
    for (const OrganisationMember &member : deleted.members) {
        q.bind(QStringLiteral(":contact"), member.contactId)
            .bind(QStringLiteral(":organisation"), id)
            .bind(QStringLiteral(":role"), member.role)
            .bind(QStringLiteral(":position"), member.position)
            .exec();
        memberIds << member.contactId;
    }
    SearchIndex(m_database).refreshContacts(memberIds);
    deleted.dependents.restore(m_database);
    transaction.commit();
}

QList<OrganisationMember> OrganisationRepository::members(qint64 organisationId) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT c.id, c.first_name, c.last_name, m.role, m.position, "
            "(SELECT email FROM contact_email WHERE contact_id = c.id ORDER BY position LIMIT 1), "
            "(SELECT phone FROM contact_phone WHERE contact_id = c.id ORDER BY position LIMIT 1) "
            "FROM membership m JOIN contact c ON c.id = m.contact_id "
            "WHERE m.organisation_id = :id ORDER BY c.sort_key"));
    q.bind(QStringLiteral(":id"), organisationId).exec();
    QList<OrganisationMember> result;
    while (q.next()) {
        OrganisationMember member;
        member.contactId = q.id(0);
        member.displayName = QStringList { q.text(1), q.text(2) }.join(QLatin1Char(' ')).trimmed();
        member.role = q.text(3);
        member.position = q.value(4).toInt();
        member.email = q.text(5);
        member.phone = q.text(6);
        result << member;
    }
    return result;
}

FilterClause OrganisationRepository::whereClause(const ActorFilter &filter) const
{
    FilterClause where(m_database.dialect());
    where.addTextSearch(QStringLiteral("o.id"), QStringLiteral("organisation_search"), filter.text);
    where.addIdList(QStringLiteral("o.type_id"), QStringLiteral(":types"), filter.typeIds);
    where.addIdList(QStringLiteral("o.commune_id"), QStringLiteral(":communes"), filter.communeIds);
    where.addLinked(QStringLiteral("organisation_domain"), QStringLiteral("organisation_id"),
        QStringLiteral("o.id"), QStringLiteral("domain_id"), QStringLiteral(":domains"),
        filter.domainIds);
    where.addLinked(QStringLiteral("organisation_tag"), QStringLiteral("organisation_id"),
        QStringLiteral("o.id"), QStringLiteral("tag_id"), QStringLiteral(":tags"), filter.tagIds);
    if (filter.networkHeadOnly)
        where.add(QStringLiteral("o.network_head = 1"));
    if (filter.municipalServiceOnly)
        where.add(QStringLiteral("o.municipal_service = 1"));
    where.addDormant(QStringLiteral("o"), QStringLiteral("organisation_activity"),
        QStringLiteral("organisation_id"), filter.dormantSince);
    return where;
}

QList<qint64> OrganisationRepository::matchingIds(const ActorFilter &filter) const
{
    ActorFilter others = filter;
    others.text.clear();
    return relais::matchingIds(m_database, QStringLiteral("SELECT o.id FROM organisation o"),
        whereClause(others), QStringLiteral("organisation_search"), filter.text);
}

QList<qint64> OrganisationRepository::findIds(
    const ActorFilter &filter, OrganisationSortKey sortKey, Qt::SortOrder order) const
{
    const FilterClause where = whereClause(filter);

    QString join;
    QStringList keys; // "is blank" terms first, so that blanks stay last in both directions
    QString key;
    switch (sortKey) {
    case OrganisationSortKey::Name:
        key = QStringLiteral("o.sort_key");
        break;
    case OrganisationSortKey::Acronym:
        keys << QStringLiteral("o.acronym = ''");
        key = QStringLiteral("lower(o.acronym)");
        break;
    case OrganisationSortKey::Type:
        join = QStringLiteral(" LEFT JOIN actor_type t ON t.id = o.type_id");
        keys << QStringLiteral("t.name_key IS NULL");
        key = QStringLiteral("t.name_key");
        break;
    case OrganisationSortKey::Commune:
        join = QStringLiteral(" LEFT JOIN commune cm ON cm.id = o.commune_id");
        keys << QStringLiteral("cm.name_key IS NULL");
        key = QStringLiteral("cm.name_key");
        break;
    case OrganisationSortKey::Email:
        keys << QStringLiteral("o.email = ''");
        key = QStringLiteral("lower(o.email)");
        break;
    case OrganisationSortKey::Phone:
        keys << QStringLiteral("o.phone = ''");
        key = QStringLiteral("o.phone");
        break;
    case OrganisationSortKey::Tags:
        keys << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM organisation_tag x WHERE x.organisation_id = o.id)");
        key = QStringLiteral(
            "(SELECT min(t.name_key) FROM organisation_tag x JOIN tag t ON t.id = x.tag_id "
            "WHERE x.organisation_id = o.id)");
        break;
    case OrganisationSortKey::Flags:
        key = QStringLiteral("o.network_head * 2 + o.municipal_service");
        break;
    case OrganisationSortKey::MemberCount:
        key = QStringLiteral("(SELECT count(*) FROM membership m WHERE m.organisation_id = o.id)");
        break;
    case OrganisationSortKey::UpdatedAt:
        key = QStringLiteral("o.updated_at");
        break;
    }
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    keys << key + direction << QStringLiteral("o.sort_key") + direction
         << QStringLiteral("o.id") + direction;

    SqlQuery q(m_database,
        QStringLiteral("SELECT o.id FROM organisation o") + join + where.where()
            + QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", ")));
    where.bindTo(q);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.id(0);
    return ids;
}

QList<OrganisationRow> OrganisationRepository::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    SqlQuery q(m_database,
        rowColumns + QStringLiteral("WHERE o.id IN (%1)").arg(m_database.dialect().idsFromList()));
    q.bind(QStringLiteral(":ids"), m_database.dialect().idListValue(ids)).exec();
    QHash<qint64, OrganisationRow> byId;
    while (q.next()) {
        OrganisationRow row;
        row.id = q.id(0);
        row.name = q.text(1);
        row.acronym = q.text(2);
        row.type = q.text(3);
        row.commune = q.text(4);
        row.email = q.text(5);
        row.phone = q.text(6);
        row.memberCount = q.value(7).toInt();
        row.tags = q.text(8);
        row.networkHead = q.flag(9);
        row.municipalService = q.flag(10);
        byId.insert(row.id, row);
    }
    QList<OrganisationRow> result;
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result << *it;
    }
    return result;
}

QList<ActorSuggestion> OrganisationRepository::suggest(const QString &typed, int limit) const
{
    const QString query = m_database.dialect().fullTextQuery(typed);
    if (query.isEmpty())
        return {};
    SqlQuery q(m_database,
        QStringLiteral("SELECT o.id, o.name, coalesce(cm.name, '') FROM organisation o "
                       "LEFT JOIN commune cm ON cm.id = o.commune_id WHERE o.id IN (%1) ORDER BY "
                       "o.sort_key LIMIT :limit")
            .arg(m_database.dialect().fullTextIdsMatching(QStringLiteral("organisation_search"))));
    q.bind(QStringLiteral(":query"), query).bind(QStringLiteral(":limit"), limit).exec();
    QList<ActorSuggestion> result;
    while (q.next())
        result << ActorSuggestion { ActorRef::organisation(q.id(0), q.text(1)), q.text(2) };
    return result;
}

int OrganisationRepository::count() const
{
    return SqlQuery(m_database, QStringLiteral("SELECT count(*) FROM organisation"))
        .scalar()
        .toInt();
}

QList<OrganisationRepository::NameEntry> OrganisationRepository::names() const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT o.id, o.name, o.acronym, coalesce(cm.name, '') FROM organisation o "
                       "LEFT JOIN commune cm ON cm.id = o.commune_id ORDER BY o.sort_key"));
    q.exec();
    QList<NameEntry> result;
    while (q.next())
        result << NameEntry { q.id(0), q.text(1), q.text(2), q.text(3) };
    return result;
}

QList<OrganisationRepository::NameEntry> OrganisationRepository::sameName(
    const QString &name, qint64 exceptId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT o.id, o.name, o.acronym, coalesce(cm.name, '') FROM organisation o "
                       "LEFT JOIN commune cm ON cm.id = o.commune_id "
                       "WHERE o.sort_key = :key AND o.id <> :except ORDER BY o.id"));
    q.bind(QStringLiteral(":key"), foldedKey(name))
        .bind(QStringLiteral(":except"), exceptId)
        .exec();
    QList<NameEntry> result;
    while (q.next())
        result << NameEntry { q.id(0), q.text(1), q.text(2), q.text(3) };
    return result;
}

void OrganisationRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Organisations);
    m_database.changed(ChangeNotifier::Area::Contacts);
}

} // namespace relais
