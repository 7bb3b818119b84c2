#pragma once

#include "../domain/means.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Valued contributions of partners, staff time, and the staff's roles: storage and the
// totals the dashboard and the annual report show.
class MeansRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::MeansRepository)

public:
    explicit MeansRepository(Database &database);

    // ---- Valued contributions ----------------------------------------------------
    // Inserts take the record's id when set (undo); timestamps left invalid become now.
    std::optional<ValuedContribution> contribution(qint64 id) const;
    qint64 insertContribution(const ValuedContribution &contribution);
    void updateContribution(const ValuedContribution &contribution);
    void removeContribution(qint64 id);

    // A contribution with the names a list shows.
    struct ContributionRow
    {
        ValuedContribution contribution;
        QString organisation;
        QString relatesTo; // the meeting's or SERD action's title, if any
    };
    // By year (newest first), then organisation; 0 for every year / organisation.
    QList<ContributionRow> contributions(int year = 0, qint64 organisationId = 0) const;
    // For an organisation's record.
    QList<ContributionRow> contributionsOf(qint64 organisationId) const
    {
        return contributions(0, organisationId);
    }

    // What contributions are added up by; combine them for a cross table
    // (Organisation | Year: each organisation's total per year).
    enum class ContributionGroup {
        Organisation = 0x1,
        Action = 0x2, // the meeting or SERD action it relates to (none: one line)
        Kind = 0x4,
        Year = 0x8,
    };
    Q_DECLARE_FLAGS(ContributionGroups, ContributionGroup)
    struct ContributionTotal
    {
        // The keys of the groups asked for; the others stay at their defaults.
        qint64 organisationId = 0;
        qint64 meetingId = 0;
        qint64 serdActionId = 0;
        ContributionKind kind = ContributionKind::StaffTime;
        int year = 0;
        QString organisation; // name
        QString action; // title of the meeting or SERD action; empty for "none"
        Cents amount = 0;
        int entries = 0;
    };
    // Largest amounts first, except by year (in year order); year 0 for every year.
    QList<ContributionTotal> contributionTotals(ContributionGroups by, int year = 0) const;
    // One number: every contribution of the year (0: of all years).
    Cents contributionSum(int year = 0, qint64 organisationId = 0) const;

    // ---- Staff and roles ---------------------------------------------------------
    // The people of the reference list StaffMember with their current role, in list
    // order.
    QList<StaffPerson> staff(bool includeRetired = true) const;
    std::optional<StaffPerson> staffPerson(qint64 staffId) const;
    // 0 clears it.
    void setStaffRole(qint64 staffId, qint64 roleId);

    // ---- Staff time --------------------------------------------------------------
    std::optional<StaffTimeEntry> staffTime(qint64 id) const;
    qint64 insertStaffTime(const StaffTimeEntry &entry);
    void updateStaffTime(const StaffTimeEntry &entry);
    void removeStaffTime(qint64 id);

    struct StaffTimeRow
    {
        StaffTimeEntry entry;
        QString person;
        QString role;
        QString activity; // the meeting's title, the session's module, "SERD 2015", or the category
    };
    // By date (newest first); 0 for every year / person.
    QList<StaffTimeRow> staffTimeEntries(int year = 0, qint64 staffId = 0) const;

    enum class StaffTimeGroup {
        Role = 0x1, // the person's current role (none: one line)
        Person = 0x2,
        Activity = 0x4, // each meeting, session, edition or category
        Year = 0x8,
    };
    Q_DECLARE_FLAGS(StaffTimeGroups, StaffTimeGroup)
    struct StaffTimeTotal
    {
        qint64 roleId = 0;
        qint64 staffId = 0;
        StaffActivity activity;
        int year = 0;
        QString role;
        QString person;
        QString activityName;
        int halfDays = 0;
        int entries = 0;
        double days() const { return halfDays / 2.0; }
    };
    // Most days first, except by year (in year order); year 0 for every year.
    QList<StaffTimeTotal> staffTimeTotals(StaffTimeGroups by, int year = 0) const;

    // The categories typed so far and the usual ones, for completion, alphabetically.
    QStringList staffTimeCategories() const;

private:
    void notify();

    Database &m_database;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MeansRepository::ContributionGroups)
Q_DECLARE_OPERATORS_FOR_FLAGS(MeansRepository::StaffTimeGroups)

} // namespace relais
