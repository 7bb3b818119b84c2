#include "chartstyle.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QPen>

namespace relais::ChartStyle {

namespace {

// A calm blue: dark enough for white text at the dark end, light at the other.
constexpr int hue = 210;
constexpr int saturation = 130;
constexpr int darkest = 50;
constexpr int lightest = 215;

QFont baseFont()
{
    QFont font = QApplication::font();
    // Charts are read from a little further away than a table, and printed.
    font.setPointSizeF(std::max(9.0, font.pointSizeF()));
    return font;
}

} // namespace

QList<QColor> lightnessRamp(int count)
{
    QList<QColor> colours;
    if (count <= 0)
        return colours;
    if (count == 1)
        return { QColor::fromHsl(hue, saturation, 95) };
    for (int i = 0; i < count; ++i) {
        const int lightness = darkest + (lightest - darkest) * i / (count - 1);
        colours << QColor::fromHsl(hue, saturation, lightness);
    }
    return colours;
}

QColor textOn(const QColor &background)
{
    return qGray(background.rgb()) < 135 ? QColor(Qt::white) : QColor(Qt::black);
}

void apply(QChart *chart, const QString &title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(6, 4, 6, 4));
    // The chart's white reaches the edges of its view or image: no grey frame around it.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont titleFont = baseFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(QColor(0x20, 0x20, 0x20));
    chart->setTitle(title);
    chart->legend()->setFont(baseFont());
    chart->legend()->setLabelColor(QColor(0x20, 0x20, 0x20));
}

void paint(QBarSet *set, const QColor &colour)
{
    set->setColor(colour);
    set->setBorderColor(colour.darker(140));
    set->setPen(QPen(colour.darker(160), 0.8));
    set->setLabelColor(textOn(colour));
    set->setLabelFont(baseFont());
}

void showValues(QAbstractBarSeries *series, const QString &format, bool inside)
{
    series->setLabelsVisible(true);
    series->setLabelsFormat(format);
    // Whole numbers as they are, half days with their half, never an exponent.
    series->setLabelsPrecision(12);
    series->setLabelsPosition(
        inside ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
    if (!inside) {
        for (QBarSet *set : series->barSets())
            set->setLabelColor(QColor(0x20, 0x20, 0x20));
    }
}

} // namespace relais::ChartStyle
