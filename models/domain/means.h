#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

// The means of the programme: what partners put in (valued contributions, in euros) and
// the programme's own staff time (in days). Money is kept in integer cents and days in
// half-days, so that totals add up exactly.

namespace relais {

using Cents = qint64;

// The activities a record pointed at before they were deleted: the file keeps them so
// that undoing the deletion links the record again (see schema_v6). Never shown; kept
// as read, so that undo and redo put a record back exactly as it was.
struct DetachedLinks
{
    qint64 meeting = 0;
    qint64 trainingSession = 0;
    qint64 serdAction = 0;
    qint64 serdEdition = 0;
    bool operator==(const DetachedLinks &) const = default;
};

// ---- Valued contributions (dépenses valorisées) ------------------------------------

enum class ContributionKind { StaffTime = 0, Material = 1, Other = 2 };
inline constexpr ContributionKind allContributionKinds[]
    = { ContributionKind::StaffTime, ContributionKind::Material, ContributionKind::Other };

// What a staff-time contribution's quantity counts.
enum class TimeUnit { Hours = 0, Days = 1 };

// What a partner put into the programme in a year: its staff's time (quantity × rate)
// or material and other expenses (an amount typed as such).
struct ValuedContribution
{
    qint64 id = 0;
    qint64 organisationId = 0;
    int year = 0;
    // What it relates to, if anything: a meeting or a SERD action (at most one).
    qint64 meetingId = 0;
    qint64 serdActionId = 0;
    ContributionKind kind = ContributionKind::Material;
    // Staff time only: hours or days (to the hundredth) and the rate per hour or day.
    TimeUnit unit = TimeUnit::Hours;
    double quantity = 0;
    Cents rate = 0;
    // Computed for staff time (see staffTimeAmount()), typed otherwise.
    Cents amount = 0;
    QString note;
    DetachedLinks detached;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ValuedContribution &) const = default;
};

// ---- Staff time (moyens humains) ---------------------------------------------------

// What staff time was spent on: a meeting, a training session, a SERD edition, or a
// free category ("Mobilisation", "Communication").
struct StaffActivity
{
    enum class Kind { None, Meeting, TrainingSession, SerdEdition, Category };
    Kind kind = Kind::None;
    qint64 id = 0; // of the meeting, session or edition
    QString category;

    static StaffActivity meeting(qint64 id) { return { Kind::Meeting, id, {} }; }
    static StaffActivity trainingSession(qint64 id) { return { Kind::TrainingSession, id, {} }; }
    static StaffActivity serdEdition(qint64 id) { return { Kind::SerdEdition, id, {} }; }
    static StaffActivity named(const QString &category) { return { Kind::Category, 0, category }; }
    bool isNone() const { return kind == Kind::None; }
    bool operator==(const StaffActivity &) const = default;
};

// Days spent by one person of the staff on one activity, on a date or over a period.
struct StaffTimeEntry
{
    qint64 id = 0;
    QDate startsOn; // the date, or the first day of a period
    QDate endsOn; // the last day of a period; invalid for a single date
    qint64 staffId = 0; // a person of the reference list StaffMember
    StaffActivity activity;
    double days = 0; // in half-day steps: 0.5, 1, 1.5…
    QString note;
    DetachedLinks detached;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Figures are counted in the year the entry starts.
    int year() const { return startsOn.year(); }
    bool operator==(const StaffTimeEntry &) const = default;
};

// Staff time on a meeting, dated on the day it was held: what "log preparation time"
// pre-fills after a meeting.
StaffTimeEntry staffTimeForMeeting(qint64 meetingId, const QDate &heldOn, qint64 staffId = 0);

// A person of the programme's staff and their current role.
struct StaffPerson
{
    qint64 id = 0;
    QString name;
    bool retired = false;
    qint64 roleId = 0; // 0: no role yet
    QString role;
};

// ---- Rules ---------------------------------------------------------------------------

// euros → cents, rounded to the nearest cent (0.005 away from zero).
Cents centsFromEuros(double euros);
// A quantity to the hundredth (7.456 h → 746), as stored.
qint64 hundredths(double quantity);
// The amount of staff time: quantity × rate, rounded to the cent (half a cent away from
// zero), computed in integers from the quantity to the hundredth.
Cents staffTimeAmount(double quantity, Cents rate);

// Days as a whole number of half-days (1.5 → 3); nullopt unless days is a positive
// multiple of one half.
std::optional<int> halfDaysOf(double days);
inline bool isHalfDayStep(double days)
{
    return halfDaysOf(days).has_value();
}

// The contribution as it will be stored: text simplified, quantity to the hundredth and
// the amount of staff time computed; the fields of staff time cleared for other kinds.
ValuedContribution cleanedContribution(const ValuedContribution &contribution);
// Why it cannot be stored, in the user's language; empty when it can.
QString contributionError(const ValuedContribution &contribution);

StaffTimeEntry cleanedStaffTime(const StaffTimeEntry &entry);
QString staffTimeError(const StaffTimeEntry &entry);

// ---- Words ---------------------------------------------------------------------------

QString contributionKindName(ContributionKind kind);
QString timeUnitName(TimeUnit unit);
// "7.5 h", "2 days": a staff-time quantity with its unit.
QString quantityText(double quantity, TimeUnit unit, const QLocale &locale = QLocale());
// "34,700.00 €" (in French: "34 700,00 €").
QString formatCents(Cents cents, const QLocale &locale = QLocale());
// "1.5" / "1,5".
QString formatDays(double days, const QLocale &locale = QLocale());
// Categories of staff time offered before any was typed.
QStringList defaultStaffCategories();

} // namespace relais
