#pragma once

#include "consent.h"
#include "duplicatematching.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

enum class Civility { None = 0, Madam = 1, Mister = 2 };

// A person's place in an organisation. When organisationId is 0 the organisation
// does not exist yet and is created, under organisationName, when the contact is saved.
struct Membership
{
    qint64 organisationId = 0;
    QString organisationName;
    QString role;

    bool operator==(const Membership &) const = default;
};

struct Contact
{
    qint64 id = 0;
    Civility civility = Civility::None;
    QString firstName;
    QString lastName;
    QStringList emails;
    QStringList phones;
    // 0 with a non-empty communeName: a commune typed in the form, created on save.
    qint64 communeId = 0;
    QString communeName;
    QList<Membership> memberships;
    qint64 typeId = 0;
    QList<qint64> domainIds;
    // Tags are entered by name; names not yet in the list are created on save.
    QStringList tagNames;
    bool networkHead = false;
    bool relayActor = false;
    QDate relayActorSince;
    QString notes;
    // Whether they agreed to be written to, channel by channel (see consent.h).
    ChannelConsent emailConsent;
    ChannelConsent postConsent;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "Marie Dupont", or the last name alone.
    QString displayName() const;

    const ChannelConsent &consentBy(ConsentChannel channel) const
    {
        return channel == ConsentChannel::Email ? emailConsent : postConsent;
    }
    ChannelConsent &consentBy(ConsentChannel channel)
    {
        return channel == ConsentChannel::Email ? emailConsent : postConsent;
    }

    bool operator==(const Contact &) const = default;
};

// The folded keys under which contacts are sorted ("last first") and compared for
// duplicates ("first last"), accents and case aside.
QString contactSortKey(const QString &firstName, const QString &lastName);
QString contactNameKey(const QString &firstName, const QString &lastName);

// One line of the contacts list.
struct ContactRow
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString organisations;
    QString role;
    QString commune;
    QString email;
    QString phone;
    QString type;
    QString tags;
    bool networkHead = false;
    bool relayActor = false;
    Consent consent = Consent::Unknown; // by e-mail
};

// What makes a new or edited contact look like one already in the file (the rules
// are matchPeople()'s, shared with Find duplicates and the import).
struct ContactDuplicate
{
    using Reason = DuplicateReason;
    qint64 id = 0;
    QString displayName;
    QString organisations;
    Reason reason = Reason::SameName;
    int score = 0; // DuplicateMatch::score
};

} // namespace relais
