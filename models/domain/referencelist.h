#pragma once

#include <QList>
#include <QString>

namespace relais {

// The lists the officer edits herself and that records point into.
enum class ReferenceList {
    ActorType,
    Domain,
    Commune,
    Tag,
    InteractionKind,
    StaffMember,
    MeetingType,
    SerdCategory,
    SerdTopic,
    StaffRole
};

inline constexpr ReferenceList allReferenceLists[]
    = { ReferenceList::ActorType, ReferenceList::Domain, ReferenceList::Commune, ReferenceList::Tag,
          ReferenceList::InteractionKind, ReferenceList::StaffMember, ReferenceList::MeetingType,
          ReferenceList::SerdCategory, ReferenceList::SerdTopic, ReferenceList::StaffRole };

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

// What merging one item into another changed, so that it can be undone exactly: for
// each place that refers to the list (ReferenceListRepository knows them, in order),
// the rows that pointed at the removed item and, for link tables, the owners that
// gained a link to the kept item.
struct ReferenceMerge
{
    struct Moved
    {
        QList<qint64> ids;
        QList<qint64> gaining;
    };
    ReferenceList list = ReferenceList::Tag;
    ReferenceItem removed;
    qint64 intoId = 0;
    QList<Moved> moved;
};

} // namespace relais
