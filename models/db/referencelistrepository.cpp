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

// A place that refers to items of a list: a column of a table with an id, one item
// per row (owner null: contact.commune_id, interaction.kind_id), or a link table of
// (owner, column) pairs (contact_tag). `shows` says whose list line and search text
// show the item's name, to refresh them.
struct Reference
{
    enum class Shows { Nothing, Contact, Organisation };
    const char *table;
    const char *column;
    const char *owner;
    Shows shows;
};

QList<Reference> referencesTo(ReferenceList list)
{
    using S = Reference::Shows;
    switch (list) {
    case ReferenceList::ActorType:
        return { { "contact", "type_id", nullptr, S::Contact },
            { "organisation", "type_id", nullptr, S::Organisation } };
    case ReferenceList::Commune:
        return { { "contact", "commune_id", nullptr, S::Contact },
            { "organisation", "commune_id", nullptr, S::Organisation },
            { "meeting", "commune_id", nullptr, S::Nothing },
            { "training_session", "commune_id", nullptr, S::Nothing },
            { "serd_occurrence", "commune_id", nullptr, S::Nothing } };
    case ReferenceList::Domain:
        return { { "contact_domain", "domain_id", "contact_id", S::Contact },
            { "organisation_domain", "domain_id", "organisation_id", S::Organisation } };
    case ReferenceList::Tag:
        return { { "contact_tag", "tag_id", "contact_id", S::Contact },
            { "organisation_tag", "tag_id", "organisation_id", S::Organisation } };
    case ReferenceList::InteractionKind:
        return { { "interaction", "kind_id", nullptr, S::Nothing } };
    case ReferenceList::StaffMember:
        return { { "interaction", "staff_id", nullptr, S::Nothing },
            { "follow_up", "staff_id", nullptr, S::Nothing },
            { "meeting_staff", "staff_id", "meeting_id", S::Nothing },
            { "staff_time", "staff_id", nullptr, S::Nothing } };
    case ReferenceList::MeetingType:
        return { { "meeting", "type_id", nullptr, S::Nothing } };
    // The SERD and means migrations add the records pointing into these lists.
    case ReferenceList::SerdCategory:
        return { { "serd_action", "category_id", nullptr, S::Nothing } };
    case ReferenceList::SerdTopic:
        return { { "serd_action", "topic_id", nullptr, S::Nothing } };
    case ReferenceList::StaffRole:
        return { { "staff_member", "role_id", nullptr, S::Nothing } };
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
    case ReferenceList::InteractionKind:
        return QStringLiteral("interaction_kind");
    case ReferenceList::StaffMember:
        return QStringLiteral("staff_member");
    case ReferenceList::MeetingType:
        return QStringLiteral("meeting_type");
    case ReferenceList::SerdCategory:
        return QStringLiteral("serd_category");
    case ReferenceList::SerdTopic:
        return QStringLiteral("serd_topic");
    case ReferenceList::StaffRole:
        return QStringLiteral("staff_role");
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
    QStringList parts;
    for (const Reference &reference : referencesTo(list))
        parts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2 = :id)")
                     .arg(L(reference.table), L(reference.column));
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
    for (const Reference &reference : referencesTo(list)) {
        const QString t = L(reference.table), c = L(reference.column);
        ReferenceMerge::Moved moved;
        if (!reference.owner) {
            SqlQuery select(
                m_database, QStringLiteral("SELECT id FROM %1 WHERE %2 = :from").arg(t, c));
            moved.ids = idColumn(select.bind(QStringLiteral(":from"), fromId));
            SqlQuery(
                m_database, QStringLiteral("UPDATE %1 SET %2 = :into WHERE %2 = :from").arg(t, c))
                .bind(QStringLiteral(":from"), fromId)
                .bind(QStringLiteral(":into"), intoId)
                .exec();
        } else {
            // A record linked to both keeps one link.
            const QString o = L(reference.owner);
            const QString lacking = QStringLiteral(
                "NOT EXISTS (SELECT 1 FROM %2 b WHERE b.%1 = a.%1 AND b.%3 = :into)")
                                        .arg(o, t, c);
            SqlQuery select(
                m_database, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :from").arg(o, t, c));
            moved.ids = idColumn(select.bind(QStringLiteral(":from"), fromId));
            SqlQuery gaining(m_database,
                QStringLiteral("SELECT %1 FROM %2 a WHERE %3 = :from AND %4")
                    .arg(o, t, c, lacking));
            moved.gaining = idColumn(gaining.bind(QStringLiteral(":from"), fromId)
                                         .bind(QStringLiteral(":into"), intoId));
            SqlQuery(m_database,
                QStringLiteral(
                    "INSERT INTO %2 (%1, %3) SELECT %1, :into FROM %2 a WHERE %3 = :from AND %4")
                    .arg(o, t, c, lacking))
                .bind(QStringLiteral(":from"), fromId)
                .bind(QStringLiteral(":into"), intoId)
                .exec();
            SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE %2 = :from").arg(t, c))
                .bind(QStringLiteral(":from"), fromId)
                .exec();
        }
        merge.moved << moved;
    }
    SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE id = :from").arg(tableName(list)))
        .bind(QStringLiteral(":from"), fromId)
        .exec();
    refreshAfterMerge(merge);
    transaction.commit();
    return merge;
}

void ReferenceListRepository::unmerge(const ReferenceMerge &merge)
{
    Transaction transaction(m_database);
    restore(merge.list, merge.removed);
    const qint64 fromId = merge.removed.id;
    const Dialect &dialect = m_database.dialect();
    const QList<Reference> references = referencesTo(merge.list);
    for (int r = 0; r < references.size() && r < merge.moved.size(); ++r) {
        const Reference &reference = references[r];
        const ReferenceMerge::Moved &moved = merge.moved[r];
        const QString t = L(reference.table), c = L(reference.column);
        if (moved.ids.isEmpty())
            continue;
        if (!reference.owner) {
            SqlQuery(m_database,
                QStringLiteral("UPDATE %1 SET %2 = :from WHERE id IN (%3)")
                    .arg(t, c, dialect.idsFromList()))
                .bind(QStringLiteral(":from"), fromId)
                .bind(QStringLiteral(":ids"), dialect.idListValue(moved.ids))
                .exec();
            continue;
        }
        const QString o = L(reference.owner);
        SqlQuery(m_database,
            QStringLiteral("INSERT INTO %1 (%2, %3) SELECT value, :from FROM (%4)")
                .arg(t, o, c, dialect.idsFromList()))
            .bind(QStringLiteral(":from"), fromId)
            .bind(QStringLiteral(":ids"), dialect.idListValue(moved.ids))
            .exec();
        if (!moved.gaining.isEmpty())
            SqlQuery(m_database,
                QStringLiteral("DELETE FROM %1 WHERE %3 = :into AND %2 IN (%4)")
                    .arg(t, o, c, dialect.idsFromList()))
                .bind(QStringLiteral(":into"), merge.intoId)
                .bind(QStringLiteral(":ids"), dialect.idListValue(moved.gaining))
                .exec();
    }
    refreshAfterMerge(merge);
    transaction.commit();
}

// The records that show the merged items' names, and whoever lists them.
void ReferenceListRepository::refreshAfterMerge(const ReferenceMerge &merge)
{
    const QList<Reference> references = referencesTo(merge.list);
    QList<qint64> contacts, organisations;
    bool others = false;
    for (int r = 0; r < references.size() && r < merge.moved.size(); ++r) {
        switch (references[r].shows) {
        case Reference::Shows::Contact:
            contacts += merge.moved[r].ids;
            break;
        case Reference::Shows::Organisation:
            organisations += merge.moved[r].ids;
            break;
        case Reference::Shows::Nothing:
            others = true;
            break;
        }
    }
    SearchIndex index(m_database);
    index.refreshContacts(contacts);
    index.refreshOrganisations(organisations);
    notify(merge.list);
    notifyActors();
    if (others) {
        m_database.changed(ChangeNotifier::Area::Interactions);
        m_database.changed(ChangeNotifier::Area::FollowUps);
        m_database.changed(ChangeNotifier::Area::Meetings);
        m_database.changed(ChangeNotifier::Area::Serd);
    }
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
