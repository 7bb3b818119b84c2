#include "bulkloader.h"

#include "../domain/contact.h"
#include "../domain/interaction.h"
#include "../domain/organisation.h"
#include "actorwriters.h"
#include "database.h"
#include "interactionwriters.h"
#include "meetingwriters.h"
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
    InteractionWriter interactions;
    FollowUpWriter followUps;
    MeetingWriter meetings;
    bool addedInteractions = false;
    bool addedFollowUps = false;
    bool addedMeetings = false;
    bool finished = false;
};

BulkLoader::Private::Private(Database &database)
    : database(database)
    , transaction(database)
    , now(QDateTime::currentDateTimeUtc())
    , organisations(database)
    , contacts(database)
    , interactions(database)
    , followUps(database)
    , meetings(database)
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

qint64 BulkLoader::addInteraction(const Interaction &interaction)
{
    Q_ASSERT(!d->finished);
    d->addedInteractions = true;
    return d->interactions.insert(interaction, d->now);
}

qint64 BulkLoader::addFollowUp(const FollowUp &followUp)
{
    Q_ASSERT(!d->finished);
    d->addedFollowUps = true;
    return d->followUps.insert(followUp, d->now);
}

qint64 BulkLoader::addMeeting(const Meeting &meeting)
{
    Q_ASSERT(!d->finished);
    d->addedMeetings = true;
    return d->meetings.insert(meeting, d->now);
}

void BulkLoader::addInvitation(qint64 meetingId, const Invitation &invitation)
{
    Q_ASSERT(!d->finished);
    d->addedMeetings = true;
    d->meetings.writeInvitation(meetingId, invitation, d->now);
}

void BulkLoader::finish()
{
    Q_ASSERT(!d->finished);
    SearchIndex(d->database).rebuild();
    d->database.changed(ChangeNotifier::Area::Contacts);
    d->database.changed(ChangeNotifier::Area::Organisations);
    // Histories and follow-up lists reload only when there is something new for them.
    if (d->addedInteractions)
        d->database.changed(ChangeNotifier::Area::Interactions);
    if (d->addedFollowUps)
        d->database.changed(ChangeNotifier::Area::FollowUps);
    if (d->addedMeetings)
        d->database.changed(ChangeNotifier::Area::Meetings);
    d->transaction.commit();
    d->finished = true;
}

} // namespace relais
