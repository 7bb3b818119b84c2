#include "changenotifier.h"

namespace relais {

void ChangeNotifier::flush()
{
    const auto lists = std::exchange(m_lists, {});
    const auto areas = std::exchange(m_areas, {});
    if (lists.empty() && areas.empty())
        return;
    for (const ReferenceList list : lists)
        emit referenceListChanged(list);
    for (const Area area : areas) {
        switch (area) {
        case Area::Contacts:
            emit contactsChanged();
            break;
        case Area::Organisations:
            emit organisationsChanged();
            break;
        case Area::Settings:
            emit settingsChanged();
            break;
        case Area::Interactions:
            emit interactionsChanged();
            break;
        case Area::FollowUps:
            emit followUpsChanged();
            break;
        case Area::Meetings:
            emit meetingsChanged();
            break;
        case Area::Training:
            emit trainingChanged();
            break;
        case Area::Serd:
            emit serdChanged();
            break;
        case Area::Means:
            emit meansChanged();
            break;
        case Area::Imports:
            emit importsChanged();
            break;
        }
    }
    emit changed();
}

void ChangeNotifier::discard()
{
    m_areas.clear();
    m_lists.clear();
}

} // namespace relais
