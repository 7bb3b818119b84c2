#include "serd.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace relais {

namespace {
class Serd
{
    Q_DECLARE_TR_FUNCTIONS(relais::Serd)
};
} // namespace

QString serdStatusName(SerdStatus status)
{
    switch (status) {
    case SerdStatus::Proposed:
        return Serd::tr("Proposed");
    case SerdStatus::Confirmed:
        return Serd::tr("Confirmed");
    case SerdStatus::Held:
        return Serd::tr("Held");
    case SerdStatus::Cancelled:
        return Serd::tr("Cancelled");
    }
    return {};
}

bool serdStatusCounts(SerdStatus status)
{
    return status == SerdStatus::Confirmed || status == SerdStatus::Held;
}

QList<qint64> SerdAction::organiserIds() const
{
    QList<qint64> ids;
    if (leadOrganisationId)
        ids << leadOrganisationId;
    for (const qint64 id : coOrganiserIds) {
        if (id && !ids.contains(id))
            ids << id;
    }
    return ids;
}

bool isHeld(const SerdOccurrence &occurrence, SerdStatus actionStatus)
{
    return !occurrence.cancelled && serdStatusCounts(actionStatus);
}

SerdTotals serdTotals(const QList<SerdAction> &actions, const QList<SerdOccurrence> &occurrences)
{
    QHash<qint64, const SerdAction *> byId;
    for (const SerdAction &action : actions)
        byId.insert(action.id, &action);
    SerdTotals totals;
    QSet<qint64> distinct;
    QSet<qint64> organisers;
    for (const SerdOccurrence &occurrence : occurrences) {
        const SerdAction *action = byId.value(occurrence.actionId);
        if (!action || !isHeld(occurrence, action->status))
            continue;
        ++totals.held;
        if (!distinct.contains(action->id)) {
            distinct.insert(action->id);
            for (const qint64 id : action->organiserIds())
                organisers.insert(id);
        }
        if (occurrence.actualParticipants) {
            totals.participants += *occurrence.actualParticipants;
            totals.actualParticipants += *occurrence.actualParticipants;
        } else if (occurrence.expectedParticipants) {
            totals.participants += *occurrence.expectedParticipants;
            ++totals.estimated;
        } else {
            ++totals.uncounted;
        }
    }
    totals.distinct = int(distinct.size());
    totals.organisers = int(organisers.size());
    return totals;
}

QDate shiftedToEdition(const QDate &date, const SerdEdition &from, const SerdEdition &to)
{
    if (!date.isValid())
        return date;
    if (from.startsOn.isValid() && to.startsOn.isValid())
        return date.addDays(from.startsOn.daysTo(to.startsOn));
    return date.addYears(to.year - from.year);
}

QString serdActionError(const SerdAction &action)
{
    if (!action.editionId)
        return Serd::tr("An action belongs to an edition of the SERD.");
    if (action.title.simplified().isEmpty())
        return Serd::tr("The action needs a title.");
    return {};
}

QString serdOccurrenceError(const SerdOccurrence &occurrence)
{
    if (!occurrence.date.isValid())
        return Serd::tr("The date of the action is missing.");
    if (occurrence.startsAt.isValid() && occurrence.endsAt.isValid()
        && occurrence.endsAt <= occurrence.startsAt)
        return Serd::tr("The action ends before it starts.");
    if ((occurrence.expectedParticipants && *occurrence.expectedParticipants < 0)
        || (occurrence.actualParticipants && *occurrence.actualParticipants < 0))
        return Serd::tr("A number of participants cannot be negative.");
    return {};
}

QString serdEditionError(const SerdEdition &edition)
{
    if (edition.year < 2000 || edition.year > 2999)
        return Serd::tr("The edition needs a year.");
    if (edition.startsOn.isValid() && edition.endsOn.isValid() && edition.endsOn < edition.startsOn)
        return Serd::tr("The Week ends before it starts.");
    return {};
}

SerdAction cleanedSerdAction(const SerdAction &action)
{
    SerdAction cleaned = action;
    cleaned.title = action.title.simplified();
    cleaned.audience = action.audience.simplified();
    cleaned.description = action.description.trimmed();
    cleaned.coOrganiserIds.clear();
    for (const qint64 id : action.coOrganiserIds) {
        if (id && id != action.leadOrganisationId && !cleaned.coOrganiserIds.contains(id))
            cleaned.coOrganiserIds << id;
    }
    return cleaned;
}

} // namespace relais
