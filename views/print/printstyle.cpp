#include "printstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>

namespace relais::print {

QFont printFont(qreal points, QFont::Weight weight, bool italic)
{
    QFont font(QGuiApplication::font().family());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(pt(points))));
    font.setWeight(weight);
    font.setItalic(italic);
    // Unhinted widths are the same on screen, in a PDF and on a printer.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal Lines::height() const
{
    if (lines.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    return (lines.size() - 1) * metrics.lineSpacing() + metrics.height();
}

qreal Lines::lineSpacing() const
{
    return QFontMetricsF(font).lineSpacing();
}

void Lines::draw(QPainter &painter, qreal x, qreal top) const
{
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(colour);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QPointF(x, top + metrics.ascent() + i * metrics.lineSpacing()), lines[i]);
}

void Lines::draw(QPainter &painter, qreal x, qreal top, qreal width, Qt::Alignment alignment) const
{
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(colour);
    for (int i = 0; i < lines.size(); ++i) {
        const qreal advance = metrics.horizontalAdvance(lines[i]);
        qreal left = x;
        if (alignment & Qt::AlignRight)
            left = x + width - advance;
        else if (alignment & Qt::AlignHCenter)
            left = x + (width - advance) / 2;
        painter.drawText(
            QPointF(left, top + metrics.ascent() + i * metrics.lineSpacing()), lines[i]);
    }
}

namespace {

// QString::simplified() without turning no-break spaces into breakable ones: "1 janvier
// 2014" and "Groupe : …" are written with them so as not to be split over two lines.
QString collapsedBlanks(const QString &text)
{
    const auto breakable = [](QChar c) {
        return c.isSpace() && c != QChar::Nbsp && c != QChar(0x202f) && c != QChar(0x2007);
    };
    QString result;
    result.reserve(text.size());
    bool pendingBlank = false;
    for (const QChar c : text) {
        if (breakable(c)) {
            pendingBlank = !result.isEmpty();
            continue;
        }
        if (pendingBlank)
            result += QLatin1Char(' ');
        pendingBlank = false;
        result += c;
    }
    return result;
}

} // namespace

QStringList wrapped(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const QString simplified = collapsedBlanks(text);
    if (simplified.isEmpty() || maxLines < 1)
        return {};
    QStringList lines;
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetricsF(font).elidedText(
                simplified.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

qreal stack(QPainter *painter, const QList<std::pair<Lines, qreal>> &blocks, qreal x, qreal top)
{
    qreal y = top;
    for (const auto &[lines, gapAfter] : blocks) {
        if (lines.lines.isEmpty())
            continue;
        if (painter)
            lines.draw(*painter, x, y);
        y += lines.height() + gapAfter;
    }
    return y;
}

} // namespace relais::print
