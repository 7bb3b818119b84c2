#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

struct YearIndicators;

// One headline figure of the year as a tile shows it: "Partners mobilised", "52",
// "▲ +12 vs 2013".
struct HeadlineFigure
{
    QString title;
    QString value; // "—" when the figure does not apply (a rate with nobody to count)
    QString change; // from the year before, or why there is none
    QString definition; // what is counted, for a tooltip
    int direction = 0; // +1 up, -1 down, 0 same or not comparable
};

// The figures of the dashboard's tiles, worked out and worded apart from any widget.
class HeadlineFigures
{
    Q_DECLARE_TR_FUNCTIONS(relais::HeadlineFigures)
public:
    // previousHasData: whether anything at all was recorded the year before; when not,
    // the change says so instead of "+52".
    static QList<HeadlineFigure> of(
        const YearIndicators &year, const YearIndicators &previous, bool previousHasData);
};

} // namespace relais
