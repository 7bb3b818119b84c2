#pragma once

#include <QString>
#include <QtGlobal>
#include <memory>

namespace relais {

class Database;
struct Contact;
struct FollowUp;
struct Interaction;
struct Invitation;
struct Meeting;
struct Organisation;

// Writes many organisations, contacts, interactions, follow-ups and meetings at once (the demo
// programme, an import): each statement is prepared once, and the derived columns and
// full-text documents are rebuilt once at the end instead of after every record. The rows
// are exactly those the repositories would write.
//
// The whole load is one transaction (a savepoint inside the caller's): finish() commits
// it; a loader destroyed before finish() leaves the file as it was.
class BulkLoader
{
public:
    explicit BulkLoader(Database &database);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    // Records as validateOrganisation() / validateContact() clean them. Their commune,
    // type, domains, organisations and tags must already exist (the names a form lets
    // one type are not resolved here). Under record.id when set; timestamps left invalid
    // become the time the loader was created. Return the id. Throw DatabaseError.
    qint64 addOrganisation(const Organisation &organisation);
    qint64 addContact(const Contact &contact);
    // Records as validateInteraction() / validateFollowUp() clean them, their actors (and
    // the interactions a follow-up points at) already added. Ids and timestamps as above.
    qint64 addInteraction(const Interaction &interaction);
    qint64 addFollowUp(const FollowUp &followUp);
    // A meeting with its staff, as MeetingRepository::insert() writes it (its commune
    // already resolved), then its invitations, as MeetingRepository::writeInvitations().
    qint64 addMeeting(const Meeting &meeting);
    void addInvitation(qint64 meetingId, const Invitation &invitation);

    // Rebuilds the search index, commits, and announces the change to the notifier.
    void finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace relais
