#pragma once

#include "../export/csvfile.h"
#include "meeting.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace relais {

// Invitations leave Relais through the tools the officer already uses: her mail client
// and her spreadsheet. Those who refused to be contacted are never in an e-mail list.
namespace InviteeExport {

// The addresses, each once, for the Bcc field: "a@x.fr; b@y.fr".
QString bccList(const QList<Invitee> &invitees);
// How many invitees have no address, or refused to be contacted.
int unreachable(const QList<Invitee> &invitees);
// Of those, how many refused to be contacted (with an address or not); the others
// have no address.
int refused(const QList<Invitee> &invitees);
// A line of the contacts list as an addressee of the same lists: its first e-mail and
// its consent.
Invitee addressee(const ContactRow &contact);
// A mailto: link with the addresses in Bcc and the subject.
QUrl mailto(const QList<Invitee> &invitees, const QString &subject);
// A CSV file (by default as a French spreadsheet opens it: UTF-8 with a BOM, ";"
// between fields), quotes where needed, a header line in the user's language.
QByteArray csv(const QList<Invitee> &invitees, CsvProfile profile = CsvProfile::ExcelFrench);

} // namespace InviteeExport

} // namespace relais
