#include "letterhead.h"

#include "printstyle.h"

#include <QImage>
#include <QPainter>
#include <models/db/settingsrepository.h>

namespace relais::print {

namespace {
constexpr QSizeF largestLogo { mm(50), mm(18) };
} // namespace

qreal letterhead(QPainter *painter, const ProgrammeSettings &programme, qreal width)
{
    QImage logo;
    if (!programme.logo.isEmpty())
        logo.loadFromData(programme.logo);
    QSizeF logoSize;
    if (!logo.isNull())
        logoSize = QSizeF(logo.size()).scaled(largestLogo, Qt::KeepAspectRatio);
    const qreal textX = logo.isNull() ? 0 : logoSize.width() + mm(5);
    const QFont programmeFont = printFont(13, QFont::Bold);
    const QFont organisationFont = printFont(10.5);
    const Lines programmeName { programmeFont,
        wrapped(programme.programmeName, programmeFont, width - textX, 2) };
    const Lines organisationName { organisationFont,
        wrapped(programme.organisationName, organisationFont, width - textX, 2), secondaryInk };
    const qreal textGap
        = programmeName.lines.isEmpty() || organisationName.lines.isEmpty() ? 0 : mm(1);
    const qreal textHeight = programmeName.height() + textGap + organisationName.height();
    const qreal height = qMax(logoSize.height(), textHeight);
    if (height <= 0)
        return 0;
    if (painter && !logo.isNull())
        painter->drawImage(QRectF(QPointF(0, (height - logoSize.height()) / 2), logoSize), logo);
    const qreal textTop = (height - textHeight) / 2;
    if (painter) {
        programmeName.draw(*painter, textX, textTop);
        organisationName.draw(*painter, textX, textTop + programmeName.height() + textGap);
    }
    const qreal rule = height + mm(4);
    if (painter) {
        painter->setPen(QPen(gridColour, pt(0.75)));
        painter->drawLine(QPointF(0, rule), QPointF(width, rule));
    }
    return rule + mm(6);
}

} // namespace relais::print
