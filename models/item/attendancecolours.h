#pragma once

#include "../domain/meeting.h"

#include <QColor>
#include <QVariant>

namespace relais {

// The colour of an attendance status in lists and grids: dark enough to read as text on
// a light background and on the alternate rows, and to be told apart from black and from
// each other by someone scanning a column. None for "Invited" (no answer yet: plain text).
inline QVariant attendanceStatusColour(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Invited:
        return {};
    case AttendanceStatus::Registered:
        return QColor(0x1f, 0x5a, 0x96);
    case AttendanceStatus::Excused:
        return QColor(0x6b, 0x6b, 0x6b);
    case AttendanceStatus::Present:
        return QColor(0x1b, 0x7a, 0x3a);
    case AttendanceStatus::Absent:
        return QColor(0xb3, 0x26, 0x1e);
    }
    return {};
}

} // namespace relais
