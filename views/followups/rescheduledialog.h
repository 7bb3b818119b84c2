#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;

namespace relais {

// Asks for the new due date of some follow-ups, with the usual choices one click away.
class RescheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // count: how many follow-ups move; initial: the date offered first.
    RescheduleDialog(
        const QDate &today, const QDate &initial, int count, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);

    static QDate tomorrow(const QDate &today) { return today.addDays(1); }
    // Next Monday, even on a Monday: "next week", not "this week".
    static QDate nextWeek(const QDate &today) { return today.addDays(8 - today.dayOfWeek()); }
    static QDate inAMonth(const QDate &today) { return today.addMonths(1); }

private:
    void updateDayName();

    QDateEdit *m_date;
    QLabel *m_dayName;
};

} // namespace relais
