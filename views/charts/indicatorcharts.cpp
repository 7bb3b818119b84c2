#include "indicatorcharts.h"

#include "chartstyle.h"
#include "models/db/indicatorrepository.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace relais {

namespace {

using Kind = ChartTarget::Kind;

// Beyond these, the smallest groups are summed into "other": a ninth grey or a twentieth
// commune is not read anyway.
constexpr int maxSlices = 8;
constexpr int maxCommunes = 8;
// Councils and training sessions shown one bar each; beyond, one bar per month (a
// regional network has dozens of councils and hundreds of sessions a year, whose bars and
// labels could not be read).
constexpr int maxDatedBars = 24;
// Category labels of horizontal bars: long module titles are cut.
constexpr int maxLabelLength = 34;

// The bars of one chart: one value per category and set, and what each category opens.
struct Bars
{
    QStringList categories;
    QList<ChartTarget> targets;
    QStringList sets;
    QList<QList<qreal>> values; // [set][category]

    void add(const QString &category, const ChartTarget &target, const QList<qreal> &row)
    {
        categories << category;
        targets << target;
        for (int set = 0; set < values.size(); ++set)
            values[set] << row.value(set);
    }
    // Horizontal bars are laid out from the bottom: the first row goes on top.
    void reverse()
    {
        std::reverse(categories.begin(), categories.end());
        std::reverse(targets.begin(), targets.end());
        for (auto &list : values)
            std::reverse(list.begin(), list.end());
    }
    qreal maximum(bool stacked) const
    {
        qreal top = 0;
        for (int category = 0; category < categories.size(); ++category) {
            qreal sum = 0;
            for (const auto &list : values) {
                sum = stacked ? sum + list.at(category) : std::max(sum, list.at(category));
            }
            top = std::max(top, sum);
        }
        return top;
    }
};

Bars withSets(const QStringList &sets)
{
    Bars bars;
    bars.sets = sets;
    bars.values.resize(sets.size());
    return bars;
}

// A category axis refuses a label twice: two councils on one day become "9 Oct (2)".
QString unique(const QStringList &taken, const QString &label)
{
    QString candidate = label;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(label).arg(n);
    return candidate;
}

QString elided(const QString &text)
{
    return text.size() > maxLabelLength ? text.left(maxLabelLength - 1).trimmed() + QChar(0x2026)
                                        : text;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

QString yearTitle(IndicatorChart chart, int year)
{
    return IndicatorCharts::tr("%1, %2").arg(indicatorChartTitle(chart)).arg(year);
}

// The councils the attendance chart shows: the year's, up to today.
QList<YearIndicators::MeetingLine> councils(const ChartData &data)
{
    QList<YearIndicators::MeetingLine> list;
    const auto &meetings = data.year.meetings;
    if (!meetings.councilTypeId)
        return list;
    for (const auto &line : meetings.list) {
        if (line.typeId != meetings.councilTypeId)
            continue;
        if (data.today.isValid() && line.date > data.today)
            continue;
        list << line;
    }
    return list;
}

// The runs of a list in date order that fall in one month: [first, end) each.
template<typename Line> QList<std::pair<qsizetype, qsizetype>> monthsOf(const QList<Line> &lines)
{
    QList<std::pair<qsizetype, qsizetype>> months;
    for (qsizetype first = 0; first < lines.size();) {
        qsizetype end = first + 1;
        while (end < lines.size() && lines.at(end).date.month() == lines.at(first).date.month())
            ++end;
        months << std::pair { first, end };
        first = end;
    }
    return months;
}

QString monthName(const QDate &date)
{
    return QLocale().standaloneMonthName(date.month(), QLocale::ShortFormat);
}

struct Slices
{
    QStringList names;
    QList<int> values;
    QList<ChartTarget> targets;
};

Slices partnerSlices(const ChartData &data)
{
    Slices slices;
    const auto &types = data.year.actors.partnersByType;
    const qsizetype shown = types.size() > maxSlices ? maxSlices - 1 : types.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const NamedCount &type = types.at(i);
        slices.names << (type.name.isEmpty() ? IndicatorCharts::tr("No type") : type.name);
        slices.values << type.count;
        slices.targets << ChartTarget { Kind::OrganisationType, type.id, 0, 0, data.year.year };
    }
    if (shown < types.size()) {
        int rest = 0;
        for (qsizetype i = shown; i < types.size(); ++i)
            rest += types.at(i).count;
        slices.names << IndicatorCharts::tr("Other types");
        slices.values << rest;
        slices.targets << ChartTarget { Kind::None, 0, 0, 0, data.year.year };
    }
    return slices;
}

Bars serdEditionBars(const ChartData &data)
{
    Bars bars = withSets(
        { IndicatorCharts::tr("Actions held"), IndicatorCharts::tr("Distinct actions") });
    for (const SerdEditionFigures &edition : data.serdEditions) {
        bars.add(QString::number(edition.year),
            ChartTarget { Kind::SerdEdition, edition.id, edition.id, 0, data.year.year },
            { qreal(edition.held), qreal(edition.distinct) });
    }
    return bars;
}

Bars councilBars(const ChartData &data)
{
    Bars bars = withSets({ IndicatorCharts::tr("Present"), IndicatorCharts::tr("Excused"),
        IndicatorCharts::tr("Absent") });
    const QList<YearIndicators::MeetingLine> lines = councils(data);
    const auto target = [&](qsizetype i) {
        return ChartTarget { Kind::Meeting, lines.at(i).id, 0, 0, data.year.year };
    };
    const auto add = [](QList<qreal> &values, const MeetingCounts &c) {
        // Absent: invited, and neither came nor sent word.
        values[0] += c.present;
        values[1] += c.excused;
        values[2] += std::max(0, c.invited - c.invitedPresent - c.excused);
    };
    if (lines.size() <= maxDatedBars) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QList<qreal> values { 0, 0, 0 };
            add(values, lines.at(i).counts);
            bars.add(unique(bars.categories, shortDate(lines.at(i).date)), target(i), values);
        }
        return bars;
    }
    // By month: the people at the month's councils; a bar opens the month's first council.
    for (const auto &[first, end] : monthsOf(lines)) {
        QList<qreal> values { 0, 0, 0 };
        for (qsizetype i = first; i < end; ++i)
            add(values, lines.at(i).counts);
        bars.add(IndicatorCharts::tr("%1 (%2)", "a month, and the number of councils held in it")
                     .arg(monthName(lines.at(first).date))
                     .arg(end - first),
            target(first), values);
    }
    return bars;
}

Bars trainingBars(const ChartData &data)
{
    Bars bars = withSets({ IndicatorCharts::tr("Attendance rate") });
    QList<IndicatorRepository::TrainingSessionLine> entered;
    for (const auto &session : data.year.training.sessions) {
        if (session.entered)
            entered << session;
    }
    const auto target = [&](const IndicatorRepository::TrainingSessionLine &session) {
        return ChartTarget { Kind::TrainingSession, session.id, 0, session.cohortId,
            data.year.year };
    };
    const auto percent = [](int present, int expected) {
        return qreal(qRound(expected ? 100.0 * present / expected : 0.0));
    };
    if (entered.size() <= maxDatedBars) {
        for (const auto &session : std::as_const(entered)) {
            const QString label = elided(IndicatorCharts::tr("%1 · %2").arg(
                shortDate(session.date), session.module.simplified()));
            bars.add(unique(bars.categories, label), target(session),
                { qreal(qRound(session.attendanceRate() * 100)) });
        }
    } else {
        // By month (the sessions come oldest first): present half-days out of those
        // expected over the month's sessions; a bar opens the month's first session.
        for (const auto &[first, end] : monthsOf(entered)) {
            int present = 0;
            int expected = 0;
            for (qsizetype i = first; i < end; ++i) {
                present += entered.at(i).present;
                expected += entered.at(i).enrolled * entered.at(i).halfDays;
            }
            bars.add(IndicatorCharts::tr("%1 · %n session(s)", nullptr, int(end - first))
                         .arg(monthName(entered.at(first).date)),
                target(entered.at(first)), { percent(present, expected) });
        }
    }
    bars.reverse();
    return bars;
}

Bars staffBars(const ChartData &data)
{
    Bars bars = withSets({ IndicatorCharts::tr("Staff days") });
    for (const auto &role : data.year.means.staffByRole) {
        if (role.halfDays <= 0)
            continue;
        bars.add(unique(bars.categories,
                     role.name.isEmpty() ? IndicatorCharts::tr("No role") : role.name),
            ChartTarget { Kind::StaffRole, role.id, 0, 0, data.year.year }, { role.days() });
    }
    bars.reverse();
    return bars;
}

Bars contributionBars(const ChartData &data)
{
    Bars bars = withSets({ IndicatorCharts::tr("Valued contributions") });
    for (const auto &kind : data.year.means.contributionsByKind) {
        if (kind.amount <= 0)
            continue;
        bars.add(unique(bars.categories, kind.name),
            ChartTarget { Kind::ContributionKind, qint64(kind.kind), 0, 0, data.year.year },
            { std::round(double(kind.amount)) / 100.0 });
    }
    return bars;
}

Bars communeBars(const ChartData &data)
{
    Bars bars = withSets({ IndicatorCharts::tr("Actions held") });
    const auto &communes = data.year.serd.byCommune;
    qint64 editionId = 0;
    for (const SerdEditionFigures &edition : data.serdEditions) {
        if (edition.year == data.year.year)
            editionId = edition.id;
    }
    const qsizetype shown = communes.size() > maxCommunes ? maxCommunes - 1 : communes.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const auto &commune = communes.at(i);
        bars.add(
            unique(bars.categories,
                elided(commune.name.isEmpty() ? IndicatorCharts::tr("No commune") : commune.name)),
            ChartTarget { Kind::SerdCommune, commune.id, editionId, 0, data.year.year },
            { qreal(commune.totals.held) });
    }
    if (shown < communes.size()) {
        int rest = 0;
        for (qsizetype i = shown; i < communes.size(); ++i)
            rest += communes.at(i).totals.held;
        bars.add(IndicatorCharts::tr("Other communes (%1)").arg(communes.size() - shown),
            ChartTarget { Kind::SerdEdition, editionId, editionId, 0, data.year.year },
            { qreal(rest) });
    }
    bars.reverse();
    return bars;
}

Bars barsOf(IndicatorChart chart, const ChartData &data)
{
    switch (chart) {
    case IndicatorChart::SerdEditions:
        return serdEditionBars(data);
    case IndicatorChart::CouncilAttendance:
        return councilBars(data);
    case IndicatorChart::TrainingSessions:
        return trainingBars(data);
    case IndicatorChart::StaffDaysByRole:
        return staffBars(data);
    case IndicatorChart::ContributionsByKind:
        return contributionBars(data);
    case IndicatorChart::SerdByCommune:
        return communeBars(data);
    case IndicatorChart::PartnersByType:
        break;
    }
    return {};
}

// A value axis from 0 with ticks at round steps and room above the highest bar for its
// label.
QValueAxis *valueAxis(qreal maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    qreal step = 1;
    for (const qreal magnitude : { 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0 }) {
        bool found = false;
        for (const qreal factor : { 1.0, 2.0, 2.5, 5.0 }) {
            step = factor * magnitude;
            if (maximum / step <= 5) {
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(step, maximum * 1.18));
    axis->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    if (!title.isEmpty())
        axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
    return axis;
}

QAbstractBarSeries *barSeries(IndicatorChart chart)
{
    switch (chart) {
    case IndicatorChart::CouncilAttendance:
        return new QStackedBarSeries;
    case IndicatorChart::TrainingSessions:
    case IndicatorChart::StaffDaysByRole:
    case IndicatorChart::SerdByCommune:
        return new QHorizontalBarSeries;
    default:
        return new QBarSeries;
    }
}

QString valueFormat(IndicatorChart chart)
{
    switch (chart) {
    case IndicatorChart::TrainingSessions:
        return IndicatorCharts::tr("%1%").arg(QStringLiteral("@value"));
    case IndicatorChart::ContributionsByKind:
        return IndicatorCharts::tr("€%1").arg(QStringLiteral("@value"));
    default:
        return QStringLiteral("@value");
    }
}

QString valueTitle(IndicatorChart chart)
{
    switch (chart) {
    case IndicatorChart::SerdEditions:
    case IndicatorChart::SerdByCommune:
        return IndicatorCharts::tr("Actions");
    case IndicatorChart::CouncilAttendance:
        return IndicatorCharts::tr("People");
    case IndicatorChart::TrainingSessions:
        return IndicatorCharts::tr("Present half-days out of those expected (%)");
    case IndicatorChart::StaffDaysByRole:
        return IndicatorCharts::tr("Days");
    case IndicatorChart::ContributionsByKind:
        return IndicatorCharts::tr("Euros");
    case IndicatorChart::PartnersByType:
        break;
    }
    return {};
}

void addBars(QChart *chart, IndicatorChart which, const Bars &bars)
{
    QAbstractBarSeries *series = barSeries(which);
    const bool stacked = which == IndicatorChart::CouncilAttendance;
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    const QList<QColor> colours = ChartStyle::lightnessRamp(int(bars.sets.size()));
    for (int i = 0; i < bars.sets.size(); ++i) {
        auto *set = new QBarSet(bars.sets.at(i));
        set->append(bars.values.at(i));
        series->append(set);
    }
    ChartStyle::showValues(series, valueFormat(which), stacked);
    for (int i = 0; i < bars.sets.size(); ++i) {
        QBarSet *set = series->barSets().at(i);
        ChartStyle::paint(set, colours.at(i));
        if (!stacked)
            set->setLabelColor(QColor(0x20, 0x20, 0x20));
    }
    series->setBarWidth(bars.sets.size() > 1 && !stacked ? 0.75 : 0.6);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(bars.categories);
    QValueAxis *values
        = valueAxis(which == IndicatorChart::TrainingSessions ? 100.0 : bars.maximum(stacked),
            valueTitle(which));
    QFont font = categories->labelsFont();
    font.setPointSizeF(std::max(9.0, QApplication::font().pointSizeF()));
    categories->setLabelsFont(font);
    values->setLabelsFont(font);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(bars.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void addDonut(QChart *chart, const Slices &slices)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.78);
    const QList<QColor> colours = ChartStyle::lightnessRamp(int(slices.values.size()));
    const QLocale locale;
    for (int i = 0; i < slices.values.size(); ++i) {
        QPieSlice *slice
            = series->append(locale.toString(slices.values.at(i)), slices.values.at(i));
        slice->setColor(colours.at(i));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(2);
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelColor(QColor(0x20, 0x20, 0x20));
        slice->setLabelArmLengthFactor(0.12);
        QFont font = slice->labelFont();
        font.setPointSizeF(std::max(9.0, QApplication::font().pointSizeF()));
        font.setBold(true);
        slice->setLabelFont(font);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    // The legend names each slice with its count, so that a grey can be matched by number.
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < slices.names.size(); ++i) {
        markers.at(i)->setLabel(IndicatorCharts::tr("%1: %2").arg(
            slices.names.at(i), locale.toString(slices.values.at(i))));
    }
}

} // namespace

ChartData chartDataFor(Database &database, int year)
{
    ChartData data;
    const IndicatorCalculator calculator(database);
    data.year = calculator.compute(year);
    data.previous = calculator.compute(year - 1, IndicatorCalculator::Detail::KeyFigures);
    data.today = QDate::currentDate();
    // The review of a year looks back, never ahead.
    for (const auto &edition : IndicatorRepository(database).serdEditionsUpTo(year)) {
        data.serdEditions << SerdEditionFigures { edition.editionId, edition.year, edition.held,
            edition.distinct };
    }
    return data;
}

QList<IndicatorChart> allIndicatorCharts()
{
    return { IndicatorChart::PartnersByType, IndicatorChart::SerdEditions,
        IndicatorChart::CouncilAttendance, IndicatorChart::TrainingSessions,
        IndicatorChart::StaffDaysByRole, IndicatorChart::ContributionsByKind,
        IndicatorChart::SerdByCommune };
}

QString indicatorChartTitle(IndicatorChart chart)
{
    switch (chart) {
    case IndicatorChart::PartnersByType:
        return IndicatorCharts::tr("Partners mobilised by type");
    case IndicatorChart::SerdEditions:
        return IndicatorCharts::tr("SERD actions held and distinct, by edition");
    case IndicatorChart::CouncilAttendance:
        return IndicatorCharts::tr("Attendance at the actors' councils");
    case IndicatorChart::TrainingSessions:
        return IndicatorCharts::tr("Training attendance");
    case IndicatorChart::StaffDaysByRole:
        return IndicatorCharts::tr("Staff days by role");
    case IndicatorChart::ContributionsByKind:
        return IndicatorCharts::tr("Valued contributions by kind");
    case IndicatorChart::SerdByCommune:
        return IndicatorCharts::tr("SERD actions by commune");
    }
    return {};
}

bool hasChartData(IndicatorChart chart, const ChartData &data)
{
    const YearIndicators &y = data.year;
    switch (chart) {
    case IndicatorChart::PartnersByType:
        return y.actors.partnersMobilised > 0;
    case IndicatorChart::SerdEditions:
        return std::any_of(data.serdEditions.cbegin(), data.serdEditions.cend(),
            [](const SerdEditionFigures &e) { return e.held > 0; });
    case IndicatorChart::CouncilAttendance: {
        const auto list = councils(data);
        return std::any_of(list.cbegin(), list.cend(), [](const YearIndicators::MeetingLine &l) {
            return l.counts.invited + l.counts.walkIns > 0;
        });
    }
    case IndicatorChart::TrainingSessions:
        return std::any_of(y.training.sessions.cbegin(), y.training.sessions.cend(),
            [](const IndicatorRepository::TrainingSessionLine &s) { return s.entered; });
    case IndicatorChart::StaffDaysByRole:
        return y.means.staffHalfDays > 0;
    case IndicatorChart::ContributionsByKind:
        return y.means.contributions > 0;
    case IndicatorChart::SerdByCommune:
        return !y.serd.byCommune.isEmpty();
    }
    return false;
}

std::unique_ptr<QChart> makeIndicatorChart(IndicatorChart chart, const ChartData &data)
{
    auto result = std::make_unique<QChart>();
    ChartStyle::apply(result.get(),
        chart == IndicatorChart::SerdEditions ? indicatorChartTitle(chart)
                                              : yearTitle(chart, data.year.year));
    if (!hasChartData(chart, data)) {
        result->legend()->setVisible(false);
        return result;
    }
    if (chart == IndicatorChart::PartnersByType)
        addDonut(result.get(), partnerSlices(data));
    else
        addBars(result.get(), chart, barsOf(chart, data));
    return result;
}

QList<ChartTarget> indicatorChartTargets(IndicatorChart chart, const ChartData &data)
{
    if (!hasChartData(chart, data))
        return {};
    if (chart == IndicatorChart::PartnersByType)
        return partnerSlices(data).targets;
    return barsOf(chart, data).targets;
}

QImage renderChartImage(
    IndicatorChart chart, const ChartData &data, const QSize &pixels, int layoutWidth)
{
    if (pixels.isEmpty() || layoutWidth <= 0)
        return {};
    const qreal scale = std::max(1.0, pixels.width() / qreal(layoutWidth));
    QChartView view(makeIndicatorChart(chart, data).release());
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setRenderHint(QPainter::Antialiasing);
    view.setBackgroundBrush(Qt::white);
    view.resize((QSizeF(pixels) / scale).toSize());
    // A view never shown is never laid out. Only the layout's own posted events are
    // delivered, not a whole event loop's: the caller may be painting or in a dialog.
    view.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(view.scene());

    // Opaque: a white ground, nothing to blend when the image is printed or converted.
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), view.viewport()->rect(),
        Qt::IgnoreAspectRatio);
    painter.end();
    return image;
}

} // namespace relais
