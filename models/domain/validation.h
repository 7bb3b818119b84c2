#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace relais {

struct Contact;
struct FollowUp;
struct Interaction;
struct Organisation;

// A message for the user, attached to the form field it is about.
struct FieldError
{
    enum class Field {
        LastName,
        FirstName,
        Name,
        Email,
        Phone,
        Website,
        Membership,
        ConsentDate,
        RelayActorSince,
        Date,
        Actors,
        Action,
        DueDate
    };
    Field field;
    int index = 0; // which e-mail, phone or membership
    QString message;
};

// "Marie.Dupont@Example.FR " -> "Marie.Dupont@example.fr"; nullopt if it is not an address.
std::optional<QString> normalisedEmail(const QString &text);

// French numbers in any usual spelling ("0612345678", "06.12.34.56.78",
// "+33 (0)6 12 34 56 78", "0033 6…") become "06 12 34 56 78"; other international
// numbers keep their "+" and digits. nullopt if it is not a phone number.
std::optional<QString> normalisedPhone(const QString &text);

// Checks a contact as typed and returns it cleaned (trimmed names, normalised e-mails
// and phones, empty entries dropped) in *cleaned when there is no error.
QList<FieldError> validateContact(const Contact &contact, Contact *cleaned = nullptr);
QList<FieldError> validateOrganisation(
    const Organisation &organisation, Organisation *cleaned = nullptr);

// An interaction has happened (not after `today`) with at least one actor.
QList<FieldError> validateInteraction(
    const Interaction &interaction, const QDate &today, Interaction *cleaned = nullptr);
// A follow-up says what to do, by when, with whom.
QList<FieldError> validateFollowUp(const FollowUp &followUp, FollowUp *cleaned = nullptr);

} // namespace relais
