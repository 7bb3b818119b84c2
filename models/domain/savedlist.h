#pragma once

#include "actorfilter.h"
#include "meeting.h"

#include <QList>
#include <QString>

namespace relais {

// How a saved list finds its people, resolved afresh each time it is used: the
// contacts a filter of the Actors page matches ("all network heads"), the people of
// one meeting, or of the latest meeting of a type ("everyone invited to the last
// council"), optionally only those with some statuses.
struct SavedListRule
{
    enum class Kind { Filter, Meeting, LatestMeetingOfType };
    Kind kind = Kind::Filter;
    ActorFilter filter; // Kind::Filter (its text and dormant date are not kept)
    qint64 meetingId = 0; // Kind::Meeting
    qint64 meetingTypeId = 0; // Kind::LatestMeetingOfType
    QList<AttendanceStatus> statuses; // empty: everyone of the meeting

    QString toJson() const;
    static SavedListRule fromJson(const QString &json);
    bool operator==(const SavedListRule &) const = default;
};

struct SavedList
{
    qint64 id = 0;
    QString name;
    SavedListRule rule;
};

} // namespace relais
