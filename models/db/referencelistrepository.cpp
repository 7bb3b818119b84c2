#include "referencelistrepository.h"

#include "../domain/textfold.h"
#include "database.h"
#include "databaseerror.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>

namespace relais {

namespace {

// Where records point at items of a list: a column of contact / organisation for the
// single-valued lists, a link table for the many-valued ones.
struct Usage
{
    const char *contactColumn = nullptr; // in contact
    const char *organisationColumn = nullptr; // in organisation
    const char *contactLinkTable = nullptr; // (contact_id, <column>)
    const char *organisationLinkTable = nullptr; // (organisation_id, <column>)
    const char *linkColumn = nullptr;
};

Usage usageOf(ReferenceList list)
{
    switch (list) {
    case ReferenceList::ActorType:
        return { "type_id", "type_id", nullptr, nullptr, nullptr };
    case ReferenceList::Commune:
        return { "commune_id", "commune_id", nullptr, nullptr, nullptr };
    case ReferenceList::Domain:
        return { nullptr, nullptr, "contact_domain", "organisation_domain", "domain_id" };
    case ReferenceList::Tag:
        return { nullptr, nullptr, "contact_tag", "organisation_tag", "tag_id" };
    }
    return {};
}

QList<qint64> idColumn(SqlQuery &query)
{
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.id(0);
    return ids;
}

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

ReferenceListRepository::ReferenceListRepository(Database &database)
    : m_database(database)
{ }

QString ReferenceListRepository::tableName(ReferenceList list)
{
    switch (list) {
    case ReferenceList::ActorType:
        return QStringLiteral("actor_type");
    case ReferenceList::Domain:
        return QStringLiteral("domain");
    case ReferenceList::Commune:
        return QStringLiteral("commune");
    case ReferenceList::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

static ReferenceItem readItem(const SqlQuery &q)
{
    ReferenceItem item;
    item.id = q.id(0);
    item.name = q.text(1);
    item.position = q.value(2).toInt();
    item.retired = q.flag(3);
    item.postcode = q.text(4);
    return item;
}

static QString selectItems(ReferenceList list)
{
    return QStringLiteral("SELECT id, name, position, retired, %1 FROM %2")
        .arg(list == ReferenceList::Commune ? QStringLiteral("postcode") : QStringLiteral("''"),
            ReferenceListRepository::tableName(list));
}

QList<ReferenceItem> ReferenceListRepository::items(ReferenceList list, bool includeRetired) const
{
    SqlQuery q(m_database,
        selectItems(list) + (includeRetired ? QString() : QStringLiteral(" WHERE retired = 0"))
            + QStringLiteral(" ORDER BY position, name_key"));
    q.exec();
    QList<ReferenceItem> result;
    while (q.next())
        result << readItem(q);
    return result;
}

std::optional<ReferenceItem> ReferenceListRepository::item(ReferenceList list, qint64 id) const
{
    SqlQuery q(m_database, selectItems(list) + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

std::optional<ReferenceItem> ReferenceListRepository::findByName(
    ReferenceList list, const QString &name) const
{
    SqlQuery q(m_database, selectItems(list) + QStringLiteral(" WHERE name_key = :key"));
    q.bind(QStringLiteral(":key"), foldedKey(name)).exec();
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

int ReferenceListRepository::usageCount(ReferenceList list, qint64 id) const
{
    const Usage usage = usageOf(list);
    QStringList parts;
    if (usage.contactColumn)
        parts << QStringLiteral("(SELECT count(*) FROM contact WHERE %1 = :id)")
                     .arg(L(usage.contactColumn));
    if (usage.organisationColumn)
        parts << QStringLiteral("(SELECT count(*) FROM organisation WHERE %1 = :id)")
                     .arg(L(usage.organisationColumn));
    if (usage.contactLinkTable)
        parts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2 = :id)")
                     .arg(L(usage.contactLinkTable), L(usage.linkColumn));
    if (usage.organisationLinkTable)
        parts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2 = :id)")
                     .arg(L(usage.organisationLinkTable), L(usage.linkColumn));
    return SqlQuery(m_database, QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + ")))
        .bind(QStringLiteral(":id"), id)
        .scalar()
        .toInt();
}

void ReferenceListRepository::checkName(
    ReferenceList list, const QString &name, qint64 exceptId) const
{
    if (simplifiedName(name).isEmpty())
        throw DatabaseError(ReferenceListRepository::tr("The name cannot be empty."));
    const auto existing = findByName(list, name);
    if (existing && existing->id != exceptId)
        throw DatabaseError(existing->retired
                ? ReferenceListRepository::tr(
                    "\"%1\" is already in the list (retired). Reinstate it instead.")
                      .arg(existing->name)
                : ReferenceListRepository::tr("\"%1\" is already in the list.")
                      .arg(existing->name));
}

qint64 ReferenceListRepository::add(ReferenceList list, const ReferenceItem &item)
{
    Transaction transaction(m_database);
    checkName(list, item.name, 0);
    const QString table = tableName(list);
    const int position = SqlQuery(
        m_database, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM %1").arg(table))
                             .scalar()
                             .toInt();
    SqlQuery insert(m_database,
        QStringLiteral("INSERT INTO %1 (%2name, name_key, position, retired%3) "
                       "VALUES (%4:name, :key, :position, :retired%5)")
            .arg(table, item.id ? QStringLiteral("id, ") : QString(),
                list == ReferenceList::Commune ? QStringLiteral(", postcode") : QString(),
                item.id ? QStringLiteral(":id, ") : QString(),
                list == ReferenceList::Commune ? QStringLiteral(", :postcode") : QString()));
    if (item.id)
        insert.bind(QStringLiteral(":id"), item.id);
    if (list == ReferenceList::Commune)
        insert.bind(QStringLiteral(":postcode"), item.postcode.trimmed());
    insert.bind(QStringLiteral(":name"), simplifiedName(item.name))
        .bind(QStringLiteral(":key"), foldedKey(item.name))
        .bind(QStringLiteral(":position"), item.id ? item.position : position)
        .bind(QStringLiteral(":retired"), item.retired ? 1 : 0)
        .exec();
    const qint64 id = item.id ? item.id : insert.lastInsertId().toLongLong();
    notify(list);
    transaction.commit();
    return id;
}

void ReferenceListRepository::restore(ReferenceList list, const ReferenceItem &item)
{
    Q_ASSERT(item.id);
    add(list, item);
}

void ReferenceListRepository::rename(ReferenceList list, qint64 id, const QString &name)
{
    Transaction transaction(m_database);
    checkName(list, name, id);
    SqlQuery(m_database,
        QStringLiteral("UPDATE %1 SET name = :name, name_key = :key WHERE id = :id")
            .arg(tableName(list)))
        .bind(QStringLiteral(":name"), simplifiedName(name))
        .bind(QStringLiteral(":key"), foldedKey(name))
        .bind(QStringLiteral(":id"), id)
        .exec();
    SearchIndex(m_database).refreshUsersOf(list, id);
    notify(list);
    transaction.commit();
}

void ReferenceListRepository::setPostcode(qint64 communeId, const QString &postcode)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("UPDATE commune SET postcode = :postcode WHERE id = :id"))
        .bind(QStringLiteral(":postcode"), postcode.trimmed())
        .bind(QStringLiteral(":id"), communeId)
        .exec();
    notify(ReferenceList::Commune);
    transaction.commit();
}

void ReferenceListRepository::setRetired(ReferenceList list, qint64 id, bool retired)
{
    Transaction transaction(m_database);
    SqlQuery(m_database,
        QStringLiteral("UPDATE %1 SET retired = :retired WHERE id = :id").arg(tableName(list)))
        .bind(QStringLiteral(":retired"), retired ? 1 : 0)
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify(list);
    transaction.commit();
}

void ReferenceListRepository::reorder(ReferenceList list, const QList<qint64> &orderedIds)
{
    Transaction transaction(m_database);
    SqlQuery update(m_database,
        QStringLiteral("UPDATE %1 SET position = :position WHERE id = :id").arg(tableName(list)));
    for (int i = 0; i < orderedIds.size(); ++i)
        update.bind(QStringLiteral(":position"), i)
            .bind(QStringLiteral(":id"), orderedIds[i])
            .exec();
    notify(list);
    transaction.commit();
}

void ReferenceListRepository::remove(ReferenceList list, qint64 id)
{
    Transaction transaction(m_database);
    if (usageCount(list, id) > 0)
        throw DatabaseError(ReferenceListRepository::tr(
            "This entry is used by records: retire it or merge it instead."));
    SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(tableName(list)))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify(list);
    transaction.commit();
}

ReferenceMerge ReferenceListRepository::merge(ReferenceList list, qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        throw DatabaseError(ReferenceListRepository::tr("An entry cannot be merged into itself."));
    Transaction transaction(m_database);
    const auto removed = item(list, fromId);
    if (!removed || !item(list, intoId))
        throw DatabaseError(ReferenceListRepository::tr("This entry no longer exists."));

    ReferenceMerge merge;
    merge.list = list;
    merge.removed = *removed;
    merge.intoId = intoId;
    const Usage usage = usageOf(list);
    const auto bindBoth = [&](SqlQuery &q) -> SqlQuery & {
        return q.bind(QStringLiteral(":from"), fromId).bind(QStringLiteral(":into"), intoId);
    };

    const auto repointColumn = [&](const char *table, const char *column, QList<qint64> &ids) {
        SqlQuery select(m_database,
            QStringLiteral("SELECT id FROM %1 WHERE %2 = :from").arg(L(table), L(column)));
        select.bind(QStringLiteral(":from"), fromId);
        ids = idColumn(select);
        SqlQuery update(m_database,
            QStringLiteral("UPDATE %1 SET %2 = :into WHERE %2 = :from").arg(L(table), L(column)));
        bindBoth(update).exec();
    };
    const auto repointLinks = [&](const char *table, const char *owner, QList<qint64> &linked,
                                  QList<qint64> &gaining) {
        const QString t = L(table), o = L(owner), c = L(usage.linkColumn);
        SqlQuery select(
            m_database, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :from").arg(o, t, c));
        select.bind(QStringLiteral(":from"), fromId);
        linked = idColumn(select);
        SqlQuery gain(m_database,
            QStringLiteral("SELECT %1 FROM %2 a WHERE %3 = :from AND NOT EXISTS "
                           "(SELECT 1 FROM %2 b WHERE b.%1 = a.%1 AND b.%3 = :into)")
                .arg(o, t, c));
        bindBoth(gain);
        gaining = idColumn(gain);
        SqlQuery insert(m_database,
            QStringLiteral("INSERT INTO %2 (%1, %3) SELECT %1, :into FROM %2 a WHERE %3 = :from "
                           "AND NOT EXISTS (SELECT 1 FROM %2 b WHERE b.%1 = a.%1 AND b.%3 = :into)")
                .arg(o, t, c));
        bindBoth(insert).exec();
        SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE %2 = :from").arg(t, c))
            .bind(QStringLiteral(":from"), fromId)
            .exec();
    };

    if (usage.contactColumn)
        repointColumn("contact", usage.contactColumn, merge.contactIds);
    if (usage.organisationColumn)
        repointColumn("organisation", usage.organisationColumn, merge.organisationIds);
    if (usage.contactLinkTable)
        repointLinks(usage.contactLinkTable, "contact_id", merge.linkedContactIds,
            merge.contactsGainingLink);
    if (usage.organisationLinkTable)
        repointLinks(usage.organisationLinkTable, "organisation_id", merge.linkedOrganisationIds,
            merge.organisationsGainingLink);
    SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE id = :from").arg(tableName(list)))
        .bind(QStringLiteral(":from"), fromId)
        .exec();

    SearchIndex index(m_database);
    index.refreshContacts(merge.contactIds + merge.linkedContactIds);
    index.refreshOrganisations(merge.organisationIds + merge.linkedOrganisationIds);
    notify(list);
    notifyActors();
    transaction.commit();
    return merge;
}

void ReferenceListRepository::unmerge(const ReferenceMerge &merge)
{
    Transaction transaction(m_database);
    const ReferenceList list = merge.list;
    const Usage usage = usageOf(list);
    restore(list, merge.removed);
    const qint64 fromId = merge.removed.id;
    const Dialect &dialect = m_database.dialect();

    const auto pointBack = [&](const char *table, const char *column, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        SqlQuery(m_database,
            QStringLiteral("UPDATE %1 SET %2 = :from WHERE id IN (%3)")
                .arg(L(table), L(column), dialect.idsFromList()))
            .bind(QStringLiteral(":from"), fromId)
            .bind(QStringLiteral(":ids"), dialect.idListValue(ids))
            .exec();
    };
    const auto linkBack = [&](const char *table, const char *owner, const QList<qint64> &linked,
                              const QList<qint64> &gaining) {
        const QString t = L(table), o = L(owner), c = L(usage.linkColumn);
        if (!linked.isEmpty())
            SqlQuery(m_database,
                QStringLiteral("INSERT INTO %1 (%2, %3) SELECT value, :from FROM (%4)")
                    .arg(t, o, c, dialect.idsFromList()))
                .bind(QStringLiteral(":from"), fromId)
                .bind(QStringLiteral(":ids"), dialect.idListValue(linked))
                .exec();
        if (!gaining.isEmpty())
            SqlQuery(m_database,
                QStringLiteral("DELETE FROM %1 WHERE %3 = :into AND %2 IN (%4)")
                    .arg(t, o, c, dialect.idsFromList()))
                .bind(QStringLiteral(":into"), merge.intoId)
                .bind(QStringLiteral(":ids"), dialect.idListValue(gaining))
                .exec();
    };

    if (usage.contactColumn)
        pointBack("contact", usage.contactColumn, merge.contactIds);
    if (usage.organisationColumn)
        pointBack("organisation", usage.organisationColumn, merge.organisationIds);
    if (usage.contactLinkTable)
        linkBack(usage.contactLinkTable, "contact_id", merge.linkedContactIds,
            merge.contactsGainingLink);
    if (usage.organisationLinkTable)
        linkBack(usage.organisationLinkTable, "organisation_id", merge.linkedOrganisationIds,
            merge.organisationsGainingLink);

    SearchIndex index(m_database);
    index.refreshContacts(merge.contactIds + merge.linkedContactIds);
    index.refreshOrganisations(merge.organisationIds + merge.linkedOrganisationIds);
    notify(list);
    notifyActors();
    transaction.commit();
}

qint64 ReferenceListRepository::findOrAdd(ReferenceList list, const QString &name, bool *created)
{
    if (const auto existing = findByName(list, name)) {
        if (created)
            *created = false;
        return existing->id;
    }
    if (created)
        *created = true;
    ReferenceItem item;
    item.name = name;
    return add(list, item);
}

void ReferenceListRepository::notify(ReferenceList list)
{
    m_database.changed(list);
}

void ReferenceListRepository::notifyActors()
{
    m_database.changed(ChangeNotifier::Area::Contacts);
    m_database.changed(ChangeNotifier::Area::Organisations);
}

} // namespace relais
