#pragma once

#include "../db/serdrepository.h"
#include "calendarfile.h"
#include "csvfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace relais {

// An edition's actions leaving Relais: the agenda for the programme's website and
// partners' calendars (iCalendar), and the table for a spreadsheet (CSV).
class SerdExport
{
    Q_DECLARE_TR_FUNCTIONS(relais::SerdExport)

public:
    // One event per occurrence that counts as held (confirmed or held actions, not
    // cancelled): proposals and cancellations are not announced. Place and commune in
    // LOCATION, the organisers and audience in DESCRIPTION, the topic in CATEGORIES.
    static QList<CalendarEvent> calendarEvents(const QList<SerdActionRow> &rows);
    static QByteArray icalendar(const QList<SerdActionRow> &rows, const SerdEdition &edition);
    // One row per occurrence, cancelled ones included and said so; an action without
    // occurrence gets one row without date. The edition's year comes first: the table
    // imports back (see ImportKind::SerdActions).
    static QByteArray csv(const QList<SerdActionRow> &rows, const SerdEdition &edition,
        CsvProfile profile = CsvProfile::ExcelFrench);
    // "SERD 2014 - agenda.ics".
    static QString suggestedFileName(const SerdEdition &edition, const QString &suffix);
};

} // namespace relais
