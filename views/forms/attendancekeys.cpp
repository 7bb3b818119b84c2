#include "attendancekeys.h"

#include <QKeyEvent>
#include <QKeySequence>

namespace relais {

AttendanceKey AttendanceKey::of(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find))
        return { Kind::Find };
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    // Shift is how some layouts type "/"; other modifiers belong to shortcuts.
    if (modifiers & ~Qt::ShiftModifier)
        return {};
    switch (event->key()) {
    case Qt::Key_Space:
        return modifiers == Qt::NoModifier ? AttendanceKey { Kind::Mark, AttendanceStatus::Present }
                                           : AttendanceKey {};
    case Qt::Key_E:
        return { Kind::Mark, AttendanceStatus::Excused };
    case Qt::Key_A:
        return { Kind::Mark, AttendanceStatus::Absent };
    case Qt::Key_R:
        return { Kind::Mark, AttendanceStatus::Registered };
    case Qt::Key_I:
        return { Kind::Mark, AttendanceStatus::Invited };
    case Qt::Key_Delete:
        return modifiers == Qt::NoModifier ? AttendanceKey { Kind::Delete } : AttendanceKey {};
    case Qt::Key_Slash:
        return { Kind::Find };
    default:
        break;
    }
    const QString text = event->text();
    return text.size() == 1 && text.front().isLetter() ? AttendanceKey { Kind::JumpTyping }
                                                       : AttendanceKey {};
}

} // namespace relais
