#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace relais {

// One event of a calendar: a SERD action on a day, for the programme's website agenda.
struct CalendarEvent
{
    // Stable across exports, so that a calendar importing the file again updates its
    // events rather than doubling them.
    QString uid;
    QString summary;
    QString description;
    QString location;
    QStringList categories;
    QDate date;
    // Both invalid: an all-day event. An end without a start is ignored.
    QTime starts;
    QTime ends;
    // When the event last changed (DTSTAMP); invalid: now.
    QDateTime changedAt;

    bool operator==(const CalendarEvent &) const = default;
};

// An iCalendar file (RFC 5545), written and read with libical, the library calendar
// applications use, rather than by hand: folding of long lines, escaping of commas,
// semicolons and line breaks, CRLF line ends. Times are written in UTC, converted from
// the programme's time zone (a local time in Mulhouse is a local time in Paris).
class CalendarFile
{
    Q_DECLARE_TR_FUNCTIONS(relais::CalendarFile)

public:
    static QTimeZone programmeTimeZone();

    static QByteArray write(const QList<CalendarEvent> &events, const QString &calendarName,
        const QTimeZone &zone = programmeTimeZone());
    // The events of a calendar, times back in `zone`; none, with *error for the user,
    // when the text is not an iCalendar.
    static std::optional<QList<CalendarEvent>> read(const QByteArray &text,
        QString *error = nullptr, const QTimeZone &zone = programmeTimeZone());
};

} // namespace relais
