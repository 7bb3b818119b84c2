#pragma once

#include "../domain/contact.h"
#include "../domain/means.h"
#include "../domain/meeting.h"
#include "../domain/serd.h"
#include "../domain/training.h"
#include "importfields.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <optional>

// Strict readers of the cells of an import file, one per kind of value: what a French
// user types is understood, anything else is refused with the reason and what would
// be accepted, never guessed.

namespace relais {

// The value read from a cell: a value; nothing (the cell is blank, which only a required
// field refuses); or a reason, in the user's language, why it was not understood.
template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool isBlank() const { return ok() && !value; }
    static Parsed blank() { return {}; }
    static Parsed of(T v) { return { std::move(v), {} }; }
    static Parsed failure(const QString &reason) { return { std::nullopt, reason }; }
};

// A single day, or the first and last days of a period.
struct DatePeriod
{
    QDate startsOn;
    QDate endsOn; // invalid for a single day
    bool operator==(const DatePeriod &) const = default;
};

// A quantity of time, with its unit when the cell said it ("7,5 h", "2 jours").
struct Duration
{
    double quantity = 0;
    std::optional<TimeUnit> unit;
    bool operator==(const Duration &) const = default;
};

// The flags the actor lists show in one column.
struct ActorFlags
{
    bool networkHead = false;
    bool relayActor = false;
    bool municipalService = false;
    bool operator==(const ActorFlags &) const = default;
};

class ValueParsers
{
    Q_DECLARE_TR_FUNCTIONS(relais::ValueParsers)

public:
    // 31/12/2014, 1/2/2014, 31/12/14, 2014-12-31, 31.12.2014, 31-12-2014; a time after
    // the date (as Excel adds it) is allowed and dropped. Two-digit years are 2000–2069
    // and 1970–1999.
    static Parsed<QDate> date(const QString &text);
    // A date, or two dates joined by "-", "–", "au", "to" ("du 12/03/2014 au 14/03/2014").
    static Parsed<DatePeriod> period(const QString &text);
    // 14:30, 14h30, 14h, 9:05, 14:30:00.
    static Parsed<QTime> time(const QString &text);
    // French and English spellings: "1 234,5", "1234.5", "1.234,50", "-3"; spaces,
    // non-breaking and narrow spaces group thousands (by three digits only, so that a
    // phone number is never a number).
    static Parsed<double> number(const QString &text);
    // A whole number in the same spellings ("1 234"); "12,5" is refused.
    static Parsed<qint64> integer(const QString &text);
    // An amount in euros, to the cent: "1 234,50", "12 €", "12,00 EUR", "€12.5".
    static Parsed<Cents> money(const QString &text);
    // A number with an optional unit: "7,5", "7,5 h", "3 heures", "2 j", "2 days".
    static Parsed<Duration> duration(const QString &text);
    // oui/non, yes/no, vrai/faux, true/false, o/n, y/n, x (ticked), 1/0.
    static Parsed<bool> boolean(const QString &text);
    // A checked address, its domain lower-cased (see normalisedEmail).
    static Parsed<QString> email(const QString &text);
    // Phones, postcodes and text: trimmed, otherwise exactly as typed.
    static Parsed<QString> verbatim(const QString &text);
    // M., Mr, Monsieur; Mme, Mrs, Ms, Madame, Mlle, Mademoiselle.
    static Parsed<Civility> civility(const QString &text);
    // présent(e)(s), excusé(e), absent(e), inscrit(e), invité(e), their English names,
    // and P / E / A.
    static Parsed<AttendanceStatus> attendanceStatus(const QString &text);
    // proposée, confirmée, réalisée, annulée and their English names.
    static Parsed<SerdStatus> serdStatus(const QString &text);
    static Parsed<ContributionKind> contributionKind(const QString &text);
    // h, heures, hours; j, jours, d, days.
    static Parsed<TimeUnit> timeUnit(const QString &text);
    // matin, morning, AM; après-midi, afternoon, PM.
    static Parsed<HalfDay> halfDay(const QString &text);
    // "Network head, Relay actor", "Tête de réseau ; Service municipal".
    static Parsed<ActorFlags> actorFlags(const QString &text);

    // The values of a cell holding several (tags, co-organisers): split on ";", "," and
    // line breaks, trimmed, blanks dropped.
    static QStringList listValues(const QString &text);

    // Reads a cell as the field's type says: QDate, DatePeriod, QTime, double, qint64,
    // Cents (qint64), Duration, bool, QString, Civility… in a QVariant; reference values
    // and text come back as trimmed QString (a QStringList for multiple fields).
    static Parsed<QVariant> field(const ImportField &field, const QString &text);
};

} // namespace relais

Q_DECLARE_METATYPE(relais::DatePeriod)
Q_DECLARE_METATYPE(relais::Duration)
Q_DECLARE_METATYPE(relais::ActorFlags)
