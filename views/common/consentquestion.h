#pragma once

#include "models/domain/consent.h"

#include <QString>
#include <optional>

class QWidget;

namespace relais {

// Before an e-mail list or cards leave Relais: when some of the people were never asked
// whether they agree to be contacted by e-mail, asks whether to leave them out (the default)
// or include them. Without such people, answers LeaveOut without asking. nullopt: cancelled.
// `refused` (those who said no, always left out) is only mentioned.
std::optional<Unasked> askAboutUnasked(
    QWidget *parent, const QString &title, int unasked, int total, int refused);

} // namespace relais
