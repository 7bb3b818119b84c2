#include "inviteeexport.h"

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

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
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

QByteArray InviteeExport::csv(const QList<Invitee> &invitees)
{
    QStringList lines;
    lines << QStringList { Export::tr("Last name"), Export::tr("First name"),
        Export::tr("Organisation"), Export::tr("E-mail"), Export::tr("Status"),
        Export::tr("Walk-in"), Export::tr("Changed on") }
                 .join(QLatin1Char(';'));
    const QLocale locale;
    for (const Invitee &i : invitees) {
        lines << QStringList { field(i.lastName), field(i.firstName), field(i.organisation),
            field(i.consent == Consent::Refused ? QString() : i.email),
            field(attendanceStatusName(i.status)), i.walkIn ? Export::tr("yes") : QString(),
            i.statusChangedAt.isValid()
                ? locale.toString(i.statusChangedAt.toLocalTime(), QLocale::ShortFormat)
                : QString() }
                     .join(QLatin1Char(';'));
    }
    // The byte-order mark makes Excel read the accents right.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8()
        + QByteArray("\r\n");
}

} // namespace relais
