#pragma once

#include <QDateEdit>

namespace relais {

// A date field for forms typed with the keyboard: Tab leaves it, as it leaves any
// other field (QDateEdit uses Tab to go from the day to the month to the year, which
// costs three keystrokes per date and surprises everyone); the arrow keys and typing
// still move between day, month and year. Locale's short format, calendar popup.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

// "18:00": hours and minutes, whatever the locale's short format says (en_GB's has
// seconds), for meetings and printed sheets.
QString clockFormat();
QString clockTime(const QTime &time);

// The same for a time of day, which may be left blank ("—", for 00:00): meetings do not
// start at midnight.
class TimeEdit : public QTimeEdit
{
    Q_OBJECT
public:
    explicit TimeEdit(QWidget *parent = nullptr);

    void setOptionalTime(const QTime &time); // invalid -> blank
    QTime optionalTime() const; // invalid when blank

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace relais
