#pragma once

#include "models/indicators/yearindicators.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace relais {

class Database;

// The charts of the year's indicators, drawn the same way on the dashboard, in the
// printed annual review and by the headless report.
enum class IndicatorChart {
    PartnersByType,
    SerdEditions,
    CouncilAttendance,
    TrainingSessions,
    StaffDaysByRole,
    ContributionsByKind,
    SerdByCommune
};

// One SERD edition's figures, for the chart across all editions.
struct SerdEditionFigures
{
    qint64 id = 0;
    int year = 0;
    int held = 0; // actions held
    int distinct = 0; // distinct actions
};

// What the charts of one year are drawn from.
struct ChartData
{
    YearIndicators year;
    YearIndicators previous; // year - 1: its key figures only (IndicatorCalculator::Detail)
    QList<SerdEditionFigures> serdEditions; // every edition, oldest first
    // Councils dated after this day are left out of the attendance chart: nobody could
    // have come yet.
    QDate today;
};

// Computes it; the database's errors (DatabaseError) are not caught.
ChartData chartDataFor(Database &database, int year);

QList<IndicatorChart> allIndicatorCharts();

// The width, in pixels, a chart is laid out at on screen; and across a page of print,
// where its text must stay readable at about 17 cm.
inline constexpr int screenChartWidth = 900;
inline constexpr int printChartWidth = 680;
// Translated, e.g. "Partners mobilised by type".
QString indicatorChartTitle(IndicatorChart chart);
// False when there is nothing to draw: the dashboard shows an empty state, the review
// leaves the chart out.
bool hasChartData(IndicatorChart chart, const ChartData &data);
// The chart with its title, series, axes and value labels; no animation.
std::unique_ptr<QChart> makeIndicatorChart(IndicatorChart chart, const ChartData &data);
// Renders a chart off screen at a given pixel size (for PNG saving, copying and print);
// works under QT_QPA_PLATFORM=offscreen. Large images are laid out as on a screen
// layoutWidth pixels wide and scaled up, so that the text keeps its proportion to the
// chart: a narrower layout gives larger text, as print wants.
QImage renderChartImage(IndicatorChart chart, const ChartData &data, const QSize &pixels,
    int layoutWidth = screenChartWidth);

// What a bar or slice stands for: the list to open when it is clicked.
struct ChartTarget
{
    enum class Kind {
        None,
        OrganisationType, // id: actor type (0: none)
        Meeting, // id: meeting
        SerdEdition, // id: edition
        SerdCommune, // id: commune (0: none), editionId: its edition
        TrainingSession, // id: session, cohortId: its cohort
        StaffRole, // id: staff role (0: none)
        ContributionKind, // id: int(ContributionKind)
    };
    Kind kind = Kind::None;
    qint64 id = 0;
    qint64 editionId = 0;
    qint64 cohortId = 0;
    int year = 0; // the chart's year
    bool operator==(const ChartTarget &) const = default;
};

// One target per slice (in the pie's order) or per category (in the axis' order) of the
// chart makeIndicatorChart() draws from the same data.
QList<ChartTarget> indicatorChartTargets(IndicatorChart chart, const ChartData &data);

// For tr() in the free functions above.
class IndicatorCharts
{
    Q_DECLARE_TR_FUNCTIONS(relais::IndicatorCharts)
};

} // namespace relais
