#pragma once

#include "../domain/actorref.h"

#include <QHash>
#include <QList>
#include <QString>

namespace relais {

class Database;

// The contacts and organisations a record is about (an interaction, a follow-up), kept
// in a pair of link tables <prefix>_contact and <prefix>_organisation keyed by
// <prefix>_id. One place reads and writes such pairs.
class ActorLinks
{
public:
    ActorLinks(Database &database, const QString &prefix);

    // Replaces the record's links.
    void write(qint64 ownerId, const QList<ActorRef> &actors);
    // With their names, contacts first, each sorted by name.
    QList<ActorRef> read(qint64 ownerId) const;
    // "Marie Dupont, Repair Café" for many records at once (list lines).
    QHash<qint64, QString> names(const QList<qint64> &ownerIds) const;

private:
    Database &m_database;
    QString m_prefix;
};

} // namespace relais
