#include "bulkloader.h"

#include "../domain/contact.h"
#include "../domain/organisation.h"
#include "actorwriters.h"
#include "database.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

namespace relais {

struct BulkLoader::Private
{
    explicit Private(Database &database);

    Database &database;
    // Begun before the statements run and ended after they are gone.
    Transaction transaction;
    const QDateTime now;
    OrganisationWriter organisations;
    ContactWriter contacts;
    bool finished = false;
};

BulkLoader::Private::Private(Database &database)
    : database(database)
    , transaction(database)
    , now(QDateTime::currentDateTimeUtc())
    , organisations(database)
    , contacts(database)
{ }

BulkLoader::BulkLoader(Database &database)
    : d(std::make_unique<Private>(database))
{ }

BulkLoader::~BulkLoader() = default;

qint64 BulkLoader::addOrganisation(const Organisation &organisation)
{
    Q_ASSERT(!d->finished);
    return d->organisations.insert(organisation, d->now);
}

qint64 BulkLoader::addContact(const Contact &contact)
{
    Q_ASSERT(!d->finished);
    return d->contacts.insert(contact, d->now);
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
