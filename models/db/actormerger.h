#pragma once

#include "../changenotifier.h"
#include "../domain/actorref.h"
#include "dependentrows.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

class Database;
struct Contact;
struct Organisation;

// A column of the schema that points at a contact or an organisation, and what merging
// two actors does with it. Every foreign key to contact(id) and organisation(id) is
// listed here (a test compares with the schema), so that a merge leaves nothing behind.
struct ActorReference
{
    enum class Kind {
        Detail, // the record's own rows (e-mails, tags…): written from the kept values;
                // the merged record's go with it
        Link, // a row keyed by the actor and `keys`: moved; when both actors have one,
              // one is kept, made of both by `policy`
        Pointer, // a column of a row with its own id: pointed at the kept actor
    };
    // How two link rows of the same key become one.
    enum class Policy {
        KeepKept, // the kept actor's row
        Attendance, // the more telling status: present > excused > registered > absent > invited
        Enrolment, // the earliest enrolment; the completion date when either completed
        Membership, // the kept role, or the merged one when the kept is blank
        Organiser, // the lead if either led
    };

    QString table;
    QString column;
    Kind kind = Kind::Link;
    QStringList keys; // Link: the other columns of the primary key
    Policy policy = Policy::KeepKept;
    ChangeNotifier::Area area = ChangeNotifier::Area::Contacts;
};

// What a merge changed, for undo to put back exactly.
struct ActorMerge
{
    ActorRef::Kind kind = ActorRef::Kind::Contact;
    qint64 keptId = 0;
    qint64 mergedId = 0;
    DependentRows::Table records; // both rows of contact (or organisation) as they were
    // Per reference, in the order of the list: the rows of both actors as they were
    // (Detail and Link), or the ids of the rows pointed elsewhere (Pointer).
    QList<DependentRows::Table> rows;
    QList<QList<qint64>> repointed;
};

// Makes two records of one actor one: moves every link of the merged record to the kept
// one, writes the kept values and deletes the merged record. Runs inside the caller's
// transaction (or its own); throws DatabaseError.
class ActorMerger
{
    Q_DECLARE_TR_FUNCTIONS(relais::ActorMerger)

public:
    explicit ActorMerger(Database &database);

    static QList<ActorReference> contactReferences();
    static QList<ActorReference> organisationReferences();

    // `kept` carries the kept contact's id and final values; its memberships, tags and
    // domains must exist (see ReferenceResolver and withLinksOfBoth()).
    ActorMerge mergeContacts(const Contact &kept, qint64 mergedId);
    ActorMerge mergeOrganisations(const Organisation &kept, qint64 mergedId);
    // Puts both records and every row the merge touched back as they were.
    void unmerge(const ActorMerge &merge);

private:
    ActorMerge begin(ActorRef::Kind kind, qint64 keptId, qint64 mergedId);
    void moveLinks(ActorMerge &merge);
    void moveLink(const ActorReference &reference, qint64 keptId, qint64 mergedId);
    void deleteMerged(const ActorMerge &merge);
    void refresh(const ActorMerge &merge);

    Database &m_database;
};

} // namespace relais
