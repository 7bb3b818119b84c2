#include "catchqt.h"

#include <models/domain/contact.h>
#include <models/domain/organisation.h>
#include <models/domain/validation.h>

using namespace relais;

TEST_CASE("French phone numbers in every usual spelling become one form")
{
    for (const char *typed : { "0612345678", "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78",
             "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033612345678", " 06 12 34 56 78 " })
        CHECK(normalisedPhone(QString::fromUtf8(typed)) == QStringLiteral("06 12 34 56 78"));
    CHECK(normalisedPhone(QStringLiteral("03 89 33 79 79")) == QStringLiteral("03 89 33 79 79"));
    CHECK(normalisedPhone(QStringLiteral("+49 761 12345")) == QStringLiteral("+4976112345"));
}

TEST_CASE("What is not a phone number is refused")
{
    for (const char *typed : { "061234567", "06123456789", "6 12 34 56 78", "00 12 34 56 78",
             "06 12 AB 56 78", "+33 0 6 12 34 56 78", "+1", "call me" })
        CHECK_FALSE(normalisedPhone(QString::fromUtf8(typed)));
}

TEST_CASE("E-mail addresses are checked and their domain lower-cased")
{
    CHECK(normalisedEmail(QStringLiteral(" Marie.Dupont@Mulhouse-Alsace.FR "))
        == QStringLiteral("Marie.Dupont@mulhouse-alsace.fr"));
    CHECK(normalisedEmail(QStringLiteral("a+serd@zero-dechet.org")));
    for (const char *typed : { "marie.dupont", "marie@", "@example.fr", "marie dupont@example.fr",
             "marie@example", "marie..dupont@example.fr", "marie@example.f", "marie@@example.fr" })
        CHECK_FALSE(normalisedEmail(QString::fromUtf8(typed)));
}

TEST_CASE("A contact needs a last name; its lists are cleaned")
{
    Contact c;
    c.firstName = QStringLiteral("  Marie ");
    auto errors = validateContact(c);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == FieldError::Field::LastName);

    c.lastName = QStringLiteral(" Dupont  ");
    c.emails
        = { QStringLiteral("Marie@Example.fr"), QString(), QStringLiteral("marie@example.FR") };
    c.phones = { QStringLiteral("0612345678"), QStringLiteral("06 12 34 56 78") };
    c.tagNames = { QStringLiteral("Compostage"), QStringLiteral("compostage "), QString() };
    Contact cleaned;
    REQUIRE(validateContact(c, &cleaned).isEmpty());
    CHECK(cleaned.firstName == QStringLiteral("Marie"));
    CHECK(cleaned.lastName == QStringLiteral("Dupont"));
    CHECK(cleaned.emails == QStringList { QStringLiteral("Marie@example.fr") });
    CHECK(cleaned.phones == QStringList { QStringLiteral("06 12 34 56 78") });
    CHECK(cleaned.tagNames == QStringList { QStringLiteral("Compostage") });
}

TEST_CASE("Each wrong e-mail and phone is reported with its position")
{
    Contact c;
    c.lastName = QStringLiteral("Dupont");
    c.emails = { QStringLiteral("ok@example.fr"), QStringLiteral("wrong") };
    c.phones = { QStringLiteral("123") };
    const auto errors = validateContact(c);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == FieldError::Field::Email);
    CHECK(errors[0].index == 1);
    CHECK(errors[1].field == FieldError::Field::Phone);
}

TEST_CASE("Memberships: a role needs an organisation, and one organisation is listed once")
{
    Contact c;
    c.lastName = QStringLiteral("Dupont");
    c.memberships = { { 0, QString(), QStringLiteral("Présidente") },
        { 0, QStringLiteral("Repair Café"), QString() },
        { 0, QStringLiteral("repair  café"), QStringLiteral("Bénévole") } };
    const auto errors = validateContact(c);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].index == 0);
    CHECK(errors[1].index == 2);
}

TEST_CASE("Dates of consent and of training cannot be in the future")
{
    Contact c;
    c.lastName = QStringLiteral("Dupont");
    c.emailConsent.status = Consent::Given;
    c.emailConsent.date = QDate::currentDate().addDays(3);
    c.relayActor = true;
    c.relayActorSince = QDate::currentDate().addDays(1);
    CHECK(validateContact(c).size() == 2);
}

TEST_CASE("An organisation needs a name; its e-mail, phone and website are checked")
{
    Organisation o;
    CHECK(validateOrganisation(o).size() == 1);
    o.name = QStringLiteral(" Repair  Café ");
    o.phone = QStringLiteral("0389123456");
    o.email = QStringLiteral("Contact@RepairCafe.FR");
    o.website = QStringLiteral("www.repaircafe-mulhouse.fr");
    Organisation cleaned;
    REQUIRE(validateOrganisation(o, &cleaned).isEmpty());
    CHECK(cleaned.name == QStringLiteral("Repair Café"));
    CHECK(cleaned.phone == QStringLiteral("03 89 12 34 56"));
    CHECK(cleaned.email == QStringLiteral("Contact@repaircafe.fr"));
    o.website = QStringLiteral("not a site");
    o.email = QStringLiteral("nope");
    CHECK(validateOrganisation(o).size() == 2);
}
