#pragma once

#include <QStyledItemDelegate>

namespace relais {

// Paints a cell of a list of plain text (its display text on one line, elided at the
// right, over the row's background, selection and focus) as QStyledItemDelegate would,
// in a third of its time: the text is shaped twice instead of five or six times. The
// Actors lists repaint every visible cell at each letter typed in their search, and at
// 100,000 contacts that painting was most of a keystroke's time.
//
// For models that give only text: no icon, check box, font, colour or alignment role
// is painted.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace relais
