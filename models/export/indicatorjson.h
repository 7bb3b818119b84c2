#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace relais {

struct YearIndicators;

// The year's indicators as the JSON that scripts and the programme's website read: stable
// keys in English whatever the user's language, maps keyed by the reference lists' labels
// ("" for none), rates as fractions between 0 and 1, money in euros. Every key is
// documented in docs/indicators.md.
QJsonObject indicatorsJson(const YearIndicators &year, const YearIndicators &previous);
// Indented UTF-8, ending with a line break.
QByteArray indicatorsJsonText(const YearIndicators &year, const YearIndicators &previous);

} // namespace relais
