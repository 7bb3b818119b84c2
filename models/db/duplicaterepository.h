#pragma once

#include "../domain/actorref.h"
#include "../domain/duplicatematching.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace relais {

class Database;

// Two records that may be one actor, for Tools > Find duplicates.
struct DuplicateCandidate
{
    ActorRef::Kind kind = ActorRef::Kind::Contact;
    qint64 firstId = 0; // the lower id
    qint64 secondId = 0;
    QString firstName; // for display: "Marie Dupont", or the organisation's name
    QString secondName;
    DuplicateReason reason = DuplicateReason::SameName;
    int score = 0;
    // What tells two namesakes apart: a contact's organisations (else its first e-mail),
    // an organisation's commune; empty when the file has nothing more.
    QString firstDetail;
    QString secondDetail;
};

// Finds candidate pairs across the whole file, and remembers the pairs the officer said
// are not duplicates. Records are compared only within blocks that share a folded key
// (an e-mail, a name, the start of a name, an acronym), never all against all: the file
// may hold 100,000 contacts.
class DuplicateRepository
{
public:
    explicit DuplicateRepository(Database &database);

    // Best first (score, then names); dismissed pairs left out.
    QList<DuplicateCandidate> contactCandidates(int minimumScore = likelyDuplicateScore) const;
    QList<DuplicateCandidate> organisationCandidates(int minimumScore = likelyDuplicateScore) const;

    bool isDismissed(ActorRef::Kind kind, qint64 firstId, qint64 secondId) const;
    // Remembers the pair (either order); false when it already was.
    bool dismiss(ActorRef::Kind kind, qint64 firstId, qint64 secondId, const QDateTime &at);
    void undismiss(ActorRef::Kind kind, qint64 firstId, qint64 secondId);

private:
    QList<std::pair<qint64, qint64>> dismissed(ActorRef::Kind kind) const;
    // The organisations of these contacts, by name, joined; by contact.
    QHash<qint64, QString> organisationsOf(const QList<qint64> &contactIds) const;
    void notify(ActorRef::Kind kind);

    Database &m_database;
};

} // namespace relais
