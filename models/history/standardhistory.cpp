#include "history.h"
#include "interactionhistory.h"
#include "meetinghistory.h"
#include "serdhistory.h"
#include "traininghistory.h"

namespace relais {

// The one place that knows every area: each new area adds its source here.
std::unique_ptr<History> standardHistory(Database &database)
{
    auto history = std::make_unique<History>(database);
    history->addSource(std::make_unique<InteractionHistory>(database));
    history->addSource(std::make_unique<FollowUpHistory>(database));
    history->addSource(std::make_unique<MeetingHistory>(database));
    history->addSource(std::make_unique<TrainingHistory>(database));
    history->addSource(std::make_unique<SerdHistory>(database));
    return history;
}

} // namespace relais
