#pragma once

#include "domain/referencelist.h"

#include <QObject>
#include <set>

namespace relais {

// Announces committed changes to the file, so that every model showing the data
// refreshes itself and no widget has to refresh another. The storage layer marks what
// a transaction changes; each signal is emitted once, after the outermost transaction
// commits, and nothing is emitted for a rolled-back one.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Area {
        Contacts,
        Organisations,
        Settings,
        Interactions,
        FollowUps,
        Meetings,
        Training,
        Serd,
        Means,
        Imports
    };

    using QObject::QObject;

    void mark(Area area) { m_areas.insert(area); }
    void mark(ReferenceList list) { m_lists.insert(list); }
    void flush();
    void discard();

signals:
    void contactsChanged();
    void organisationsChanged();
    void referenceListChanged(relais::ReferenceList list);
    void settingsChanged();
    void interactionsChanged();
    void followUpsChanged();
    void meetingsChanged();
    void trainingChanged();
    // SERD editions, actions and occurrences.
    void serdChanged();
    // Valued contributions and staff time.
    void meansChanged();
    // The history of imports (an import made, undone or redone).
    void importsChanged();
    // After any of the above: for views that show a bit of everything (an actor's history).
    void changed();

private:
    std::set<Area> m_areas;
    std::set<ReferenceList> m_lists;
};

} // namespace relais
