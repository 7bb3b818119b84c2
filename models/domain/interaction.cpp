#include "interaction.h"

namespace relais {

FollowUpBucket followUpBucket(const QDate &due, const QDate &today)
{
    if (due < today)
        return FollowUpBucket::Overdue;
    if (due == today)
        return FollowUpBucket::Today;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return due <= sunday ? FollowUpBucket::ThisWeek : FollowUpBucket::Later;
}

} // namespace relais
