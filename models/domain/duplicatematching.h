#pragma once

#include <QString>
#include <QStringList>

namespace relais {

// The one place that decides whether two records are the same actor typed twice: the
// new-contact form's warning, Tools > Find duplicates and the import all ask here, so
// that they never disagree. Pure rules on texts: no database.

// Why two records may be one actor.
enum class DuplicateReason {
    SameEmail, // an e-mail address in common
    SameName, // the same name once accents, case, hyphens, civility and order are folded
    SimilarName, // names a typo or an initial apart ("Dupond", "J. Dupont")
    SameAcronym, // an acronym spelt out by the other's name ("MAA", "CSC Papin")
    SameValues, // a record (a contribution) with every value the same
    SameOccurrence, // a SERD action's date: the same day, place and time
};

// In the user's language, for a list of candidates: "same e-mail", "similar name"…
QString duplicateReasonText(DuplicateReason reason);

struct DuplicateMatch
{
    DuplicateReason reason = DuplicateReason::SameName;
    // 0: not the same actor; 100: certainly the same.
    int score = 0;

    bool isDuplicate() const { return score > 0; }
};

// Below this score a pair is not worth the officer's attention (a shared mailbox
// between two different people scores just this).
inline constexpr int likelyDuplicateScore = 60;

// ---- Folding -----------------------------------------------------------------------

// " Marie.Dupont@Example.FR " → "marie.dupont@example.fr"; empty for a blank address.
QString emailKey(const QString &email);

// The words of a person's name, folded (accents, case, ligatures), hyphens and dots as
// blanks, apostrophes dropped ("D'Amico" → "damico"), leading civilities taken off
// ("Mme", "M.", "Dr"…) unless nothing else is left.
struct PersonNameWords
{
    QStringList first;
    QStringList last;
};
PersonNameWords personNameWords(const QString &firstName, const QString &lastName);

// The significant words of an organisation's name: folded, split at blanks, hyphens and
// apostrophes, dotted initials joined ("C.S.C." → "csc"), without the little words
// ("de", "la", "l'"…), "association" and legal forms ("SARL", "SAS"…). All the words
// when none is significant.
QStringList organisationNameWords(const QString &name);

// Optimal string alignment distance (substitutions, insertions, deletions, swaps of two
// neighbours), computed only up to `limit`: anything farther returns limit + 1.
int editDistance(const QString &a, const QString &b, int limit);

// How many typos a folded word of this length may hold and still be the same word.
int typoAllowance(qsizetype length);

// ---- People ------------------------------------------------------------------------

// A person's name and e-mails folded once, to be compared with many others.
struct PersonKeys
{
    QString first; // the first name's words run together: "jeanpierre"
    QString last; // the last name's: "legall"
    QString words; // all the words, sorted: the same whatever the order ("gall jean le pierre")
    QStringList emails; // emailKey()s

    static PersonKeys of(
        const QString &firstName, const QString &lastName, const QStringList &emails = {});
    bool hasName() const { return !words.isEmpty(); }
};

DuplicateMatch matchPeople(const PersonKeys &a, const PersonKeys &b);

// ---- Organisations -----------------------------------------------------------------

struct OrganisationKeys
{
    QStringList words; // organisationNameWords()
    QStringList allWords; // the same with the little words kept, for acronyms like "MDQ"
    QString name; // words joined by blanks
    QString sortedName; // words sorted: the same whatever the order
    QString compact; // words run together: "centresocioculturelpapin"
    QString acronym; // the acronym typed, else the name when it is a single short word
    QString email;

    static OrganisationKeys of(
        const QString &name, const QString &acronym = {}, const QString &email = {});
    // The first letters of the words ("maa" for Mulhouse Alsace Agglomération); empty
    // for a name of one word.
    QString initials() const;
};

DuplicateMatch matchOrganisations(const OrganisationKeys &a, const OrganisationKeys &b);

} // namespace relais
