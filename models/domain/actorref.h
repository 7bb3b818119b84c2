#pragma once

#include <QList>
#include <QString>

namespace relais {

// A contact or an organisation, as something else (an interaction, a follow-up) refers
// to it. The name is for display only.
struct ActorRef
{
    enum class Kind { Contact, Organisation };
    Kind kind = Kind::Contact;
    qint64 id = 0;
    QString name;

    static ActorRef contact(qint64 id, const QString &name = {})
    {
        return { Kind::Contact, id, name };
    }
    static ActorRef organisation(qint64 id, const QString &name = {})
    {
        return { Kind::Organisation, id, name };
    }
    bool isContact() const { return kind == Kind::Contact; }
    // Names play no part: the same actor whatever it is called.
    bool operator==(const ActorRef &other) const { return kind == other.kind && id == other.id; }
};

// An actor offered while a name is typed, with what tells namesakes apart (the
// organisation of a person, the commune of an organisation).
struct ActorSuggestion
{
    ActorRef actor;
    QString detail;
};

QList<qint64> contactIds(const QList<ActorRef> &actors);
QList<qint64> organisationIds(const QList<ActorRef> &actors);
// "Marie Dupont, Repair Café Mulhouse"
QString actorNames(const QList<ActorRef> &actors);

} // namespace relais
