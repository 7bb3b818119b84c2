#include "means.h"

#include <QCoreApplication>
#include <cmath>

namespace relais {

namespace {

class Means
{
    Q_DECLARE_TR_FUNCTIONS(relais::Means)
};

// Integer division rounded half away from zero.
qint64 roundedDivision(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

} // namespace

StaffTimeEntry staffTimeForMeeting(qint64 meetingId, const QDate &heldOn, qint64 staffId)
{
    StaffTimeEntry entry;
    entry.startsOn = heldOn;
    entry.staffId = staffId;
    entry.activity = StaffActivity::meeting(meetingId);
    return entry;
}

Cents centsFromEuros(double euros)
{
    return qRound64(euros * 100.0);
}

qint64 hundredths(double quantity)
{
    return qRound64(quantity * 100.0);
}

Cents staffTimeAmount(double quantity, Cents rate)
{
    // hundredths of an hour × cents per hour = hundredths of a cent.
    return roundedDivision(hundredths(quantity) * rate, 100);
}

std::optional<int> halfDaysOf(double days)
{
    if (!std::isfinite(days) || days <= 0)
        return std::nullopt;
    const double halves = days * 2.0;
    const double whole = std::round(halves);
    if (std::abs(halves - whole) > 1e-9 || whole > 1e6)
        return std::nullopt;
    return int(whole);
}

ValuedContribution cleanedContribution(const ValuedContribution &contribution)
{
    ValuedContribution c = contribution;
    c.note = c.note.trimmed();
    if (c.kind == ContributionKind::StaffTime) {
        c.quantity = hundredths(c.quantity) / 100.0;
        c.amount = staffTimeAmount(c.quantity, c.rate);
    } else {
        c.unit = TimeUnit::Hours;
        c.quantity = 0;
        c.rate = 0;
    }
    return c;
}

QString contributionError(const ValuedContribution &c)
{
    if (!c.organisationId)
        return Means::tr("A valued contribution comes from an organisation.");
    if (c.year < 1900 || c.year > 2999)
        return Means::tr("The valued contribution needs a year.");
    if (c.meetingId && c.serdActionId)
        return Means::tr(
            "A valued contribution relates to a meeting or to a SERD action, not both.");
    if (c.kind == ContributionKind::StaffTime) {
        if (!std::isfinite(c.quantity) || hundredths(c.quantity) <= 0)
            return c.unit == TimeUnit::Days ? Means::tr("Type the number of days.")
                                            : Means::tr("Type the number of hours.");
        if (c.rate <= 0)
            return c.unit == TimeUnit::Days ? Means::tr("Type the rate per day.")
                                            : Means::tr("Type the rate per hour.");
    }
    if (c.amount <= 0)
        return Means::tr("The amount must be more than zero.");
    return {};
}

StaffTimeEntry cleanedStaffTime(const StaffTimeEntry &entry)
{
    StaffTimeEntry e = entry;
    e.note = e.note.trimmed();
    if (e.endsOn == e.startsOn)
        e.endsOn = QDate();
    if (e.activity.kind == StaffActivity::Kind::Category) {
        e.activity.id = 0;
        e.activity.category = e.activity.category.simplified();
    } else {
        e.activity.category.clear();
    }
    if (e.activity.kind == StaffActivity::Kind::None)
        e.activity.id = 0;
    return e;
}

QString staffTimeError(const StaffTimeEntry &e)
{
    if (!e.staffId)
        return Means::tr("Choose who spent the time.");
    if (!e.startsOn.isValid())
        return Means::tr("The staff time needs a date.");
    if (e.endsOn.isValid() && e.endsOn < e.startsOn)
        return Means::tr("The period ends before it starts.");
    switch (e.activity.kind) {
    case StaffActivity::Kind::None:
        return Means::tr("Choose what the time was spent on: a meeting, a training session, a "
                         "SERD edition or a category.");
    case StaffActivity::Kind::Category:
        if (e.activity.category.trimmed().isEmpty())
            return Means::tr("Type the category of the activity.");
        break;
    default:
        if (!e.activity.id)
            return Means::tr("Choose the meeting, session or edition the time was spent on.");
        break;
    }
    if (!isHalfDayStep(e.days))
        return Means::tr("Staff time is counted in half-days: 0.5, 1, 1.5…");
    return {};
}

QString contributionKindName(ContributionKind kind)
{
    switch (kind) {
    case ContributionKind::StaffTime:
        return Means::tr("Staff time");
    case ContributionKind::Material:
        return Means::tr("Material");
    case ContributionKind::Other:
        return Means::tr("Other");
    }
    return {};
}

QString timeUnitName(TimeUnit unit)
{
    return unit == TimeUnit::Days ? Means::tr("days") : Means::tr("hours");
}

QString quantityText(double quantity, TimeUnit unit, const QLocale &locale)
{
    const QString number = locale.toString(quantity, 'f', QLocale::FloatingPointShortest);
    return unit == TimeUnit::Days ? Means::tr("%1 d").arg(number) : Means::tr("%1 h").arg(number);
}

QString formatCents(Cents cents, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString formatDays(double days, const QLocale &locale)
{
    return locale.toString(days, 'f', QLocale::FloatingPointShortest);
}

QStringList defaultStaffCategories()
{
    return { Means::tr("Mobilisation"), Means::tr("Communication"), Means::tr("Administration") };
}

} // namespace relais
