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

bool reachable(const Invitee &invitee)
{
    return !invitee.email.isEmpty() && invitee.consent != Consent::Refused;
}

} // namespace

QString InviteeExport::bccList(const QList<Invitee> &invitees)
{
    QStringList addresses;
    for (const Invitee &invitee : invitees) {
        if (reachable(invitee) && !addresses.contains(invitee.email, Qt::CaseInsensitive))
            addresses << invitee.email;
    }
    return addresses.join(QStringLiteral("; "));
}

int InviteeExport::unreachable(const QList<Invitee> &invitees)
{
    return int(std::count_if(
        invitees.begin(), invitees.end(), [](const Invitee &i) { return !reachable(i); }));
}

int InviteeExport::refused(const QList<Invitee> &invitees)
{
    return int(std::count_if(invitees.begin(), invitees.end(),
        [](const Invitee &i) { return i.consent == Consent::Refused; }));
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

QUrl InviteeExport::mailto(const QList<Invitee> &invitees, const QString &subject)
{
    QStringList addresses;
    for (const Invitee &invitee : invitees) {
        if (reachable(invitee) && !addresses.contains(invitee.email, Qt::CaseInsensitive))
            addresses << invitee.email;
    }
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bcc"), addresses.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("subject"), subject);
    url.setQuery(query);
    return url;
}

QByteArray InviteeExport::csv(const QList<Invitee> &invitees, CsvProfile profile)
{
    QList<QStringList> rows;
    rows << QStringList { Export::tr("Last name"), Export::tr("First name"),
        Export::tr("Organisation"), Export::tr("E-mail"), Export::tr("Status"),
        Export::tr("Walk-in"), Export::tr("Changed on") };
    const QLocale locale;
    for (const Invitee &i : invitees) {
        rows << QStringList { i.lastName, i.firstName, i.organisation,
            i.consent == Consent::Refused ? QString() : i.email, attendanceStatusName(i.status),
            i.walkIn ? Export::tr("yes") : QString(),
            i.statusChangedAt.isValid()
                ? locale.toString(i.statusChangedAt.toLocalTime(), QLocale::ShortFormat)
                : QString() };
    }
    return CsvFile::write(rows, profile);
}

} // namespace relais
