#include "calendarfile.h"

#include <QCoreApplication>
#include <libical/ical.h>
#include <memory>

namespace relais {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

icaltimetype utcTime(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    icaltimetype time = icaltime_null_time();
    time.year = utc.date().year();
    time.month = utc.date().month();
    time.day = utc.date().day();
    time.hour = utc.time().hour();
    time.minute = utc.time().minute();
    time.second = utc.time().second();
    time.zone = icaltimezone_get_utc_timezone();
    return time;
}

icaltimetype dateOnly(const QDate &date)
{
    icaltimetype time = icaltime_null_date();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    time.is_date = 1;
    return time;
}

// A time read back: UTC converted to the zone, a floating time taken as the zone's.
QDateTime toZone(const icaltimetype &time, const QTimeZone &zone)
{
    const QDate date(time.year, time.month, time.day);
    const QTime clock(time.hour, time.minute, time.second);
    if (icaltime_is_utc(time))
        return QDateTime(date, clock, QTimeZone::utc()).toTimeZone(zone);
    return QDateTime(date, clock, zone);
}

} // namespace

QTimeZone CalendarFile::programmeTimeZone()
{
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return paris.isValid() ? paris : QTimeZone::systemTimeZone();
}

QByteArray CalendarFile::write(
    const QList<CalendarEvent> &events, const QString &calendarName, const QTimeZone &zone)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
        icalproperty_new_prodid(utf8(
            QStringLiteral("-//Relais//Relais %1//FR").arg(QCoreApplication::applicationVersion()))
                                    .constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!calendarName.isEmpty()) {
        // X-WR-CALNAME: the name calendar applications give the imported calendar.
        icalproperty *name = icalproperty_new_x(utf8(calendarName).constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CalendarEvent &event : events) {
        if (!event.date.isValid())
            continue;
        icalcomponent *vevent = icalcomponent_new_vevent();
        icalcomponent_add_property(vevent, icalproperty_new_uid(utf8(event.uid).constData()));
        icalcomponent_add_property(vevent,
            icalproperty_new_dtstamp(utcTime(event.changedAt.isValid() ? event.changedAt : now)));
        if (event.starts.isValid()) {
            const QDateTime starts(event.date, event.starts, zone);
            // Without an end, an hour: a calendar shows a point in time badly.
            const QDateTime ends = event.ends.isValid() && event.ends > event.starts
                ? QDateTime(event.date, event.ends, zone)
                : starts.addSecs(3600);
            icalcomponent_add_property(vevent, icalproperty_new_dtstart(utcTime(starts)));
            icalcomponent_add_property(vevent, icalproperty_new_dtend(utcTime(ends)));
        } else {
            icalcomponent_add_property(vevent, icalproperty_new_dtstart(dateOnly(event.date)));
            icalcomponent_add_property(
                vevent, icalproperty_new_dtend(dateOnly(event.date.addDays(1))));
        }
        icalcomponent_add_property(
            vevent, icalproperty_new_summary(utf8(event.summary).constData()));
        if (!event.description.isEmpty())
            icalcomponent_add_property(
                vevent, icalproperty_new_description(utf8(event.description).constData()));
        if (!event.location.isEmpty())
            icalcomponent_add_property(
                vevent, icalproperty_new_location(utf8(event.location).constData()));
        for (const QString &category : event.categories) {
            if (!category.trimmed().isEmpty())
                icalcomponent_add_property(
                    vevent, icalproperty_new_categories(utf8(category.trimmed()).constData()));
        }
        icalcomponent_add_component(calendar.get(), vevent);
    }
    char *buffer = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray result(buffer);
    icalmemory_free_buffer(buffer);
    return result;
}

std::optional<QList<CalendarEvent>> CalendarFile::read(
    const QByteArray &text, QString *error, const QTimeZone &zone)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Component calendar(icalparser_parse_string(text.constData()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return fail(tr("This is not an iCalendar file."));
    QList<CalendarEvent> events;
    for (icalcomponent *vevent
         = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         vevent; vevent = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        CalendarEvent event;
        event.uid = relais::text(icalcomponent_get_uid(vevent));
        event.summary = relais::text(icalcomponent_get_summary(vevent));
        event.description = relais::text(icalcomponent_get_description(vevent));
        event.location = relais::text(icalcomponent_get_location(vevent));
        for (icalproperty *category
             = icalcomponent_get_first_property(vevent, ICAL_CATEGORIES_PROPERTY);
             category; category = icalcomponent_get_next_property(vevent, ICAL_CATEGORIES_PROPERTY))
            event.categories << relais::text(icalproperty_get_categories(category));
        const icaltimetype starts = icalcomponent_get_dtstart(vevent);
        if (icaltime_is_null_time(starts))
            return fail(tr("An event of the calendar has no start."));
        if (icaltime_is_date(starts)) {
            event.date = QDate(starts.year, starts.month, starts.day);
        } else {
            const QDateTime start = toZone(starts, zone);
            event.date = start.date();
            event.starts = start.time();
            const icaltimetype ends = icalcomponent_get_dtend(vevent);
            if (!icaltime_is_null_time(ends))
                event.ends = toZone(ends, zone).time();
        }
        if (icalproperty *stamp = icalcomponent_get_first_property(vevent, ICAL_DTSTAMP_PROPERTY))
            event.changedAt = toZone(icalproperty_get_dtstamp(stamp), QTimeZone::utc());
        events << event;
    }
    return events;
}

} // namespace relais
