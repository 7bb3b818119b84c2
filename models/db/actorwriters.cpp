#include "actorwriters.h"

#include "../domain/contact.h"
#include "../domain/organisation.h"
#include "../domain/textfold.h"
#include "audittrail.h"
#include "contactrepository.h"
#include "database.h"
#include "databaseerror.h"

namespace relais {

namespace {

// Tags are given by name; folding a spelling is paid once per writer, not per row.
qint64 findTag(SqlQuery &find, QHash<QString, qint64> &cache, const QString &name)
{
    const auto known = cache.constFind(name);
    if (known != cache.constEnd())
        return *known;
    const QVariant found = find.bind(QStringLiteral(":key"), foldedKey(name)).scalar();
    if (!found.isValid())
        throw DatabaseError(
            ContactRepository::tr("The tag \"%1\" has not been created.").arg(name));
    cache.insert(name, found.toLongLong());
    return found.toLongLong();
}

QString timestamp(const QDateTime &value, const QDateTime &now)
{
    return isoDateTime(value.isValid() ? value : now);
}

const QString findTagSql = QStringLiteral("SELECT id FROM tag WHERE name_key = :key");

} // namespace

// ---- Contacts --------------------------------------------------------------------

ContactWriter::ContactWriter(Database &database)
    : m_database(database)
{ }

SqlQuery &ContactWriter::statement(std::optional<SqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot.emplace(m_database, sql);
    return *slot;
}

void ContactWriter::bindFields(SqlQuery &q, const Contact &c)
{
    q.bind(QStringLiteral(":civility"), int(c.civility))
        .bind(QStringLiteral(":first"), c.firstName)
        .bind(QStringLiteral(":last"), c.lastName)
        .bindNullable(QStringLiteral(":commune"), c.communeId)
        .bindNullable(QStringLiteral(":type"), c.typeId)
        .bind(QStringLiteral(":head"), c.networkHead ? 1 : 0)
        .bind(QStringLiteral(":relay"), c.relayActor ? 1 : 0)
        .bindDate(QStringLiteral(":relaySince"), c.relayActor ? c.relayActorSince : QDate())
        .bind(QStringLiteral(":notes"), c.notes)
        // The e-mail channel in the columns of version 1, its note in consent_method.
        .bind(QStringLiteral(":consent"), int(c.emailConsent.status))
        .bindDate(QStringLiteral(":consentDate"), c.emailConsent.date)
        .bind(QStringLiteral(":consentSource"), consentSourceKey(c.emailConsent.source))
        .bind(QStringLiteral(":consentMethod"), c.emailConsent.note)
        .bind(QStringLiteral(":postConsent"), int(c.postConsent.status))
        .bindDate(QStringLiteral(":postConsentDate"), c.postConsent.date)
        .bind(QStringLiteral(":postConsentSource"), consentSourceKey(c.postConsent.source))
        .bind(QStringLiteral(":postConsentNote"), c.postConsent.note)
        // Folded keys: sorting and duplicate detection ignore accents and case.
        .bind(QStringLiteral(":sort"), contactSortKey(c.firstName, c.lastName))
        .bind(QStringLiteral(":nameKey"), contactNameKey(c.firstName, c.lastName));
}

qint64 ContactWriter::insert(const Contact &c, const QDateTime &now)
{
    // An unset id is bound as NULL, which SQLite numbers itself: one statement for both.
    SqlQuery &q = statement(m_insert,
        QStringLiteral("INSERT INTO contact (id, civility, first_name, last_name, commune_id, "
                       "type_id, network_head, relay_actor, relay_actor_since, notes, consent, "
                       "consent_date, consent_source, consent_method, post_consent, "
                       "post_consent_date, post_consent_source, post_consent_note, sort_key, "
                       "name_key, created_at, updated_at) "
                       "VALUES (:id, :civility, :first, :last, :commune, :type, :head, :relay, "
                       ":relaySince, :notes, :consent, :consentDate, :consentSource, "
                       ":consentMethod, :postConsent, :postConsentDate, :postConsentSource, "
                       ":postConsentNote, :sort, :nameKey, :created, :updated)"));
    bindFields(q, c);
    q.bindNullable(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":created"), timestamp(c.createdAt, now))
        .bind(QStringLiteral(":updated"), timestamp(c.updatedAt, now))
        .exec();
    const qint64 id = c.id ? c.id : q.lastInsertId().toLongLong();
    writeDetails(c, id, false);
    if (m_recordsConsent) {
        const QDateTime at = c.createdAt.isValid() ? c.createdAt : now;
        for (const ConsentChannel channel : { ConsentChannel::Email, ConsentChannel::Post }) {
            if (c.consentBy(channel) != ChannelConsent())
                recordConsent(id, channel, c.consentBy(channel), at);
        }
    }
    return id;
}

bool ContactWriter::update(const Contact &c, const QDateTime &now)
{
    SqlQuery &q = statement(m_update,
        QStringLiteral("UPDATE contact SET civility = :civility, first_name = :first, "
                       "last_name = :last, commune_id = :commune, type_id = :type, "
                       "network_head = :head, relay_actor = :relay, "
                       "relay_actor_since = :relaySince, notes = :notes, consent = :consent, "
                       "consent_date = :consentDate, consent_source = :consentSource, "
                       "consent_method = :consentMethod, post_consent = :postConsent, "
                       "post_consent_date = :postConsentDate, "
                       "post_consent_source = :postConsentSource, "
                       "post_consent_note = :postConsentNote, "
                       "sort_key = :sort, name_key = :nameKey, updated_at = :updated "
                       "WHERE id = :id"));
    const std::optional<Contact> before = m_recordsConsent ? currentConsent(c.id) : std::nullopt;
    bindFields(q, c);
    q.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":updated"), timestamp(c.updatedAt, now))
        .exec();
    if (q.numRowsAffected() == 0)
        return false;
    writeDetails(c, c.id, true);
    if (before) {
        for (const ConsentChannel channel : { ConsentChannel::Email, ConsentChannel::Post }) {
            if (before->consentBy(channel) != c.consentBy(channel))
                recordConsent(c.id, channel, c.consentBy(channel), now);
        }
    }
    return true;
}

std::optional<Contact> ContactWriter::currentConsent(qint64 id)
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT consent, consent_date, consent_source, consent_method, "
                       "post_consent, post_consent_date, post_consent_source, post_consent_note "
                       "FROM contact WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Contact c;
    c.emailConsent
        = { Consent(q.value(0).toInt()), q.date(1), consentSourceFromKey(q.text(2)), q.text(3) };
    c.postConsent
        = { Consent(q.value(4).toInt()), q.date(5), consentSourceFromKey(q.text(6)), q.text(7) };
    return c;
}

// The history is written here rather than by triggers: only the application knows who is at
// the keyboard, and every write of a contact (form, import, merge, undo) comes through here.
void ContactWriter::recordConsent(
    qint64 id, ConsentChannel channel, const ChannelConsent &consent, const QDateTime &at)
{
    if (!m_user)
        m_user = AuditTrail::user(m_database);
    statement(m_consentHistory,
        QStringLiteral("INSERT INTO contact_consent_history (contact_id, channel, status, date, "
                       "source, note, recorded_at, recorded_by) "
                       "VALUES (:id, :channel, :status, :date, :source, :note, :at, :by)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":channel"), int(channel))
        .bind(QStringLiteral(":status"), int(consent.status))
        .bindDate(QStringLiteral(":date"), consent.date)
        .bind(QStringLiteral(":source"), consentSourceKey(consent.source))
        .bind(QStringLiteral(":note"), consent.note)
        .bind(QStringLiteral(":at"), isoDateTime(at))
        .bind(QStringLiteral(":by"), *m_user)
        .exec();
}

// Brings a contact's e-mails or phones to `values` position by position: an unchanged list
// writes nothing, and a changed address is one row updated, which the audit trail records as
// "a@b.fr → c@d.fr" rather than every address deleted and written again.
void ContactWriter::replaceList(
    const QString &table, const QString &column, const QStringList &values, qint64 id)
{
    const bool withKey = column == QLatin1String("email");
    SqlQuery current(m_database,
        QStringLiteral("SELECT position, %1 FROM %2 WHERE contact_id = :id ORDER BY position")
            .arg(column, table));
    current.bind(QStringLiteral(":id"), id).exec();
    QStringList old;
    bool numbered = true;
    while (current.next()) {
        numbered = numbered && current.value(0).toInt() == old.size();
        old << current.text(1);
    }
    if (!numbered) {
        SqlQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE contact_id = :id").arg(table))
            .bind(QStringLiteral(":id"), id)
            .exec();
        old.clear();
    }
    for (int i = 0; i < qMin(old.size(), values.size()); ++i) {
        if (old[i] == values[i])
            continue;
        SqlQuery update(m_database,
            QStringLiteral("UPDATE %1 SET %2 = :value%3 WHERE contact_id = :id AND position = :p")
                .arg(table, column, withKey ? QStringLiteral(", email_key = :key") : QString()));
        update.bind(QStringLiteral(":value"), values[i])
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":p"), i);
        if (withKey)
            update.bind(QStringLiteral(":key"), values[i].toLower());
        update.exec();
    }
    if (old.size() > values.size())
        SqlQuery(m_database,
            QStringLiteral("DELETE FROM %1 WHERE contact_id = :id AND position >= :n").arg(table))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":n"), int(values.size()))
            .exec();
    for (int i = int(old.size()); i < values.size(); ++i) {
        if (withKey)
            insertEmail(id, i, values[i]);
        else
            insertPhone(id, i, values[i]);
    }
}

void ContactWriter::insertEmail(qint64 id, int position, const QString &email)
{
    statement(m_email,
        QStringLiteral("INSERT INTO contact_email (contact_id, position, email, email_key) "
                       "VALUES (:id, :position, :email, :key)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":position"), position)
        .bind(QStringLiteral(":email"), email)
        .bind(QStringLiteral(":key"), email.toLower())
        .exec();
}

void ContactWriter::insertPhone(qint64 id, int position, const QString &phone)
{
    statement(m_phone,
        QStringLiteral("INSERT INTO contact_phone (contact_id, position, phone) "
                       "VALUES (:id, :position, :phone)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":position"), position)
        .bind(QStringLiteral(":phone"), phone)
        .exec();
}

void ContactWriter::writeDetails(const Contact &c, qint64 id, bool replace)
{
    for (const Membership &m : c.memberships) {
        if (m.organisationId == 0)
            throw DatabaseError(
                ContactRepository::tr("The organisation \"%1\" has not been created.")
                    .arg(m.organisationName));
    }
    if (replace) {
        // Domains and tags are written again; e-mails, phones and memberships change only
        // where they differ (see replaceList()).
        static const char *const tables[] = { "contact_domain", "contact_tag" };
        for (int i = 0; i < 2; ++i)
            statement(m_clear[i],
                QStringLiteral("DELETE FROM %1 WHERE contact_id = :id")
                    .arg(QLatin1String(tables[i])))
                .bind(QStringLiteral(":id"), id)
                .exec();
        replaceList(QStringLiteral("contact_email"), QStringLiteral("email"), c.emails, id);
        replaceList(QStringLiteral("contact_phone"), QStringLiteral("phone"), c.phones, id);
        QList<qint64> organisations;
        for (const Membership &m : c.memberships)
            organisations << m.organisationId;
        statement(m_dropMemberships,
            QStringLiteral("DELETE FROM membership WHERE contact_id = :id "
                           "AND organisation_id NOT IN (%1)")
                .arg(m_database.dialect().idsFromList()))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":ids"), m_database.dialect().idListValue(organisations))
            .exec();
        for (int i = 0; i < c.memberships.size(); ++i)
            statement(m_upsertMembership,
                QStringLiteral(
                    "INSERT INTO membership (contact_id, organisation_id, role, position) "
                    "VALUES (:id, :organisation, :role, :position) "
                    "ON CONFLICT (contact_id, organisation_id) DO UPDATE SET "
                    "role = excluded.role, position = excluded.position "
                    "WHERE role IS NOT excluded.role OR position IS NOT excluded.position"))
                .bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":organisation"), c.memberships[i].organisationId)
                .bind(QStringLiteral(":role"), c.memberships[i].role)
                .bind(QStringLiteral(":position"), i)
                .exec();
    } else {
        for (int i = 0; i < c.emails.size(); ++i)
            insertEmail(id, i, c.emails[i]);
        for (int i = 0; i < c.phones.size(); ++i)
            insertPhone(id, i, c.phones[i]);
        for (int i = 0; i < c.memberships.size(); ++i) {
            const Membership &m = c.memberships[i];
            statement(m_membership,
                QStringLiteral(
                    "INSERT INTO membership (contact_id, organisation_id, role, position) "
                    "VALUES (:id, :organisation, :role, :position)"))
                .bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":organisation"), m.organisationId)
                .bind(QStringLiteral(":role"), m.role)
                .bind(QStringLiteral(":position"), i)
                .exec();
        }
    }
    for (const qint64 domain : c.domainIds)
        statement(m_domain,
            QStringLiteral(
                "INSERT INTO contact_domain (contact_id, domain_id) VALUES (:id, :domain)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":domain"), domain)
            .exec();
    for (const QString &name : c.tagNames)
        statement(m_tag,
            QStringLiteral(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (:id, :tag)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":tag"), tagId(name))
            .exec();
}

qint64 ContactWriter::tagId(const QString &name)
{
    return findTag(statement(m_findTag, findTagSql), m_tagIds, name);
}

// ---- Organisations ---------------------------------------------------------------

OrganisationWriter::OrganisationWriter(Database &database)
    : m_database(database)
{ }

SqlQuery &OrganisationWriter::statement(std::optional<SqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot.emplace(m_database, sql);
    return *slot;
}

void OrganisationWriter::bindFields(SqlQuery &q, const Organisation &o)
{
    q.bind(QStringLiteral(":name"), o.name)
        .bind(QStringLiteral(":acronym"), o.acronym)
        .bindNullable(QStringLiteral(":type"), o.typeId)
        .bindNullable(QStringLiteral(":commune"), o.communeId)
        .bind(QStringLiteral(":address"), o.address)
        .bind(QStringLiteral(":phone"), o.phone)
        .bind(QStringLiteral(":email"), o.email)
        .bind(QStringLiteral(":website"), o.website)
        .bind(QStringLiteral(":notes"), o.notes)
        .bind(QStringLiteral(":head"), o.networkHead ? 1 : 0)
        .bind(QStringLiteral(":municipal"), o.municipalService ? 1 : 0)
        .bind(QStringLiteral(":sort"), foldedKey(o.name));
}

qint64 OrganisationWriter::insert(const Organisation &o, const QDateTime &now)
{
    SqlQuery &q = statement(m_insert,
        QStringLiteral("INSERT INTO organisation (id, name, acronym, type_id, commune_id, address, "
                       "phone, email, website, notes, network_head, municipal_service, sort_key, "
                       "created_at, updated_at) VALUES (:id, :name, :acronym, :type, :commune, "
                       ":address, :phone, :email, :website, :notes, :head, :municipal, :sort, "
                       ":created, :updated)"));
    bindFields(q, o);
    q.bindNullable(QStringLiteral(":id"), o.id)
        .bind(QStringLiteral(":created"), timestamp(o.createdAt, now))
        .bind(QStringLiteral(":updated"), timestamp(o.updatedAt, now))
        .exec();
    const qint64 id = o.id ? o.id : q.lastInsertId().toLongLong();
    writeDetails(o, id, false);
    return id;
}

bool OrganisationWriter::update(const Organisation &o, const QDateTime &now)
{
    SqlQuery &q = statement(m_update,
        QStringLiteral("UPDATE organisation SET name = :name, acronym = :acronym, type_id = :type, "
                       "commune_id = :commune, address = :address, phone = :phone, email = :email, "
                       "website = :website, notes = :notes, network_head = :head, "
                       "municipal_service = :municipal, sort_key = :sort, updated_at = :updated "
                       "WHERE id = :id"));
    bindFields(q, o);
    q.bind(QStringLiteral(":id"), o.id)
        .bind(QStringLiteral(":updated"), timestamp(o.updatedAt, now))
        .exec();
    if (q.numRowsAffected() == 0)
        return false;
    writeDetails(o, o.id, true);
    return true;
}

void OrganisationWriter::writeDetails(const Organisation &o, qint64 id, bool replace)
{
    if (replace) {
        statement(m_clearDomains,
            QStringLiteral("DELETE FROM organisation_domain WHERE organisation_id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
        statement(
            m_clearTags, QStringLiteral("DELETE FROM organisation_tag WHERE organisation_id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
    for (const qint64 domain : o.domainIds)
        statement(m_domain,
            QStringLiteral("INSERT INTO organisation_domain (organisation_id, domain_id) VALUES "
                           "(:id, :domain)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":domain"), domain)
            .exec();
    for (const QString &name : o.tagNames)
        statement(m_tag,
            QStringLiteral("INSERT OR IGNORE INTO organisation_tag (organisation_id, tag_id) "
                           "VALUES (:id, :tag)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":tag"), tagId(name))
            .exec();
}

qint64 OrganisationWriter::tagId(const QString &name)
{
    return findTag(statement(m_findTag, findTagSql), m_tagIds, name);
}

} // namespace relais
