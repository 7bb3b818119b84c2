#include "dashboardpage.h"

#include "figuretile.h"
#include "flowgrid.h"
#include "headlinefigures.h"
#include "models/changenotifier.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/indicatorrepository.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace relais {

namespace {

// Narrowest a tile or a chart may get before the grid takes a column away.
constexpr int tileWidth = 165;
constexpr int chartWidth = 540;
constexpr int maxChartColumns = 3;

} // namespace

DashboardPage::DashboardPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_year(new QComboBox(this))
    , m_comparison(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_tileGrid(nullptr)
    , m_chartGrid(nullptr)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_year->setObjectName(QStringLiteral("dashboardYear"));
    m_year->setMinimumContentsLength(6);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_comparison->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_comparison);
    top->addStretch(1);
    m_review = new QPushButton(tr("Annual &review…"), this);
    m_review->setObjectName(QStringLiteral("dashboardReview"));
    m_review->setToolTip(tr("Print the annual review of the year, or save it as PDF or ODT"));
    connect(m_review, &QPushButton::clicked, this, [this] { emit reviewRequested(currentYear()); });
    top->addWidget(m_review);

    auto *content = new QWidget;
    content->setBackgroundRole(QPalette::Window);
    m_tileGrid = new FlowGrid(tileWidth, 9, content);
    m_chartGrid = new FlowGrid(chartWidth, maxChartColumns, content);
    for (int i = 0; i < 9; ++i) {
        auto *tile = new FigureTile(m_tileGrid);
        m_tiles << tile;
        m_tileGrid->addWidget(tile);
    }
    for (const IndicatorChart chart : allIndicatorCharts()) {
        auto *panel = new ChartPanel(chart, m_chartGrid);
        connect(panel, &ChartPanel::targetActivated, this, &DashboardPage::openRequested);
        m_panels << panel;
        m_chartGrid->addWidget(panel);
    }
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 8, 8);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(m_tileGrid);
    contentLayout->addWidget(m_chartGrid);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &DashboardPage::showYear);
    // Reading a year's indicators takes a moment: while the page is hidden a change only
    // marks it stale, and it reads again when shown.
    connect(&database.notifier(), &ChangeNotifier::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

int DashboardPage::currentYear() const
{
    return m_year->currentData().toInt();
}

void DashboardPage::setYear(int year)
{
    if (m_stale)
        refresh();
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

ChartPanel *DashboardPage::chartPanel(IndicatorChart chart) const
{
    for (ChartPanel *panel : m_panels) {
        if (panel->chart() == chart)
            return panel;
    }
    return nullptr;
}

bool DashboardPage::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString DashboardPage::emptyText() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

void DashboardPage::setFileChooser(const ChartPanel::FileChooser &chooser)
{
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setFileChooser(chooser);
}

QWidget *DashboardPage::focusWidget() const
{
    return m_year;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    m_stale = false;
    fillYears();
    showYear();
}

void DashboardPage::fillYears()
{
    try {
        m_years = IndicatorRepository(m_database).activityYears();
    } catch (const DatabaseError &error) {
        m_years.clear();
        m_empty->setText(error.message());
    }
    std::reverse(m_years.begin(), m_years.end());
    const int current = currentYear();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (const int year : std::as_const(m_years))
        m_year->addItem(QString::number(year), year);
    int index = m_year->findData(current);
    if (index < 0) {
        // The newest year, unless it is only planned (next year's SERD edition).
        const int thisYear = QDate::currentDate().year();
        const auto past = std::find_if(
            m_years.cbegin(), m_years.cend(), [thisYear](int year) { return year <= thisYear; });
        index = past != m_years.cend() ? int(past - m_years.cbegin()) : 0;
    }
    m_year->setCurrentIndex(m_years.isEmpty() ? -1 : index);
    m_year->setEnabled(!m_years.isEmpty());
}

void DashboardPage::showYear()
{
    const int year = currentYear();
    if (!year) {
        m_data.reset();
        if (m_years.isEmpty() && m_empty->text().isEmpty())
            m_empty->setText(tr("Nothing to show yet. The dashboard fills in as meetings, "
                                "training sessions, SERD actions, valued contributions and "
                                "staff time are entered."));
        m_comparison->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    try {
        m_data = std::make_shared<const ChartData>(chartDataFor(m_database, year));
    } catch (const DatabaseError &error) {
        m_data.reset();
        m_empty->setText(error.message());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const bool previousHasData = m_years.contains(year - 1);
    const QList<HeadlineFigure> figures
        = HeadlineFigures::of(m_data->year, m_data->previous, previousHasData);
    for (int i = 0; i < m_tiles.size() && i < figures.size(); ++i)
        m_tiles.at(i)->setFigure(figures.at(i));
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setData(m_data);
    m_comparison->setText(previousHasData
            ? tr("Changes are from %1.").arg(year - 1)
            : tr("Nothing was recorded in %1: no change to show.").arg(year - 1));
    m_stack->setCurrentWidget(m_scroll);
}

} // namespace relais
