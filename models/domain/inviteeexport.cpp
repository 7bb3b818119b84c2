#include "inviteeexport.h"

#include "../export/csvfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrlQuery>

namespace relais {

namespace {

class Export
{
    Q_DECLARE_TR_FUNCTIONS(relais::InviteeExport)
};

bool reachable(const Invitee &invitee, Unasked unasked)
{
    return !invitee.email.isEmpty() && mayContact(invitee.consent, unasked);
}

QStringList addresses(const QList<Invitee> &invitees, Unasked unasked)
{
    QStringList addresses;
    for (const Invitee &invitee : invitees) {
        if (reachable(invitee, unasked) && !addresses.contains(invitee.email, Qt::CaseInsensitive))
            addresses << invitee.email;
    }
    return addresses;
}

} // namespace

QString InviteeExport::bccList(const QList<Invitee> &invitees, Unasked unasked)
{
    return addresses(invitees, unasked).join(QStringLiteral("; "));
}

int InviteeExport::unreachable(const QList<Invitee> &invitees, Unasked unasked)
{
    return int(std::count_if(invitees.begin(), invitees.end(),
        [unasked](const Invitee &i) { return !reachable(i, unasked); }));
}

int InviteeExport::refused(const QList<Invitee> &invitees)
{
    return int(std::count_if(
        invitees.begin(), invitees.end(), [](const Invitee &i) { return saidNo(i.consent); }));
}

int InviteeExport::unasked(const QList<Invitee> &invitees)
{
    return int(std::count_if(invitees.begin(), invitees.end(),
        [](const Invitee &i) { return !i.email.isEmpty() && i.consent == Consent::Unknown; }));
}

Invitee InviteeExport::addressee(const ContactRow &contact)
{
    Invitee invitee;
    invitee.contactId = contact.id;
    invitee.lastName = contact.lastName;
    invitee.firstName = contact.firstName;
    invitee.organisation = contact.organisations;
    invitee.email = contact.email;
    invitee.consent = contact.consent;
    return invitee;
}

QUrl InviteeExport::mailto(const QList<Invitee> &invitees, const QString &subject, Unasked unasked)
{
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bcc"), addresses(invitees, unasked).join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("subject"), subject);
    url.setQuery(query);
    return url;
}

QByteArray InviteeExport::csv(const QList<Invitee> &invitees, CsvProfile profile, Unasked unasked)
{
    QList<QStringList> rows;
    rows << QStringList { Export::tr("Last name"), Export::tr("First name"),
        Export::tr("Organisation"), Export::tr("E-mail"), Export::tr("Status"),
        Export::tr("Walk-in"), Export::tr("Changed on") };
    const QLocale locale;
    for (const Invitee &i : invitees) {
        rows << QStringList { i.lastName, i.firstName, i.organisation,
            mayContact(i.consent, unasked) ? i.email : QString(), attendanceStatusName(i.status),
            i.walkIn ? Export::tr("yes") : QString(),
            i.statusChangedAt.isValid()
                ? locale.toString(i.statusChangedAt.toLocalTime(), QLocale::ShortFormat)
                : QString() };
    }
    return CsvFile::write(rows, profile);
}

int ContactExport::unasked(const QList<Contact> &contacts)
{
    return int(std::count_if(contacts.begin(), contacts.end(), [](const Contact &c) {
        return !c.emails.isEmpty() && c.emailConsent.status == Consent::Unknown;
    }));
}

int ContactExport::refused(const QList<Contact> &contacts)
{
    return int(std::count_if(contacts.begin(), contacts.end(),
        [](const Contact &c) { return !c.emails.isEmpty() && saidNo(c.emailConsent.status); }));
}

QList<Contact> ContactExport::withAllowedEmails(const QList<Contact> &contacts, Unasked unasked)
{
    QList<Contact> cards = contacts;
    for (Contact &c : cards) {
        if (!mayContact(c.emailConsent.status, unasked))
            c.emails.clear();
    }
    return cards;
}

} // namespace relais
