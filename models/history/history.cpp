#include "history.h"

#include "../db/organisationrepository.h"

#include <QSet>

namespace relais {

History::History(Database &database)
    : m_database(database)
{ }

void History::addSource(std::unique_ptr<HistorySource> source)
{
    m_sources.push_back(std::move(source));
}

QList<HistoryEntry> History::ofContact(qint64 contactId) const
{
    return gather({ { contactId }, {} }, {});
}

QList<HistoryEntry> History::ofOrganisation(qint64 organisationId) const
{
    HistoryQuery query;
    query.organisationIds = { organisationId };
    QHash<qint64, QString> people;
    for (const OrganisationMember &member :
        OrganisationRepository(m_database).members(organisationId)) {
        query.contactIds << member.contactId;
        people.insert(member.contactId, member.displayName);
    }
    return gather(query, people);
}

QList<HistoryEntry> History::gather(
    const HistoryQuery &query, const QHash<qint64, QString> &people) const
{
    QList<HistoryEntry> all;
    for (const auto &source : m_sources) {
        for (auto [entry, contactId] : source->entries(query)) {
            entry.person = people.value(contactId);
            all << entry;
        }
    }
    // Newest first; what is planned comes by its date, so the future sits on top.
    std::stable_sort(all.begin(), all.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.id > b.id;
    });
    return all;
}

} // namespace relais
