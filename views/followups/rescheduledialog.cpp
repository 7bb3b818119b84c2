#include "rescheduledialog.h"

#include "views/forms/dateedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

RescheduleDialog::RescheduleDialog(
    const QDate &today, const QDate &initial, int count, QWidget *parent)
    : QDialog(parent)
    , m_date(new DateEdit(this))
    , m_dayName(new QLabel(this))
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    setWindowTitle(tr("Reschedule"));
    setMinimumWidth(380);

    m_date->setObjectName(QStringLiteral("dueDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(initial.isValid() ? initial : tomorrow(today));
    auto *label = new QLabel(tr("Move %n follow-up(s) &to:", nullptr, count), this);
    label->setBuddy(m_date);
    // A short date alone ("24/11/2014") does not say which day of the week it falls on.
    m_dayName->setForegroundRole(QPalette::PlaceholderText);

    auto *quick = new QHBoxLayout;
    const auto choice = [this, quick](const QString &text, const QDate &date) {
        auto *button = new QPushButton(text, this);
        button->setToolTip(QLocale().toString(date, QLocale::LongFormat));
        // Enter still means "Reschedule", wherever the focus is.
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, date] { setDate(date); });
        quick->addWidget(button);
    };
    choice(tr("T&omorrow"), tomorrow(today));
    choice(tr("&Next week"), nextWeek(today));
    choice(tr("In a &month"), inAMonth(today));
    quick->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Reschedule"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dayName, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(label);
    layout->addLayout(dateRow);
    layout->addLayout(quick);
    layout->addSpacing(8);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &RescheduleDialog::updateDayName);
    updateDayName();
    m_date->setFocus();
}

QDate RescheduleDialog::date() const
{
    return m_date->date();
}

void RescheduleDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void RescheduleDialog::updateDayName()
{
    m_dayName->setText(QLocale().toString(m_date->date(), QLocale::LongFormat));
}

} // namespace relais
