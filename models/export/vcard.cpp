#include "vcard.h"

#include <QRegularExpression>

namespace relais {

namespace {

// RFC 6350 3.2: lines SHOULD NOT be longer than 75 octets, line break excluded.
constexpr qsizetype maxLineOctets = 75;

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QString civilityPrefix(Civility civility)
{
    switch (civility) {
    case Civility::Madam:
        return VCard::tr("Ms");
    case Civility::Mister:
        return VCard::tr("Mr");
    case Civility::None:
        break;
    }
    return {};
}

// FN is required: a card without a name still needs something to be listed under.
QString formattedName(const Contact &contact)
{
    const QString name = contact.displayName().trimmed();
    if (!name.isEmpty())
        return name;
    if (!contact.emails.isEmpty())
        return contact.emails.constFirst();
    if (!contact.memberships.isEmpty())
        return contact.memberships.constFirst().organisationName;
    return contact.phones.value(0);
}

} // namespace

QString VCard::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u',' || c == u';') {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == u'\r' || c == u'\n') {
            // CRLF, CR or LF: one line break.
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray VCard::foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    folded.reserve(bytes.size() + bytes.size() / 60 * 3 + 2);
    qsizetype start = 0;
    // The first line holds 75 octets; each continuation a space and 74 more.
    qsizetype room = maxLineOctets;
    while (bytes.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && isContinuationByte(bytes[cut]))
            --cut;
        folded += bytes.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = maxLineOctets - 1;
    }
    folded += bytes.mid(start);
    folded += "\r\n";
    return folded;
}

QString VCard::internationalNumber(const QString &phone)
{
    QString compact = phone.trimmed();
    compact.remove(QStringLiteral("(0)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s.\-/()\x{00A0}])"));
    compact.remove(separators);
    if (compact.startsWith(QLatin1String("00")))
        compact = QLatin1Char('+') + compact.mid(2);
    static const QRegularExpression french(QStringLiteral(R"(^0[1-9][0-9]{8}$)"));
    static const QRegularExpression international(QStringLiteral(R"(^\+[1-9][0-9]{6,14}$)"));
    if (french.match(compact).hasMatch())
        return QStringLiteral("+33") + compact.mid(1);
    if (international.match(compact).hasMatch())
        return compact;
    return {};
}

bool VCard::isMobile(const QString &phone)
{
    const QString number = internationalNumber(phone);
    return number.startsWith(QLatin1String("+336")) || number.startsWith(QLatin1String("+337"));
}

QByteArray VCard::card(const Contact &contact)
{
    QByteArray card;
    const auto add = [&card](const QString &line) { card += foldLine(line); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(QStringLiteral("VERSION:4.0"));
    add(QStringLiteral("FN:") + escapeText(formattedName(contact)));
    add(QStringLiteral("N:%1;%2;;%3;")
            .arg(escapeText(contact.lastName.trimmed()), escapeText(contact.firstName.trimmed()),
                escapeText(civilityPrefix(contact.civility))));
    // The first of several e-mails or phones is the one to use (PREF=1).
    const auto preferred = [](qsizetype index, qsizetype count) {
        return index == 0 && count > 1 ? QStringLiteral(";PREF=1") : QString();
    };
    for (qsizetype i = 0; i < contact.emails.size(); ++i)
        add(QStringLiteral("EMAIL%1:%2")
                .arg(preferred(i, contact.emails.size()), escapeText(contact.emails[i])));
    for (qsizetype i = 0; i < contact.phones.size(); ++i) {
        const QString &phone = contact.phones[i];
        const QString type = isMobile(phone) ? QStringLiteral(";TYPE=cell") : QString();
        const QString number = internationalNumber(phone);
        // RFC 6350 6.4.1: a tel: URI where the number allows it, else the text as typed.
        if (!number.isEmpty())
            add(QStringLiteral("TEL;VALUE=uri%1%2:tel:%3")
                    .arg(preferred(i, contact.phones.size()), type, number));
        else
            add(QStringLiteral("TEL%1%2:%3")
                    .arg(preferred(i, contact.phones.size()), type, escapeText(phone)));
    }
    if (!contact.memberships.isEmpty()) {
        const Membership &main = contact.memberships.constFirst();
        if (!main.organisationName.trimmed().isEmpty())
            add(QStringLiteral("ORG:") + escapeText(main.organisationName.trimmed()));
        if (!main.role.trimmed().isEmpty())
            add(QStringLiteral("TITLE:") + escapeText(main.role.trimmed()));
    }
    if (!contact.notes.trimmed().isEmpty())
        add(QStringLiteral("NOTE:") + escapeText(contact.notes.trimmed()));
    add(QStringLiteral("END:VCARD"));
    return card;
}

QByteArray VCard::write(const QList<Contact> &contacts)
{
    QByteArray file;
    for (const Contact &contact : contacts)
        file += card(contact);
    return file;
}

QString VCard::suggestedFileName(const QList<Contact> &contacts)
{
    QString name
        = contacts.size() == 1 ? formattedName(contacts.constFirst()).simplified() : QString();
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|])"));
    name.replace(unsafe, QStringLiteral("-"));
    if (name.isEmpty())
        name = tr("contacts");
    return name + QStringLiteral(".vcf");
}

} // namespace relais
