#include "valueparsers.h"

#include "../domain/textfold.h"
#include "../domain/validation.h"

#include <QRegularExpression>
#include <cmath>

namespace relais {

namespace {

bool isGroupSpace(QChar c)
{
    // Space, no-break space, narrow no-break space (what Qt's French locale writes).
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

// A number spelt in French or English, rewritten as the C locale reads it ("-1234.5"),
// with the number of digits after the decimal separator; nullopt when it is not a number.
struct PlainNumber
{
    QString text;
    int decimals = 0;
};

// Thousands groups: 1 to 3 digits, then groups of exactly 3, one separator between, so
// that "06 12 34 56 78" is not read as a number.
std::optional<QString> groupedDigits(QStringView digits, QChar thousands)
{
    QString plain;
    QList<int> groups;
    int group = 0;
    for (const QChar c : digits) {
        if (c.isDigit() && c.unicode() < 0x80) {
            plain += c;
            ++group;
        } else if (isGroupSpace(c) || (!thousands.isNull() && c == thousands)) {
            if (group == 0)
                return std::nullopt;
            groups << group;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (group == 0)
        return std::nullopt;
    groups << group;
    if (groups.size() > 1
        && (groups.first() > 3
            || std::any_of(groups.cbegin() + 1, groups.cend(), [](int g) { return g != 3; })))
        return std::nullopt;
    return plain;
}

std::optional<PlainNumber> plainNumber(const QString &typed)
{
    QString text = typed.trimmed();
    QString sign;
    if (!text.isEmpty() && (text[0] == u'-' || text[0] == u'+' || text[0] == QChar(0x2212))) {
        sign = text[0] == u'+' ? QString() : QStringLiteral("-");
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype lastComma = text.lastIndexOf(u',');
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const auto commas = text.count(u',');
    const auto dots = text.count(u'.');
    QChar decimal;
    QChar thousands;
    if (commas && dots) {
        decimal = lastComma > lastDot ? QChar(u',') : QChar(u'.');
        thousands = lastComma > lastDot ? QChar(u'.') : QChar(u',');
        if (text.count(decimal) != 1)
            return std::nullopt;
    } else if (commas) {
        (commas == 1 ? decimal : thousands) = u',';
    } else if (dots) {
        (dots == 1 ? decimal : thousands) = u'.';
    }
    const qsizetype at = decimal.isNull() ? -1 : text.indexOf(decimal);
    const QStringView whole = at < 0 ? QStringView(text) : QStringView(text).left(at);
    const QStringView fraction = at < 0 ? QStringView() : QStringView(text).mid(at + 1);
    const auto digits = groupedDigits(whole, thousands);
    if (!digits)
        return std::nullopt;
    if (at >= 0) {
        if (fraction.isEmpty())
            return std::nullopt;
        for (const QChar c : fraction) {
            if (!c.isDigit() || c.unicode() >= 0x80)
                return std::nullopt;
        }
    }
    PlainNumber number;
    number.text = sign + *digits;
    if (at >= 0) {
        number.text += QLatin1Char('.') + fraction.toString();
        number.decimals = int(fraction.size());
    }
    return number;
}

template<typename T> struct Spelling
{
    const char16_t *key; // as foldedLettersKey() gives it
    T value;
};

template<typename T, std::size_t N>
std::optional<T> lookUp(const QString &key, const Spelling<T> (&spellings)[N])
{
    for (const Spelling<T> &spelling : spellings) {
        if (key == QStringView(spelling.key))
            return spelling.value;
    }
    return std::nullopt;
}

QString quoted(const QString &text)
{
    return ValueParsers::tr("“%1”").arg(text.trimmed());
}

QString dateFormats()
{
    return ValueParsers::tr(
        "Type dates as 31/12/2014, 31/12/14, 31.12.2014, 31-12-2014 or 2014-12-31.");
}

} // namespace

Parsed<QDate> ValueParsers::date(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Parsed<QDate>::blank();
    // Day first, as in France; a time after the date (Excel's "31/12/2014 00:00") is dropped.
    static const QRegularExpression dayFirst(QStringLiteral(
        R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}[:hH]\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression yearFirst(
        QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = dayFirst.match(typed); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(3).toInt();
        year = m.captured(4).toInt();
        if (m.capturedLength(4) == 2)
            year += year < 70 ? 2000 : 1900;
    } else if (const auto m = yearFirst.match(typed); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else {
        return Parsed<QDate>::failure(
            tr("%1 is not a date.").arg(quoted(typed)) + QLatin1Char(' ') + dateFormats());
    }
    const QDate result(year, month, day);
    if (!result.isValid())
        return Parsed<QDate>::failure(
            tr("%1 is not a day of the calendar (day, month, year).").arg(quoted(typed)));
    return Parsed<QDate>::of(result);
}

Parsed<DatePeriod> ValueParsers::period(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Parsed<DatePeriod>::blank();
    static const QRegularExpression twoDates(
        QStringLiteral(
            R"(^(?:(?:du|from)\s+)?(\S+)(?:\s*[–—]\s*|\s+-\s+|\s+au\s+|\s+to\s+)(\S+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = twoDates.match(typed);
    if (!m.hasMatch()) {
        const Parsed<QDate> single = date(typed);
        if (!single.ok())
            return Parsed<DatePeriod>::failure(single.error);
        return Parsed<DatePeriod>::of({ *single.value, {} });
    }
    const Parsed<QDate> first = date(m.captured(1));
    const Parsed<QDate> last = date(m.captured(2));
    if (!first.ok())
        return Parsed<DatePeriod>::failure(first.error);
    if (!last.ok())
        return Parsed<DatePeriod>::failure(last.error);
    if (*last.value < *first.value)
        return Parsed<DatePeriod>::failure(
            tr("The period %1 ends before it starts.").arg(quoted(typed)));
    if (*last.value == *first.value)
        return Parsed<DatePeriod>::of({ *first.value, {} });
    return Parsed<DatePeriod>::of({ *first.value, *last.value });
}

Parsed<QTime> ValueParsers::time(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Parsed<QTime>::blank();
    static const QRegularExpression clock(
        QStringLiteral(R"(^(\d{1,2})(?::(\d{2})(?::(\d{2}))?|[hH](\d{2})?)$)"));
    const auto m = clock.match(typed);
    QTime result;
    if (m.hasMatch()) {
        const int minutes = m.captured(2).isEmpty() ? m.captured(4).toInt() : m.captured(2).toInt();
        result = QTime(m.captured(1).toInt(), minutes, m.captured(3).toInt());
    }
    if (!result.isValid())
        return Parsed<QTime>::failure(
            tr("%1 is not a time: type it as 14:30 or 14h30.").arg(quoted(typed)));
    return Parsed<QTime>::of(result);
}

Parsed<double> ValueParsers::number(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<double>::blank();
    const auto plain = plainNumber(text);
    if (!plain)
        return Parsed<double>::failure(
            tr("%1 is not a number: type it as 1234,5 or 1 234,5.").arg(quoted(text)));
    return Parsed<double>::of(plain->text.toDouble());
}

Parsed<qint64> ValueParsers::integer(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<qint64>::blank();
    const auto plain = plainNumber(text);
    bool fits = false;
    const qint64 value = plain && plain->decimals == 0 ? plain->text.toLongLong(&fits) : 0;
    if (!fits)
        return Parsed<qint64>::failure(
            tr("%1 is not a whole number: type it as 12 or 1 234.").arg(quoted(text)));
    return Parsed<qint64>::of(value);
}

Parsed<Cents> ValueParsers::money(const QString &text)
{
    QString amount = text.trimmed();
    if (amount.isEmpty())
        return Parsed<Cents>::blank();
    static const QRegularExpression currency(QStringLiteral(R"(^\s*€\s*|\s*(?:€|eur|euros?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    amount.remove(currency);
    const auto plain = plainNumber(amount);
    if (!plain || plain->decimals > 2)
        return Parsed<Cents>::failure(
            tr("%1 is not an amount in euros: type it as 1234,50 or 1 234,50 €.")
                .arg(quoted(text)));
    return Parsed<Cents>::of(centsFromEuros(plain->text.toDouble()));
}

Parsed<Duration> ValueParsers::duration(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Parsed<Duration>::blank();
    static const QRegularExpression withUnit(QStringLiteral(R"(^(.*?)\s*(\p{L}+\.?)$)"));
    QString quantity = typed;
    std::optional<TimeUnit> unit;
    if (const auto m = withUnit.match(typed); m.hasMatch()) {
        const Parsed<TimeUnit> named = timeUnit(m.captured(2));
        if (!named.ok() || !named.value)
            return Parsed<Duration>::failure(
                tr("%1 is not a length of time: type it as 7,5 h or 2 days.").arg(quoted(typed)));
        unit = named.value;
        quantity = m.captured(1);
    }
    const Parsed<double> value = number(quantity);
    if (!value.ok() || !value.value || *value.value < 0)
        return Parsed<Duration>::failure(
            tr("%1 is not a length of time: type it as 7,5 h or 2 days.").arg(quoted(typed)));
    return Parsed<Duration>::of({ *value.value, unit });
}

Parsed<bool> ValueParsers::boolean(const QString &text)
{
    const QString key = foldedLettersKey(text);
    if (key.isEmpty() && text.trimmed().isEmpty())
        return Parsed<bool>::blank();
    static constexpr Spelling<bool> spellings[]
        = { { u"oui", true }, { u"o", true }, { u"yes", true }, { u"y", true }, { u"vrai", true },
              { u"true", true }, { u"x", true }, { u"1", true }, { u"non", false }, { u"n", false },
              { u"no", false }, { u"faux", false }, { u"false", false }, { u"0", false } };
    if (const auto value = lookUp(key, spellings))
        return Parsed<bool>::of(*value);
    return Parsed<bool>::failure(
        tr("%1 is neither yes nor no: type yes, no, x or leave it empty.").arg(quoted(text)));
}

Parsed<QString> ValueParsers::email(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<QString>::blank();
    if (const auto address = normalisedEmail(text))
        return Parsed<QString>::of(*address);
    return Parsed<QString>::failure(
        tr("%1 is not an e-mail address (expected name@domain.fr).").arg(quoted(text)));
}

Parsed<QString> ValueParsers::verbatim(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return Parsed<QString>::blank();
    return Parsed<QString>::of(typed);
}

Parsed<Civility> ValueParsers::civility(const QString &text)
{
    const QString key = foldedLettersKey(text);
    if (text.trimmed().isEmpty())
        return Parsed<Civility>::blank();
    static constexpr Spelling<Civility> spellings[] = { { u"m", Civility::Mister },
        { u"mr", Civility::Mister }, { u"monsieur", Civility::Mister },
        { u"mister", Civility::Mister }, { u"mme", Civility::Madam }, { u"mrs", Civility::Madam },
        { u"ms", Civility::Madam }, { u"madame", Civility::Madam }, { u"mlle", Civility::Madam },
        { u"melle", Civility::Madam }, { u"mademoiselle", Civility::Madam } };
    if (const auto value = lookUp(key, spellings))
        return Parsed<Civility>::of(*value);
    return Parsed<Civility>::failure(
        tr("%1 is not a civility: type Mr or Mrs, or leave it empty.").arg(quoted(text)));
}

Parsed<AttendanceStatus> ValueParsers::attendanceStatus(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<AttendanceStatus>::blank();
    using S = AttendanceStatus;
    // A column headed "Présent" holds ticks or yes/no.
    static constexpr Spelling<S> spellings[] = { { u"p", S::Present }, { u"present", S::Present },
        { u"x", S::Present }, { u"oui", S::Present }, { u"yes", S::Present }, { u"1", S::Present },
        { u"e", S::Excused }, { u"excuse", S::Excused }, { u"excused", S::Excused },
        { u"a", S::Absent }, { u"absent", S::Absent }, { u"non", S::Absent }, { u"no", S::Absent },
        { u"0", S::Absent }, { u"inscrit", S::Registered }, { u"registered", S::Registered },
        { u"invite", S::Invited }, { u"invited", S::Invited } };
    // "Présente", "excusé(e)s": the feminine and plural endings do not count.
    const QString key = foldedLettersKey(text);
    for (const QString &stem : { key, key.chopped(std::min<qsizetype>(1, key.size())),
             key.chopped(std::min<qsizetype>(2, key.size())),
             key.chopped(std::min<qsizetype>(3, key.size())) }) {
        if (stem.isEmpty())
            continue;
        if (const auto value = lookUp(stem, spellings)) {
            // Only whole words lose their endings: "ae" is not "a".
            if (stem.size() == 1 && stem != key)
                continue;
            return Parsed<S>::of(*value);
        }
    }
    return Parsed<S>::failure(tr("%1 is not an attendance status: type present, excused, absent, "
                                 "registered or invited (or P, E, A).")
                                  .arg(quoted(text)));
}

Parsed<SerdStatus> ValueParsers::serdStatus(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<SerdStatus>::blank();
    using S = SerdStatus;
    static constexpr Spelling<S> spellings[] = { { u"proposee", S::Proposed },
        { u"propose", S::Proposed }, { u"proposed", S::Proposed }, { u"confirmee", S::Confirmed },
        { u"confirme", S::Confirmed }, { u"confirmed", S::Confirmed }, { u"realisee", S::Held },
        { u"realise", S::Held }, { u"held", S::Held }, { u"done", S::Held },
        { u"annulee", S::Cancelled }, { u"annule", S::Cancelled }, { u"cancelled", S::Cancelled },
        { u"canceled", S::Cancelled } };
    if (const auto value = lookUp(foldedLettersKey(text), spellings))
        return Parsed<S>::of(*value);
    return Parsed<S>::failure(
        tr("%1 is not the status of an action: type proposed, confirmed, held or cancelled.")
            .arg(quoted(text)));
}

Parsed<ContributionKind> ValueParsers::contributionKind(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<ContributionKind>::blank();
    using K = ContributionKind;
    static constexpr Spelling<K> spellings[] = { { u"stafftime", K::StaffTime },
        { u"time", K::StaffTime }, { u"tempsdetravail", K::StaffTime }, { u"temps", K::StaffTime },
        { u"tempspasse", K::StaffTime }, { u"personnel", K::StaffTime },
        { u"material", K::Material }, { u"materiel", K::Material }, { u"other", K::Other },
        { u"autre", K::Other }, { u"autres", K::Other } };
    if (const auto value = lookUp(foldedLettersKey(text), spellings))
        return Parsed<K>::of(*value);
    return Parsed<K>::failure(
        tr("%1 is not a kind of contribution: type staff time, material or other.")
            .arg(quoted(text)));
}

Parsed<TimeUnit> ValueParsers::timeUnit(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<TimeUnit>::blank();
    static constexpr Spelling<TimeUnit> spellings[] = { { u"h", TimeUnit::Hours },
        { u"hr", TimeUnit::Hours }, { u"hrs", TimeUnit::Hours }, { u"heure", TimeUnit::Hours },
        { u"heures", TimeUnit::Hours }, { u"hour", TimeUnit::Hours }, { u"hours", TimeUnit::Hours },
        { u"j", TimeUnit::Days }, { u"jour", TimeUnit::Days }, { u"jours", TimeUnit::Days },
        { u"journee", TimeUnit::Days }, { u"journees", TimeUnit::Days }, { u"d", TimeUnit::Days },
        { u"day", TimeUnit::Days }, { u"days", TimeUnit::Days } };
    if (const auto value = lookUp(foldedLettersKey(text), spellings))
        return Parsed<TimeUnit>::of(*value);
    return Parsed<TimeUnit>::failure(
        tr("%1 is not a unit of time: type hours or days.").arg(quoted(text)));
}

Parsed<HalfDay> ValueParsers::halfDay(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Parsed<HalfDay>::blank();
    static constexpr Spelling<HalfDay> spellings[]
        = { { u"matin", HalfDay::Morning }, { u"matinee", HalfDay::Morning },
              { u"morning", HalfDay::Morning }, { u"am", HalfDay::Morning },
              { u"apresmidi", HalfDay::Afternoon }, { u"aprem", HalfDay::Afternoon },
              { u"afternoon", HalfDay::Afternoon }, { u"pm", HalfDay::Afternoon } };
    if (const auto value = lookUp(foldedLettersKey(text), spellings))
        return Parsed<HalfDay>::of(*value);
    return Parsed<HalfDay>::failure(
        tr("%1 is not a half-day: type morning or afternoon.").arg(quoted(text)));
}

Parsed<ActorFlags> ValueParsers::actorFlags(const QString &text)
{
    const QStringList names = listValues(text);
    if (names.isEmpty())
        return Parsed<ActorFlags>::blank();
    ActorFlags flags;
    for (const QString &name : names) {
        const QString key = foldedLettersKey(name);
        if (key == u"networkhead" || key == u"tetedereseau")
            flags.networkHead = true;
        else if (key == u"relayactor" || key == u"acteurrelais")
            flags.relayActor = true;
        else if (key == u"municipalservice" || key == u"servicemunicipal")
            flags.municipalService = true;
        else
            return Parsed<ActorFlags>::failure(tr("%1 is not a flag: type network head, relay "
                                                  "actor or municipal service.")
                                                   .arg(quoted(name)));
    }
    return Parsed<ActorFlags>::of(flags);
}

QStringList ValueParsers::listValues(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([;,\r\n]+)"));
    QStringList values;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString value = part.simplified();
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

namespace {

template<typename T> Parsed<QVariant> asVariant(const Parsed<T> &parsed)
{
    if (!parsed.ok())
        return Parsed<QVariant>::failure(parsed.error);
    if (!parsed.value)
        return Parsed<QVariant>::blank();
    return Parsed<QVariant>::of(QVariant::fromValue(*parsed.value));
}

} // namespace

Parsed<QVariant> ValueParsers::field(const ImportField &field, const QString &text)
{
    switch (field.type) {
    case FieldType::Email:
        return asVariant(email(text));
    case FieldType::Date:
        return asVariant(date(text));
    case FieldType::Period:
        return asVariant(period(text));
    case FieldType::Time:
        return asVariant(time(text));
    case FieldType::Integer:
        return asVariant(integer(text));
    case FieldType::Number:
        return asVariant(number(text));
    case FieldType::Duration:
        return asVariant(duration(text));
    case FieldType::Money:
        return asVariant(money(text));
    case FieldType::Boolean:
        return asVariant(boolean(text));
    case FieldType::Civility:
        return asVariant(civility(text));
    case FieldType::AttendanceStatus:
        return asVariant(attendanceStatus(text));
    case FieldType::SerdStatus:
        return asVariant(serdStatus(text));
    case FieldType::ContributionKind:
        return asVariant(contributionKind(text));
    case FieldType::TimeUnit:
        return asVariant(timeUnit(text));
    case FieldType::HalfDay:
        return asVariant(halfDay(text));
    case FieldType::ActorFlags:
        return asVariant(actorFlags(text));
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Postcode:
    case FieldType::Website:
    case FieldType::ReferenceValue:
        break;
    }
    if (field.multiple) {
        const QStringList values = listValues(text);
        return values.isEmpty() ? Parsed<QVariant>::blank() : Parsed<QVariant>::of(values);
    }
    return asVariant(verbatim(text));
}

} // namespace relais
