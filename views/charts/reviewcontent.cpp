#include "reviewcontent.h"

#include "indicatorcharts.h"

#include <models/db/settingsrepository.h>

namespace relais {

namespace {

ReviewSection sectionOf(IndicatorChart chart)
{
    switch (chart) {
    case IndicatorChart::PartnersByType:
        return ReviewSection::Actors;
    case IndicatorChart::CouncilAttendance:
        return ReviewSection::Meetings;
    case IndicatorChart::TrainingSessions:
        return ReviewSection::Training;
    case IndicatorChart::SerdEditions:
    case IndicatorChart::SerdByCommune:
        return ReviewSection::Serd;
    case IndicatorChart::StaffDaysByRole:
    case IndicatorChart::ContributionsByKind:
        break;
    }
    return ReviewSection::Means;
}

// Wide enough to print sharp across the text (about 270 dpi on A4), in the proportions
// of the dashboard's panels.
constexpr QSize chartPixels(1800, 1050);

} // namespace

AnnualReviewContent annualReviewContent(Database &database, int year)
{
    const ChartData data = chartDataFor(database, year);
    AnnualReviewContent content;
    content.programme = SettingsRepository(database).programme();
    content.year = data.year;
    content.previous = data.previous;
    content.generatedOn = QDate::currentDate();
    for (const IndicatorChart chart : allIndicatorCharts()) {
        if (hasChartData(chart, data))
            content.charts << ReviewChart { sectionOf(chart), QString(),
                renderChartImage(chart, data, chartPixels, printChartWidth) };
    }
    return content;
}

} // namespace relais
