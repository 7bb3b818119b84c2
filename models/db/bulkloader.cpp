#include "bulkloader.h"

#include "../domain/contact.h"
#include "../domain/organisation.h"
#include "../domain/textfold.h"
#include "database.h"
#include "databaseerror.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace relais {

struct BulkLoader::Private
{
    explicit Private(Database &database);

    Database &database;
    // Begun before the statements run and ended after they are gone.
    Transaction transaction;
    const QString now;
    SqlQuery organisation;
    SqlQuery organisationDomain;
    SqlQuery contact;
    SqlQuery email;
    SqlQuery phone;
    SqlQuery membership;
    SqlQuery contactDomain;
    SqlQuery contactTag;
    SqlQuery findTag;
    QHash<QString, qint64> tagIds;
    bool finished = false;
};

BulkLoader::Private::Private(Database &database)
    : database(database)
    , transaction(database)
    , now(isoDateTime(QDateTime::currentDateTimeUtc()))
    // An unset id is bound as NULL, which SQLite numbers itself: one statement serves both.
    , organisation(database,
          QStringLiteral("INSERT INTO organisation (id, name, acronym, type_id, commune_id, "
                         "address, phone, email, website, notes, network_head, municipal_service, "
                         "sort_key, created_at, updated_at) VALUES (:id, :name, :acronym, :type, "
                         ":commune, :address, :phone, :email, :website, :notes, :head, :municipal, "
                         ":sort, :created, :updated)"))
    , organisationDomain(database,
          QStringLiteral("INSERT INTO organisation_domain (organisation_id, domain_id) "
                         "VALUES (:id, :domain)"))
    , contact(database,
          QStringLiteral("INSERT INTO contact (id, civility, first_name, last_name, commune_id, "
                         "type_id, network_head, relay_actor, relay_actor_since, notes, consent, "
                         "consent_date, consent_method, sort_key, name_key, created_at, "
                         "updated_at) VALUES (:id, :civility, :first, :last, :commune, :type, "
                         ":head, :relay, :relaySince, :notes, :consent, :consentDate, "
                         ":consentMethod, :sort, :nameKey, :created, :updated)"))
    , email(database,
          QStringLiteral("INSERT INTO contact_email (contact_id, position, email, email_key) "
                         "VALUES (:id, :position, :email, :key)"))
    , phone(database,
          QStringLiteral("INSERT INTO contact_phone (contact_id, position, phone) "
                         "VALUES (:id, :position, :phone)"))
    , membership(database,
          QStringLiteral("INSERT INTO membership (contact_id, organisation_id, role, position) "
                         "VALUES (:id, :organisation, :role, :position)"))
    , contactDomain(database,
          QStringLiteral(
              "INSERT INTO contact_domain (contact_id, domain_id) VALUES (:id, :domain)"))
    , contactTag(database,
          QStringLiteral(
              "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (:id, :tag)"))
    , findTag(database, QStringLiteral("SELECT id FROM tag WHERE name_key = :key"))
{ }

BulkLoader::BulkLoader(Database &database)
    : d(std::make_unique<Private>(database))
{ }

BulkLoader::~BulkLoader() = default;

qint64 BulkLoader::addOrganisation(const Organisation &o)
{
    Q_ASSERT(!d->finished);
    d->organisation.bindNullable(QStringLiteral(":id"), o.id)
        .bind(QStringLiteral(":name"), o.name)
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
        .bind(QStringLiteral(":sort"), foldedKey(o.name))
        .bind(QStringLiteral(":created"), o.createdAt.isValid() ? isoDateTime(o.createdAt) : d->now)
        .bind(QStringLiteral(":updated"), o.updatedAt.isValid() ? isoDateTime(o.updatedAt) : d->now)
        .exec();
    const qint64 id = o.id ? o.id : d->organisation.lastInsertId().toLongLong();
    for (const qint64 domain : o.domainIds)
        d->organisationDomain.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":domain"), domain)
            .exec();
    return id;
}

qint64 BulkLoader::addContact(const Contact &c)
{
    Q_ASSERT(!d->finished);
    d->contact.bindNullable(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":civility"), int(c.civility))
        .bind(QStringLiteral(":first"), c.firstName)
        .bind(QStringLiteral(":last"), c.lastName)
        .bindNullable(QStringLiteral(":commune"), c.communeId)
        .bindNullable(QStringLiteral(":type"), c.typeId)
        .bind(QStringLiteral(":head"), c.networkHead ? 1 : 0)
        .bind(QStringLiteral(":relay"), c.relayActor ? 1 : 0)
        .bindDate(QStringLiteral(":relaySince"), c.relayActor ? c.relayActorSince : QDate())
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":consent"), int(c.consent))
        .bindDate(QStringLiteral(":consentDate"), c.consentDate)
        .bind(QStringLiteral(":consentMethod"), c.consentMethod)
        .bind(QStringLiteral(":sort"), foldedKey(c.lastName + QLatin1Char(' ') + c.firstName))
        .bind(QStringLiteral(":nameKey"), foldedKey(c.firstName + QLatin1Char(' ') + c.lastName))
        .bind(QStringLiteral(":created"), c.createdAt.isValid() ? isoDateTime(c.createdAt) : d->now)
        .bind(QStringLiteral(":updated"), c.updatedAt.isValid() ? isoDateTime(c.updatedAt) : d->now)
        .exec();
    const qint64 id = c.id ? c.id : d->contact.lastInsertId().toLongLong();

    for (int i = 0; i < c.emails.size(); ++i)
        d->email.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":position"), i)
            .bind(QStringLiteral(":email"), c.emails[i])
            .bind(QStringLiteral(":key"), c.emails[i].toLower())
            .exec();
    for (int i = 0; i < c.phones.size(); ++i)
        d->phone.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":position"), i)
            .bind(QStringLiteral(":phone"), c.phones[i])
            .exec();
    for (int i = 0; i < c.memberships.size(); ++i) {
        const Membership &m = c.memberships[i];
        if (m.organisationId == 0)
            throw DatabaseError(QCoreApplication::translate(
                "relais::ContactRepository", "The organisation \"%1\" has not been created.")
                                    .arg(m.organisationName));
        d->membership.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":organisation"), m.organisationId)
            .bind(QStringLiteral(":role"), m.role)
            .bind(QStringLiteral(":position"), i)
            .exec();
    }
    for (const qint64 domain : c.domainIds)
        d->contactDomain.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":domain"), domain)
            .exec();
    for (const QString &name : c.tagNames)
        d->contactTag.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":tag"), tagId(name))
            .exec();
    return id;
}

qint64 BulkLoader::tagId(const QString &name)
{
    // By the name as spelt, so that folding it is paid once per spelling, not per row.
    const auto known = d->tagIds.constFind(name);
    if (known != d->tagIds.constEnd())
        return *known;
    // Looked up on first use rather than read in advance, so that tags the caller adds
    // during the load are found too.
    const QVariant found = d->findTag.bind(QStringLiteral(":key"), foldedKey(name)).scalar();
    if (!found.isValid())
        throw DatabaseError(QCoreApplication::translate(
            "relais::ContactRepository", "The tag \"%1\" has not been created.")
                                .arg(name));
    const qint64 id = found.toLongLong();
    d->tagIds.insert(name, id);
    return id;
}

void BulkLoader::finish()
{
    Q_ASSERT(!d->finished);
    SearchIndex(d->database).rebuild();
    d->database.changed(ChangeNotifier::Area::Contacts);
    d->database.changed(ChangeNotifier::Area::Organisations);
    d->transaction.commit();
    d->finished = true;
}

} // namespace relais
