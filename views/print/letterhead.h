#pragma once

#include <QtGlobal>

class QPainter;

namespace relais {
struct ProgrammeSettings;
}

namespace relais::print {

// The programme's letterhead at the top of a first page: its logo at the left, the
// programme's and its organisation's names beside it, a rule underneath. Draws it when
// painter is set and returns where the text below may start (0 without logo or names).
qreal letterhead(QPainter *painter, const ProgrammeSettings &programme, qreal width);

} // namespace relais::print
