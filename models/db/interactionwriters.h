#pragma once

#include "../domain/actorref.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace relais {

class Database;
struct FollowUp;
struct Interaction;

// The links of records to their actors in <prefix>_contact / <prefix>_organisation,
// with statements prepared on first use, so that a load of many records does not pay a
// prepare per row. Rows only: no transaction, no notification.
class ActorLinkWriter
{
public:
    ActorLinkWriter(Database &database, const QString &prefix);

    void clear(qint64 ownerId);
    // The same actor twice is linked once.
    void add(qint64 ownerId, const QList<ActorRef> &actors);

private:
    SqlQuery &statement(std::optional<SqlQuery> &slot, const char *sql);

    Database &m_database;
    QString m_prefix;
    std::optional<SqlQuery> m_clearContacts, m_clearOrganisations, m_contact, m_organisation;
};

// How an Interaction becomes rows (interaction, its actor links), for whoever writes
// many (BulkLoader) or one. Statements are prepared on first use.
class InteractionWriter
{
public:
    explicit InteractionWriter(Database &database);

    // Under interaction.id when set; timestamps left invalid become `now`.
    qint64 insert(const Interaction &interaction, const QDateTime &now);

private:
    Database &m_database;
    std::optional<SqlQuery> m_insert;
    ActorLinkWriter m_links;
};

// The same for a FollowUp (follow_up, its actor links).
class FollowUpWriter
{
public:
    explicit FollowUpWriter(Database &database);

    qint64 insert(const FollowUp &followUp, const QDateTime &now);

private:
    Database &m_database;
    std::optional<SqlQuery> m_insert;
    ActorLinkWriter m_links;
};

} // namespace relais
