#include "serdexport.h"

#include "csvfile.h"

#include <QLocale>
#include <algorithm>

namespace relais {

namespace {

QString clock(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString count(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString placeOf(const SerdOccurrence &occurrence)
{
    QStringList parts;
    for (const QString &part : { occurrence.place, occurrence.communeName }) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<CalendarEvent> SerdExport::calendarEvents(const QList<SerdActionRow> &rows)
{
    QList<CalendarEvent> events;
    for (const SerdActionRow &row : rows) {
        QStringList organisers;
        if (!row.lead.isEmpty())
            organisers << row.lead;
        organisers << row.coOrganisers;
        QStringList about;
        if (!row.action.description.trimmed().isEmpty())
            about << row.action.description.trimmed();
        if (!organisers.isEmpty())
            about << tr("Organised by %1").arg(organisers.join(QStringLiteral(", ")));
        if (!row.action.audience.trimmed().isEmpty())
            about << tr("For: %1").arg(row.action.audience.trimmed());
        for (const SerdOccurrence &occurrence : row.occurrences) {
            if (!isHeld(occurrence, row.action.status) || !occurrence.date.isValid())
                continue;
            CalendarEvent event;
            event.uid = QStringLiteral("serd-occurrence-%1@relais").arg(occurrence.id);
            event.summary = row.action.title;
            event.description = about.join(QStringLiteral("\n"));
            event.location = placeOf(occurrence);
            if (!row.topic.isEmpty())
                event.categories << row.topic;
            event.date = occurrence.date;
            event.starts = occurrence.startsAt;
            event.ends = occurrence.endsAt;
            event.changedAt = std::max(occurrence.updatedAt, row.action.updatedAt);
            events << event;
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        return std::pair(a.date, a.starts) < std::pair(b.date, b.starts);
    });
    return events;
}

QByteArray SerdExport::icalendar(const QList<SerdActionRow> &rows, const SerdEdition &edition)
{
    return CalendarFile::write(calendarEvents(rows), tr("SERD %1").arg(edition.year));
}

QByteArray SerdExport::csv(
    const QList<SerdActionRow> &rows, const SerdEdition &edition, CsvProfile profile)
{
    QList<QStringList> table;
    table << QStringList { tr("Edition"), tr("Date"), tr("Start"), tr("End"), tr("Action"),
        tr("Status"), tr("Category"), tr("Topic"), tr("Lead organiser"), tr("Co-organisers"),
        tr("Contact"), tr("Place"), tr("Commune"), tr("Expected participants"), tr("Participants"),
        tr("Cancelled"), tr("On the EWWR platform") };
    for (const SerdActionRow &row : rows) {
        const auto line = [&row, &edition](const SerdOccurrence *occurrence) {
            return QStringList {
                QString::number(edition.year),
                occurrence && occurrence->date.isValid()
                    ? occurrence->date.toString(QStringLiteral("dd/MM/yyyy"))
                    : QString(),
                occurrence ? clock(occurrence->startsAt) : QString(),
                occurrence ? clock(occurrence->endsAt) : QString(),
                row.action.title,
                serdStatusName(row.action.status),
                row.category,
                row.topic,
                row.lead,
                row.coOrganisers.join(QStringLiteral(", ")),
                row.contact,
                occurrence ? occurrence->place : QString(),
                occurrence ? occurrence->communeName : QString(),
                occurrence ? count(occurrence->expectedParticipants) : QString(),
                occurrence ? count(occurrence->actualParticipants) : QString(),
                occurrence && occurrence->cancelled ? tr("yes") : QString(),
                row.action.registered ? tr("yes") : tr("no"),
            };
        };
        if (row.occurrences.isEmpty())
            table << line(nullptr);
        for (const SerdOccurrence &occurrence : row.occurrences)
            table << line(&occurrence);
    }
    return CsvFile::write(table, profile);
}

QString SerdExport::suggestedFileName(const SerdEdition &edition, const QString &suffix)
{
    return tr("SERD %1 - agenda").arg(edition.year) + QLatin1Char('.') + suffix;
}

} // namespace relais
