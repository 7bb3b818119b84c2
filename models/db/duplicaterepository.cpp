#include "duplicaterepository.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>
#include <vector>

namespace relais {

namespace {

// A block larger than this is a common word ("mulhouse") or a shared mailbox: a
// similarity block that big is skipped, an exact one compared with its first record only.
constexpr int largestBlock = 100;

using Pair = std::pair<qint64, qint64>;

Pair ordered(qint64 a, qint64 b)
{
    return a < b ? Pair { a, b } : Pair { b, a };
}

int kindValue(ActorRef::Kind kind)
{
    return kind == ActorRef::Kind::Contact ? 0 : 1;
}

// Compares the records of each block once per pair, keeping the pairs that match.
template<typename Keys> class PairFinder
{
public:
    using Match = std::function<DuplicateMatch(const Keys &, const Keys &)>;

    PairFinder(const std::vector<qint64> &ids, const std::vector<Keys> &keys, Match match,
        const QList<Pair> &dismissed)
        : m_ids(ids)
        , m_keys(keys)
        , m_match(std::move(match))
    {
        for (const Pair &pair : dismissed)
            m_dismissed.insert(pair);
    }

    void blocks(const QHash<QString, QList<int>> &blocks, bool exact)
    {
        for (const QList<int> &members : blocks) {
            if (members.size() < 2)
                continue;
            if (members.size() > largestBlock) {
                if (exact) {
                    for (int j = 1; j < members.size(); ++j)
                        compare(members[0], members[j]);
                }
                continue;
            }
            for (int i = 0; i < members.size(); ++i) {
                for (int j = i + 1; j < members.size(); ++j)
                    compare(members[i], members[j]);
            }
        }
    }

    QList<DuplicateCandidate> candidates(
        ActorRef::Kind kind, int minimumScore, const std::function<QString(int)> &name) const
    {
        QList<DuplicateCandidate> result;
        for (auto it = m_found.cbegin(); it != m_found.cend(); ++it) {
            if (it->second.score < minimumScore)
                continue;
            const auto [first, second] = it->first;
            const bool inOrder = m_ids[first] < m_ids[second];
            const int low = inOrder ? first : second;
            const int high = inOrder ? second : first;
            result << DuplicateCandidate { kind, m_ids[low], m_ids[high], name(low), name(high),
                it->second.reason, it->second.score, {}, {} };
        }
        std::sort(result.begin(), result.end(),
            [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
                if (a.score != b.score)
                    return a.score > b.score;
                const int byName = QString::compare(a.firstName, b.firstName, Qt::CaseInsensitive);
                if (byName != 0)
                    return byName < 0;
                return Pair { a.firstId, a.secondId } < Pair { b.firstId, b.secondId };
            });
        return result;
    }

private:
    void compare(int i, int j)
    {
        const Pair key = ordered(i, j);
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        if (m_dismissed.contains(ordered(m_ids[i], m_ids[j])))
            return;
        const DuplicateMatch match = m_match(m_keys[i], m_keys[j]);
        if (match.isDuplicate())
            m_found << std::pair { std::pair { i, j }, match };
    }

    const std::vector<qint64> &m_ids;
    const std::vector<Keys> &m_keys;
    Match m_match;
    QSet<Pair> m_dismissed;
    QSet<Pair> m_seen;
    QList<std::pair<std::pair<int, int>, DuplicateMatch>> m_found;
};

void addTo(QHash<QString, QList<int>> &blocks, const QString &key, int index)
{
    if (key.isEmpty())
        return;
    QList<int> &members = blocks[key];
    if (members.isEmpty() || members.last() != index)
        members << index;
}

} // namespace

DuplicateRepository::DuplicateRepository(Database &database)
    : m_database(database)
{ }

QList<DuplicateCandidate> DuplicateRepository::contactCandidates(int minimumScore) const
{
    std::vector<qint64> ids;
    std::vector<QString> names;
    QHash<qint64, int> indexOf;
    std::vector<QString> firstNames, lastNames;
    // Anonymised people are nobody's duplicates ("Anonymised person 12" and "… 13").
    SqlQuery people(m_database,
        QStringLiteral("SELECT id, first_name, last_name FROM contact "
                       "WHERE id NOT IN (SELECT contact_id FROM contact_anonymisation)"));
    people.exec();
    while (people.next()) {
        indexOf.insert(people.id(0), int(ids.size()));
        ids.push_back(people.id(0));
        firstNames.push_back(people.text(1));
        lastNames.push_back(people.text(2));
    }
    std::vector<QStringList> emails(ids.size());
    SqlQuery mail(m_database,
        QStringLiteral(
            "SELECT contact_id, email_key FROM contact_email ORDER BY contact_id, position"));
    mail.exec();
    while (mail.next()) {
        const auto it = indexOf.constFind(mail.id(0));
        if (it != indexOf.constEnd())
            emails[*it] << mail.text(1);
    }

    std::vector<PersonKeys> keys;
    keys.reserve(ids.size());
    names.reserve(ids.size());
    // Exact blocks: an e-mail, the words of the name in any order, the name run together
    // either way round ("Le Gall" / "Legall"). Similarity blocks: the same last name (a
    // typo in the first), the same first name and start of the last (a typo in the last).
    QHash<QString, QList<int>> byEmail, byWords, byCompact, byLast, byFirst;
    for (int i = 0; i < int(ids.size()); ++i) {
        keys.push_back(PersonKeys::of(firstNames[i], lastNames[i], emails[i]));
        names.push_back(
            QStringList { firstNames[i], lastNames[i] }.join(QLatin1Char(' ')).trimmed());
        const PersonKeys &k = keys.back();
        for (const QString &email : k.emails)
            addTo(byEmail, email, i);
        if (!k.hasName())
            continue;
        addTo(byWords, k.words, i);
        addTo(byCompact, k.first + k.last, i);
        addTo(byCompact, k.last + k.first, i);
        addTo(byLast, k.last, i);
        if (!k.first.isEmpty())
            addTo(byFirst, k.first + QLatin1Char('|') + k.last.left(2), i);
    }

    PairFinder<PersonKeys> finder(ids, keys, matchPeople, dismissed(ActorRef::Kind::Contact));
    finder.blocks(byEmail, true);
    finder.blocks(byWords, true);
    finder.blocks(byCompact, true);
    finder.blocks(byLast, false);
    finder.blocks(byFirst, false);
    QList<DuplicateCandidate> candidates
        = finder.candidates(ActorRef::Kind::Contact, minimumScore, [&](int i) { return names[i]; });

    // Only the few candidates need telling apart: their organisations, else an e-mail.
    QList<qint64> candidateIds;
    for (const DuplicateCandidate &candidate : std::as_const(candidates))
        candidateIds << candidate.firstId << candidate.secondId;
    const QHash<qint64, QString> organisations = organisationsOf(candidateIds);
    const auto detail = [&](qint64 id) {
        const QString names = organisations.value(id);
        if (!names.isEmpty())
            return names;
        const QStringList &addresses = emails[indexOf.value(id)];
        return addresses.isEmpty() ? QString() : addresses.first();
    };
    for (DuplicateCandidate &candidate : candidates) {
        candidate.firstDetail = detail(candidate.firstId);
        candidate.secondDetail = detail(candidate.secondId);
    }
    return candidates;
}

QHash<qint64, QString> DuplicateRepository::organisationsOf(const QList<qint64> &contactIds) const
{
    QHash<qint64, QString> result;
    if (contactIds.isEmpty())
        return result;
    SqlQuery query(m_database,
        QStringLiteral("SELECT m.contact_id, o.name FROM membership m "
                       "JOIN organisation o ON o.id = m.organisation_id "
                       "WHERE m.contact_id IN (%1) ORDER BY m.contact_id, o.sort_key")
            .arg(m_database.dialect().idsFromList()));
    query.bind(QStringLiteral(":ids"), m_database.dialect().idListValue(contactIds));
    query.exec();
    while (query.next()) {
        QString &names = result[query.id(0)];
        if (!names.isEmpty())
            names += QStringLiteral(", ");
        names += query.text(1);
    }
    return result;
}

QList<DuplicateCandidate> DuplicateRepository::organisationCandidates(int minimumScore) const
{
    std::vector<qint64> ids;
    std::vector<QString> names;
    std::vector<OrganisationKeys> keys;
    QHash<qint64, QString> communes;
    SqlQuery q(m_database,
        QStringLiteral("SELECT o.id, o.name, o.acronym, o.email, coalesce(c.name, '') "
                       "FROM organisation o LEFT JOIN commune c ON c.id = o.commune_id"));
    q.exec();
    while (q.next()) {
        ids.push_back(q.id(0));
        names.push_back(q.text(1));
        if (!q.text(4).isEmpty())
            communes.insert(q.id(0), q.text(4));
        keys.push_back(OrganisationKeys::of(q.text(1), q.text(2), q.text(3)));
    }

    // Exact blocks: the name (words in any order, or run together), the e-mail, and
    // acronyms with initials in one block ("maa" typed as an acronym, or the initials of
    // Mulhouse Alsace Agglomération). Similarity blocks: the first three letters, and
    // the last word ("CSC Papin", "Centre socio-culturel Papin").
    QHash<QString, QList<int>> byName, byEmail, byAcronym, byStart, byLastWord;
    for (int i = 0; i < int(ids.size()); ++i) {
        const OrganisationKeys &k = keys[i];
        if (k.compact.isEmpty())
            continue;
        addTo(byName, k.sortedName, i);
        addTo(byName, QLatin1Char('|') + k.compact, i);
        addTo(byEmail, k.email, i);
        addTo(byAcronym, k.acronym, i);
        addTo(byAcronym, k.initials(), i);
        if (k.allWords.size() > 1) {
            QString initials;
            for (const QString &word : k.allWords)
                initials += word.at(0);
            addTo(byAcronym, initials, i);
        }
        addTo(byStart, k.compact.left(3), i);
        if (k.words.size() > 1)
            addTo(byLastWord, k.words.last(), i);
    }

    PairFinder<OrganisationKeys> finder(
        ids, keys, matchOrganisations, dismissed(ActorRef::Kind::Organisation));
    finder.blocks(byName, true);
    finder.blocks(byEmail, true);
    finder.blocks(byAcronym, true);
    finder.blocks(byStart, false);
    finder.blocks(byLastWord, false);
    QList<DuplicateCandidate> candidates = finder.candidates(
        ActorRef::Kind::Organisation, minimumScore, [&](int i) { return names[i]; });
    for (DuplicateCandidate &candidate : candidates) {
        candidate.firstDetail = communes.value(candidate.firstId);
        candidate.secondDetail = communes.value(candidate.secondId);
    }
    return candidates;
}

QList<std::pair<qint64, qint64>> DuplicateRepository::dismissed(ActorRef::Kind kind) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT low_id, high_id FROM duplicate_dismissal WHERE kind = :kind"));
    q.bind(QStringLiteral(":kind"), kindValue(kind)).exec();
    QList<Pair> pairs;
    while (q.next())
        pairs << Pair { q.id(0), q.id(1) };
    return pairs;
}

bool DuplicateRepository::isDismissed(ActorRef::Kind kind, qint64 firstId, qint64 secondId) const
{
    const Pair pair = ordered(firstId, secondId);
    return SqlQuery(m_database,
        QStringLiteral("SELECT 1 FROM duplicate_dismissal "
                       "WHERE kind = :kind AND low_id = :low AND high_id = :high"))
        .bind(QStringLiteral(":kind"), kindValue(kind))
        .bind(QStringLiteral(":low"), pair.first)
        .bind(QStringLiteral(":high"), pair.second)
        .scalar()
        .isValid();
}

bool DuplicateRepository::dismiss(
    ActorRef::Kind kind, qint64 firstId, qint64 secondId, const QDateTime &at)
{
    const Pair pair = ordered(firstId, secondId);
    Transaction transaction(m_database);
    SqlQuery insert(m_database,
        QStringLiteral("INSERT OR IGNORE INTO duplicate_dismissal (kind, low_id, high_id, "
                       "dismissed_at) VALUES (:kind, :low, :high, :at)"));
    insert.bind(QStringLiteral(":kind"), kindValue(kind))
        .bind(QStringLiteral(":low"), pair.first)
        .bind(QStringLiteral(":high"), pair.second)
        .bind(QStringLiteral(":at"), isoDateTime(at))
        .exec();
    const bool added = insert.numRowsAffected() > 0;
    if (added)
        notify(kind);
    transaction.commit();
    return added;
}

void DuplicateRepository::undismiss(ActorRef::Kind kind, qint64 firstId, qint64 secondId)
{
    const Pair pair = ordered(firstId, secondId);
    Transaction transaction(m_database);
    SqlQuery(m_database,
        QStringLiteral("DELETE FROM duplicate_dismissal "
                       "WHERE kind = :kind AND low_id = :low AND high_id = :high"))
        .bind(QStringLiteral(":kind"), kindValue(kind))
        .bind(QStringLiteral(":low"), pair.first)
        .bind(QStringLiteral(":high"), pair.second)
        .exec();
    notify(kind);
    transaction.commit();
}

// Whoever lists candidates listens to the actors they are made of.
void DuplicateRepository::notify(ActorRef::Kind kind)
{
    m_database.changed(kind == ActorRef::Kind::Contact ? ChangeNotifier::Area::Contacts
                                                       : ChangeNotifier::Area::Organisations);
}

} // namespace relais
