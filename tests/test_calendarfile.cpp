#include "catchqt.h"

#include <models/export/calendarfile.h>

using namespace relais;

namespace {

CalendarEvent repairCafe()
{
    CalendarEvent event;
    event.uid = QStringLiteral("serd-occurrence-12@relais");
    event.summary = QStringLiteral("Repair café; bring your toaster, kettle or lamp");
    event.description = QStringLiteral(
        "Organisers: Repair Café de Mulhouse, Ville de Mulhouse — service propreté urbaine; "
        "Maison de quartier Drouot. Des bénévoles réparent avec vous, gratuitement.\nInscription "
        "conseillée.");
    event.location = QStringLiteral("Salle des fêtes, 2 rue de l'Église, Mulhouse");
    event.categories = { QStringLiteral("Réemploi"), QStringLiteral("SERD 2014") };
    event.date = QDate(2014, 11, 22);
    event.starts = QTime(14, 0);
    event.ends = QTime(17, 30);
    event.changedAt = QDateTime(QDate(2014, 11, 3), QTime(9, 15), QTimeZone::utc());
    return event;
}

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("An iCalendar file has its events with escaped text and UTC times", "[calendar]")
{
    CalendarEvent allDay;
    allDay.uid = QStringLiteral("serd-occurrence-13@relais");
    allDay.summary = QStringLiteral("Exposition « Zéro déchet »");
    allDay.date = QDate(2014, 11, 24);
    CalendarEvent summer = repairCafe();
    summer.uid = QStringLiteral("serd-occurrence-14@relais");
    summer.date = QDate(2014, 6, 18);
    summer.starts = QTime(10, 0);
    summer.ends = QTime();

    const QByteArray ics
        = CalendarFile::write({ repairCafe(), allDay, summer }, QStringLiteral("SERD 2014"));
    const QList<QByteArray> lines = linesOf(ics);
    REQUIRE(lines.size() > 10);
    CHECK(lines.constFirst() == "BEGIN:VCALENDAR\r");
    CHECK(lines.constLast() == "END:VCALENDAR\r");
    for (const QByteArray &line : lines) {
        INFO(line.toStdString());
        // CRLF everywhere, and no line longer than 75 octets before its CRLF.
        CHECK(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
    }
    CHECK(ics.contains("VERSION:2.0"));
    CHECK(ics.contains("PRODID:"));
    CHECK(ics.count("BEGIN:VEVENT") == 3);
    // 14:00 in Mulhouse in November is 13:00 UTC; 10:00 in June is 08:00 UTC.
    CHECK(ics.contains("DTSTART:20141122T130000Z"));
    CHECK(ics.contains("DTEND:20141122T163000Z"));
    CHECK(ics.contains("DTSTART:20140618T080000Z"));
    CHECK(ics.contains("DTEND:20140618T090000Z"));
    CHECK(ics.contains("DTSTART;VALUE=DATE:20141124"));
    CHECK(ics.contains("DTEND;VALUE=DATE:20141125"));
    CHECK(ics.contains("DTSTAMP:20141103T091500Z"));
    // Commas and semicolons in text are escaped (RFC 5545, 3.3.11).
    CHECK(ics.contains("SUMMARY:Repair café\\; bring your toaster\\, kettle or lamp"));
    CHECK(ics.contains("X-WR-CALNAME:SERD 2014"));
}

TEST_CASE("An iCalendar file reads back as it was written", "[calendar]")
{
    CalendarEvent allDay;
    allDay.uid = QStringLiteral("serd-occurrence-13@relais");
    allDay.summary = QStringLiteral("Exposition « Zéro déchet »");
    allDay.date = QDate(2014, 11, 24);
    allDay.changedAt = QDateTime(QDate(2014, 11, 3), QTime(9, 15), QTimeZone::utc());
    const QList<CalendarEvent> written { repairCafe(), allDay };

    QString error;
    const auto read = CalendarFile::read(CalendarFile::write(written, QString()), &error);
    INFO(error.toStdString());
    REQUIRE(read);
    REQUIRE(read->size() == 2);
    CHECK((*read)[0] == written[0]);
    CHECK((*read)[1] == written[1]);
}

TEST_CASE("A file that is not an iCalendar is refused with a message", "[calendar]")
{
    QString error;
    CHECK_FALSE(CalendarFile::read("Nom;Prénom\nDupont;Marie\n", &error));
    CHECK(error == QStringLiteral("This is not an iCalendar file."));
}
