#pragma once

#include "../db/indicatorrepository.h"
#include "../db/trainingrepository.h"
#include "../domain/means.h"
#include "../domain/meeting.h"
#include "../domain/serd.h"

#include <QDate>
#include <QList>
#include <QString>

namespace relais {

class Database;

// A label of a reference list (or a free name) and how many: one slice of a breakdown.
struct NamedCount
{
    qint64 id = 0; // in its reference list; 0 for "none" or a free name
    QString name; // empty for "none"
    int count = 0;
    bool operator==(const NamedCount &) const = default;
};

// The figures the annual review reports for one year, apart from any rendering. See
// docs/indicators.md (to come) and each field's comment for exactly what is counted.
struct YearIndicators
{
    int year = 0;

    struct Actors
    {
        int organisations = 0; // in the file at the end of the year
        int contacts = 0;
        // The distinct organisations mobilised in the year (see
        // IndicatorRepository::Route), by name.
        QList<IndicatorRepository::MobilisedOrganisation> partners;
        int partnersMobilised = 0;
        // Mobilised in the year and in no earlier year.
        int newPartners = 0;
        // Most first, then by name; "none" (empty name) when the organisation has no type
        // or commune.
        QList<NamedCount> partnersByType;
        QList<NamedCount> partnersByCommune;
    } actors;

    struct MeetingLine
    {
        qint64 id = 0;
        QDate date;
        QString title;
        qint64 typeId = 0;
        QString type;
        MeetingCounts counts; // invited, registered, excused, present, absent, walk-ins
        double attendanceRate() const { return counts.attendanceRate(); }
    };
    struct Meetings
    {
        int count = 0; // meetings dated in the year, whatever their type
        QList<NamedCount> byType; // most first, then by name
        QList<MeetingLine> list; // by date, oldest first
        // The actors' councils (the seeded meeting type).
        qint64 councilTypeId = 0;
        int councils = 0;
        MeetingCounts councilTotals; // summed over the year's councils
        double councilAverage(int MeetingCounts::*field) const
        {
            return councils ? double(councilTotals.*field) / councils : 0.0;
        }
        // Those invited who came, out of those invited, over all the councils.
        double councilAttendanceRate() const { return councilTotals.attendanceRate(); }
    } meetings;

    struct Training
    {
        TrainingRepository::YearFigures figures; // trainees, sessions, half-days, rate…
        // Each session of the year with its attendance, oldest first.
        QList<IndicatorRepository::TrainingSessionLine> sessions;
        // Trainees of the year who ran a held action of the year's edition (see
        // IndicatorRepository::traineesWithSerdAction).
        int traineesWithSerdAction = 0;
        // Out of the year's trainees; 0 when nobody was trained.
        double traineesWithSerdActionShare() const
        {
            return figures.trainees ? double(traineesWithSerdAction) / figures.trainees : 0.0;
        }
    } training;

    // The SERD figures (SerdTotals' counting rule) of the actions or dates of one topic,
    // category or commune.
    struct SerdGroup
    {
        qint64 id = 0; // 0: none
        QString name; // empty: none
        SerdTotals totals;
    };
    struct Serd
    {
        bool hasEdition = false; // an edition of the year exists
        SerdTotals totals;
        // Groups with at least one held date, most held dates first, then by name. By topic
        // and category: the actions of the group; by commune: the held dates in it.
        QList<SerdGroup> byTopic;
        QList<SerdGroup> byCategory;
        QList<SerdGroup> byCommune;
    } serd;

    struct ContributionAmount
    {
        ContributionKind kind = ContributionKind::Material;
        QString name; // in the user's language
        Cents amount = 0;
        int entries = 0;
    };
    struct StaffDays
    {
        qint64 id = 0; // the role; 0 for an activity or "none"
        QString name; // empty: no role
        int halfDays = 0;
        double days() const { return halfDays / 2.0; }
    };
    struct Means
    {
        Cents contributions = 0; // every valued contribution of the year
        QList<ContributionAmount> contributionsByKind; // largest first
        int staffHalfDays = 0; // staff time entries starting in the year
        double staffDays() const { return staffHalfDays / 2.0; }
        QList<StaffDays> staffByRole; // most days first
        QList<StaffDays> staffByActivity;
    } means;
};

// Computes the year's indicators from the repositories.
class IndicatorCalculator
{
public:
    explicit IndicatorCalculator(Database &database);

    // KeyFigures: the figures a year is compared on (the dashboard's headline figures, the
    // key figures of the annual review), not its lists: actors.partners, partnersByType,
    // partnersByCommune, training.sessions, and serd's byTopic, byCategory and byCommune
    // are left empty. At 100,000 contacts, reading the year's partners alone takes longer
    // than all the key figures.
    enum class Detail { Full, KeyFigures };

    YearIndicators compute(int year, Detail detail = Detail::Full) const;
    // From first to last, in year order (empty when last < first): for charts year over
    // year.
    QList<YearIndicators> computeRange(int first, int last) const;

private:
    void computeActors(YearIndicators &indicators, Detail detail) const;
    void computeMeetings(YearIndicators &indicators) const;
    void computeTraining(YearIndicators &indicators, Detail detail) const;
    void computeSerd(YearIndicators &indicators, Detail detail) const;
    void computeMeans(YearIndicators &indicators) const;

    Database &m_database;
};

} // namespace relais
