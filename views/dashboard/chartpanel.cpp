#include "chartpanel.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais {

namespace {

// Copies and saved files: large enough to print sharp on half a page.
const QSize imageSize(1600, 1000);

QString emptySentence(IndicatorChart chart, int year)
{
    switch (chart) {
    case IndicatorChart::PartnersByType:
        return ChartPanel::tr("No partner was mobilised in %1.").arg(year);
    case IndicatorChart::SerdEditions:
        return ChartPanel::tr("No SERD action has been held yet.");
    case IndicatorChart::CouncilAttendance:
        return ChartPanel::tr("No actors' council with invitees was held in %1.").arg(year);
    case IndicatorChart::TrainingSessions:
        return ChartPanel::tr("No training attendance has been entered for %1.").arg(year);
    case IndicatorChart::StaffDaysByRole:
        return ChartPanel::tr("No staff time has been recorded for %1.").arg(year);
    case IndicatorChart::ContributionsByKind:
        return ChartPanel::tr("No valued contribution has been recorded for %1.").arg(year);
    case IndicatorChart::SerdByCommune:
        return ChartPanel::tr("No SERD action was held in %1.").arg(year);
    }
    return {};
}

QString chooseFile(QWidget *parent, const QString &title, const QString &suggested)
{
    return QFileDialog::getSaveFileName(
        parent, title, suggested, ChartPanel::tr("PNG images (*.png)"));
}

} // namespace

ChartPanel::ChartPanel(IndicatorChart chart, QWidget *parent)
    : QFrame(parent)
    , m_chart(chart)
    , m_chooseFile(chooseFile)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_saveButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Two rows of charts and the tiles fill a laptop's screen in two scrolls.
    setFixedHeight(390);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMargin(20);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *copy = new QAction(tr("&Copy the image"), this);
    auto *save = new QAction(tr("&Save as PNG…"), this);
    connect(copy, &QAction::triggered, this, &ChartPanel::copyImage);
    connect(save, &QAction::triggered, this, &ChartPanel::saveAs);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({ copy, save });
    // No mnemonics on the buttons: seven charts would fight over the same letters.
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the chart to the clipboard as an image"));
    m_saveButton->setText(tr("Save as PNG…"));
    m_saveButton->setToolTip(tr("Save the chart as a PNG image"));
    for (QToolButton *button : { m_copyButton, m_saveButton })
        button->setAutoRaise(true);
    connect(m_copyButton, &QToolButton::clicked, this, &ChartPanel::copyImage);
    connect(m_saveButton, &QToolButton::clicked, this, &ChartPanel::saveAs);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setData(std::shared_ptr<const ChartData> data)
{
    m_data = std::move(data);
    const bool has = m_data && hasChartData(m_chart, *m_data);
    QChart *old = m_view->chart();
    m_view->setChart(makeIndicatorChart(m_chart, m_data ? *m_data : ChartData()).release());
    delete old;
    m_targets = has ? indicatorChartTargets(m_chart, *m_data) : QList<ChartTarget>();
    if (has)
        connectClicks();
    const int year = m_data ? m_data->year.year : 0;
    m_empty->setText(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                         .arg(indicatorChartTitle(m_chart).toHtmlEscaped(),
                             emptySentence(m_chart, year).toHtmlEscaped()));
    m_stack->setCurrentWidget(has ? static_cast<QWidget *>(m_view) : m_empty);
    m_copyButton->setEnabled(has);
    m_saveButton->setEnabled(has);
}

bool ChartPanel::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartPanel::emptyText() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

void ChartPanel::connectClicks()
{
    const QList<QAbstractSeries *> series = m_view->chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i) {
                connect(slices.at(i), &QPieSlice::clicked, this, [this, i] { activate(i); });
                connect(slices.at(i), &QPieSlice::hovered, this, &ChartPanel::setHovered);
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::clicked, this, &ChartPanel::activate);
                connect(set, &QBarSet::hovered, this, [this](bool state) { setHovered(state); });
            }
        }
    }
}

void ChartPanel::activate(int index)
{
    if (index < 0 || index >= m_targets.size())
        return;
    const ChartTarget target = m_targets.at(index);
    if (target.kind != ChartTarget::Kind::None)
        emit targetActivated(target);
}

void ChartPanel::setHovered(bool hovered)
{
    // A hand over what opens a list: the chart is not only a picture.
    if (hovered)
        m_view->viewport()->setCursor(Qt::PointingHandCursor);
    else
        m_view->viewport()->unsetCursor();
}

QString ChartPanel::suggestedFileName() const
{
    QString name = indicatorChartTitle(m_chart);
    if (m_data)
        name += QLatin1Char(' ') + QString::number(m_data->year.year);
    // Characters no file system takes in a name.
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    return name + QStringLiteral(".png");
}

QImage ChartPanel::image() const
{
    return m_data ? renderChartImage(m_chart, *m_data, imageSize) : QImage();
}

void ChartPanel::copyImage()
{
    const QImage picture = image();
    if (!picture.isNull())
        QApplication::clipboard()->setImage(picture);
}

void ChartPanel::saveAs()
{
    if (!m_data || isEmptyState())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = m_chooseFile(
        this, tr("Save the chart as PNG"), QDir(folder).filePath(suggestedFileName()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    saveImage(path);
}

bool ChartPanel::saveImage(const QString &path)
{
    QImageWriter writer(path, "png");
    if (writer.write(image()))
        return true;
    QMessageBox::warning(this, tr("Save the chart as PNG"),
        tr("The chart could not be saved as %1:\n%2")
            .arg(QDir::toNativeSeparators(path), writer.errorString()));
    return false;
}

} // namespace relais
