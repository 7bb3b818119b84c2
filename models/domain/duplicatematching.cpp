#include "duplicatematching.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

namespace relais {

namespace {

class DuplicateMatching
{
    Q_DECLARE_TR_FUNCTIONS(relais::DuplicateMatching)
};

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'‘' || c == u'`' || c == u'´';
}

// Folded words of a text: letters and digits only. Apostrophes join the letters around
// them or, with `splitApostrophes`, cut like a blank.
QStringList foldedWords(const QString &text, bool splitApostrophes)
{
    const QString folded = foldedKey(text);
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (isApostrophe(c) && !splitApostrophes) {
            continue;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool isCivility(const QString &word)
{
    static const QSet<QString> civilities { QStringLiteral("m"), QStringLiteral("mr"),
        QStringLiteral("mme"), QStringLiteral("mmes"), QStringLiteral("mlle"),
        QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("miss"), QStringLiteral("dr"),
        QStringLiteral("pr"), QStringLiteral("monsieur"), QStringLiteral("madame"),
        QStringLiteral("mademoiselle"), QStringLiteral("docteur"), QStringLiteral("professeur"),
        QStringLiteral("messieurs") };
    return civilities.contains(word);
}

// Words that do not tell two organisations apart.
bool isLittleWord(const QString &word)
{
    static const QSet<QString> words { QStringLiteral("de"), QStringLiteral("du"),
        QStringLiteral("des"), QStringLiteral("d"), QStringLiteral("la"), QStringLiteral("le"),
        QStringLiteral("les"), QStringLiteral("l"), QStringLiteral("et"), QStringLiteral("en"),
        QStringLiteral("a"), QStringLiteral("au"), QStringLiteral("aux"), QStringLiteral("pour"),
        QStringLiteral("sur"), QStringLiteral("par"), QStringLiteral("the"), QStringLiteral("of"),
        QStringLiteral("and"), QStringLiteral("for") };
    return words.contains(word);
}

bool isLegalForm(const QString &word)
{
    static const QSet<QString> forms { QStringLiteral("association"), QStringLiteral("asso"),
        QStringLiteral("assoc"), QStringLiteral("sarl"), QStringLiteral("sas"),
        QStringLiteral("sasu"), QStringLiteral("sa"), QStringLiteral("eurl"), QStringLiteral("sci"),
        QStringLiteral("scop"), QStringLiteral("scic"), QStringLiteral("gie"),
        QStringLiteral("ets"), QStringLiteral("etablissements"), QStringLiteral("cie"),
        QStringLiteral("ltd"), QStringLiteral("inc"), QStringLiteral("gmbh") };
    return forms.contains(word);
}

// "c s c" (from "C.S.C.") → "csc": initials typed with dots are one word.
QStringList joinInitials(const QStringList &words)
{
    QStringList joined;
    QString run;
    for (const QString &word : words) {
        if (word.size() == 1 && word.at(0).isLetter()) {
            run += word;
            continue;
        }
        if (!run.isEmpty())
            joined << std::exchange(run, QString());
        joined << word;
    }
    if (!run.isEmpty())
        joined << run;
    return joined;
}

QString initialsOf(const QStringList &words)
{
    QString initials;
    for (const QString &word : words)
        initials += word.at(0);
    return initials;
}

// Whether the short list reads as the long one with some of its runs of words written
// as their initials ("csc papin" for "centre socio culturel papin", "maa" for "mulhouse
// alsace agglomeration"). At least one acronym must be used: equal lists are not this.
bool spellsOutAcronym(const QStringList &shortWords, const QStringList &longWords)
{
    if (shortWords.size() >= longWords.size())
        return false;
    int i = 0;
    int j = 0;
    bool expanded = false;
    while (i < shortWords.size() && j < longWords.size()) {
        const QString &word = shortWords[i];
        if (word == longWords[j]) {
            ++i;
            ++j;
            continue;
        }
        const int length = int(word.size());
        if (length < 2 || j + length > longWords.size())
            return false;
        for (int k = 0; k < length; ++k) {
            if (longWords[j + k].at(0) != word.at(k))
                return false;
        }
        expanded = true;
        ++i;
        j += length;
    }
    return expanded && i == shortWords.size() && j == longWords.size();
}

bool acronymBetween(const OrganisationKeys &a, const OrganisationKeys &b)
{
    const auto oneWay = [](const OrganisationKeys &shorter, const OrganisationKeys &longer) {
        // "m2A", the acronym typed on the other record.
        if (shorter.words.size() == 1 && shorter.compact == longer.acronym)
            return true;
        if (spellsOutAcronym(shorter.words, longer.words)
            || spellsOutAcronym(shorter.words, longer.allWords))
            return true;
        if (shorter.acronym.size() < 2)
            return false;
        const QStringList acronym { shorter.acronym };
        return spellsOutAcronym(acronym, longer.words)
            || spellsOutAcronym(acronym, longer.allWords);
    };
    return oneWay(a, b) || oneWay(b, a);
}

// French first names whose feminine adds a few letters ("Louis", "Louise"; "Daniel",
// "Danielle"): one letter apart, yet two people.
bool genderVariants(const QString &a, const QString &b)
{
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    if (shorter.isEmpty() || !longer.startsWith(shorter))
        return false;
    const QString tail = longer.mid(shorter.size());
    return tail == QLatin1String("e") || tail == QLatin1String("le") || tail == QLatin1String("ne")
        || tail == QLatin1String("tte");
}

// Typos between two parts of names, or -1 when they are not the same part.
int partDistance(const QString &a, const QString &b, bool firstNames)
{
    if (a == b)
        return 0;
    if (a.isEmpty() || b.isEmpty())
        return -1;
    if (firstNames && genderVariants(a, b))
        return -1;
    const int allowance = typoAllowance(std::max(a.size(), b.size()));
    const int distance = editDistance(a, b, allowance);
    return distance <= allowance ? distance : -1;
}

// Typos between two people's names (first with first, last with last), or -1.
int nameDistance(
    const QString &firstA, const QString &lastA, const QString &firstB, const QString &lastB)
{
    const int last = partDistance(lastA, lastB, false);
    if (last < 0)
        return -1;
    const int first = partDistance(firstA, firstB, true);
    return first < 0 ? -1 : first + last;
}

// A part of a name typed as its initial ("J." for "Jean").
bool initialFor(const QString &initial, const QString &name)
{
    return initial.size() == 1 && name.size() > 1 && name.startsWith(initial);
}

// How two names relate when initials stand for some parts: 2 when one part is the
// same and the other an initial of it ("J. Dupont", "Jean Dupont"), 1 when both are
// initials ("E. S.", "Élodie Sénéchal"), 0 otherwise.
int initialsBetween(
    const QString &firstA, const QString &lastA, const QString &firstB, const QString &lastB)
{
    const auto same = [](const QString &a, const QString &b) { return !a.isEmpty() && a == b; };
    const auto initial
        = [](const QString &a, const QString &b) { return initialFor(a, b) || initialFor(b, a); };
    if ((same(lastA, lastB) && initial(firstA, firstB))
        || (same(firstA, firstB) && initial(lastA, lastB)))
        return 2;
    return initial(firstA, firstB) && initial(lastA, lastB) ? 1 : 0;
}

// a1 + a2 == b1 + b2, without making either string: an import compares each row with
// hundreds of namesakes, and the concatenations were a third of that.
bool sameJoined(QStringView a1, QStringView a2, QStringView b1, QStringView b2)
{
    const qsizetype size = a1.size() + a2.size();
    if (size != b1.size() + b2.size())
        return false;
    const auto at = [](QStringView first, QStringView second, qsizetype i) {
        return i < first.size() ? first[i] : second[i - first.size()];
    };
    for (qsizetype i = 0; i < size; ++i) {
        if (at(a1, a2, i) != at(b1, b2, i))
            return false;
    }
    return true;
}

bool shareAny(const QStringList &a, const QStringList &b)
{
    for (const QString &key : a) {
        if (b.contains(key))
            return true;
    }
    return false;
}

} // namespace

QString duplicateReasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail:
        return DuplicateMatching::tr("same e-mail");
    case DuplicateReason::SameName:
        return DuplicateMatching::tr("same name");
    case DuplicateReason::SimilarName:
        return DuplicateMatching::tr("similar name");
    case DuplicateReason::SameAcronym:
        return DuplicateMatching::tr("same acronym");
    case DuplicateReason::SameValues:
        return DuplicateMatching::tr("same values");
    case DuplicateReason::SameOccurrence:
        return DuplicateMatching::tr("same day and place");
    }
    return {};
}

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

PersonNameWords personNameWords(const QString &firstName, const QString &lastName)
{
    PersonNameWords words { foldedWords(firstName, false), foldedWords(lastName, false) };
    // "Mme Dupont" typed in one field or the other; a name that is only "M." stays.
    QStringList &front = words.first.isEmpty() ? words.last : words.first;
    while (
        !front.isEmpty() && isCivility(front.first()) && words.first.size() + words.last.size() > 1)
        front.removeFirst();
    return words;
}

QStringList organisationNameWords(const QString &name)
{
    const QStringList words = joinInitials(foldedWords(name, true));
    QStringList significant;
    for (const QString &word : words) {
        if (!isLittleWord(word) && !isLegalForm(word))
            significant << word;
    }
    return significant.isEmpty() ? words : significant;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal string alignment table, on the stack for a name's length:
    // an import compares each row with hundreds of names, and allocating the rows took a
    // tenth of a 100,000-contact import.
    constexpr qsizetype onStack = 48;
    int stack[3][onStack];
    std::vector<int> heap;
    int *before = stack[0];
    int *previous = stack[1];
    int *current = stack[2];
    if (m + 1 > onStack) {
        heap.resize(3 * (m + 1));
        before = heap.data();
        previous = before + (m + 1);
        current = previous + (m + 1);
    }
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

int typoAllowance(qsizetype length)
{
    if (length <= 3)
        return 0;
    return length <= 7 ? 1 : 2;
}

PersonKeys PersonKeys::of(
    const QString &firstName, const QString &lastName, const QStringList &emails)
{
    const PersonNameWords words = personNameWords(firstName, lastName);
    PersonKeys keys;
    keys.first = words.first.join(QString());
    keys.last = words.last.join(QString());
    QStringList all = words.first + words.last;
    std::sort(all.begin(), all.end());
    keys.words = all.join(QLatin1Char(' '));
    for (const QString &email : emails) {
        const QString key = emailKey(email);
        if (!key.isEmpty() && !keys.emails.contains(key))
            keys.emails << key;
    }
    return keys;
}

DuplicateMatch matchPeople(const PersonKeys &a, const PersonKeys &b)
{
    const bool sameEmail = shareAny(a.emails, b.emails);
    const bool named = a.hasName() && b.hasName();
    const bool sameName = named
        && (a.words == b.words || sameJoined(a.first, a.last, b.first, b.last)
            || sameJoined(a.first, a.last, b.last, b.first));
    int typos = -1;
    if (named && !sameName) {
        const int direct = nameDistance(a.first, a.last, b.first, b.last);
        const int swapped = nameDistance(a.first, a.last, b.last, b.first);
        typos = direct < 0 ? swapped : (swapped < 0 ? direct : std::min(direct, swapped));
    }
    const int initials = named && !sameName && typos < 0
        ? std::max(initialsBetween(a.first, a.last, b.first, b.last),
            initialsBetween(a.first, a.last, b.last, b.first))
        : 0;

    if (sameEmail) {
        // A mailbox shared by two different people of an organisation is still worth a
        // look, but less than one person typed twice.
        int score = 90;
        if (sameName)
            score = 100;
        else if (typos > 0)
            score = 95;
        else if (named && initials == 0)
            score = likelyDuplicateScore;
        return { DuplicateReason::SameEmail, score };
    }
    if (sameName)
        return { DuplicateReason::SameName, 85 };
    if (typos > 0)
        return { DuplicateReason::SimilarName, typos == 1 ? 75 : 65 };
    if (initials == 2)
        return { DuplicateReason::SimilarName, likelyDuplicateScore };
    return {};
}

OrganisationKeys OrganisationKeys::of(
    const QString &name, const QString &acronym, const QString &email)
{
    OrganisationKeys keys;
    keys.words = organisationNameWords(name);
    for (const QString &word : joinInitials(foldedWords(name, true))) {
        if (!isLegalForm(word))
            keys.allWords << word;
    }
    if (keys.allWords.isEmpty())
        keys.allWords = keys.words;
    keys.name = keys.words.join(QLatin1Char(' '));
    QStringList sorted = keys.words;
    std::sort(sorted.begin(), sorted.end());
    keys.sortedName = sorted.join(QLatin1Char(' '));
    keys.compact = keys.words.join(QString());
    keys.acronym = foldedWords(acronym, true).join(QString());
    if (keys.acronym.isEmpty() && keys.words.size() == 1 && keys.compact.size() <= 8)
        keys.acronym = keys.compact;
    keys.email = emailKey(email);
    return keys;
}

QString OrganisationKeys::initials() const
{
    return words.size() > 1 ? initialsOf(words) : QString();
}

DuplicateMatch matchOrganisations(const OrganisationKeys &a, const OrganisationKeys &b)
{
    if (a.compact.isEmpty() || b.compact.isEmpty())
        return {};
    const bool sameEmail = !a.email.isEmpty() && a.email == b.email;
    const bool sameName
        = a.name == b.name || a.sortedName == b.sortedName || a.compact == b.compact;
    if (sameName)
        return { sameEmail ? DuplicateReason::SameEmail : DuplicateReason::SameName,
            sameEmail ? 100 : 90 };
    const int allowance = typoAllowance(std::max(a.compact.size(), b.compact.size()));
    const int typos = editDistance(a.compact, b.compact, allowance);
    if (typos <= allowance)
        return { sameEmail ? DuplicateReason::SameEmail : DuplicateReason::SimilarName,
            sameEmail ? 95 : (typos == 1 ? 75 : 65) };
    if (acronymBetween(a, b))
        return { sameEmail ? DuplicateReason::SameEmail : DuplicateReason::SameAcronym,
            sameEmail ? 95 : 80 };
    // Two services of one body often share its address: worth a look, no more.
    if (sameEmail)
        return { DuplicateReason::SameEmail, likelyDuplicateScore + 10 };
    return {};
}

} // namespace relais
