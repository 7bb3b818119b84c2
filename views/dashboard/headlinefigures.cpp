#include "headlinefigures.h"

#include "models/domain/means.h"
#include "models/domain/meeting.h"
#include "models/indicators/yearindicators.h"

#include <QLocale>
#include <cmath>

namespace relais {

namespace {

enum class Format { Count, Rate, Money, Days };

// A figure of the year and of the year before; a rate may not apply (no council, no
// trainee), and is then neither shown nor compared.
struct Figure
{
    QString title;
    QString definition;
    Format format;
    double value;
    double before;
    bool applies = true;
    bool appliedBefore = true;
};

QString valueText(Format format, double value)
{
    const QLocale locale;
    switch (format) {
    case Format::Count:
        return locale.toString(qint64(std::llround(value)));
    case Format::Rate:
        return percentText(value);
    case Format::Money:
        return locale.toCurrencyString(std::round(value / 100.0), QStringLiteral("€"), 0);
    case Format::Days:
        return formatDays(value, locale);
    }
    return {};
}

// The difference in the unit the tile shows: whole percentage points, whole euros, half
// days, so that "+0" never appears next to two equal-looking figures.
qint64 difference(Format format, double value, double before)
{
    switch (format) {
    case Format::Count:
        return std::llround(value) - std::llround(before);
    case Format::Rate:
        return std::llround(value * 100) - std::llround(before * 100);
    case Format::Money:
        return std::llround(value / 100.0) - std::llround(before / 100.0);
    case Format::Days:
        return std::llround(value * 2) - std::llround(before * 2);
    }
    return 0;
}

QString magnitudeText(Format format, qint64 difference)
{
    const QLocale locale;
    switch (format) {
    case Format::Count:
        return locale.toString(difference);
    case Format::Rate:
        // Percentage points; "pt(s)" reads the same in English and French.
        return (difference == 1 ? HeadlineFigures::tr("%1 pt") : HeadlineFigures::tr("%1 pts"))
            .arg(locale.toString(difference));
    case Format::Money:
        return locale.toCurrencyString(double(difference), QStringLiteral("€"), 0);
    case Format::Days:
        return formatDays(difference / 2.0, locale);
    }
    return {};
}

HeadlineFigure headline(const Figure &figure, int previousYear, bool previousHasData)
{
    HeadlineFigure result;
    result.title = figure.title;
    result.definition = figure.definition;
    result.value = figure.applies ? valueText(figure.format, figure.value) : QStringLiteral("—");
    if (!figure.applies)
        return result;
    if (!previousHasData) {
        result.change = HeadlineFigures::tr("No data for %1").arg(previousYear);
        return result;
    }
    if (!figure.appliedBefore) {
        result.change = HeadlineFigures::tr("No figure for %1").arg(previousYear);
        return result;
    }
    const qint64 diff = difference(figure.format, figure.value, figure.before);
    if (diff == 0) {
        result.change = HeadlineFigures::tr("= same as %1").arg(previousYear);
        return result;
    }
    result.direction = diff > 0 ? 1 : -1;
    // An arrow as well as the sign: the change reads without colour, printed in grey.
    const QString arrow = diff > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString sign = diff > 0 ? QStringLiteral("+") : QStringLiteral("−");
    result.change = HeadlineFigures::tr("%1 %2 vs %3")
                        .arg(arrow, sign + magnitudeText(figure.format, std::abs(diff)))
                        .arg(previousYear);
    return result;
}

} // namespace

QList<HeadlineFigure> HeadlineFigures::of(
    const YearIndicators &year, const YearIndicators &previous, bool previousHasData)
{
    const auto &y = year;
    const auto &p = previous;
    const QList<Figure> figures {
        { tr("Partners mobilised"),
            tr("Organisations that came to a meeting, had a trainee, ran a SERD action or made "
               "a valued contribution in the year."),
            Format::Count, double(y.actors.partnersMobilised), double(p.actors.partnersMobilised) },
        { tr("New partners"), tr("Partners mobilised in the year and in no year before."),
            Format::Count, double(y.actors.newPartners), double(p.actors.newPartners) },
        { tr("Councils' attendance rate"),
            tr("Those invited to the actors' councils who came, out of those invited."),
            Format::Rate, y.meetings.councilAttendanceRate(), p.meetings.councilAttendanceRate(),
            y.meetings.councilTotals.invited > 0, p.meetings.councilTotals.invited > 0 },
        { tr("Trainees"), tr("Contacts present at one half-day of training or more."),
            Format::Count, double(y.training.figures.trainees),
            double(p.training.figures.trainees) },
        { tr("Trainees who ran an action"),
            tr("Share of the year's trainees who ran a held action of the year's SERD."),
            Format::Rate, y.training.traineesWithSerdActionShare(),
            p.training.traineesWithSerdActionShare(), y.training.figures.trainees > 0,
            p.training.figures.trainees > 0 },
        { tr("SERD actions held"),
            tr("Actions of the year's edition with at least one date held; %n distinct.", nullptr,
                y.serd.totals.distinct),
            Format::Count, double(y.serd.totals.held), double(p.serd.totals.held) },
        { tr("SERD participants"), tr("Participants counted, or else expected, at the held dates."),
            Format::Count, double(y.serd.totals.participants), double(p.serd.totals.participants) },
        { tr("Valued contributions"),
            tr("What partners put in, staff time and material, in euros."), Format::Money,
            double(y.means.contributions), double(p.means.contributions) },
        { tr("Staff days"), tr("Days spent by the programme's staff."), Format::Days,
            y.means.staffDays(), p.means.staffDays() },
    };
    QList<HeadlineFigure> result;
    for (const Figure &figure : figures)
        result << headline(figure, year.year - 1, previousHasData);
    return result;
}

} // namespace relais
