#pragma once

#include "../domain/contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// Contacts leaving Relais for a phone or a mail client: vCard 4.0 (RFC 6350), one file
// with a card per person. Each card has the name (FN, and N with the civility), every
// e-mail, every phone (mobiles marked as such), the first organisation with the role in
// it (ORG, TITLE) and the notes.
class VCard
{
    Q_DECLARE_TR_FUNCTIONS(relais::VCard)

public:
    static QByteArray write(const QList<Contact> &contacts);
    static QByteArray card(const Contact &contact);

    // A text value with "\", ",", ";" and line breaks escaped ("\\", "\,", "\;", "\n").
    static QString escapeText(const QString &text);
    // One content line as it goes in the file: UTF-8, folded so that no line is longer
    // than 75 octets (a CRLF and a space before each continuation), a multi-byte
    // character never cut in two, and a CRLF at the end.
    static QByteArray foldLine(const QString &line);
    // "06 12 34 56 78" → "+33612345678"; "+49 30 1234567" → "+49301234567"; empty when
    // the number cannot be written in the international form.
    static QString internationalNumber(const QString &phone);
    // Whether a number is a mobile's: French 06 and 07 numbers, in any spelling.
    static bool isMobile(const QString &phone);
    // A file name for the cards of these contacts: "Marie Dupont.vcf", "contacts.vcf".
    static QString suggestedFileName(const QList<Contact> &contacts);
};

} // namespace relais
