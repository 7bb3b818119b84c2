#include "optionaldateedit.h"

#include <QKeyEvent>
#include <QLocale>

namespace relais {

namespace {
const QDate blank(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : DateEdit(parent)
{
    setMinimumDate(blank);
    setSpecialValueText(QStringLiteral("—"));
    setDate(blank);
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : blank);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == blank ? QDate() : date();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    // Delete or Backspace over the whole field blanks the date.
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && (event->modifiers() & Qt::ControlModifier)) {
        setDate(blank);
        return;
    }
    // Starting to type into a blank date begins from today.
    if (date() == blank && event->key() == Qt::Key_Space) {
        setDate(QDate::currentDate());
        return;
    }
    DateEdit::keyPressEvent(event);
}

} // namespace relais
