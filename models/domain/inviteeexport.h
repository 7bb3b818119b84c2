#pragma once

#include "../export/csvfile.h"
#include "consent.h"
#include "contact.h"
#include "meeting.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace relais {

// Invitations leave Relais through the tools the officer already uses: her mail client
// and her spreadsheet. Only those who agreed to be contacted by e-mail are in an e-mail list;
// those never asked are added when she says so (Unasked::Include), those who refused or
// withdrew never.
namespace InviteeExport {

// The addresses, each once, for the Bcc field: "a@x.fr; b@y.fr".
QString bccList(const QList<Invitee> &invitees, Unasked unasked = Unasked::LeaveOut);
// How many invitees are not in those lists: no address, or no consent.
int unreachable(const QList<Invitee> &invitees, Unasked unasked = Unasked::LeaveOut);
// Of those, how many refused to be contacted or withdrew (with an address or not).
int refused(const QList<Invitee> &invitees);
// How many, with an address, were never asked: the number the officer is asked about.
int unasked(const QList<Invitee> &invitees);
// A line of the contacts list as an addressee of the same lists: its first e-mail and
// its consent by e-mail.
Invitee addressee(const ContactRow &contact);
// A mailto: link with the addresses in Bcc and the subject.
QUrl mailto(
    const QList<Invitee> &invitees, const QString &subject, Unasked unasked = Unasked::LeaveOut);
// A CSV file (by default as a French spreadsheet opens it: UTF-8 with a BOM, ";"
// between fields), quotes where needed, a header line in the user's language. Everyone has a
// line (it is also the attendance list); the e-mail column is empty for those not in the
// e-mail lists.
QByteArray csv(const QList<Invitee> &invitees, CsvProfile profile = CsvProfile::ExcelFrench,
    Unasked unasked = Unasked::LeaveOut);

} // namespace InviteeExport

// The same rule for cards (a vCard file, for a phone or a mail client): everyone has a card,
// but only those in the e-mail lists have their addresses on it.
namespace ContactExport {

// Of the contacts with an e-mail, those never asked.
int unasked(const QList<Contact> &contacts);
// Of the contacts with an e-mail, those who refused or withdrew their consent by e-mail.
int refused(const QList<Contact> &contacts);
// The contacts in the same order, without the e-mails of those not in the e-mail lists.
QList<Contact> withAllowedEmails(
    const QList<Contact> &contacts, Unasked unasked = Unasked::LeaveOut);

} // namespace ContactExport

} // namespace relais
