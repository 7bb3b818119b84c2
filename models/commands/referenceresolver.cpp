#include "referenceresolver.h"

#include "../db/organisationrepository.h"
#include "../db/referencelistrepository.h"

namespace relais {

ReferenceResolver::ReferenceResolver(Database &database)
    : m_database(database)
{ }

qint64 ReferenceResolver::resolveCommune(qint64 id, const QString &name, CreatedReferences &created)
{
    if (id || name.trimmed().isEmpty())
        return id;
    ReferenceListRepository lists(m_database);
    bool isNew = false;
    const qint64 communeId = lists.findOrAdd(ReferenceList::Commune, name, &isNew);
    if (isNew)
        created.items.append(
            { ReferenceList::Commune, *lists.item(ReferenceList::Commune, communeId) });
    return communeId;
}

void ReferenceResolver::resolveTags(const QStringList &names, CreatedReferences &created)
{
    ReferenceListRepository lists(m_database);
    for (const QString &tag : names) {
        bool isNew = false;
        const qint64 id = lists.findOrAdd(ReferenceList::Tag, tag, &isNew);
        if (isNew)
            created.items.append({ ReferenceList::Tag, *lists.item(ReferenceList::Tag, id) });
    }
}

CreatedReferences ReferenceResolver::resolve(Contact &contact)
{
    CreatedReferences created;
    contact.communeId = resolveCommune(contact.communeId, contact.communeName, created);
    resolveTags(contact.tagNames, created);
    OrganisationRepository organisations(m_database);
    for (Membership &membership : contact.memberships) {
        if (membership.organisationId)
            continue;
        const auto existing = organisations.sameName(membership.organisationName);
        if (!existing.isEmpty()) {
            membership.organisationId = existing.first().id;
            continue;
        }
        Organisation organisation;
        organisation.name = membership.organisationName;
        organisation.id = organisations.insert(organisation);
        membership.organisationId = organisation.id;
        created.organisations << *organisations.load(organisation.id);
    }
    return created;
}

CreatedReferences ReferenceResolver::resolve(Organisation &organisation)
{
    CreatedReferences created;
    organisation.communeId
        = resolveCommune(organisation.communeId, organisation.communeName, created);
    resolveTags(organisation.tagNames, created);
    return created;
}

CreatedReferences ReferenceResolver::resolve(Meeting &meeting)
{
    CreatedReferences created;
    meeting.communeId = resolveCommune(meeting.communeId, meeting.communeName, created);
    return created;
}

CreatedReferences ReferenceResolver::resolve(TrainingSession &session)
{
    CreatedReferences created;
    session.communeId = resolveCommune(session.communeId, session.communeName, created);
    return created;
}

void ReferenceResolver::remove(const CreatedReferences &created)
{
    OrganisationRepository organisations(m_database);
    for (const Organisation &organisation : created.organisations) {
        // Kept if someone has since joined it or filled it in.
        const auto current = organisations.load(organisation.id);
        if (current && *current == organisation && organisations.members(organisation.id).isEmpty())
            organisations.remove(organisation.id);
    }
    ReferenceListRepository lists(m_database);
    for (const auto &[list, item] : created.items) {
        if (lists.usageCount(list, item.id) == 0)
            lists.remove(list, item.id);
    }
}

void ReferenceResolver::restore(const CreatedReferences &created)
{
    ReferenceListRepository lists(m_database);
    for (const auto &[list, item] : created.items) {
        if (!lists.item(list, item.id))
            lists.restore(list, item);
    }
    OrganisationRepository organisations(m_database);
    for (const Organisation &organisation : created.organisations) {
        if (!organisations.load(organisation.id))
            organisations.insert(organisation);
    }
}

} // namespace relais
