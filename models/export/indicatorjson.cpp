#include "indicatorjson.h"

#include "../indicators/yearindicators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace relais {

namespace {

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Rates and days rounded enough for a reader, not so much that a sum drifts.
double rounded(double value, int decimals = 4)
{
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return std::round(value * scale) / scale;
}

double euros(Cents amount)
{
    return double(amount) / 100.0;
}

QJsonObject countsByName(const QList<NamedCount> &counts)
{
    QJsonObject map;
    for (const NamedCount &count : counts)
        map.insert(count.name, count.count);
    return map;
}

QJsonObject serdGroups(const QList<YearIndicators::SerdGroup> &groups)
{
    QJsonObject map;
    for (const auto &group : groups)
        map.insert(group.name, group.totals.held);
    return map;
}

const char *contributionKindKey(ContributionKind kind)
{
    switch (kind) {
    case ContributionKind::StaffTime:
        return "staff_time";
    case ContributionKind::Material:
        return "material";
    case ContributionKind::Other:
        break;
    }
    return "other";
}

QJsonArray routeNames(int routes)
{
    QJsonArray names;
    if (routes & IndicatorRepository::Meeting)
        names << QStringLiteral("meeting");
    if (routes & IndicatorRepository::Training)
        names << QStringLiteral("training");
    if (routes & IndicatorRepository::Serd)
        names << QStringLiteral("serd");
    if (routes & IndicatorRepository::Contribution)
        names << QStringLiteral("contribution");
    return names;
}

QJsonObject meetingCounts(const MeetingCounts &counts)
{
    return {
        { QStringLiteral("invited"), counts.invited },
        { QStringLiteral("registered"), counts.registered },
        { QStringLiteral("excused"), counts.excused },
        { QStringLiteral("present"), counts.present },
        { QStringLiteral("absent"), counts.absent },
        { QStringLiteral("walk_ins"), counts.walkIns },
        { QStringLiteral("attendance_rate"), rounded(counts.attendanceRate()) },
    };
}

QJsonObject actorsJson(const YearIndicators::Actors &actors)
{
    QJsonArray partners;
    for (const auto &partner : actors.partners) {
        partners << QJsonObject {
            { QStringLiteral("name"), partner.name },
            { QStringLiteral("type"), partner.type },
            { QStringLiteral("commune"), partner.commune },
            { QStringLiteral("routes"), routeNames(partner.routes) },
        };
    }
    return {
        { QStringLiteral("organisations"), actors.organisations },
        { QStringLiteral("contacts"), actors.contacts },
        { QStringLiteral("partners_mobilised"), actors.partnersMobilised },
        { QStringLiteral("new_partners"), actors.newPartners },
        { QStringLiteral("partners_by_type"), countsByName(actors.partnersByType) },
        { QStringLiteral("partners_by_commune"), countsByName(actors.partnersByCommune) },
        { QStringLiteral("partners"), partners },
    };
}

QJsonObject meetingsJson(const YearIndicators::Meetings &meetings)
{
    QJsonArray list;
    for (const auto &line : meetings.list) {
        QJsonObject meeting = meetingCounts(line.counts);
        meeting.insert(QStringLiteral("title"), line.title);
        meeting.insert(QStringLiteral("date"), dateText(line.date));
        meeting.insert(QStringLiteral("type"), line.type);
        list << meeting;
    }
    QJsonObject councils = meetingCounts(meetings.councilTotals);
    councils.insert(QStringLiteral("count"), meetings.councils);
    councils.insert(QStringLiteral("average_invited"),
        rounded(meetings.councilAverage(&MeetingCounts::invited), 2));
    councils.insert(QStringLiteral("average_present"),
        rounded(meetings.councilAverage(&MeetingCounts::present), 2));
    return {
        { QStringLiteral("count"), meetings.count },
        { QStringLiteral("by_type"), countsByName(meetings.byType) },
        { QStringLiteral("list"), list },
        { QStringLiteral("councils"), councils },
    };
}

QJsonObject trainingJson(const YearIndicators::Training &training)
{
    QJsonArray sessions;
    for (const auto &session : training.sessions) {
        sessions << QJsonObject {
            { QStringLiteral("date"), dateText(session.date) },
            { QStringLiteral("cohort"), session.cohort },
            { QStringLiteral("module"), session.module },
            { QStringLiteral("half_days"), session.halfDays },
            { QStringLiteral("enrolled"), session.enrolled },
            { QStringLiteral("present_half_days"), session.present },
            { QStringLiteral("excused_half_days"), session.excused },
            { QStringLiteral("attendance_rate"), rounded(session.attendanceRate()) },
        };
    }
    const auto &figures = training.figures;
    return {
        { QStringLiteral("trainees"), figures.trainees },
        { QStringLiteral("sessions"), figures.sessions },
        { QStringLiteral("half_days"), figures.halfDays },
        { QStringLiteral("attendance_rate"), rounded(figures.attendanceRate()) },
        { QStringLiteral("completions"), figures.completions },
        { QStringLiteral("trainees_with_serd_action"), training.traineesWithSerdAction },
        { QStringLiteral("trainees_with_serd_action_share"),
            rounded(training.traineesWithSerdActionShare()) },
        { QStringLiteral("session_list"), sessions },
    };
}

QJsonObject serdJson(const YearIndicators::Serd &serd)
{
    return {
        { QStringLiteral("edition"), serd.hasEdition },
        { QStringLiteral("actions_held"), serd.totals.held },
        { QStringLiteral("distinct_actions"), serd.totals.distinct },
        { QStringLiteral("organisers"), serd.totals.organisers },
        { QStringLiteral("participants"), serd.totals.participants },
        { QStringLiteral("by_topic"), serdGroups(serd.byTopic) },
        { QStringLiteral("by_category"), serdGroups(serd.byCategory) },
        { QStringLiteral("by_commune"), serdGroups(serd.byCommune) },
    };
}

QJsonObject staffDays(const QList<YearIndicators::StaffDays> &days)
{
    QJsonObject map;
    for (const auto &line : days)
        map.insert(line.name, line.days());
    return map;
}

QJsonObject meansJson(const YearIndicators::Means &means)
{
    QJsonObject byKind;
    for (const auto &amount : means.contributionsByKind)
        byKind.insert(QLatin1String(contributionKindKey(amount.kind)), euros(amount.amount));
    return {
        { QStringLiteral("contributions_eur"), euros(means.contributions) },
        { QStringLiteral("contributions_by_kind"), byKind },
        { QStringLiteral("staff_days"), means.staffDays() },
        { QStringLiteral("staff_days_by_role"), staffDays(means.staffByRole) },
        { QStringLiteral("staff_days_by_activity"), staffDays(means.staffByActivity) },
    };
}

QJsonObject sections(const YearIndicators &indicators)
{
    return {
        { QStringLiteral("actors"), actorsJson(indicators.actors) },
        { QStringLiteral("meetings"), meetingsJson(indicators.meetings) },
        { QStringLiteral("training"), trainingJson(indicators.training) },
        { QStringLiteral("serd"), serdJson(indicators.serd) },
        { QStringLiteral("means"), meansJson(indicators.means) },
    };
}

} // namespace

QJsonObject indicatorsJson(const YearIndicators &year, const YearIndicators &previous)
{
    QJsonObject json = sections(year);
    json.insert(QStringLiteral("year"), year.year);
    QJsonObject before = sections(previous);
    before.insert(QStringLiteral("year"), previous.year);
    json.insert(QStringLiteral("previous"), before);
    return json;
}

QByteArray indicatorsJsonText(const YearIndicators &year, const YearIndicators &previous)
{
    return QJsonDocument(indicatorsJson(year, previous)).toJson(QJsonDocument::Indented);
}

} // namespace relais
