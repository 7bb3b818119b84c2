#pragma once

#include "../domain/contact.h"
#include "../domain/meeting.h"
#include "../domain/training.h"
#include "../domain/organisation.h"
#include "../domain/referencelist.h"

#include <QList>
#include <utility>

namespace relais {

class Database;

// What saving a record created on the way: a commune or tags typed in a form, the
// organisations named in a contact's memberships. Kept so that undo removes them and
// redo puts them back under the same ids.
struct CreatedReferences
{
    QList<std::pair<ReferenceList, ReferenceItem>> items;
    QList<Organisation> organisations;
};

// Turns the names a form lets the user type (a new commune, new tags, a new
// organisation) into ids, creating what the file lacks. Runs inside the caller's
// transaction.
class ReferenceResolver
{
public:
    explicit ReferenceResolver(Database &database);

    CreatedReferences resolve(Contact &contact);
    CreatedReferences resolve(Organisation &organisation);
    CreatedReferences resolve(Meeting &meeting);
    CreatedReferences resolve(TrainingSession &session);
    // Undo: deletes what resolve() created, if nothing else has come to use it.
    void remove(const CreatedReferences &created);
    // Redo: puts it back under the same ids.
    void restore(const CreatedReferences &created);

private:
    qint64 resolveCommune(qint64 id, const QString &name, CreatedReferences &created);
    void resolveTags(const QStringList &names, CreatedReferences &created);

    Database &m_database;
};

} // namespace relais
