#include "actorlinks.h"

#include "database.h"
#include "interactionwriters.h"
#include "sqlquery.h"

#include <QHash>

namespace relais {

ActorLinks::ActorLinks(Database &database, const QString &prefix)
    : m_database(database)
    , m_prefix(prefix)
{ }

void ActorLinks::write(qint64 ownerId, const QList<ActorRef> &actors)
{
    ActorLinkWriter writer(m_database, m_prefix);
    writer.clear(ownerId);
    writer.add(ownerId, actors);
}

QList<ActorRef> ActorLinks::read(qint64 ownerId) const
{
    QList<ActorRef> actors;
    SqlQuery contacts(m_database,
        QStringLiteral(
            "SELECT c.id, trim(c.first_name || ' ' || c.last_name) FROM %1_contact l "
            "JOIN contact c ON c.id = l.contact_id WHERE l.%1_id = :id ORDER BY c.sort_key")
            .arg(m_prefix));
    contacts.bind(QStringLiteral(":id"), ownerId).exec();
    while (contacts.next())
        actors << ActorRef::contact(contacts.id(0), contacts.text(1));
    SqlQuery organisations(m_database,
        QStringLiteral("SELECT o.id, o.name FROM %1_organisation l JOIN organisation o ON o.id = "
                       "l.organisation_id "
                       "WHERE l.%1_id = :id ORDER BY o.sort_key")
            .arg(m_prefix));
    organisations.bind(QStringLiteral(":id"), ownerId).exec();
    while (organisations.next())
        actors << ActorRef::organisation(organisations.id(0), organisations.text(1));
    return actors;
}

QHash<qint64, QString> ActorLinks::names(const QList<qint64> &ownerIds) const
{
    QHash<qint64, QString> result;
    if (ownerIds.isEmpty())
        return result;
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral("SELECT l.%1_id, trim(c.first_name || ' ' || c.last_name), 0, c.sort_key "
                       "FROM %1_contact l "
                       "JOIN contact c ON c.id = l.contact_id WHERE l.%1_id IN (%2) "
                       "UNION ALL SELECT l.%1_id, o.name, 1, o.sort_key FROM %1_organisation l "
                       "JOIN organisation o ON o.id = l.organisation_id WHERE l.%1_id IN (%2) "
                       "ORDER BY 1, 3, 4")
            .arg(m_prefix, dialect.idsFromList()));
    q.bind(QStringLiteral(":ids"), dialect.idListValue(ownerIds)).exec();
    while (q.next()) {
        QString &names = result[q.id(0)];
        if (!names.isEmpty())
            names += QStringLiteral(", ");
        names += q.text(1);
    }
    return result;
}

} // namespace relais
