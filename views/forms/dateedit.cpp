#include "dateedit.h"

#include <QLocale>

namespace relais {

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}

bool DateEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

QString clockFormat()
{
    return QStringLiteral("HH:mm");
}

QString clockTime(const QTime &time)
{
    return time.toString(clockFormat());
}

TimeEdit::TimeEdit(QWidget *parent)
    : QTimeEdit(parent)
{
    setDisplayFormat(clockFormat());
    setMinimumTime(QTime(0, 0));
    setSpecialValueText(QStringLiteral("—"));
    setTime(QTime(0, 0));
}

void TimeEdit::setOptionalTime(const QTime &time)
{
    setTime(time.isValid() ? time : QTime(0, 0));
}

QTime TimeEdit::optionalTime() const
{
    return time() == QTime(0, 0) ? QTime() : time();
}

bool TimeEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace relais
