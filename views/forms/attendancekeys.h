#pragma once

#include "models/domain/meeting.h"

class QKeyEvent;

namespace relais {

// The keys of attendance entry, the same for a meeting's list and a training's grid, so
// that whoever ticks one sheet can tick the other: Space present, E excused, A absent,
// R registered, I back to invited (nothing entered), Delete, "/" or Ctrl+F to search,
// and any other letter to start a search with itself. Other modifiers than Shift belong
// to shortcuts and are not attendance keys.
struct AttendanceKey
{
    enum class Kind { None, Mark, Delete, Find, JumpTyping };
    Kind kind = Kind::None;
    AttendanceStatus status = AttendanceStatus::Invited; // with Mark

    static AttendanceKey of(const QKeyEvent *event);
};

} // namespace relais
