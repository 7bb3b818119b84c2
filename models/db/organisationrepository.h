#pragma once

#include "../domain/actorfilter.h"
#include "../domain/actorref.h"
#include "../domain/organisation.h"
#include "dependentrows.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Everything removed with an organisation, to put it back on undo.
struct DeletedOrganisation
{
    Organisation organisation;
    QList<OrganisationMember> members;
    DependentRows dependents; // links of other areas (interactions, follow-ups)
};
class FilterClause;

// Organisations (structures) of the actor file.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::OrganisationRepository)

public:
    explicit OrganisationRepository(Database &database);

    std::optional<Organisation> load(qint64 id) const;
    // Inserts; under organisation.id when set (undo puts a row back under its own id).
    // Timestamps left invalid are set to now. The commune must already be resolved.
    qint64 insert(const Organisation &organisation);
    // Saves every field; an invalid updatedAt becomes now.
    void update(const Organisation &organisation);
    // Deletes the organisation and its memberships, returned to be put back on undo.
    DeletedOrganisation remove(qint64 id);
    void restore(const DeletedOrganisation &deleted);

    QList<OrganisationMember> members(qint64 organisationId) const;

    // The ids the Actors list shows, in order.
    QList<qint64> findIds(
        const ActorFilter &filter, OrganisationSortKey sortKey, Qt::SortOrder order) const;
    // The ids matching the filter, in no particular order (see ContactRepository).
    QList<qint64> matchingIds(const ActorFilter &filter) const;
    // The list lines of these ids, in the same order (missing ids are skipped).
    QList<OrganisationRow> rows(const QList<qint64> &ids) const;
    int count() const;
    // Up to `limit` of them whose names (or e-mails, communes…) start with the words typed,
    // in alphabetical order, for completion.
    QList<ActorSuggestion> suggest(const QString &typed, int limit) const;

    struct NameEntry
    {
        qint64 id = 0;
        QString name;
        QString acronym;
        QString commune;
    };
    // For completion in forms.
    QList<NameEntry> names() const;
    // Organisations whose folded name is the same ("Maison de quartier" for
    // "maison de  Quartier"), except exceptId.
    QList<NameEntry> sameName(const QString &name, qint64 exceptId = 0) const;

private:
    FilterClause whereClause(const ActorFilter &filter) const;
    void notify();

    Database &m_database;
};

} // namespace relais
