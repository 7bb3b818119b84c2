#include "recordsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais::RecordSnapshot {

namespace {

QJsonArray ids(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array << value;
    return array;
}

QList<qint64> idsFrom(const QJsonValue &value)
{
    QList<qint64> result;
    for (const QJsonValue &item : value.toArray())
        result << item.toInteger();
    return result;
}

QJsonArray texts(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList textsFrom(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result << item.toString();
    return result;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

std::optional<QJsonObject> objectOf(const QByteArray &json, const QString &kind)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject object = document.object();
    if (object.value(QStringLiteral("record")).toString() != kind)
        return std::nullopt;
    return object;
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray of(const Contact &c)
{
    QJsonArray memberships;
    for (const Membership &m : c.memberships)
        memberships << QJsonObject { { QStringLiteral("organisation"), m.organisationId },
            { QStringLiteral("name"), m.organisationName }, { QStringLiteral("role"), m.role } };
    return bytes(QJsonObject {
        { QStringLiteral("record"), QStringLiteral("contact") },
        { QStringLiteral("id"), c.id },
        { QStringLiteral("civility"), int(c.civility) },
        { QStringLiteral("firstName"), c.firstName },
        { QStringLiteral("lastName"), c.lastName },
        { QStringLiteral("emails"), texts(c.emails) },
        { QStringLiteral("phones"), texts(c.phones) },
        { QStringLiteral("commune"), c.communeId },
        { QStringLiteral("memberships"), memberships },
        { QStringLiteral("type"), c.typeId },
        { QStringLiteral("domains"), ids(c.domainIds) },
        { QStringLiteral("tags"), texts(c.tagNames) },
        { QStringLiteral("networkHead"), c.networkHead },
        { QStringLiteral("relayActor"), c.relayActor },
        { QStringLiteral("relayActorSince"), dateText(c.relayActorSince) },
        { QStringLiteral("notes"), c.notes },
        // The e-mail channel under the keys of the snapshots written before there were two.
        { QStringLiteral("consent"), int(c.emailConsent.status) },
        { QStringLiteral("consentDate"), dateText(c.emailConsent.date) },
        { QStringLiteral("consentSource"), consentSourceKey(c.emailConsent.source) },
        { QStringLiteral("consentMethod"), c.emailConsent.note },
        { QStringLiteral("postConsent"), int(c.postConsent.status) },
        { QStringLiteral("postConsentDate"), dateText(c.postConsent.date) },
        { QStringLiteral("postConsentSource"), consentSourceKey(c.postConsent.source) },
        { QStringLiteral("postConsentNote"), c.postConsent.note },
        { QStringLiteral("createdAt"), dateTimeText(c.createdAt) },
        { QStringLiteral("updatedAt"), dateTimeText(c.updatedAt) },
    });
}

QByteArray of(const Organisation &o)
{
    return bytes(QJsonObject {
        { QStringLiteral("record"), QStringLiteral("organisation") },
        { QStringLiteral("id"), o.id },
        { QStringLiteral("name"), o.name },
        { QStringLiteral("acronym"), o.acronym },
        { QStringLiteral("type"), o.typeId },
        { QStringLiteral("domains"), ids(o.domainIds) },
        { QStringLiteral("tags"), texts(o.tagNames) },
        { QStringLiteral("commune"), o.communeId },
        { QStringLiteral("address"), o.address },
        { QStringLiteral("phone"), o.phone },
        { QStringLiteral("email"), o.email },
        { QStringLiteral("website"), o.website },
        { QStringLiteral("notes"), o.notes },
        { QStringLiteral("networkHead"), o.networkHead },
        { QStringLiteral("municipalService"), o.municipalService },
        { QStringLiteral("createdAt"), dateTimeText(o.createdAt) },
        { QStringLiteral("updatedAt"), dateTimeText(o.updatedAt) },
    });
}

std::optional<Contact> contact(const QByteArray &json)
{
    const auto object = objectOf(json, QStringLiteral("contact"));
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    Contact c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.civility = Civility(o.value(QStringLiteral("civility")).toInt());
    c.firstName = o.value(QStringLiteral("firstName")).toString();
    c.lastName = o.value(QStringLiteral("lastName")).toString();
    c.emails = textsFrom(o.value(QStringLiteral("emails")));
    c.phones = textsFrom(o.value(QStringLiteral("phones")));
    c.communeId = o.value(QStringLiteral("commune")).toInteger();
    for (const QJsonValue &value : o.value(QStringLiteral("memberships")).toArray()) {
        const QJsonObject m = value.toObject();
        c.memberships << Membership { m.value(QStringLiteral("organisation")).toInteger(),
            m.value(QStringLiteral("name")).toString(),
            m.value(QStringLiteral("role")).toString() };
    }
    c.typeId = o.value(QStringLiteral("type")).toInteger();
    c.domainIds = idsFrom(o.value(QStringLiteral("domains")));
    c.tagNames = textsFrom(o.value(QStringLiteral("tags")));
    c.networkHead = o.value(QStringLiteral("networkHead")).toBool();
    c.relayActor = o.value(QStringLiteral("relayActor")).toBool();
    c.relayActorSince
        = QDate::fromString(o.value(QStringLiteral("relayActorSince")).toString(), Qt::ISODate);
    c.notes = o.value(QStringLiteral("notes")).toString();
    const auto consent
        = [&o](const char *status, const char *date, const char *source, const char *note) {
              return ChannelConsent { Consent(o.value(QLatin1String(status)).toInt()),
                  QDate::fromString(o.value(QLatin1String(date)).toString(), Qt::ISODate),
                  consentSourceFromKey(o.value(QLatin1String(source)).toString()),
                  o.value(QLatin1String(note)).toString() };
          };
    c.emailConsent = consent("consent", "consentDate", "consentSource", "consentMethod");
    c.postConsent
        = consent("postConsent", "postConsentDate", "postConsentSource", "postConsentNote");
    c.createdAt
        = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    c.updatedAt
        = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate);
    return c;
}

std::optional<Organisation> organisation(const QByteArray &json)
{
    const auto object = objectOf(json, QStringLiteral("organisation"));
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    Organisation r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.name = o.value(QStringLiteral("name")).toString();
    r.acronym = o.value(QStringLiteral("acronym")).toString();
    r.typeId = o.value(QStringLiteral("type")).toInteger();
    r.domainIds = idsFrom(o.value(QStringLiteral("domains")));
    r.tagNames = textsFrom(o.value(QStringLiteral("tags")));
    r.communeId = o.value(QStringLiteral("commune")).toInteger();
    r.address = o.value(QStringLiteral("address")).toString();
    r.phone = o.value(QStringLiteral("phone")).toString();
    r.email = o.value(QStringLiteral("email")).toString();
    r.website = o.value(QStringLiteral("website")).toString();
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.networkHead = o.value(QStringLiteral("networkHead")).toBool();
    r.municipalService = o.value(QStringLiteral("municipalService")).toBool();
    r.createdAt
        = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    r.updatedAt
        = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate);
    return r;
}

namespace {

QDateTime dateTimeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QJsonValue count(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<int> countFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

} // namespace

QByteArray of(const SerdAction &a)
{
    return bytes(QJsonObject {
        { QStringLiteral("record"), QStringLiteral("serd_action") },
        { QStringLiteral("id"), a.id },
        { QStringLiteral("edition"), a.editionId },
        { QStringLiteral("title"), a.title },
        { QStringLiteral("description"), a.description },
        { QStringLiteral("category"), a.categoryId },
        { QStringLiteral("topic"), a.topicId },
        { QStringLiteral("audience"), a.audience },
        { QStringLiteral("lead"), a.leadOrganisationId },
        { QStringLiteral("coOrganisers"), ids(a.coOrganiserIds) },
        { QStringLiteral("contact"), a.contactId },
        { QStringLiteral("status"), int(a.status) },
        { QStringLiteral("registered"), a.registered },
        { QStringLiteral("createdAt"), dateTimeText(a.createdAt) },
        { QStringLiteral("updatedAt"), dateTimeText(a.updatedAt) },
    });
}

QByteArray of(const SerdOccurrence &o)
{
    return bytes(QJsonObject {
        { QStringLiteral("record"), QStringLiteral("serd_occurrence") },
        { QStringLiteral("id"), o.id },
        { QStringLiteral("action"), o.actionId },
        { QStringLiteral("date"), dateText(o.date) },
        { QStringLiteral("startsAt"), timeText(o.startsAt) },
        { QStringLiteral("endsAt"), timeText(o.endsAt) },
        { QStringLiteral("place"), o.place },
        { QStringLiteral("commune"), o.communeId },
        { QStringLiteral("expected"), count(o.expectedParticipants) },
        { QStringLiteral("actual"), count(o.actualParticipants) },
        { QStringLiteral("cancelled"), o.cancelled },
        { QStringLiteral("createdAt"), dateTimeText(o.createdAt) },
        { QStringLiteral("updatedAt"), dateTimeText(o.updatedAt) },
    });
}

std::optional<SerdAction> serdAction(const QByteArray &json)
{
    const auto object = objectOf(json, QStringLiteral("serd_action"));
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    SerdAction a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.editionId = o.value(QStringLiteral("edition")).toInteger();
    a.title = o.value(QStringLiteral("title")).toString();
    a.description = o.value(QStringLiteral("description")).toString();
    a.categoryId = o.value(QStringLiteral("category")).toInteger();
    a.topicId = o.value(QStringLiteral("topic")).toInteger();
    a.audience = o.value(QStringLiteral("audience")).toString();
    a.leadOrganisationId = o.value(QStringLiteral("lead")).toInteger();
    a.coOrganiserIds = idsFrom(o.value(QStringLiteral("coOrganisers")));
    a.contactId = o.value(QStringLiteral("contact")).toInteger();
    a.status = SerdStatus(o.value(QStringLiteral("status")).toInt());
    a.registered = o.value(QStringLiteral("registered")).toBool();
    a.createdAt = dateTimeFrom(o.value(QStringLiteral("createdAt")));
    a.updatedAt = dateTimeFrom(o.value(QStringLiteral("updatedAt")));
    return a;
}

std::optional<SerdOccurrence> serdOccurrence(const QByteArray &json)
{
    const auto object = objectOf(json, QStringLiteral("serd_occurrence"));
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    SerdOccurrence r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.actionId = o.value(QStringLiteral("action")).toInteger();
    r.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    r.startsAt = QTime::fromString(
        o.value(QStringLiteral("startsAt")).toString(), QStringLiteral("HH:mm"));
    r.endsAt
        = QTime::fromString(o.value(QStringLiteral("endsAt")).toString(), QStringLiteral("HH:mm"));
    r.place = o.value(QStringLiteral("place")).toString();
    r.communeId = o.value(QStringLiteral("commune")).toInteger();
    r.expectedParticipants = countFrom(o.value(QStringLiteral("expected")));
    r.actualParticipants = countFrom(o.value(QStringLiteral("actual")));
    r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    r.createdAt = dateTimeFrom(o.value(QStringLiteral("createdAt")));
    r.updatedAt = dateTimeFrom(o.value(QStringLiteral("updatedAt")));
    return r;
}

} // namespace relais::RecordSnapshot
