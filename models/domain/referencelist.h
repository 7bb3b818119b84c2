#pragma once

#include <QList>
#include <QString>

namespace relais {

// The lists the officer edits herself and that records point into.
enum class ReferenceList { ActorType, Domain, Commune, Tag };

inline constexpr ReferenceList allReferenceLists[] = { ReferenceList::ActorType,
    ReferenceList::Domain, ReferenceList::Commune, ReferenceList::Tag };

struct ReferenceItem
{
    qint64 id = 0;
    QString name;
    int position = 0;
    // A retired item is no longer offered for new records but stays on old ones.
    bool retired = false;
    // Communes only.
    QString postcode;
};

// What merging one item into another changed, so that it can be undone exactly.
struct ReferenceMerge
{
    ReferenceList list = ReferenceList::Tag;
    ReferenceItem removed;
    qint64 intoId = 0;
    // Records whose single-valued field (type, commune) pointed at the removed item.
    QList<qint64> contactIds;
    QList<qint64> organisationIds;
    // Records linked to the removed item through a many-to-many table
    // (domains, tags), and which of them gained the link to the kept item.
    QList<qint64> linkedContactIds;
    QList<qint64> linkedOrganisationIds;
    QList<qint64> contactsGainingLink;
    QList<qint64> organisationsGainingLink;
};

} // namespace relais
