#include "plaintextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace relais {

void PlainTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The row's background: alternate colour, selection, hover.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    // The text, where and in the colours QCommonStyle puts it.
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect box = option.rect.adjusted(margin, 0, -margin, 0);
        const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled)
            ? QPalette::Disabled
            : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                    : QPalette::Inactive;
        const QPalette::ColorRole role
            = (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        painter->setPen(option.palette.color(group, role));
        painter->setFont(option.font);
        QString line = text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const Qt::Alignment alignment
            = QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter);
        painter->drawText(box, int(alignment) | Qt::TextSingleLine,
            option.fontMetrics.elidedText(line, Qt::ElideRight, box.width()));
        painter->restore();
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &option, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group
            = (option.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = option.palette.color(group,
            (option.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace relais
