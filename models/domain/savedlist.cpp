#include "savedlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idsFromJson(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids << id.toInteger();
    return ids;
}

} // namespace

QString SavedListRule::toJson() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::Filter: {
        o[QStringLiteral("kind")] = QStringLiteral("filter");
        o[QStringLiteral("types")] = idsToJson(filter.typeIds);
        o[QStringLiteral("domains")] = idsToJson(filter.domainIds);
        o[QStringLiteral("communes")] = idsToJson(filter.communeIds);
        o[QStringLiteral("tags")] = idsToJson(filter.tagIds);
        o[QStringLiteral("networkHead")] = filter.networkHeadOnly;
        o[QStringLiteral("relayActor")] = filter.relayActorOnly;
        break;
    }
    case Kind::Meeting:
        o[QStringLiteral("kind")] = QStringLiteral("meeting");
        o[QStringLiteral("meeting")] = meetingId;
        break;
    case Kind::LatestMeetingOfType:
        o[QStringLiteral("kind")] = QStringLiteral("latestMeetingOfType");
        o[QStringLiteral("meetingType")] = meetingTypeId;
        break;
    }
    if (kind != Kind::Filter) {
        QJsonArray array;
        for (const AttendanceStatus status : statuses)
            array.append(int(status));
        o[QStringLiteral("statuses")] = array;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SavedListRule SavedListRule::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    SavedListRule rule;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("meeting")) {
        rule.kind = Kind::Meeting;
        rule.meetingId = o.value(QStringLiteral("meeting")).toInteger();
    } else if (kind == QLatin1String("latestMeetingOfType")) {
        rule.kind = Kind::LatestMeetingOfType;
        rule.meetingTypeId = o.value(QStringLiteral("meetingType")).toInteger();
    } else {
        rule.kind = Kind::Filter;
        rule.filter.typeIds = idsFromJson(o.value(QStringLiteral("types")));
        rule.filter.domainIds = idsFromJson(o.value(QStringLiteral("domains")));
        rule.filter.communeIds = idsFromJson(o.value(QStringLiteral("communes")));
        rule.filter.tagIds = idsFromJson(o.value(QStringLiteral("tags")));
        rule.filter.networkHeadOnly = o.value(QStringLiteral("networkHead")).toBool();
        rule.filter.relayActorOnly = o.value(QStringLiteral("relayActor")).toBool();
    }
    for (const QJsonValue &status : o.value(QStringLiteral("statuses")).toArray())
        rule.statuses << AttendanceStatus(status.toInt());
    return rule;
}

} // namespace relais
