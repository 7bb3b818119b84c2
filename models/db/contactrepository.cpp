#include "contactrepository.h"

#include "../domain/duplicatematching.h"
#include "../domain/textfold.h"
#include "actorwriters.h"
#include "consentrepository.h"
#include "database.h"
#include "databaseerror.h"
#include "filterclause.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace relais {

namespace {

QList<qint64> readIds(SqlQuery &q)
{
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.id(0);
    return ids;
}

} // namespace

ContactRepository::ContactRepository(Database &database)
    : m_database(database)
{ }

std::optional<Contact> ContactRepository::load(qint64 id) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT id, civility, first_name, last_name, commune_id, type_id, network_head, "
            "relay_actor, relay_actor_since, notes, consent, consent_date, consent_method, "
            "created_at, updated_at, consent_source, post_consent, post_consent_date, "
            "post_consent_source, post_consent_note FROM contact WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Contact c;
    c.id = q.id(0);
    c.civility = static_cast<Civility>(q.value(1).toInt());
    c.firstName = q.text(2);
    c.lastName = q.text(3);
    c.communeId = q.id(4);
    c.typeId = q.id(5);
    c.networkHead = q.flag(6);
    c.relayActor = q.flag(7);
    c.relayActorSince = q.date(8);
    c.notes = q.text(9);
    c.emailConsent = { static_cast<Consent>(q.value(10).toInt()), q.date(11),
        consentSourceFromKey(q.text(15)), q.text(12) };
    c.postConsent = { static_cast<Consent>(q.value(16).toInt()), q.date(17),
        consentSourceFromKey(q.text(18)), q.text(19) };
    c.createdAt = q.dateTime(13);
    c.updatedAt = q.dateTime(14);

    const auto column = [&](const QString &statement) {
        SqlQuery list(m_database, statement);
        list.bind(QStringLiteral(":id"), id).exec();
        QStringList values;
        while (list.next())
            values << list.text(0);
        return values;
    };
    c.emails = column(
        QStringLiteral("SELECT email FROM contact_email WHERE contact_id = :id ORDER BY position"));
    c.phones = column(
        QStringLiteral("SELECT phone FROM contact_phone WHERE contact_id = :id ORDER BY position"));
    c.tagNames
        = column(QStringLiteral("SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                                "WHERE ct.contact_id = :id ORDER BY t.position, t.name_key"));
    SqlQuery domains(m_database,
        QStringLiteral(
            "SELECT domain_id FROM contact_domain WHERE contact_id = :id ORDER BY domain_id"));
    c.domainIds = readIds(domains.bind(QStringLiteral(":id"), id));

    SqlQuery memberships(m_database,
        QStringLiteral("SELECT m.organisation_id, o.name, m.role FROM membership m "
                       "JOIN organisation o ON o.id = m.organisation_id "
                       "WHERE m.contact_id = :id ORDER BY m.position"));
    memberships.bind(QStringLiteral(":id"), id).exec();
    while (memberships.next())
        c.memberships << Membership { memberships.id(0), memberships.text(1), memberships.text(2) };
    return c;
}

qint64 ContactRepository::insert(const Contact &contact)
{
    Transaction transaction(m_database);
    const qint64 id = ContactWriter(m_database).insert(contact, QDateTime::currentDateTimeUtc());
    SearchIndex(m_database).refreshContacts({ id });
    notify();
    transaction.commit();
    return id;
}

void ContactRepository::update(const Contact &contact)
{
    Transaction transaction(m_database);
    if (!ContactWriter(m_database).update(contact, QDateTime::currentDateTimeUtc()))
        throw DatabaseError(
            ContactRepository::tr("This contact no longer exists; it may have been deleted."));
    SearchIndex(m_database).refreshContacts({ contact.id });
    notify();
    transaction.commit();
}

void ContactRepository::restore(const Contact &contact, const DependentRows &dependents)
{
    Transaction transaction(m_database);
    // Its consent history comes back with the dependents, as it was: putting the card back
    // is not a change of consent.
    ContactWriter writer(m_database);
    writer.setRecordsConsent(false);
    const qint64 id = writer.insert(contact, QDateTime::currentDateTimeUtc());
    SearchIndex(m_database).refreshContacts({ id });
    notify();
    dependents.restore(m_database);
    transaction.commit();
}

DependentRows ContactRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    DependentRows dependents = DependentRows::capture(m_database, DependentRows::Of::Contact, id);
    if (auto history = ConsentRepository(m_database).historyRows(id))
        dependents.tables << *history;
    SqlQuery q(m_database, QStringLiteral("DELETE FROM contact WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(
            ContactRepository::tr("This contact no longer exists; it may have been deleted."));
    dependents.removeOrphans(m_database);
    SearchIndex(m_database).removeContacts({ id });
    notify();
    if (!dependents.tables.isEmpty()) {
        m_database.changed(ChangeNotifier::Area::Interactions);
        m_database.changed(ChangeNotifier::Area::FollowUps);
    }
    transaction.commit();
    return dependents;
}

FilterClause ContactRepository::whereClause(const ActorFilter &filter) const
{
    FilterClause where(m_database.dialect());
    where.addTextSearch(QStringLiteral("c.id"), QStringLiteral("contact_search"), filter.text);
    where.addIdList(QStringLiteral("c.type_id"), QStringLiteral(":types"), filter.typeIds);
    where.addIdList(QStringLiteral("c.commune_id"), QStringLiteral(":communes"), filter.communeIds);
    where.addLinked(QStringLiteral("contact_domain"), QStringLiteral("contact_id"),
        QStringLiteral("c.id"), QStringLiteral("domain_id"), QStringLiteral(":domains"),
        filter.domainIds);
    where.addLinked(QStringLiteral("contact_tag"), QStringLiteral("contact_id"),
        QStringLiteral("c.id"), QStringLiteral("tag_id"), QStringLiteral(":tags"), filter.tagIds);
    if (filter.networkHeadOnly)
        where.add(QStringLiteral("c.network_head = 1"));
    if (filter.relayActorOnly)
        where.add(QStringLiteral("c.relay_actor = 1"));
    where.addDormant(QStringLiteral("c"), QStringLiteral("contact_activity"),
        QStringLiteral("contact_id"), filter.dormantSince);
    return where;
}

QList<qint64> ContactRepository::matchingIds(const ActorFilter &filter) const
{
    ActorFilter others = filter;
    others.text.clear();
    return relais::matchingIds(m_database, QStringLiteral("SELECT c.id FROM contact c"),
        whereClause(others), QStringLiteral("contact_search"), filter.text);
}

QList<qint64> ContactRepository::findIds(
    const ActorFilter &filter, ContactSortKey sortKey, Qt::SortOrder order) const
{
    const FilterClause where = whereClause(filter);
    QString join;
    QStringList keys; // blank values first in the list so they stay last in both directions
    QString key;
    switch (sortKey) {
    case ContactSortKey::LastName:
        key = QStringLiteral("c.sort_key");
        break;
    case ContactSortKey::FirstName:
        keys << QStringLiteral("c.first_name = ''");
        key = QStringLiteral("lower(c.first_name)");
        break;
    case ContactSortKey::Organisation:
        keys << QStringLiteral("c.organisations_key = ''");
        key = QStringLiteral("c.organisations_key");
        break;
    case ContactSortKey::Role:
        join = QStringLiteral(" LEFT JOIN membership m ON m.contact_id = c.id AND m.position = 0");
        keys << QStringLiteral("coalesce(m.role, '') = ''");
        key = QStringLiteral("lower(m.role)");
        break;
    case ContactSortKey::Phone:
        join = QStringLiteral(
            " LEFT JOIN contact_phone p ON p.contact_id = c.id AND p.position = 0");
        keys << QStringLiteral("p.phone IS NULL");
        key = QStringLiteral("p.phone");
        break;
    case ContactSortKey::Tags:
        keys << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM contact_tag x WHERE x.contact_id = c.id)");
        key = QStringLiteral(
            "(SELECT min(t.name_key) FROM contact_tag x JOIN tag t ON t.id = x.tag_id "
            "WHERE x.contact_id = c.id)");
        break;
    case ContactSortKey::Flags:
        key = QStringLiteral("c.network_head * 2 + c.relay_actor");
        break;
    case ContactSortKey::Commune:
        join = QStringLiteral(" LEFT JOIN commune cm ON cm.id = c.commune_id");
        keys << QStringLiteral("cm.name_key IS NULL");
        key = QStringLiteral("cm.name_key");
        break;
    case ContactSortKey::Email:
        join = QStringLiteral(
            " LEFT JOIN contact_email e ON e.contact_id = c.id AND e.position = 0");
        keys << QStringLiteral("e.email_key IS NULL");
        key = QStringLiteral("e.email_key");
        break;
    case ContactSortKey::Type:
        join = QStringLiteral(" LEFT JOIN actor_type t ON t.id = c.type_id");
        keys << QStringLiteral("t.name_key IS NULL");
        key = QStringLiteral("t.name_key");
        break;
    case ContactSortKey::UpdatedAt:
        key = QStringLiteral("c.updated_at");
        break;
    }
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    keys << key + direction << QStringLiteral("c.sort_key") + direction
         << QStringLiteral("c.id") + direction;

    SqlQuery q(m_database,
        QStringLiteral("SELECT c.id FROM contact c") + join + where.where()
            + QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", ")));
    where.bindTo(q);
    return readIds(q);
}

QList<ContactRow> ContactRepository::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT c.id, c.last_name, c.first_name, c.organisations_label, "
            "(SELECT role FROM membership WHERE contact_id = c.id ORDER BY position LIMIT 1), "
            "cm.name, "
            "(SELECT email FROM contact_email WHERE contact_id = c.id ORDER BY position LIMIT 1), "
            "(SELECT phone FROM contact_phone WHERE contact_id = c.id ORDER BY position LIMIT 1), "
            "t.name, "
            "(SELECT group_concat(name, ', ') FROM (SELECT tg.name AS name FROM contact_tag ct "
            " JOIN tag tg ON tg.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY tg.position)), "
            "c.network_head, c.relay_actor, c.consent "
            "FROM contact c LEFT JOIN commune cm ON cm.id = c.commune_id "
            "LEFT JOIN actor_type t ON t.id = c.type_id WHERE c.id IN (%1)")
            .arg(m_database.dialect().idsFromList()));
    q.bind(QStringLiteral(":ids"), m_database.dialect().idListValue(ids)).exec();
    QHash<qint64, ContactRow> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        ContactRow row;
        row.id = q.id(0);
        row.lastName = q.text(1);
        row.firstName = q.text(2);
        row.organisations = q.text(3);
        row.role = q.text(4);
        row.commune = q.text(5);
        row.email = q.text(6);
        row.phone = q.text(7);
        row.type = q.text(8);
        row.tags = q.text(9);
        row.networkHead = q.flag(10);
        row.relayActor = q.flag(11);
        row.consent = static_cast<Consent>(q.value(12).toInt());
        byId.insert(row.id, row);
    }
    QList<ContactRow> result;
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result << *it;
    }
    return result;
}

QList<ActorSuggestion> ContactRepository::suggest(const QString &typed, int limit) const
{
    const QString query = m_database.dialect().fullTextQuery(typed);
    if (query.isEmpty())
        return {};
    SqlQuery q(m_database,
        QStringLiteral("SELECT c.id, trim(c.first_name || ' ' || c.last_name), "
                       "c.organisations_label FROM contact c "
                       "WHERE c.id IN (%1) ORDER BY c.sort_key LIMIT :limit")
            .arg(m_database.dialect().fullTextIdsMatching(QStringLiteral("contact_search"))));
    q.bind(QStringLiteral(":query"), query).bind(QStringLiteral(":limit"), limit).exec();
    QList<ActorSuggestion> result;
    while (q.next())
        result << ActorSuggestion { ActorRef::contact(q.id(0), q.text(1)), q.text(2) };
    return result;
}

int ContactRepository::count() const
{
    return SqlQuery(m_database, QStringLiteral("SELECT count(*) FROM contact")).scalar().toInt();
}

QList<ContactDuplicate> ContactRepository::findDuplicates(const Contact &contact) const
{
    // The database narrows the file down to a few candidates (an e-mail in common, a
    // name starting like one of the words typed); matchPeople() decides, so that this
    // warning and Find duplicates agree.
    const PersonKeys probe = PersonKeys::of(contact.firstName, contact.lastName, contact.emails);
    const Dialect &dialect = m_database.dialect();
    struct Candidate
    {
        QString firstName;
        QString lastName;
        QString organisations;
        QStringList emails;
    };
    QHash<qint64, Candidate> candidates;
    QList<qint64> kept; // worth reading their e-mails to score them
    const auto collect = [&](SqlQuery &q, bool sameEmail) {
        q.exec();
        while (q.next()) {
            if (q.id(0) == contact.id || candidates.contains(q.id(0)))
                continue;
            const Candidate candidate { q.text(1), q.text(2), q.text(3), {} };
            if (sameEmail
                || matchPeople(probe, PersonKeys::of(candidate.firstName, candidate.lastName))
                       .isDuplicate())
                kept << q.id(0);
            candidates.insert(q.id(0), candidate);
        }
    };
    if (!probe.emails.isEmpty()) {
        SqlQuery q(m_database,
            QStringLiteral("SELECT DISTINCT c.id, c.first_name, c.last_name, c.organisations_label "
                           "FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                           "WHERE e.email_key IN (%1) LIMIT 50")
                .arg(dialect.idsFromList(QStringLiteral(":emails"))));
        collect(q.bind(QStringLiteral(":emails"), dialect.textListValue(probe.emails)), true);
    }
    // Stored sort keys start with the last name, so every word typed (first and last,
    // either may be the other) is looked up by its first two letters: typos further on
    // are still found, and so is "Le Gall" for "Legall". Initials alone are not.
    const PersonNameWords words = personNameWords(contact.firstName, contact.lastName);
    QStringList prefixes;
    for (const QString &word : words.first + words.last) {
        const QString prefix = word.left(2);
        if (prefix.size() == 2 && !prefixes.contains(prefix) && prefix.back().unicode() < 0xffff)
            prefixes << prefix;
    }
    if (!prefixes.isEmpty()) {
        QStringList ranges;
        for (int i = 0; i < prefixes.size(); ++i)
            ranges << QStringLiteral("(c.sort_key >= :from%1 AND c.sort_key < :to%1)").arg(i);
        SqlQuery q(m_database,
            QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.organisations_label "
                           "FROM contact c WHERE %1 LIMIT 20000")
                .arg(ranges.join(QStringLiteral(" OR "))));
        for (int i = 0; i < prefixes.size(); ++i) {
            QString to = prefixes[i];
            to.back() = QChar(char16_t(to.back().unicode() + 1));
            q.bind(QStringLiteral(":from%1").arg(i), prefixes[i])
                .bind(QStringLiteral(":to%1").arg(i), to);
        }
        collect(q, false);
    }
    if (kept.isEmpty())
        return {};
    SqlQuery emails(m_database,
        QStringLiteral("SELECT contact_id, email FROM contact_email WHERE contact_id IN (%1) "
                       "ORDER BY contact_id, position")
            .arg(dialect.idsFromList()));
    emails.bind(QStringLiteral(":ids"), dialect.idListValue(kept)).exec();
    while (emails.next())
        candidates[emails.id(0)].emails << emails.text(1);

    QList<ContactDuplicate> result;
    for (const qint64 id : std::as_const(kept)) {
        const Candidate &candidate = candidates[id];
        const DuplicateMatch match = matchPeople(
            probe, PersonKeys::of(candidate.firstName, candidate.lastName, candidate.emails));
        if (match.score < likelyDuplicateScore)
            continue;
        ContactDuplicate duplicate;
        duplicate.id = id;
        duplicate.displayName = QStringList { candidate.firstName, candidate.lastName }
                                    .join(QLatin1Char(' '))
                                    .trimmed();
        duplicate.organisations = candidate.organisations;
        duplicate.reason = match.reason;
        duplicate.score = match.score;
        result << duplicate;
    }
    std::sort(
        result.begin(), result.end(), [](const ContactDuplicate &a, const ContactDuplicate &b) {
            if (a.score != b.score)
                return a.score > b.score;
            const int byName = QString::compare(a.displayName, b.displayName, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
    if (result.size() > 10)
        result.resize(10);
    return result;
}

void ContactRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Contacts);
    m_database.changed(ChangeNotifier::Area::Organisations);
}

} // namespace relais
