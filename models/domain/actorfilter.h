#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace relais {

// What the Actors page narrows the file down to. Different criteria combine with AND;
// several values of one criterion combine with OR ("Mulhouse or Illzach").
struct ActorFilter
{
    QString text;
    QList<qint64> typeIds;
    QList<qint64> domainIds;
    QList<qint64> communeIds;
    QList<qint64> tagIds;
    bool networkHeadOnly = false;
    bool relayActorOnly = false; // contacts only
    bool municipalServiceOnly = false; // organisations only
    // Dormant actors: in the file before this date and with no interaction or
    // participation since (an organisation counts its members' activity).
    QDate dormantSince;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && typeIds.isEmpty() && domainIds.isEmpty()
            && communeIds.isEmpty() && tagIds.isEmpty() && !networkHeadOnly && !relayActorOnly
            && !municipalServiceOnly && !dormantSince.isValid();
    }
    bool operator==(const ActorFilter &) const = default;
};

enum class ContactSortKey {
    LastName,
    FirstName,
    Organisation,
    Role,
    Commune,
    Email,
    Phone,
    Type,
    Tags,
    Flags,
    UpdatedAt
};
enum class OrganisationSortKey {
    Name,
    Acronym,
    Type,
    Commune,
    Email,
    Phone,
    Tags,
    MemberCount,
    Flags,
    UpdatedAt
};

} // namespace relais
