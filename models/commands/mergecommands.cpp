// The Commands verbs of duplicates: merging two records of one actor, and telling Find
// duplicates that two records are not one.

#include "../db/actormerger.h"
#include "../db/contactrepository.h"
#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/duplicaterepository.h"
#include "../db/organisationrepository.h"
#include "../domain/actormerge.h"
#include "../domain/validation.h"
#include "commands.h"
#include "referenceresolver.h"
#include "step.h"

namespace relais {

namespace {

class MergeContacts : public Step
{
public:
    MergeContacts(Commands &owner, const Contact &values, const Contact &merged)
        : Step(owner,
            Commands::tr("Merge contact %1 into %2")
                .arg(merged.displayName(), values.displayName()))
        , m_values(values)
        , m_mergedId(merged.id)
    { }

protected:
    void apply() override
    {
        ReferenceResolver resolver(database());
        resolver.restore(m_created);
        Contact values = m_values;
        m_created = resolver.resolve(values);
        values.updatedAt = QDateTime();
        m_merge = ActorMerger(database()).mergeContacts(values, m_mergedId);
    }
    void revert() override
    {
        ActorMerger(database()).unmerge(m_merge);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    Contact m_values;
    qint64 m_mergedId;
    ActorMerge m_merge;
    CreatedReferences m_created;
};

class MergeOrganisations : public Step
{
public:
    MergeOrganisations(Commands &owner, const Organisation &values, const Organisation &merged)
        : Step(owner, Commands::tr("Merge organisation %1 into %2").arg(merged.name, values.name))
        , m_values(values)
        , m_mergedId(merged.id)
    { }

protected:
    void apply() override
    {
        ReferenceResolver resolver(database());
        resolver.restore(m_created);
        Organisation values = m_values;
        m_created = resolver.resolve(values);
        values.updatedAt = QDateTime();
        m_merge = ActorMerger(database()).mergeOrganisations(values, m_mergedId);
    }
    void revert() override
    {
        ActorMerger(database()).unmerge(m_merge);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    Organisation m_values;
    qint64 m_mergedId;
    ActorMerge m_merge;
    CreatedReferences m_created;
};

class DismissDuplicate : public Step
{
public:
    DismissDuplicate(
        Commands &owner, ActorRef::Kind kind, qint64 firstId, qint64 secondId, const QDateTime &at)
        : Step(owner, Commands::tr("Not duplicates"))
        , m_kind(kind)
        , m_firstId(firstId)
        , m_secondId(secondId)
        , m_at(at)
    { }

protected:
    void apply() override
    {
        DuplicateRepository(database()).dismiss(m_kind, m_firstId, m_secondId, m_at);
    }
    void revert() override
    {
        DuplicateRepository(database()).undismiss(m_kind, m_firstId, m_secondId);
    }

private:
    ActorRef::Kind m_kind;
    qint64 m_firstId;
    qint64 m_secondId;
    QDateTime m_at;
};

} // namespace

bool Commands::mergeContacts(qint64 keptId, qint64 mergedId, const Contact &keptValues)
{
    if (keptId == mergedId) {
        m_lastError = Commands::tr("A record cannot be merged with itself.");
        return false;
    }
    Contact cleaned;
    if (const auto errors = validateContact(keptValues, &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return false;
    }
    std::optional<Contact> kept, merged;
    try {
        ContactRepository contacts(m_database);
        kept = contacts.load(keptId);
        merged = contacts.load(mergedId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!kept || !merged) {
        m_lastError = Commands::tr("This contact no longer exists; it may have been deleted.");
        return false;
    }
    Contact values = withLinksOfBoth(cleaned, *kept, *merged);
    values.id = keptId;
    return push(new MergeContacts(*this, values, *merged));
}

bool Commands::mergeOrganisations(qint64 keptId, qint64 mergedId, const Organisation &keptValues)
{
    if (keptId == mergedId) {
        m_lastError = Commands::tr("A record cannot be merged with itself.");
        return false;
    }
    Organisation cleaned;
    if (const auto errors = validateOrganisation(keptValues, &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return false;
    }
    std::optional<Organisation> kept, merged;
    try {
        OrganisationRepository organisations(m_database);
        kept = organisations.load(keptId);
        merged = organisations.load(mergedId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!kept || !merged) {
        m_lastError = Commands::tr("This organisation no longer exists; it may have been deleted.");
        return false;
    }
    Organisation values = withLinksOfBoth(cleaned, *kept, *merged);
    values.id = keptId;
    return push(new MergeOrganisations(*this, values, *merged));
}

bool Commands::dismissDuplicate(ActorRef::Kind kind, qint64 firstId, qint64 secondId)
{
    if (firstId == secondId) {
        m_lastError = Commands::tr("A record cannot be merged with itself.");
        return false;
    }
    try {
        if (DuplicateRepository(m_database).isDismissed(kind, firstId, secondId))
            return true; // nothing to remember twice: no empty step
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    return push(
        new DismissDuplicate(*this, kind, firstId, secondId, QDateTime::currentDateTimeUtc()));
}

} // namespace relais
