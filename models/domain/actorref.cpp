#include "actorref.h"

#include <QStringList>

namespace relais {

QList<qint64> contactIds(const QList<ActorRef> &actors)
{
    QList<qint64> ids;
    for (const ActorRef &actor : actors) {
        if (actor.kind == ActorRef::Kind::Contact)
            ids << actor.id;
    }
    return ids;
}

QList<qint64> organisationIds(const QList<ActorRef> &actors)
{
    QList<qint64> ids;
    for (const ActorRef &actor : actors) {
        if (actor.kind == ActorRef::Kind::Organisation)
            ids << actor.id;
    }
    return ids;
}

QString actorNames(const QList<ActorRef> &actors)
{
    QStringList names;
    for (const ActorRef &actor : actors)
        names << actor.name;
    return names.join(QStringLiteral(", "));
}

} // namespace relais
