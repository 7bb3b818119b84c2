#include "actormerge.h"

#include <algorithm>

namespace relais {

namespace {

template<typename T> void appendMissing(QList<T> &into, const QList<T> &from)
{
    for (const T &value : from) {
        if (!into.contains(value))
            into << value;
    }
}

void appendMissingText(QStringList &into, const QStringList &from)
{
    for (const QString &value : from) {
        const bool known = std::any_of(into.cbegin(), into.cend(),
            [&](const QString &v) { return v.compare(value, Qt::CaseInsensitive) == 0; });
        if (!known)
            into << value;
    }
}

void appendMemberships(QList<Membership> &into, const QList<Membership> &from)
{
    for (const Membership &membership : from) {
        auto same = std::find_if(into.begin(), into.end(), [&](const Membership &m) {
            return m.organisationId != 0 && m.organisationId == membership.organisationId;
        });
        if (same == into.end())
            into << membership;
        else if (same->role.isEmpty())
            same->role = membership.role;
    }
}

void fill(QString &value, const QString &other)
{
    if (value.trimmed().isEmpty())
        value = other;
}

void fill(qint64 &value, qint64 other)
{
    if (value == 0)
        value = other;
}

} // namespace

Contact withLinksOfBoth(Contact values, const Contact &kept, const Contact &merged)
{
    appendMemberships(values.memberships, kept.memberships);
    appendMemberships(values.memberships, merged.memberships);
    appendMissingText(values.tagNames, kept.tagNames);
    appendMissingText(values.tagNames, merged.tagNames);
    appendMissing(values.domainIds, kept.domainIds);
    appendMissing(values.domainIds, merged.domainIds);
    return values;
}

Organisation withLinksOfBoth(
    Organisation values, const Organisation &kept, const Organisation &merged)
{
    appendMissingText(values.tagNames, kept.tagNames);
    appendMissingText(values.tagNames, merged.tagNames);
    appendMissing(values.domainIds, kept.domainIds);
    appendMissing(values.domainIds, merged.domainIds);
    return values;
}

Contact proposedMerge(const Contact &kept, const Contact &merged)
{
    Contact result = withLinksOfBoth(kept, kept, merged);
    if (result.civility == Civility::None)
        result.civility = merged.civility;
    fill(result.firstName, merged.firstName);
    fill(result.lastName, merged.lastName);
    appendMissingText(result.emails, merged.emails);
    appendMissingText(result.phones, merged.phones);
    if (result.communeId == 0 && result.communeName.isEmpty()) {
        result.communeId = merged.communeId;
        result.communeName = merged.communeName;
    }
    fill(result.typeId, merged.typeId);
    result.networkHead = kept.networkHead || merged.networkHead;
    if (!kept.relayActor && merged.relayActor) {
        result.relayActor = true;
        result.relayActorSince = merged.relayActorSince;
    }
    if (!kept.notes.trimmed().isEmpty() && !merged.notes.trimmed().isEmpty()
        && kept.notes != merged.notes)
        result.notes = kept.notes + QLatin1Char('\n') + merged.notes;
    else
        fill(result.notes, merged.notes);
    // Per channel, the kept card's answer unless the other card's is the more recent one.
    for (const ConsentChannel channel : { ConsentChannel::Email, ConsentChannel::Post }) {
        const ChannelConsent &mine = kept.consentBy(channel);
        const ChannelConsent &theirs = merged.consentBy(channel);
        if (theirs.status != Consent::Unknown
            && (mine.status == Consent::Unknown
                || (theirs.date.isValid() && mine.date.isValid() && theirs.date > mine.date)))
            result.consentBy(channel) = theirs;
    }
    return result;
}

Organisation proposedMerge(const Organisation &kept, const Organisation &merged)
{
    Organisation result = withLinksOfBoth(kept, kept, merged);
    fill(result.name, merged.name);
    fill(result.acronym, merged.acronym);
    fill(result.typeId, merged.typeId);
    if (result.communeId == 0 && result.communeName.isEmpty()) {
        result.communeId = merged.communeId;
        result.communeName = merged.communeName;
    }
    fill(result.address, merged.address);
    fill(result.phone, merged.phone);
    fill(result.email, merged.email);
    fill(result.website, merged.website);
    if (!kept.notes.trimmed().isEmpty() && !merged.notes.trimmed().isEmpty()
        && kept.notes != merged.notes)
        result.notes = kept.notes + QLatin1Char('\n') + merged.notes;
    else
        fill(result.notes, merged.notes);
    result.networkHead = kept.networkHead || merged.networkHead;
    result.municipalService = kept.municipalService || merged.municipalService;
    return result;
}

} // namespace relais
