#include "yearindicators.h"

#include "../db/meansrepository.h"
#include "../db/meetingrepository.h"
#include "../db/referencelistrepository.h"
#include "../db/serdrepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace relais {

namespace {

// Most first, then by name: the order of a breakdown's table and chart.
template<typename T, typename Count> void sortByCount(QList<T> &list, Count count)
{
    std::stable_sort(list.begin(), list.end(), [&](const T &a, const T &b) {
        if (count(a) != count(b))
            return count(a) > count(b);
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

// Counts per key, keeping the first name met for each key.
class Tally
{
public:
    void add(qint64 id, const QString &name)
    {
        const QString key = id ? QString::number(id) : QLatin1Char('~') + name;
        auto it = m_index.constFind(key);
        if (it == m_index.constEnd()) {
            m_index.insert(key, m_counts.size());
            m_counts << NamedCount { id, name, 1 };
        } else {
            ++m_counts[*it].count;
        }
    }
    QList<NamedCount> sorted() const
    {
        QList<NamedCount> counts = m_counts;
        sortByCount(counts, [](const NamedCount &c) { return c.count; });
        return counts;
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<NamedCount> m_counts;
};

void add(MeetingCounts &total, const MeetingCounts &counts)
{
    total.invited += counts.invited;
    total.registered += counts.registered;
    total.excused += counts.excused;
    total.present += counts.present;
    total.absent += counts.absent;
    total.walkIns += counts.walkIns;
    total.invitedPresent += counts.invitedPresent;
}

} // namespace

IndicatorCalculator::IndicatorCalculator(Database &database)
    : m_database(database)
{ }

YearIndicators IndicatorCalculator::compute(int year, Detail detail) const
{
    YearIndicators indicators;
    indicators.year = year;
    computeActors(indicators, detail);
    computeMeetings(indicators);
    computeTraining(indicators, detail);
    computeSerd(indicators, detail);
    computeMeans(indicators);
    return indicators;
}

QList<YearIndicators> IndicatorCalculator::computeRange(int first, int last) const
{
    QList<YearIndicators> years;
    for (int year = first; year <= last; ++year)
        years << compute(year);
    return years;
}

void IndicatorCalculator::computeActors(YearIndicators &indicators, Detail detail) const
{
    const IndicatorRepository repository(m_database);
    auto &actors = indicators.actors;
    actors.organisations = repository.organisationsAt(indicators.year);
    actors.contacts = repository.contactsAt(indicators.year);
    if (detail == Detail::KeyFigures) {
        const auto count = repository.mobilisedCount(indicators.year);
        actors.partnersMobilised = count.mobilised;
        actors.newPartners = count.mobilised - count.again;
        return;
    }
    actors.partners = repository.mobilised(indicators.year);
    actors.partnersMobilised = int(actors.partners.size());
    const QSet<qint64> again = repository.mobilisedAgain(indicators.year);
    Tally byType;
    Tally byCommune;
    for (const auto &partner : std::as_const(actors.partners)) {
        if (!again.contains(partner.id))
            ++actors.newPartners;
        byType.add(partner.typeId, partner.type);
        byCommune.add(partner.communeId, partner.commune);
    }
    actors.partnersByType = byType.sorted();
    actors.partnersByCommune = byCommune.sorted();
}

void IndicatorCalculator::computeMeetings(YearIndicators &indicators) const
{
    const MeetingRepository repository(m_database);
    auto &meetings = indicators.meetings;
    QList<MeetingRow> rows = repository.list(indicators.year);
    std::reverse(rows.begin(), rows.end());
    Tally byType;
    for (const MeetingRow &row : std::as_const(rows)) {
        meetings.list << YearIndicators::MeetingLine { row.id, row.date, row.title, row.typeId,
            row.type, row.counts };
        byType.add(row.typeId, row.type);
    }
    meetings.count = int(rows.size());
    meetings.byType = byType.sorted();

    meetings.councilTypeId = IndicatorRepository(m_database).actorsCouncilTypeId();
    if (!meetings.councilTypeId)
        return;
    // The councils are among the year's meetings already read (not asked for again).
    for (const MeetingRow &row : std::as_const(rows)) {
        if (row.typeId != meetings.councilTypeId)
            continue;
        ++meetings.councils;
        add(meetings.councilTotals, row.counts);
    }
}

void IndicatorCalculator::computeTraining(YearIndicators &indicators, Detail detail) const
{
    indicators.training.figures = TrainingRepository(m_database).figures(indicators.year);
    if (detail == Detail::Full)
        indicators.training.sessions
            = IndicatorRepository(m_database).trainingSessions(indicators.year);
    indicators.training.traineesWithSerdAction
        = IndicatorRepository(m_database).traineesWithSerdAction(indicators.year);
}

void IndicatorCalculator::computeSerd(YearIndicators &indicators, Detail detail) const
{
    const SerdRepository repository(m_database);
    auto &serd = indicators.serd;
    const auto edition = repository.editionOfYear(indicators.year);
    if (!edition)
        return;
    serd.hasEdition = true;
    // The edition's actions and dates as they are, without the names of their organisers
    // and contact persons that SerdRepository::actionRows() adds for the SERD area.
    const QList<SerdAction> actions = repository.actions(edition->id);
    const QList<SerdOccurrence> occurrences = repository.occurrencesOfEdition(edition->id);
    serd.totals = serdTotals(actions, occurrences);
    if (detail == Detail::KeyFigures)
        return;

    // Groups of actions (topic, category) or of dates (commune), each counted by the same
    // rule as the edition's totals.
    struct Group
    {
        YearIndicators::SerdGroup group;
        QList<SerdAction> actions;
        QList<SerdOccurrence> occurrences;
    };
    const auto finish = [&](const QList<Group> &groups) {
        QList<YearIndicators::SerdGroup> result;
        for (const Group &g : groups) {
            YearIndicators::SerdGroup group = g.group;
            group.totals = serdTotals(g.actions, g.occurrences);
            if (group.totals.held > 0)
                result << group;
        }
        sortByCount(result, [](const YearIndicators::SerdGroup &g) { return g.totals.held; });
        return result;
    };
    const auto groupActions = [&](ReferenceList list, auto idOf) {
        QHash<qint64, QString> names;
        for (const ReferenceItem &item : ReferenceListRepository(m_database).items(list))
            names.insert(item.id, item.name);
        QList<Group> groups;
        QHash<qint64, qsizetype> index;
        for (const SerdAction &action : actions) {
            const qint64 id = idOf(action);
            if (!index.contains(id)) {
                index.insert(id, groups.size());
                groups << Group { { id, names.value(id), {} }, {}, occurrences };
            }
            groups[index.value(id)].actions << action;
        }
        return finish(groups);
    };
    serd.byTopic
        = groupActions(ReferenceList::SerdTopic, [](const SerdAction &a) { return a.topicId; });
    serd.byCategory = groupActions(
        ReferenceList::SerdCategory, [](const SerdAction &a) { return a.categoryId; });

    QList<Group> communes;
    QHash<qint64, qsizetype> index;
    for (const SerdOccurrence &occurrence : std::as_const(occurrences)) {
        if (!index.contains(occurrence.communeId)) {
            index.insert(occurrence.communeId, communes.size());
            communes << Group { { occurrence.communeId, occurrence.communeName, {} }, actions, {} };
        }
        communes[index.value(occurrence.communeId)].occurrences << occurrence;
    }
    serd.byCommune = finish(communes);
}

void IndicatorCalculator::computeMeans(YearIndicators &indicators) const
{
    const MeansRepository repository(m_database);
    auto &means = indicators.means;
    const int year = indicators.year;
    means.contributions = repository.contributionSum(year);
    for (const auto &total :
        repository.contributionTotals(MeansRepository::ContributionGroup::Kind, year)) {
        means.contributionsByKind << YearIndicators::ContributionAmount { total.kind,
            contributionKindName(total.kind), total.amount, total.entries };
    }
    for (const auto &total :
        repository.staffTimeTotals(MeansRepository::StaffTimeGroup::Role, year)) {
        means.staffHalfDays += total.halfDays;
        means.staffByRole << YearIndicators::StaffDays { total.roleId, total.role, total.halfDays };
    }
    for (const auto &total :
        repository.staffTimeTotals(MeansRepository::StaffTimeGroup::Activity, year)) {
        means.staffByActivity << YearIndicators::StaffDays { 0, total.activityName,
            total.halfDays };
    }
}

} // namespace relais
