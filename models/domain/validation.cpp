#include "validation.h"

#include "contact.h"
#include "interaction.h"
#include "organisation.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relais {

namespace {

// The translation context of the messages below.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(relais::Validation)
};

QString groupedFrenchNumber(const QString &tenDigits)
{
    QStringList pairs;
    for (int i = 0; i < tenDigits.size(); i += 2)
        pairs << tenDigits.mid(i, 2);
    return pairs.join(QLatin1Char(' '));
}

} // namespace

std::optional<QString> normalisedEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^\s@<>(),;:"\[\]]+@[A-Za-z0-9\-\x{00C0}-\x{024F}]+(\.[A-Za-z0-9\-\x{00C0}-\x{024F}]+)*\.[A-Za-z]{2,}$)"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const QString local = trimmed.left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return std::nullopt;
    return local + QLatin1Char('@') + trimmed.mid(at + 1).toLower();
}

std::optional<QString> normalisedPhone(const QString &text)
{
    QString compact = text.trimmed();
    compact.remove(QStringLiteral("(0)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s.\-/()\x{00A0}])"));
    compact.remove(separators);
    if (compact.startsWith(QLatin1String("00")))
        compact = QLatin1Char('+') + compact.mid(2);
    if (compact.isEmpty())
        return std::nullopt;

    const bool international = compact.startsWith(QLatin1Char('+'));
    const QString digits = international ? compact.mid(1) : compact;
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
    }
    if (international) {
        // +33 then the nine digits after the national 0 (the overseas departments use
        // their own country codes, +262 and so on, and fall through below).
        if (digits.startsWith(QLatin1String("33"))) {
            if (digits.size() == 11 && digits[2] != u'0')
                return groupedFrenchNumber(QLatin1Char('0') + digits.mid(2));
            return std::nullopt;
        }
        if (digits.size() < 9 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
            return std::nullopt;
        return QLatin1Char('+') + digits;
    }
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')) && digits[1] != u'0')
        return groupedFrenchNumber(digits);
    return std::nullopt;
}

namespace {

// Trimmed, blank and repeated names (accents and case aside) dropped.
QStringList cleanedNames(const QStringList &names)
{
    QStringList result;
    QStringList keys;
    for (const QString &name : names) {
        const QString clean = simplifiedName(name);
        if (clean.isEmpty() || keys.contains(foldedKey(clean)))
            continue;
        keys << foldedKey(clean);
        result << clean;
    }
    return result;
}

QString phoneMessage()
{
    return Validation::tr(
        "Enter a French number of 10 digits (e.g. 03 89 12 34 56) or an international "
        "number starting with +.");
}

QString emailMessage()
{
    return Validation::tr("This is not an e-mail address (expected name@domain.fr).");
}

} // namespace

QList<FieldError> validateContact(const Contact &contact, Contact *cleaned)
{
    QList<FieldError> errors;
    Contact result = contact;
    result.firstName = simplifiedName(contact.firstName);
    result.lastName = simplifiedName(contact.lastName);
    result.communeName = simplifiedName(contact.communeName);
    result.emailConsent.note = contact.emailConsent.note.trimmed();
    result.postConsent.note = contact.postConsent.note.trimmed();
    if (result.lastName.isEmpty())
        errors.append(
            { FieldError::Field::LastName, 0, Validation::tr("The last name is required.") });

    result.emails.clear();
    for (int i = 0; i < contact.emails.size(); ++i) {
        if (contact.emails[i].trimmed().isEmpty())
            continue;
        if (const auto email = normalisedEmail(contact.emails[i])) {
            const bool repeated = std::any_of(result.emails.cbegin(), result.emails.cend(),
                [&](const QString &e) { return e.compare(*email, Qt::CaseInsensitive) == 0; });
            if (!repeated)
                result.emails << *email;
        } else {
            errors.append({ FieldError::Field::Email, i, emailMessage() });
        }
    }
    result.phones.clear();
    for (int i = 0; i < contact.phones.size(); ++i) {
        if (contact.phones[i].trimmed().isEmpty())
            continue;
        if (const auto phone = normalisedPhone(contact.phones[i])) {
            if (!result.phones.contains(*phone))
                result.phones << *phone;
        } else {
            errors.append({ FieldError::Field::Phone, i, phoneMessage() });
        }
    }

    result.memberships.clear();
    QList<QString> seen;
    for (int i = 0; i < contact.memberships.size(); ++i) {
        Membership m = contact.memberships[i];
        m.organisationName = simplifiedName(m.organisationName);
        m.role = m.role.simplified();
        if (m.organisationId == 0 && m.organisationName.isEmpty()) {
            if (!m.role.isEmpty())
                errors.append({ FieldError::Field::Membership, i,
                    Validation::tr("Choose the organisation this role is in.") });
            continue;
        }
        const QString key
            = m.organisationId ? QString::number(m.organisationId) : foldedKey(m.organisationName);
        if (seen.contains(key)) {
            errors.append({ FieldError::Field::Membership, i,
                Validation::tr("This organisation is listed twice.") });
            continue;
        }
        seen << key;
        result.memberships << m;
    }

    result.tagNames = cleanedNames(contact.tagNames);

    const QDate today = QDate::currentDate();
    // FieldError::index is the channel (ConsentChannel).
    for (const ConsentChannel channel : { ConsentChannel::Email, ConsentChannel::Post }) {
        const ChannelConsent &consent = contact.consentBy(channel);
        if (consent.date.isValid() && consent.date > today)
            errors.append({ FieldError::Field::ConsentDate, int(channel),
                Validation::tr("The date of consent cannot be in the future.") });
        if (consent.status == Consent::Unknown)
            result.consentBy(channel) = ChannelConsent();
    }
    if (!contact.relayActor)
        result.relayActorSince = QDate();
    else if (contact.relayActorSince.isValid() && contact.relayActorSince > today)
        errors.append({ FieldError::Field::RelayActorSince, 0,
            Validation::tr("The relay actor date cannot be in the future.") });

    if (errors.isEmpty() && cleaned)
        *cleaned = result;
    return errors;
}

QList<FieldError> validateOrganisation(const Organisation &organisation, Organisation *cleaned)
{
    QList<FieldError> errors;
    Organisation result = organisation;
    result.name = simplifiedName(organisation.name);
    result.acronym = simplifiedName(organisation.acronym);
    result.communeName = simplifiedName(organisation.communeName);
    result.address = organisation.address.trimmed();
    result.website = organisation.website.trimmed();
    result.tagNames = cleanedNames(organisation.tagNames);
    if (result.name.isEmpty())
        errors.append({ FieldError::Field::Name, 0, Validation::tr("The name is required.") });

    if (!organisation.email.trimmed().isEmpty()) {
        if (const auto email = normalisedEmail(organisation.email))
            result.email = *email;
        else
            errors.append({ FieldError::Field::Email, 0, emailMessage() });
    } else {
        result.email.clear();
    }
    if (!organisation.phone.trimmed().isEmpty()) {
        if (const auto phone = normalisedPhone(organisation.phone))
            result.phone = *phone;
        else
            errors.append({ FieldError::Field::Phone, 0, phoneMessage() });
    } else {
        result.phone.clear();
    }
    if (!result.website.isEmpty()) {
        static const QRegularExpression site(
            QStringLiteral(R"(^(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        if (!site.match(result.website).hasMatch())
            errors.append({ FieldError::Field::Website, 0,
                Validation::tr("This is not a web address (expected www.example.fr).") });
    }

    if (errors.isEmpty() && cleaned)
        *cleaned = result;
    return errors;
}

namespace {

QList<ActorRef> distinctActors(const QList<ActorRef> &actors)
{
    QList<ActorRef> result;
    for (const ActorRef &actor : actors) {
        if (actor.id != 0 && !result.contains(actor))
            result << actor;
    }
    return result;
}

} // namespace

QList<FieldError> validateInteraction(
    const Interaction &interaction, const QDate &today, Interaction *cleaned)
{
    QList<FieldError> errors;
    Interaction result = interaction;
    result.subject = interaction.subject.simplified();
    result.note = interaction.note.trimmed();
    result.actors = distinctActors(interaction.actors);
    if (!interaction.date.isValid())
        errors.append({ FieldError::Field::Date, 0, Validation::tr("The date is required.") });
    else if (interaction.date > today)
        errors.append({ FieldError::Field::Date, 0,
            Validation::tr("This date is in the future: plan a follow-up instead.") });
    if (result.actors.isEmpty())
        errors.append({ FieldError::Field::Actors, 0,
            Validation::tr("Say with whom: at least one contact or organisation.") });
    if (errors.isEmpty() && cleaned)
        *cleaned = result;
    return errors;
}

QList<FieldError> validateFollowUp(const FollowUp &followUp, FollowUp *cleaned)
{
    QList<FieldError> errors;
    FollowUp result = followUp;
    result.action = followUp.action.simplified();
    result.actors = distinctActors(followUp.actors);
    if (!followUp.due.isValid())
        errors.append(
            { FieldError::Field::DueDate, 0, Validation::tr("The due date is required.") });
    if (result.action.isEmpty())
        errors.append({ FieldError::Field::Action, 0, Validation::tr("Say what is to be done.") });
    if (result.actors.isEmpty())
        errors.append({ FieldError::Field::Actors, 0,
            Validation::tr("Say with whom: at least one contact or organisation.") });
    if (errors.isEmpty() && cleaned)
        *cleaned = result;
    return errors;
}

} // namespace relais
