#include "catchqt.h"
#include "indicatorfixture.h"
#include "viewtesting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImageReader>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <models/db/referencelistrepository.h>
#include <models/history/history.h>
#include <models/item/serdactionmodel.h>
#include <views/actors/actorfilterbar.h>
#include <views/actors/actorspage.h>
#include <views/actors/recordopener.h>
#include <views/charts/indicatorcharts.h>
#include <views/dashboard/chartpanel.h>
#include <views/dashboard/dashboardpage.h>
#include <views/dashboard/figuretile.h>
#include <views/dashboard/headlinefigures.h>
#include <views/meetings/meetingspage.h>
#include <views/serd/serdpage.h>
#include <views/training/trainingpage.h>

using namespace relais;

namespace {

// A small programme over 2013 and 2014, entered through Commands as the user would.
// 2014, worked out by hand:
//   partners A, B, C, E, F (A and F of the first actor type), 2013: A and C;
//   March council: Anne present, Denise excused, Bruno registered, Claire absent
//     (4 invited, 1 present, 1 excused, 2 absent); October: Anne and Marc present;
//   one training session, 3 enrolled × 2 half-days, 3 present half-days: 50 %;
//   SERD 2014: 3 held dates (Mulhouse 2, Illzach 1), 2 distinct actions; 2013: 1 and 1;
//   contributions €1,500 material, €300 + €200 other; 2013: €500.
struct Programme : IndicatorFixture
{
    qint64 a, b, c, e, f;
    qint64 anne, bruno, claire, denise, marc;
    qint64 council2013, marchCouncil, octoberCouncil, workshop;
    qint64 cohortId, sessionId, serd2013, serd2014;

    qint64 member(const QString &first, const QString &last, qint64 organisationId)
    {
        return IndicatorFixture::member(
            first, last, organisationId ? QList<qint64> { organisationId } : QList<qint64> {});
    }
    void heldAction(qint64 editionId, const QString &title, qint64 lead,
        const QList<QPair<QDate, QString>> &dates)
    {
        SerdAction action;
        action.editionId = editionId;
        action.title = title;
        action.status = SerdStatus::Held;
        action.leadOrganisationId = lead;
        QList<SerdOccurrence> occurrences;
        for (const auto &[date, commune] : dates) {
            SerdOccurrence o;
            o.date = date;
            o.communeName = commune;
            o.actualParticipants = 10;
            occurrences << o;
        }
        REQUIRE(commands.addSerdAction(action, occurrences));
    }
    Programme()
    {
        a = organisation(QStringLiteral("Alsace Nature"), 0, QStringLiteral("Mulhouse"));
        b = organisation(QStringLiteral("Centre social Papin"), 2, QStringLiteral("Mulhouse"));
        c = organisation(QStringLiteral("Emmaüs Mulhouse"), 3, QStringLiteral("Wittenheim"));
        e = organisation(QStringLiteral("Ville de Riedisheim"), 5, QStringLiteral("Riedisheim"));
        f = organisation(QStringLiteral("Zéro Déchet Mulhouse"), 0, QStringLiteral("Mulhouse"));
        anne = member(QStringLiteral("Anne"), QStringLiteral("Arnold"), a);
        bruno = member(QStringLiteral("Bruno"), QStringLiteral("Bauer"), b);
        claire = member(QStringLiteral("Claire"), QStringLiteral("Claude"), 0);
        denise = member(QStringLiteral("Denise"), QStringLiteral("Dietrich"), 0);
        marc = member(QStringLiteral("Marc"), QStringLiteral("Meyer"), e);

        council2013 = meeting(0, QStringLiteral("Conseil 2013"), QDate(2013, 10, 10));
        attendance(council2013, anne, AttendanceStatus::Present);
        contribution(c, 2013, ContributionKind::Material, 50000);
        serd2013 = edition(2013);
        heldAction(serd2013, QStringLiteral("Troc"), c, { { QDate(2013, 11, 23), "Mulhouse" } });

        marchCouncil = meeting(0, QStringLiteral("Conseil de printemps"), QDate(2014, 3, 13));
        attendance(marchCouncil, anne, AttendanceStatus::Present);
        attendance(marchCouncil, denise, AttendanceStatus::Excused);
        attendance(marchCouncil, bruno, AttendanceStatus::Registered);
        attendance(marchCouncil, claire, AttendanceStatus::Absent);
        workshop = meeting(1, QStringLiteral("Atelier compostage"), QDate(2014, 5, 20));
        attendance(workshop, bruno, AttendanceStatus::Present);
        octoberCouncil = meeting(0, QStringLiteral("Conseil d'automne"), QDate(2014, 10, 9));
        attendance(octoberCouncil, anne, AttendanceStatus::Present);
        attendance(octoberCouncil, marc, AttendanceStatus::Present);

        cohortId = cohort();
        sessionId = session(cohortId, module(QStringLiteral("Le gaspillage")), QDate(2014, 4, 10));
        REQUIRE(commands.enrol(cohortId, { bruno, anne, claire }));
        REQUIRE(commands.setHalfDayAttendance(
            sessionId, { bruno, anne }, HalfDay::Morning, AttendanceStatus::Present));
        REQUIRE(commands.setHalfDayAttendance(
            sessionId, { bruno }, HalfDay::Afternoon, AttendanceStatus::Present));

        serd2014 = edition(2014);
        heldAction(serd2014, QStringLiteral("Stand de tri"), a,
            { { QDate(2014, 11, 22), "Mulhouse" }, { QDate(2014, 11, 24), "Illzach" } });
        heldAction(
            serd2014, QStringLiteral("Repair café"), c, { { QDate(2014, 11, 29), "Mulhouse" } });

        contribution(e, 2014, ContributionKind::Material, 150000);
        contribution(c, 2014, ContributionKind::Other, 30000);
        contribution(f, 2014, ContributionKind::Other, 20000);
        REQUIRE(commands.setStaffRole(
            listItem(ReferenceList::StaffMember, 0), listItem(ReferenceList::StaffRole, 0)));
        staffTime(0, QDate(2014, 3, 13), 3, StaffActivity::meeting(marchCouncil));
    }
};

template<typename T> T *onlySeries(QChart *chart)
{
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<T *>(chart->series().at(0));
    REQUIRE(series);
    return series;
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QStringList categoriesOf(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

// The dashboard in a window of a laptop's size, as the main window holds it.
struct Dashboard
{
    Programme p;
    QWidget window;
    DashboardPage *page = new DashboardPage(*p.db, &window);
    Dashboard()
    {
        window.resize(1200, 700);
        page->resize(1200, 700);
    }
    FigureTile *tile(const QString &title) const
    {
        for (FigureTile *tile : page->tiles()) {
            if (tile->title() == title)
                return tile;
        }
        FAIL("no tile " << title.toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("Chart builder: each chart's series hold the year's figures", "[dashboard][charts]")
{
    Programme p;
    const ChartData data = chartDataFor(*p.db, 2014);
    REQUIRE(data.year.year == 2014);
    REQUIRE(data.previous.year == 2013);

    SECTION("partners by type: one slice per type, most first")
    {
        const auto chart = makeIndicatorChart(IndicatorChart::PartnersByType, data);
        auto *pie = onlySeries<QPieSeries>(chart.get());
        const auto &types = data.year.actors.partnersByType;
        REQUIRE(pie->count() == types.size());
        REQUIRE(types.size() == 4);
        for (int i = 0; i < types.size(); ++i)
            CHECK(pie->slices().at(i)->value() == types.at(i).count);
        CHECK(pie->slices().at(0)->value() == 2); // A and F
        CHECK(pie->sum() == 5);
        const QList<ChartTarget> targets
            = indicatorChartTargets(IndicatorChart::PartnersByType, data);
        REQUIRE(targets.size() == 4);
        CHECK(targets.at(0).kind == ChartTarget::Kind::OrganisationType);
        CHECK(targets.at(0).id == p.listItem(ReferenceList::ActorType, 0));
        CHECK(chart->title().contains(QStringLiteral("2014")));
    }
    SECTION("councils: present, excused and absent stacked, one bar per council")
    {
        const auto chart = makeIndicatorChart(IndicatorChart::CouncilAttendance, data);
        auto *bars = onlySeries<QStackedBarSeries>(chart.get());
        REQUIRE(bars->count() == 3);
        CHECK(bars->barSets().at(0)->label() == QStringLiteral("Present"));
        CHECK(valuesOf(bars->barSets().at(0)) == QList<qreal> { 1, 2 });
        CHECK(valuesOf(bars->barSets().at(1)) == QList<qreal> { 1, 0 });
        CHECK(valuesOf(bars->barSets().at(2)) == QList<qreal> { 2, 0 });
        CHECK(categoriesOf(chart.get()) == QStringList { "13 Mar", "9 Oct" });
        const QList<ChartTarget> targets
            = indicatorChartTargets(IndicatorChart::CouncilAttendance, data);
        REQUIRE(targets.size() == 2);
        CHECK(targets.at(0).id == p.marchCouncil);
        CHECK(targets.at(1).id == p.octoberCouncil);
    }
    SECTION("SERD editions: held and distinct per edition, oldest first")
    {
        const auto chart = makeIndicatorChart(IndicatorChart::SerdEditions, data);
        auto *bars = onlySeries<QBarSeries>(chart.get());
        CHECK(categoriesOf(chart.get()) == QStringList { "2013", "2014" });
        CHECK(valuesOf(bars->barSets().at(0)) == QList<qreal> { 1, 3 });
        CHECK(valuesOf(bars->barSets().at(1)) == QList<qreal> { 1, 2 });
        const auto targets = indicatorChartTargets(IndicatorChart::SerdEditions, data);
        CHECK(targets.at(1)
            == ChartTarget { ChartTarget::Kind::SerdEdition, p.serd2014, p.serd2014, 0, 2014 });
        // The review of 2013 does not look ahead to 2014's edition.
        CHECK(chartDataFor(*p.db, 2013).serdEditions.size() == 1);
    }
    SECTION("SERD by commune: horizontal, the most on top")
    {
        const auto chart = makeIndicatorChart(IndicatorChart::SerdByCommune, data);
        auto *bars = onlySeries<QHorizontalBarSeries>(chart.get());
        CHECK(categoriesOf(chart.get()) == QStringList { "Illzach", "Mulhouse" });
        CHECK(valuesOf(bars->barSets().at(0)) == QList<qreal> { 1, 2 });
        const auto targets = indicatorChartTargets(IndicatorChart::SerdByCommune, data);
        REQUIRE(targets.size() == 2);
        CHECK(targets.at(1).kind == ChartTarget::Kind::SerdCommune);
        CHECK(targets.at(1).editionId == p.serd2014);
        CHECK(targets.at(1).id == data.year.serd.byCommune.at(0).id);
    }
    SECTION("training: the attendance rate of each entered session")
    {
        const auto chart = makeIndicatorChart(IndicatorChart::TrainingSessions, data);
        auto *bars = onlySeries<QHorizontalBarSeries>(chart.get());
        CHECK(valuesOf(bars->barSets().at(0)) == QList<qreal> { 50 });
        const auto targets = indicatorChartTargets(IndicatorChart::TrainingSessions, data);
        REQUIRE(targets.size() == 1);
        CHECK(targets.at(0).id == p.sessionId);
        CHECK(targets.at(0).cohortId == p.cohortId);
    }
    SECTION("means: contributions in euros by kind, staff days by role")
    {
        const auto contributions = makeIndicatorChart(IndicatorChart::ContributionsByKind, data);
        auto *euros = onlySeries<QBarSeries>(contributions.get());
        CHECK(valuesOf(euros->barSets().at(0)) == QList<qreal> { 1500, 500 });
        const auto staff = makeIndicatorChart(IndicatorChart::StaffDaysByRole, data);
        auto *days = onlySeries<QHorizontalBarSeries>(staff.get());
        CHECK(valuesOf(days->barSets().at(0)) == QList<qreal> { 3 });
        CHECK(indicatorChartTargets(IndicatorChart::StaffDaysByRole, data).at(0).id
            == p.listItem(ReferenceList::StaffRole, 0));
    }
    for (const IndicatorChart chart : allIndicatorCharts()) {
        INFO(indicatorChartTitle(chart).toStdString());
        CHECK(hasChartData(chart, data));
        CHECK_FALSE(indicatorChartTitle(chart).isEmpty());
    }
}

TEST_CASE("Chart builder: a year of many councils or training sessions shows them by month",
    "[dashboard][charts]")
{
    // A regional network's year: 25 councils and 25 sessions, too many bars to read one by one.
    ChartData data;
    data.year.year = 2025;
    const QString march = QLocale().standaloneMonthName(3, QLocale::ShortFormat);
    const QString may = QLocale().standaloneMonthName(5, QLocale::ShortFormat);

    auto &meetings = data.year.meetings;
    meetings.councilTypeId = 1;
    for (int i = 0; i < 25; ++i) { // 20 councils in March, 5 in May
        YearIndicators::MeetingLine council;
        council.id = 10 + i;
        council.typeId = 1;
        council.date = i < 20 ? QDate(2025, 3, 1 + i) : QDate(2025, 5, i - 10);
        council.counts.invited = 10;
        council.counts.present = 6;
        council.counts.invitedPresent = 5;
        council.counts.excused = 2;
        meetings.list << council;
    }
    const auto councils = makeIndicatorChart(IndicatorChart::CouncilAttendance, data);
    CHECK(categoriesOf(councils.get()) == QStringList { march + " (20)", may + " (5)" });
    auto *people = onlySeries<QStackedBarSeries>(councils.get());
    CHECK(valuesOf(people->barSets().at(0)) == QList<qreal> { 120, 30 }); // present
    CHECK(valuesOf(people->barSets().at(1)) == QList<qreal> { 40, 10 }); // excused
    CHECK(valuesOf(people->barSets().at(2)) == QList<qreal> { 60, 15 }); // absent: 10 - 5 - 2
    CHECK(indicatorChartTargets(IndicatorChart::CouncilAttendance, data).at(1)
        == ChartTarget { ChartTarget::Kind::Meeting, 30, 0, 0, 2025 });

    const auto session = [](qint64 id, const QDate &date, int enrolled, int present) {
        IndicatorRepository::TrainingSessionLine line;
        line.id = id;
        line.cohortId = 7;
        line.date = date;
        line.module = QStringLiteral("Compostage");
        line.halfDays = 2;
        line.enrolled = enrolled;
        line.present = present;
        line.entered = true;
        return line;
    };
    auto &sessions = data.year.training.sessions;
    for (int i = 0; i < 20; ++i) // March: 20 sessions, 10 enrolled for 2 half-days, 15 present
        sessions << session(100 + i, QDate(2025, 3, 1 + i), 10, 15);
    for (int i = 0; i < 5; ++i) // May: 5 sessions, 4 enrolled, 2 half-days present each
        sessions << session(200 + i, QDate(2025, 5, 2 + i), 4, 2);
    IndicatorRepository::TrainingSessionLine notEntered = session(300, QDate(2025, 6, 1), 4, 0);
    notEntered.entered = false;
    sessions << notEntered;

    const auto chart = makeIndicatorChart(IndicatorChart::TrainingSessions, data);
    auto *bars = onlySeries<QHorizontalBarSeries>(chart.get());
    // The latest at the bottom, as the sessions were; June's sheet is not in yet.
    CHECK(categoriesOf(chart.get())
        == QStringList {
            may + QStringLiteral(" · 5 sessions"), march + QStringLiteral(" · 20 sessions") });
    CHECK(valuesOf(bars->barSets().at(0)) == QList<qreal> { 25, 75 });
    const auto targets = indicatorChartTargets(IndicatorChart::TrainingSessions, data);
    REQUIRE(targets.size() == 2);
    CHECK(targets.at(1) == ChartTarget { ChartTarget::Kind::TrainingSession, 100, 0, 7, 2025 });

    // Up to 24, one bar each.
    sessions = sessions.mid(0, 24);
    CHECK(categoriesOf(makeIndicatorChart(IndicatorChart::TrainingSessions, data).get()).size()
        == 24);
    meetings.list = meetings.list.mid(0, 24);
    CHECK(categoriesOf(makeIndicatorChart(IndicatorChart::CouncilAttendance, data).get()).size()
        == 24);
}

TEST_CASE("Chart builder: nothing to draw in an empty file", "[dashboard][charts]")
{
    TestDatabase db;
    const ChartData data = chartDataFor(*db, 2014);
    for (const IndicatorChart chart : allIndicatorCharts()) {
        INFO(indicatorChartTitle(chart).toStdString());
        CHECK_FALSE(hasChartData(chart, data));
        CHECK(indicatorChartTargets(chart, data).isEmpty());
        const auto drawn = makeIndicatorChart(chart, data);
        REQUIRE(drawn);
        CHECK(drawn->series().isEmpty());
    }

    QWidget window;
    auto *page = new DashboardPage(*db, &window);
    page->refresh();
    CHECK(page->isEmptyState());
    CHECK(page->emptyText().contains(QStringLiteral("Nothing to show yet")));
    CHECK(page->yearChooser()->count() == 0);
    CHECK(page->currentYear() == 0);
}

TEST_CASE("Chart builder: renders off screen at the size asked", "[dashboard][charts]")
{
    Programme p;
    const ChartData data = chartDataFor(*p.db, 2014);
    for (const QSize size : { QSize(640, 400), QSize(2400, 1500) }) {
        const QImage image = renderChartImage(IndicatorChart::CouncilAttendance, data, size);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == size);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        CHECK(colours.size() > 10);
    }
    CHECK(renderChartImage(IndicatorChart::PartnersByType, data, QSize()).isNull());

    // Laid out narrower for print, the same image size holds larger text: the dark
    // pixels of the labels grow.
    const auto ink = [](const QImage &image) {
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
        }
        return dark;
    };
    const QSize page(1800, 1050);
    const QImage screen = renderChartImage(IndicatorChart::StaffDaysByRole, data, page);
    const QImage print
        = renderChartImage(IndicatorChart::StaffDaysByRole, data, page, printChartWidth);
    CHECK(print.size() == page);
    CHECK(ink(print) > ink(screen));
}

TEST_CASE("Chart colours stay apart in grey", "[dashboard][charts]")
{
    Programme p;
    const ChartData data = chartDataFor(*p.db, 2014);
    const auto chart = makeIndicatorChart(IndicatorChart::CouncilAttendance, data);
    auto *bars = onlySeries<QStackedBarSeries>(chart.get());
    QList<int> greys;
    for (QBarSet *set : bars->barSets())
        greys << qGray(set->color().rgb());
    REQUIRE(greys.size() == 3);
    // Dark, mid, light: present, excused, absent.
    CHECK(greys.at(0) + 40 < greys.at(1));
    CHECK(greys.at(1) + 40 < greys.at(2));
}

TEST_CASE("Dashboard tiles: the year's figures and the change from the year before", "[dashboard]")
{
    Dashboard d;
    d.page->refresh();
    REQUIRE_FALSE(d.page->isEmptyState());
    CHECK(d.page->yearChooser()->count() == 2);
    CHECK(d.page->yearChooser()->itemText(0) == QStringLiteral("2014"));
    CHECK(d.page->currentYear() == 2014);
    REQUIRE(d.page->tiles().size() == 9);

    // 2013: A (council) and C (contribution, SERD).
    CHECK(d.tile("Partners mobilised")->value() == QStringLiteral("5"));
    CHECK(d.tile("Partners mobilised")->change() == QStringLiteral("▲ +3 vs 2013"));
    CHECK(d.tile("New partners")->value() == QStringLiteral("3"));
    // 3 of the 6 invited came, against 1 of 1.
    CHECK(d.tile("Councils' attendance rate")->value() == QStringLiteral("50%"));
    CHECK(d.tile("Councils' attendance rate")->change() == QStringLiteral("▼ −50 pts vs 2013"));
    CHECK(d.tile("Trainees")->value() == QStringLiteral("2"));
    CHECK(d.tile("Trainees")->change() == QStringLiteral("▲ +2 vs 2013"));
    // Anne's organisation leads a held action; Bruno's does not.
    CHECK(d.tile("Trainees who ran an action")->value() == QStringLiteral("50%"));
    CHECK(d.tile("Trainees who ran an action")->change() == QStringLiteral("No figure for 2013"));
    CHECK(d.tile("SERD actions held")->value() == QStringLiteral("3"));
    CHECK(d.tile("SERD actions held")->change() == QStringLiteral("▲ +2 vs 2013"));
    CHECK(d.tile("SERD participants")->value() == QStringLiteral("30"));
    CHECK(d.tile("Valued contributions")->value() == QStringLiteral("€2,000"));
    CHECK(d.tile("Valued contributions")->change() == QStringLiteral("▲ +€1,500 vs 2013"));
    CHECK(d.tile("Staff days")->value() == QStringLiteral("3"));

    for (ChartPanel *panel : d.page->chartPanels()) {
        INFO(indicatorChartTitle(panel->chart()).toStdString());
        CHECK_FALSE(panel->isEmptyState());
    }

    // The year chosen changes every figure; nothing was recorded in 2012.
    d.page->yearChooser()->setCurrentIndex(1);
    CHECK(d.page->currentYear() == 2013);
    CHECK(d.tile("Partners mobilised")->value() == QStringLiteral("2"));
    CHECK(d.tile("Partners mobilised")->change() == QStringLiteral("No data for 2012"));
    CHECK(d.tile("Trainees who ran an action")->value() == QStringLiteral("—"));
    CHECK(d.tile("Valued contributions")->value() == QStringLiteral("€500"));
    REQUIRE(d.page->chartData());
    CHECK(d.page->chartData()->year.year == 2013);
    // No session in 2013: the chart says so instead of drawing an empty frame.
    ChartPanel *training = d.page->chartPanel(IndicatorChart::TrainingSessions);
    CHECK(training->isEmptyState());
    CHECK(training->emptyText().contains(QStringLiteral("2013")));
    CHECK_FALSE(training->saveButton()->isEnabled());
}

TEST_CASE("Dashboard: its Annual review button asks for the year shown", "[dashboard]")
{
    Dashboard d;
    d.page->refresh();
    REQUIRE(showActive(&d.window));
    QSignalSpy requests(d.page, &DashboardPage::reviewRequested);
    auto *button = d.page->findChild<QPushButton *>(QStringLiteral("dashboardReview"));
    REQUIRE(button);
    d.page->yearChooser()->setCurrentIndex(1);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(requests.size() == 1);
    CHECK(requests.at(0).at(0).toInt() == 2013);
}

TEST_CASE("Dashboard: read again on a change only when shown", "[dashboard]")
{
    Dashboard d;
    d.page->refresh();
    d.page->hide();
    CHECK(d.tile("Valued contributions")->value() == QStringLiteral("€2,000"));
    d.p.contribution(d.p.b, 2014, ContributionKind::Material, 100000);
    // Hidden: still the old figure, nothing read.
    CHECK(d.tile("Valued contributions")->value() == QStringLiteral("€2,000"));
    REQUIRE(showActive(&d.window));
    d.page->show();
    CHECK(d.tile("Valued contributions")->value() == QStringLiteral("€3,000"));
    // Shown: the next change is read at once.
    d.p.contribution(d.p.b, 2014, ContributionKind::Material, 50000);
    CHECK(d.tile("Valued contributions")->value() == QStringLiteral("€3,500"));
}

TEST_CASE("Headline figures: rates that do not apply are neither shown nor compared", "[dashboard]")
{
    YearIndicators year;
    year.year = 2015;
    YearIndicators previous;
    previous.year = 2014;
    previous.actors.partnersMobilised = 4;
    year.actors.partnersMobilised = 4;
    const QList<HeadlineFigure> figures = HeadlineFigures::of(year, previous, true);
    REQUIRE(figures.size() == 9);
    CHECK(figures.at(0).value == QStringLiteral("4"));
    CHECK(figures.at(0).change == QStringLiteral("= same as 2014"));
    CHECK(figures.at(0).direction == 0);
    CHECK(figures.at(2).value == QStringLiteral("—"));
    CHECK(figures.at(2).change.isEmpty());
    year.actors.partnersMobilised = 1;
    const QList<HeadlineFigure> fewer = HeadlineFigures::of(year, previous, true);
    CHECK(fewer.at(0).change == QStringLiteral("▼ −3 vs 2014"));
    CHECK(fewer.at(0).direction == -1);
}

TEST_CASE("Dashboard: a click on a slice or a bar asks for the matching list", "[dashboard]")
{
    Dashboard d;
    REQUIRE(showActive(&d.window));
    d.page->show();
    REQUIRE(d.page->currentYear() == 2014);
    QSignalSpy requests(d.page, &DashboardPage::openRequested);

    SECTION("a slice of the partners' types")
    {
        ChartPanel *panel = d.page->chartPanel(IndicatorChart::PartnersByType);
        auto *pie = qobject_cast<QPieSeries *>(panel->view()->chart()->series().at(0));
        REQUIRE(pie);
        emit pie->slices().at(0)->clicked();
        REQUIRE(requests.size() == 1);
        const auto target = requests.at(0).at(0).value<ChartTarget>();
        CHECK(target.kind == ChartTarget::Kind::OrganisationType);
        CHECK(target.id == d.p.listItem(ReferenceList::ActorType, 0));
    }
    SECTION("a council's bar, clicked with the mouse")
    {
        ChartPanel *panel = d.page->chartPanel(IndicatorChart::CouncilAttendance);
        QChartView *view = panel->view();
        d.page->findChild<QScrollArea *>()->ensureWidgetVisible(panel);
        REQUIRE(
            eventually([&] { return view->isVisible() && view->chart()->plotArea().width() > 0; }));
        QChart *chart = view->chart();
        // The October council's bar, in the middle of its present people.
        const QPointF inChart = chart->mapToPosition(QPointF(1, 1), chart->series().at(0));
        const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(requests.size() == 1);
        const auto target = requests.at(0).at(0).value<ChartTarget>();
        CHECK(target.kind == ChartTarget::Kind::Meeting);
        CHECK(target.id == d.p.octoberCouncil);
        CHECK(target.year == 2014);
    }
}

TEST_CASE("Dashboard: a chart saved as PNG, or a clear message", "[dashboard]")
{
    Dashboard d;
    d.page->refresh();
    ChartPanel *panel = d.page->chartPanel(IndicatorChart::SerdEditions);
    CHECK(panel->suggestedFileName()
        == QStringLiteral("SERD actions held and distinct, by edition 2014.png"));
    QString suggested;
    const QString folder = d.p.db.folder();
    d.page->setFileChooser([&](QWidget *, const QString &, const QString &proposed) {
        suggested = proposed;
        return folder + QStringLiteral("/editions");
    });
    panel->saveButton()->click();
    CHECK(suggested.endsWith(panel->suggestedFileName()));
    QImageReader reader(folder + QStringLiteral("/editions.png"));
    CHECK(reader.format() == "png");
    const QImage image = reader.read();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1600, 1000));

    // Rendering the image runs before the box opens: wait for the box, then answer it.
    QString message;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    poll.start(20);
    CHECK_FALSE(panel->saveImage(folder + QStringLiteral("/no such folder/chart.png")));
    CHECK(message.contains(QStringLiteral("no such folder")));
}

TEST_CASE("Pages open what the dashboard's charts point at", "[dashboard]")
{
    Programme p;
    const auto history = standardHistory(*p.db);
    QWidget window;
    RecordOpener opener(*p.db, p.commands, *history, &window);

    ActorsPage actors(*p.db, p.commands, opener);
    const qint64 type = p.listItem(ReferenceList::ActorType, 0);
    actors.showOrganisationsOfType(type);
    CHECK(actors.currentList() == ActorsPage::List::Organisations);
    CHECK(actors.filterBar()->filter().typeIds == QList<qint64> { type });

    MeetingsPage meetings(*p.db, p.commands, opener);
    meetings.showMeeting(p.council2013, 2013);
    CHECK(meetings.currentId() == p.council2013);
    meetings.showMeeting(p.octoberCouncil, 2014);
    CHECK(meetings.currentId() == p.octoberCouncil);

    TrainingPage training(*p.db, p.commands);
    training.showSession(p.cohortId, p.sessionId);
    CHECK(training.currentCohort() == p.cohortId);
    CHECK(training.currentSession() == p.sessionId);
    CHECK(training.tabs()->currentWidget()->isAncestorOf(training.sessionsView()));

    SerdPage serd(*p.db, p.commands);
    const ChartData data = chartDataFor(*p.db, 2014);
    const qint64 illzach = data.year.serd.byCommune.at(1).id;
    serd.showCommune(p.serd2014, illzach);
    CHECK(serd.currentEdition() == p.serd2014);
    CHECK(serd.actions()->rowCount() == 1);
}

// Not a test: pictures of the dashboard on a real file, to look at its layout.
// RELAIS_SCREENSHOT_DB=file.relais RELAIS_SCREENSHOT_DIR=folder dashboard_tests "[.screenshot]"
// (RELAIS_SCREENSHOT_QM: a translation to load first, e.g. a French relais.qm.)
TEST_CASE("Dashboard pictures of a file", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("RELAIS_SCREENSHOT_DB");
    const QString folder = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(folder.isEmpty());
    QTranslator translator;
    const QString qm = qEnvironmentVariable("RELAIS_SCREENSHOT_QM");
    if (!qm.isEmpty()) {
        REQUIRE(translator.load(qm));
        QApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    Database::Opened opened = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(opened.database);
    for (const QSize size : { QSize(1206, 720), QSize(1760, 1000) }) {
        QWidget window;
        window.resize(size);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *page = new DashboardPage(*opened.database, &window);
        layout->addWidget(page);
        REQUIRE(showActive(&window));
        QTest::qWait(100);
        window.grab().save(QStringLiteral("%1/page-%2.png").arg(folder).arg(size.width()));
        if (size.width() < 1300) {
            for (ChartPanel *panel : page->chartPanels()) {
                panel->image().save(
                    QStringLiteral("%1/chart-%2.png").arg(folder).arg(int(panel->chart())));
            }
            auto *scroll = page->findChild<QScrollArea *>();
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QTest::qWait(50);
            window.grab().save(QStringLiteral("%1/page-%2-end.png").arg(folder).arg(size.width()));
        }
    }
    QApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
