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

} // namespace relais
