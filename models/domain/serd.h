#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace relais {

// The European Week for Waste Reduction (EWWR, in French the SERD): one edition a
// year, each November, with the actions partners and municipal services run.

// One year's Week.
struct SerdEdition
{
    qint64 id = 0;
    int year = 0;
    QDate startsOn;
    QDate endsOn;
    QString focus; // the year's thematic focus, as the EWWR announces it
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const SerdEdition &) const = default;
};

// Where an action stands. Stored as these numbers (serd_action.status).
enum class SerdStatus { Proposed = 0, Confirmed = 1, Held = 2, Cancelled = 3 };
inline constexpr SerdStatus allSerdStatuses[]
    = { SerdStatus::Proposed, SerdStatus::Confirmed, SerdStatus::Held, SerdStatus::Cancelled };

// "Proposed", "Confirmed"… in the user's language.
QString serdStatusName(SerdStatus status);

// Whether an action's occurrences count in the figures: Confirmed or Held. A proposal
// that was never confirmed did not happen as far as the report goes; a confirmed one
// did unless its date was cancelled (the officer rarely comes back to mark each
// action "held" after the Week).
bool serdStatusCounts(SerdStatus status);

// An action of an edition, run by a lead organiser and any co-organisers
// (organisations of the actor file, municipal services included).
struct SerdAction
{
    qint64 id = 0;
    qint64 editionId = 0;
    QString title;
    QString description;
    qint64 categoryId = 0; // serd_category: the EWWR's category of action developer
    qint64 topicId = 0; // serd_topic
    QString audience;
    qint64 leadOrganisationId = 0; // 0: none yet
    QList<qint64> coOrganiserIds; // in the order given, never the lead
    qint64 contactId = 0; // the contact person, 0: none
    SerdStatus status = SerdStatus::Proposed;
    bool registered = false; // on the EWWR's own platform
    QDateTime createdAt;
    QDateTime updatedAt;

    // The lead first, then the co-organisers.
    QList<qint64> organiserIds() const;
    bool operator==(const SerdAction &) const = default;
};

// One time an action is held: a day, its times, a place. Participants are unknown
// (nullopt) until counted.
struct SerdOccurrence
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDate date;
    QTime startsAt; // invalid: not set
    QTime endsAt;
    QString place;
    qint64 communeId = 0;
    QString communeName; // typed in a form and not in the list yet: created on save
    std::optional<int> expectedParticipants;
    std::optional<int> actualParticipants;
    bool cancelled = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const SerdOccurrence &) const = default;
};

// Counting rule of every SERD figure (list totals, dashboard, annual report):
// - an occurrence is *held* when it is not cancelled and its action's status is
//   Confirmed or Held (serdStatusCounts): proposed and cancelled actions never count;
// - `held` counts held occurrences ("74 actions" in 2014);
// - `distinct` counts actions with at least one held occurrence ("56 distinct"): the
//   same action repeated in several places counts once;
// - `organisers` counts distinct organisations leading or co-organising an action
//   with a held occurrence — an organisation on several actions, or lead of one and
//   co-organiser of another, counts once;
// - `participants` adds up, over held occurrences, the actual participants, or the
//   expected ones when the actual number is not known (none when neither is);
//   `actualParticipants` adds up the actual numbers only, `estimated` counts the held
//   occurrences that fell back to the expected number and `uncounted` those with
//   neither, so a report can say how firm the figure is.
struct SerdTotals
{
    int held = 0;
    int distinct = 0;
    int organisers = 0;
    int participants = 0;
    int actualParticipants = 0;
    int estimated = 0;
    int uncounted = 0;

    bool operator==(const SerdTotals &) const = default;
};

bool isHeld(const SerdOccurrence &occurrence, SerdStatus actionStatus);
// Occurrences of actions not in the list are ignored.
SerdTotals serdTotals(const QList<SerdAction> &actions, const QList<SerdOccurrence> &occurrences);

// The day of an occurrence copied from one edition to another: moved by the number
// of days between the editions' first days (the Week keeps its weekday), or by whole
// years when either edition has no dates.
QDate shiftedToEdition(const QDate &date, const SerdEdition &from, const SerdEdition &to);

// What is wrong with an action or an occurrence before it is stored, in the user's
// language; empty when nothing.
QString serdActionError(const SerdAction &action);
QString serdOccurrenceError(const SerdOccurrence &occurrence);
QString serdEditionError(const SerdEdition &edition);

// The lead taken out of the co-organisers, duplicates and zeros dropped; texts
// simplified.
SerdAction cleanedSerdAction(const SerdAction &action);

} // namespace relais
