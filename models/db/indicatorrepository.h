#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace relais {

class Database;

// The few questions the year's indicators ask that no other repository answers: who was
// mobilised, how large the file was, which trainees ran a SERD action.
class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database &database);

    // Organisations and contacts in the file at the end of the year: created on or before
    // 31 December (those deleted since are gone and not counted).
    int organisationsAt(int year) const;
    int contactsAt(int year) const;

    // How an organisation was mobilised in a year.
    enum Route {
        Meeting = 0x1, // one of its members was present at a meeting of the year
        Training = 0x2, // one of its members was present at a half-day of training
        Serd = 0x4, // it led or co-organised a held action of the year's edition
        Contribution = 0x8, // it made a valued contribution of the year
    };
    struct MobilisedOrganisation
    {
        qint64 id = 0;
        QString name;
        qint64 typeId = 0; // 0: none
        QString type;
        qint64 communeId = 0;
        QString commune;
        int routes = 0; // Route flags
    };
    // The organisations mobilised in the year, each once, by name.
    QList<MobilisedOrganisation> mobilised(int year) const;
    // Of the organisations mobilised in the year, those already mobilised in an earlier
    // year (the others are the year's new partners).
    QSet<qint64> mobilisedAgain(int year) const;
    // How many organisations mobilised() lists, and how many of them mobilisedAgain()
    // holds, without reading them.
    struct MobilisedCount
    {
        int mobilised = 0;
        int again = 0;
    };
    MobilisedCount mobilisedCount(int year) const;

    // How many (organisation, year, route) counts of organisation_presence differ from the
    // attendance and memberships on file, recomputed from scratch: 0 when the triggers
    // that keep it (schema_v13) did their job. Reads every attendance row: for tests and
    // checks, never for a figure.
    int presenceDrift() const;
    // Likewise, how many meetings' counts in meeting_tally differ from their invitations.
    int meetingTallyDrift() const;

    // Contacts present at one half-day of training or more in the year who are the contact
    // person of a held action of that year's edition, or a member of an organisation that
    // led or co-organised one.
    int traineesWithSerdAction(int year) const;

    // A training session of the year and how its half-days were attended.
    struct TrainingSessionLine
    {
        qint64 id = 0;
        QDate date;
        qint64 cohortId = 0;
        QString cohort;
        QString module;
        int halfDays = 0; // 1 or 2
        int enrolled = 0; // in the session's cohort
        int present = 0; // present half-days, summed over the trainees
        int excused = 0; // excused half-days
        bool entered = false; // its sheet has been entered (one tick or more)
        // Present half-days out of those expected of the enrolled; 0 before the sheet is in.
        double attendanceRate() const
        {
            const int expected = entered ? enrolled * halfDays : 0;
            return expected ? double(present) / expected : 0.0;
        }
    };
    // By date, oldest first.
    QList<TrainingSessionLine> trainingSessions(int year) const;

    // An edition's actions held, counted as SerdRepository::figures() counts them: each
    // date and place not cancelled of an action confirmed or held, and the distinct
    // actions with one or more.
    struct EditionHeld
    {
        qint64 editionId = 0;
        int year = 0;
        int held = 0;
        int distinct = 0;
        bool operator==(const EditionHeld &) const = default;
    };
    // Every edition up to this year, oldest first, in one query rather than one reading
    // of all its actions and occurrences per edition.
    QList<EditionHeld> serdEditionsUpTo(int year) const;

    // The years something happened in (a meeting, a training session, a SERD edition, a
    // valued contribution or staff time), oldest first: the years a review can be made of.
    QList<int> activityYears() const;

    // The meeting type seeded as the actors' council: found by its seeded name (in the
    // language of the file's creation, or English), else the first type seeded; 0 when
    // there is no meeting type at all.
    qint64 actorsCouncilTypeId() const;

private:
    Database &m_database;
};

} // namespace relais
