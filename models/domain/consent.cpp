#include "consent.h"

#include <QCoreApplication>
#include <QLocale>

namespace relais {

namespace {

struct ConsentText
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConsentText)
};

struct SourceKey
{
    ConsentSource source;
    const char *key;
};

constexpr SourceKey sourceKeys[] = {
    { ConsentSource::Form, "form" },
    { ConsentSource::MeetingSheet, "meeting_sheet" },
    { ConsentSource::Phone, "phone" },
    { ConsentSource::Email, "email" },
    { ConsentSource::Import, "import" },
    { ConsentSource::Other, "other" },
};

} // namespace

QString consentSourceKey(ConsentSource source)
{
    for (const SourceKey &k : sourceKeys) {
        if (k.source == source)
            return QLatin1String(k.key);
    }
    return {};
}

ConsentSource consentSourceFromKey(const QString &key)
{
    if (key.isEmpty())
        return ConsentSource::None;
    for (const SourceKey &k : sourceKeys) {
        if (key == QLatin1String(k.key))
            return k.source;
    }
    return ConsentSource::Other;
}

ConsentSource consentSourceGuessed(const QString &howItWasGiven)
{
    const QString text = howItWasGiven.toLower();
    const auto has = [&text](const char *word) { return text.contains(QLatin1String(word)); };
    if (text.trimmed().isEmpty())
        return ConsentSource::None;
    if (has("margement") || has("sheet"))
        return ConsentSource::MeetingSheet;
    if (has("phone"))
        return ConsentSource::Phone;
    if (has("formul") || has("bulletin") || has("fiche")
        || (QLatin1Char(' ') + text + QLatin1Char(' ')).contains(QLatin1String(" form ")))
        return ConsentSource::Form;
    if (has("mail") || has("courriel"))
        return ConsentSource::Email;
    return ConsentSource::Other;
}

QList<ConsentSource> consentSources()
{
    QList<ConsentSource> sources { ConsentSource::None };
    for (const SourceKey &k : sourceKeys)
        sources << k.source;
    return sources;
}

QString consentSourceLabel(ConsentSource source)
{
    switch (source) {
    case ConsentSource::None:
        return {};
    case ConsentSource::Form:
        return ConsentText::tr("Form");
    case ConsentSource::MeetingSheet:
        return ConsentText::tr("Attendance sheet");
    case ConsentSource::Phone:
        return ConsentText::tr("Phone");
    case ConsentSource::Email:
        return ConsentText::tr("E-mail");
    case ConsentSource::Import:
        return ConsentText::tr("Import");
    case ConsentSource::Other:
        return ConsentText::tr("Other");
    }
    return {};
}

QString consentStatusLabel(Consent status)
{
    switch (status) {
    case Consent::Unknown:
        return ConsentText::tr("Not asked yet");
    case Consent::Given:
        return ConsentText::tr("Agreed");
    case Consent::Refused:
        return ConsentText::tr("Refused");
    case Consent::Withdrawn:
        return ConsentText::tr("Withdrawn");
    }
    return {};
}

QString consentSummary(const ChannelConsent &consent)
{
    if (consent.status == Consent::Unknown)
        return {};
    QString text = consentStatusLabel(consent.status);
    if (consent.date.isValid())
        text = ConsentText::tr("%1 on %2")
                   .arg(text, QLocale().toString(consent.date, QLocale::ShortFormat));
    QStringList how;
    if (consent.source != ConsentSource::None)
        how << consentSourceLabel(consent.source);
    if (!consent.note.isEmpty())
        how << consent.note;
    if (!how.isEmpty())
        text = ConsentText::tr("%1 (%2)").arg(text, how.join(QStringLiteral(": ")));
    return text;
}

QString consentChannelLabel(ConsentChannel channel)
{
    return channel == ConsentChannel::Email ? ConsentText::tr("E-mail") : ConsentText::tr("Post");
}

} // namespace relais
