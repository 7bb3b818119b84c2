#include "searchindex.h"

#include "database.h"
#include "sqlquery.h"

namespace relais {

namespace {

const QString contactLabels = QStringLiteral(R"(
    UPDATE contact SET
        organisations_label = coalesce((
            SELECT group_concat(name, ', ') FROM (
                SELECT o.name AS name FROM membership m
                JOIN organisation o ON o.id = m.organisation_id
                WHERE m.contact_id = contact.id ORDER BY m.position)), ''),
        organisations_key = coalesce((
            SELECT o.sort_key FROM membership m
            JOIN organisation o ON o.id = m.organisation_id
            WHERE m.contact_id = contact.id ORDER BY m.position LIMIT 1), '')
    WHERE %1)");

const QString contactDocuments = QStringLiteral(R"(
    INSERT INTO contact_search (rowid, doc)
    SELECT c.id, {doc} FROM (SELECT c.id AS id,
        c.first_name || ' ' || c.last_name || ' ' || c.organisations_label || ' '
        || coalesce((SELECT group_concat(o.acronym, ' ') FROM membership m
                     JOIN organisation o ON o.id = m.organisation_id
                     WHERE m.contact_id = c.id), '') || ' '
        || coalesce((SELECT group_concat(email, ' ') FROM contact_email
                     WHERE contact_id = c.id), '') || ' '
        || coalesce(cm.name, '') || ' '
        || coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                     JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '') AS doc
    FROM contact c LEFT JOIN commune cm ON cm.id = c.commune_id
    WHERE %1) c)");

const QString organisationDocuments = QStringLiteral(R"(
    INSERT INTO organisation_search (rowid, doc)
    SELECT o.id, {doc} FROM (SELECT o.id AS id,
        o.name || ' ' || o.acronym || ' ' || o.email || ' ' || coalesce(cm.name, '') || ' '
        || coalesce((SELECT group_concat(t.name, ' ') FROM organisation_tag ot
                     JOIN tag t ON t.id = ot.tag_id WHERE ot.organisation_id = o.id), '') AS doc
    FROM organisation o LEFT JOIN commune cm ON cm.id = o.commune_id
    WHERE %1) o)");

} // namespace

SearchIndex::SearchIndex(Database &database)
    : m_database(database)
{ }

void SearchIndex::refreshContacts(const QList<qint64> &contactIds)
{
    if (!contactIds.isEmpty())
        refreshContactsWhere(m_database.dialect().idListValue(contactIds));
}

void SearchIndex::refreshOrganisations(const QList<qint64> &organisationIds)
{
    if (!organisationIds.isEmpty())
        refreshOrganisationsWhere(m_database.dialect().idListValue(organisationIds));
}

void SearchIndex::removeContacts(const QList<qint64> &contactIds)
{
    SqlQuery(m_database,
        QStringLiteral("DELETE FROM contact_search WHERE rowid IN (%1)")
            .arg(m_database.dialect().idsFromList()))
        .bind(QStringLiteral(":ids"), m_database.dialect().idListValue(contactIds))
        .exec();
}

void SearchIndex::removeOrganisations(const QList<qint64> &organisationIds)
{
    SqlQuery(m_database,
        QStringLiteral("DELETE FROM organisation_search WHERE rowid IN (%1)")
            .arg(m_database.dialect().idsFromList()))
        .bind(QStringLiteral(":ids"), m_database.dialect().idListValue(organisationIds))
        .exec();
}

void SearchIndex::refreshUsersOf(ReferenceList list, qint64 itemId)
{
    switch (list) {
    case ReferenceList::Commune:
        refreshContacts(
            ids(QStringLiteral("SELECT id FROM contact WHERE commune_id = :item"), itemId));
        refreshOrganisations(
            ids(QStringLiteral("SELECT id FROM organisation WHERE commune_id = :item"), itemId));
        break;
    case ReferenceList::Tag:
        refreshContacts(
            ids(QStringLiteral("SELECT contact_id FROM contact_tag WHERE tag_id = :item"), itemId));
        refreshOrganisations(
            ids(QStringLiteral("SELECT organisation_id FROM organisation_tag WHERE tag_id = :item"),
                itemId));
        break;
    case ReferenceList::ActorType:
    case ReferenceList::Domain:
    case ReferenceList::InteractionKind:
    case ReferenceList::StaffMember:
    case ReferenceList::MeetingType:
    case ReferenceList::SerdCategory:
    case ReferenceList::SerdTopic:
    case ReferenceList::StaffRole:
        break; // not part of any document
    }
}

QList<qint64> SearchIndex::membersOf(qint64 organisationId) const
{
    return ids(QStringLiteral("SELECT contact_id FROM membership WHERE organisation_id = :item"),
        organisationId);
}

void SearchIndex::rebuild()
{
    refreshContactsWhere({});
    refreshOrganisationsWhere({});
}

// ids: the dialect's id list to restrict to, or invalid for every row.
void SearchIndex::refreshContactsWhere(const QVariant &ids)
{
    runFor(ids, contactLabels, QStringLiteral("id"));
    runFor(ids, QStringLiteral("DELETE FROM contact_search WHERE %1"), QStringLiteral("rowid"));
    runFor(ids,
        QString(contactDocuments)
            .replace(QLatin1String("{doc}"),
                m_database.dialect().foldLigatures(QStringLiteral("c.doc"))),
        QStringLiteral("c.id"));
}

void SearchIndex::refreshOrganisationsWhere(const QVariant &ids)
{
    runFor(
        ids, QStringLiteral("DELETE FROM organisation_search WHERE %1"), QStringLiteral("rowid"));
    runFor(ids,
        QString(organisationDocuments)
            .replace(QLatin1String("{doc}"),
                m_database.dialect().foldLigatures(QStringLiteral("o.doc"))),
        QStringLiteral("o.id"));
}

// Runs a statement whose %1 is its WHERE condition, restricted to `ids` on `column`.
void SearchIndex::runFor(const QVariant &ids, const QString &statement, const QString &column)
{
    const QString condition = ids.isValid()
        ? QStringLiteral("%1 IN (%2)").arg(column, m_database.dialect().idsFromList())
        : QStringLiteral("1 = 1");
    SqlQuery query(m_database, statement.arg(condition));
    if (ids.isValid())
        query.bind(QStringLiteral(":ids"), ids);
    query.exec();
}

QList<qint64> SearchIndex::ids(const QString &statement, qint64 itemId) const
{
    SqlQuery query(m_database, statement);
    query.bind(QStringLiteral(":item"), itemId).exec();
    QList<qint64> result;
    while (query.next())
        result << query.id(0);
    return result;
}

} // namespace relais
