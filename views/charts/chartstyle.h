#pragma once

#include <QColor>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace relais {

// How the indicator charts look, the same on screen and on paper: a white ground, no
// animation, legible fonts, numbers in the user's locale, and colours that stay apart
// when printed in grey.
namespace ChartStyle {

// n colours of one hue from dark to light, far enough apart in lightness to be told
// apart in a grayscale print. One colour: a mid-dark one.
QList<QColor> lightnessRamp(int count);
// Black or white, whichever reads on this background.
QColor textOn(const QColor &background);

// Title, fonts, background, margins and number localisation.
void apply(QChart *chart, const QString &title);
// A bar set in its colour, with a thin outline so neighbours stay apart in grey.
void paint(QBarSet *set, const QColor &colour);
// Value labels drawn on or above the bars, formatted in the user's locale.
// format: "@value" with a unit around it ("@value €").
void showValues(QAbstractBarSeries *series, const QString &format, bool inside);

} // namespace ChartStyle

} // namespace relais
