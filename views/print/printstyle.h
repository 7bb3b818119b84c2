#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

class QPainter;

// The measures, inks and type shared by the printed documents, and the few text helpers
// they all lay out with.
namespace relais::print {

// The documents' unit whatever the device: 1/1200 inch, QPdfWriter's own resolution, so
// that a PDF is drawn unscaled and the page count does not depend on the printer.
inline constexpr qreal dotsPerInch = 1200.0;
constexpr qreal mm(qreal millimetres)
{
    return millimetres * dotsPerInch / 25.4;
}
constexpr qreal pt(qreal points)
{
    return points * dotsPerInch / 72.0;
}

inline constexpr qreal cellPadding = mm(2);
inline constexpr qreal rowPadding = mm(1);
// Room kept at the bottom of each page for its footer.
inline constexpr qreal footerHeight = mm(9);

inline const QColor ink { 0x1a, 0x1a, 0x1a };
inline const QColor secondaryInk { 0x55, 0x55, 0x55 };
inline const QColor gridColour { 0x9a, 0x9a, 0x9a };
inline const QColor frameColour { 0x40, 0x40, 0x40 };
inline const QColor headerFill { 0xe9, 0xe9, 0xe9 };

// Sized in the documents' unit: a point size would be scaled twice, once by the device's
// resolution and once by the painter's transform.
QFont printFont(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);

// Lines of text in one font, as wrapped for their box.
struct Lines
{
    QFont font;
    QStringList lines;
    QColor colour = ink;

    qreal height() const;
    qreal lineSpacing() const;
    void draw(QPainter &painter, qreal x, qreal top) const;
    // Each line placed in a box of `width` starting at x, as `alignment` (left, centre or
    // right) says.
    void draw(QPainter &painter, qreal x, qreal top, qreal width, Qt::Alignment alignment) const;
};

// At most maxLines lines of `width`, the last one elided when the text is longer.
QStringList wrapped(const QString &text, const QFont &font, qreal width, int maxLines);

// Blocks of lines one under the other, each followed by its gap; empty blocks take no
// room. Draws them when painter is set and returns the y under the last gap.
qreal stack(QPainter *painter, const QList<std::pair<Lines, qreal>> &blocks, qreal x, qreal top);

} // namespace relais::print
