#pragma once

#include "../domain/actorfilter.h"
#include "../domain/actorref.h"
#include "../domain/contact.h"
#include "dependentrows.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace relais {

class Database;
class FilterClause;

// People of the actor file, with their e-mails, phones, memberships, domains and tags.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::ContactRepository)

public:
    explicit ContactRepository(Database &database);

    std::optional<Contact> load(qint64 id) const;
    // Inserts; under contact.id when set (undo). Timestamps left invalid become now.
    // Commune, organisations and tags must exist (see ReferenceResolver).
    qint64 insert(const Contact &contact);
    // Saves every field; an invalid updatedAt becomes now.
    void update(const Contact &contact);
    // Deletes the contact; returns what of other areas went with it (its interactions'
    // and follow-ups' links), for undo to put back with restore().
    DependentRows remove(qint64 id);
    void restore(const Contact &contact, const DependentRows &dependents);

    // The ids the Actors list shows, in order.
    QList<qint64> findIds(
        const ActorFilter &filter, ContactSortKey sortKey, Qt::SortOrder order) const;
    // The ids matching the filter, in no particular order. The list model keeps the
    // sorted ids of the whole file and intersects: at 100,000 contacts that answers a
    // keystroke in a few milliseconds where sorting 50,000 matches again took 150.
    QList<qint64> matchingIds(const ActorFilter &filter) const;
    // The list lines of these ids, in the same order (missing ids are skipped).
    QList<ContactRow> rows(const QList<qint64> &ids) const;
    int count() const;
    // Up to `limit` of them whose names (or e-mails, communes…) start with the words typed,
    // in alphabetical order, for completion.
    QList<ActorSuggestion> suggest(const QString &typed, int limit) const;

    // Contacts other than contact.id sharing one of its e-mails, or its name
    // (accents, case and first/last order aside).
    QList<ContactDuplicate> findDuplicates(const Contact &contact) const;

private:
    FilterClause whereClause(const ActorFilter &filter) const;
    void notify();

    Database &m_database;
};

} // namespace relais
