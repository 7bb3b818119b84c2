#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

// Whether the person agreed to be contacted through a channel (GDPR). Withdrawn: agreed
// once, then asked not to be contacted any more (Article 7(3)); kept apart from Refused so
// that the history reads as what happened. Only Given allows writing to them.
enum class Consent { Unknown = 0, Given = 1, Refused = 2, Withdrawn = 3 };

// Refused or withdrawn: the person said no.
inline bool saidNo(Consent status)
{
    return status == Consent::Refused || status == Consent::Withdrawn;
}

// What an export does with those who were never asked: the officer is asked each time, and
// leaving them out is the default. Those who said no are always left out.
enum class Unasked { LeaveOut, Include };

// Whether a list for writing to people (e-mail addresses, cards) may hold this person.
inline bool mayContact(Consent status, Unasked unasked)
{
    return status == Consent::Given || (status == Consent::Unknown && unasked == Unasked::Include);
}

// The ways a person can be contacted that need their consent. Stored as these numbers in
// contact_consent_history.channel.
enum class ConsentChannel { Email = 0, Post = 1 };

// Where a consent (or its refusal) was collected. Stored as the key (consentSourceKey), shown
// translated; None when nobody said.
enum class ConsentSource { None, Form, MeetingSheet, Phone, Email, Import, Other };

// The current state of one channel.
struct ChannelConsent
{
    Consent status = Consent::Unknown;
    QDate date;
    ConsentSource source = ConsentSource::None;
    QString note;

    bool agreed() const { return status == Consent::Given; }
    bool operator==(const ChannelConsent &) const = default;
};

// One line of a contact's consent history: a channel's state as it was recorded.
struct ConsentHistoryEntry
{
    qint64 id = 0;
    qint64 contactId = 0;
    ConsentChannel channel = ConsentChannel::Email;
    ChannelConsent consent;
    QDateTime recordedAt; // UTC
    QString recordedBy;
};

QString consentSourceKey(ConsentSource source);
// Unknown keys (a later version's) read as Other rather than as nothing.
ConsentSource consentSourceFromKey(const QString &key);
QString consentSourceLabel(ConsentSource source);
// The source a free "how it was given" text names ("formulaire papier": Form), as migration 10
// guessed it for the texts typed before there were sources; Other when it names none.
ConsentSource consentSourceGuessed(const QString &howItWasGiven);
// In the order the form lists them.
QList<ConsentSource> consentSources();

QString consentStatusLabel(Consent status);
// "Agreed on 01/03/2014 (Form: paper form at the council)"; empty when not asked.
QString consentSummary(const ChannelConsent &consent);
QString consentChannelLabel(ConsentChannel channel);

} // namespace relais
