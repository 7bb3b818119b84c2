#include "commands.h"

#include "../db/contactrepository.h"
#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/organisationrepository.h"
#include "../db/referencelistrepository.h"
#include "../db/serdrepository.h"
#include "../db/transaction.h"
#include "../domain/validation.h"
#include "referenceresolver.h"
#include "step.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

namespace relais {

namespace { } // namespace

Step::Step(Commands &owner, const QString &text)
    : QUndoCommand(text)
    , m_owner(owner)
{ }

void Step::redo()
{
    run(&Step::apply);
}

void Step::undo()
{
    run(&Step::revert);
}

Database &Step::database() const
{
    return m_owner.m_database;
}

void Step::run(void (Step::*action)())
{
    const bool firstRun = std::exchange(m_firstRun, false);
    try {
        Transaction transaction(database());
        (this->*action)();
        transaction.commit();
        m_owner.m_lastOk = true;
    } catch (const DatabaseError &error) {
        qWarning(
            "relais: %s", qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
        if (firstRun)
            setObsolete(true); // QUndoStack::push deletes it instead of keeping it
        m_owner.reportFailure(error.message(), firstRun);
    }
}

namespace {

// ---- Contacts --------------------------------------------------------------------

class AddContact : public Step
{
public:
    AddContact(Commands &owner, const Contact &contact)
        : Step(owner, Commands::tr("Add contact %1").arg(contact.displayName()))
        , m_contact(contact)
    { }
    qint64 createdId() const { return m_contact.id; }

protected:
    void apply() override
    {
        ReferenceResolver resolver(database());
        resolver.restore(m_created);
        m_created = resolver.resolve(m_contact);
        ContactRepository contacts(database());
        m_contact.id = contacts.insert(m_contact);
        m_contact = *contacts.load(m_contact.id); // with its timestamps, for redo
    }
    void revert() override
    {
        ContactRepository(database()).remove(m_contact.id);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    Contact m_contact;
    CreatedReferences m_created;
};

class UpdateContact : public Step
{
public:
    UpdateContact(Commands &owner, const Contact &before, const Contact &after)
        : Step(owner, Commands::tr("Edit contact %1").arg(after.displayName()))
        , m_before(before)
        , m_after(after)
    { }

protected:
    void apply() override
    {
        ReferenceResolver resolver(database());
        resolver.restore(m_created);
        m_created = resolver.resolve(m_after);
        m_after.updatedAt = QDateTime();
        ContactRepository(database()).update(m_after);
    }
    void revert() override
    {
        ContactRepository(database()).update(m_before);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    Contact m_before;
    Contact m_after;
    CreatedReferences m_created;
};

class DeleteContacts : public Step
{
public:
    DeleteContacts(Commands &owner, const QList<qint64> &ids, const QString &text)
        : Step(owner, text)
        , m_ids(ids)
    { }

protected:
    void apply() override
    {
        ContactRepository contacts(database());
        if (m_deleted.isEmpty()) {
            for (const qint64 id : std::as_const(m_ids)) {
                if (const auto contact = contacts.load(id))
                    m_deleted << *contact;
            }
        }
        m_dependents.clear();
        for (const Contact &contact : std::as_const(m_deleted))
            m_dependents << contacts.remove(contact.id);
    }
    void revert() override
    {
        ContactRepository contacts(database());
        for (int i = 0; i < m_deleted.size(); ++i)
            contacts.restore(m_deleted[i], m_dependents.value(i));
    }

private:
    QList<qint64> m_ids;
    QList<Contact> m_deleted;
    QList<DependentRows> m_dependents;
};

// ---- Organisations ---------------------------------------------------------------

class AddOrganisation : public Step
{
public:
    AddOrganisation(Commands &owner, const Organisation &organisation)
        : Step(owner, Commands::tr("Add organisation %1").arg(organisation.name))
        , m_organisation(organisation)
    { }
    qint64 createdId() const { return m_organisation.id; }

protected:
    void apply() override
    {
        ReferenceResolver resolver(database());
        resolver.restore(m_created);
        m_created = resolver.resolve(m_organisation);
        OrganisationRepository organisations(database());
        m_organisation.id = organisations.insert(m_organisation);
        m_organisation = *organisations.load(m_organisation.id);
    }
    void revert() override
    {
        OrganisationRepository(database()).remove(m_organisation.id);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    Organisation m_organisation;
    CreatedReferences m_created;
};

class UpdateOrganisation : public Step
{
public:
    UpdateOrganisation(Commands &owner, const Organisation &before, const Organisation &after)
        : Step(owner, Commands::tr("Edit organisation %1").arg(after.name))
        , m_before(before)
        , m_after(after)
    { }

protected:
    void apply() override
    {
        ReferenceResolver resolver(database());
        resolver.restore(m_created);
        m_created = resolver.resolve(m_after);
        m_after.updatedAt = QDateTime();
        OrganisationRepository(database()).update(m_after);
    }
    void revert() override
    {
        OrganisationRepository(database()).update(m_before);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    Organisation m_before;
    Organisation m_after;
    CreatedReferences m_created;
};

class DeleteOrganisations : public Step
{
public:
    DeleteOrganisations(Commands &owner, const QList<qint64> &ids, const QString &text)
        : Step(owner, text)
        , m_ids(ids)
    { }

protected:
    void apply() override
    {
        OrganisationRepository organisations(database());
        m_deleted.clear();
        for (const qint64 id : std::as_const(m_ids))
            m_deleted << organisations.remove(id);
    }
    void revert() override
    {
        OrganisationRepository organisations(database());
        for (const DeletedOrganisation &deleted : std::as_const(m_deleted))
            organisations.restore(deleted);
    }

private:
    QList<qint64> m_ids;
    QList<DeletedOrganisation> m_deleted;
};

// ---- Reference lists -------------------------------------------------------------

class AddReferenceItem : public Step
{
public:
    AddReferenceItem(Commands &owner, ReferenceList list, const ReferenceItem &item)
        : Step(owner, Commands::tr("Add \"%1\"").arg(item.name))
        , m_list(list)
        , m_item(item)
    { }
    qint64 createdId() const { return m_item.id; }

protected:
    void apply() override
    {
        ReferenceListRepository lists(database());
        m_item.id = lists.add(m_list, m_item);
        m_item = *lists.item(m_list, m_item.id);
    }
    void revert() override { ReferenceListRepository(database()).remove(m_list, m_item.id); }

private:
    ReferenceList m_list;
    ReferenceItem m_item;
};

class RenameReferenceItem : public Step
{
public:
    RenameReferenceItem(
        Commands &owner, ReferenceList list, const ReferenceItem &item, const QString &name)
        : Step(owner, Commands::tr("Rename \"%1\" to \"%2\"").arg(item.name, name))
        , m_list(list)
        , m_id(item.id)
        , m_before(item.name)
        , m_after(name)
    { }

protected:
    void apply() override { ReferenceListRepository(database()).rename(m_list, m_id, m_after); }
    void revert() override { ReferenceListRepository(database()).rename(m_list, m_id, m_before); }

private:
    ReferenceList m_list;
    qint64 m_id;
    QString m_before;
    QString m_after;
};

class SetPostcode : public Step
{
public:
    SetPostcode(Commands &owner, const ReferenceItem &commune, const QString &postcode)
        : Step(owner, Commands::tr("Change the postcode of %1").arg(commune.name))
        , m_id(commune.id)
        , m_before(commune.postcode)
        , m_after(postcode)
    { }

protected:
    void apply() override { ReferenceListRepository(database()).setPostcode(m_id, m_after); }
    void revert() override { ReferenceListRepository(database()).setPostcode(m_id, m_before); }

private:
    qint64 m_id;
    QString m_before;
    QString m_after;
};

class RetireReferenceItem : public Step
{
public:
    RetireReferenceItem(
        Commands &owner, ReferenceList list, const ReferenceItem &item, bool retired)
        : Step(owner,
            retired ? Commands::tr("Retire \"%1\"").arg(item.name)
                    : Commands::tr("Reinstate \"%1\"").arg(item.name))
        , m_list(list)
        , m_id(item.id)
        , m_retired(retired)
    { }

protected:
    void apply() override
    {
        ReferenceListRepository(database()).setRetired(m_list, m_id, m_retired);
    }
    void revert() override
    {
        ReferenceListRepository(database()).setRetired(m_list, m_id, !m_retired);
    }

private:
    ReferenceList m_list;
    qint64 m_id;
    bool m_retired;
};

class ReorderReferenceList : public Step
{
public:
    ReorderReferenceList(Commands &owner, ReferenceList list, const QList<qint64> &before,
        const QList<qint64> &after)
        : Step(owner, Commands::tr("Reorder the list"))
        , m_list(list)
        , m_before(before)
        , m_after(after)
    { }

protected:
    void apply() override { ReferenceListRepository(database()).reorder(m_list, m_after); }
    void revert() override { ReferenceListRepository(database()).reorder(m_list, m_before); }

private:
    ReferenceList m_list;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

class MergeReferenceItems : public Step
{
public:
    MergeReferenceItems(
        Commands &owner, ReferenceList list, const ReferenceItem &from, const ReferenceItem &into)
        : Step(owner, Commands::tr("Merge \"%1\" into \"%2\"").arg(from.name, into.name))
        , m_list(list)
        , m_fromId(from.id)
        , m_intoId(into.id)
    { }

protected:
    void apply() override
    {
        m_merge = ReferenceListRepository(database()).merge(m_list, m_fromId, m_intoId);
    }
    void revert() override { ReferenceListRepository(database()).unmerge(m_merge); }

private:
    ReferenceList m_list;
    qint64 m_fromId;
    qint64 m_intoId;
    ReferenceMerge m_merge;
};

} // namespace

// ---- The facade --------------------------------------------------------------------

Commands::Commands(Database &database, QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stack(stack)
{ }

bool Commands::push(Step *step)
{
    m_lastOk = false;
    m_lastError.clear();
    m_stack.push(step); // runs it; a failed step is deleted by the stack
    return m_lastOk;
}

void Commands::reportFailure(const QString &message, bool firstRun)
{
    m_lastOk = false;
    m_lastError = message;
    if (!firstRun) {
        // The file no longer matches the history (an undo or redo failed): going on
        // through it would do more harm, so it is dropped once the stack is idle.
        emit failed(message);
        QTimer::singleShot(0, &m_stack, &QUndoStack::clear);
    }
}

std::optional<qint64> Commands::addContact(const Contact &contact)
{
    Contact cleaned;
    if (const auto errors = validateContact(contact, &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return std::nullopt;
    }
    cleaned.id = 0;
    auto *step = new AddContact(*this, cleaned);
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateContact(const Contact &contact)
{
    Contact cleaned;
    if (const auto errors = validateContact(contact, &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return false;
    }
    std::optional<Contact> before;
    try {
        before = ContactRepository(m_database).load(contact.id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This contact no longer exists; it may have been deleted.");
        return false;
    }
    cleaned.createdAt = before->createdAt;
    cleaned.updatedAt = before->updatedAt;
    if (cleaned == *before)
        return true; // nothing changed: no empty step in the history
    return push(new UpdateContact(*this, *before, cleaned));
}

bool Commands::deleteContacts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    if (const QString used = serdUse(ids, {}); !used.isEmpty()) {
        m_lastError = used;
        return false;
    }
    QString text = Commands::tr("Delete %Ln contact(s)", nullptr, int(ids.size()));
    if (ids.size() == 1) {
        try {
            if (const auto contact = ContactRepository(m_database).load(ids.first()))
                text = Commands::tr("Delete contact %1").arg(contact->displayName());
        } catch (const DatabaseError &) { }
    }
    return push(new DeleteContacts(*this, ids, text));
}

QString Commands::serdUse(const QList<qint64> &contactIds, const QList<qint64> &organisationIds)
{
    // The SERD figures of past editions are reported: an organiser or contact person
    // is not deleted from under them, it is taken off the actions first.
    try {
        const auto uses = SerdRepository(m_database).historyOf(contactIds, organisationIds);
        if (uses.isEmpty())
            return {};
        QStringList titles;
        for (const auto &use : uses) {
            if (titles.size() < 3)
                titles << Commands::tr("“%1” (SERD %2)").arg(use.title).arg(use.year);
        }
        if (uses.size() > 3)
            titles << Commands::tr("%n more", nullptr, int(uses.size() - 3));
        return (organisationIds.isEmpty()
                ? Commands::tr("Not deleted: the contact person of SERD actions: %1. "
                               "Choose another contact person for them first.")
                : Commands::tr("Not deleted: an organiser of SERD actions: %1. Take it off "
                               "those actions first."))
            .arg(titles.join(QStringLiteral(", ")));
    } catch (const DatabaseError &error) {
        return error.message();
    }
}

std::optional<qint64> Commands::addOrganisation(const Organisation &organisation)
{
    Organisation cleaned;
    if (const auto errors = validateOrganisation(organisation, &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return std::nullopt;
    }
    cleaned.id = 0;
    auto *step = new AddOrganisation(*this, cleaned);
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateOrganisation(const Organisation &organisation)
{
    Organisation cleaned;
    if (const auto errors = validateOrganisation(organisation, &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return false;
    }
    std::optional<Organisation> before;
    try {
        before = OrganisationRepository(m_database).load(organisation.id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This organisation no longer exists; it may have been deleted.");
        return false;
    }
    cleaned.createdAt = before->createdAt;
    cleaned.updatedAt = before->updatedAt;
    if (cleaned == *before)
        return true;
    return push(new UpdateOrganisation(*this, *before, cleaned));
}

bool Commands::deleteOrganisations(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    if (const QString used = serdUse({}, ids); !used.isEmpty()) {
        m_lastError = used;
        return false;
    }
    QString text = Commands::tr("Delete %Ln organisation(s)", nullptr, int(ids.size()));
    if (ids.size() == 1) {
        try {
            if (const auto organisation = OrganisationRepository(m_database).load(ids.first()))
                text = Commands::tr("Delete organisation %1").arg(organisation->name);
        } catch (const DatabaseError &) { }
    }
    return push(new DeleteOrganisations(*this, ids, text));
}

namespace {

std::optional<ReferenceItem> findItem(
    Database &database, ReferenceList list, qint64 id, QString &error)
{
    try {
        if (auto item = ReferenceListRepository(database).item(list, id))
            return item;
        error = Commands::tr("This entry no longer exists.");
    } catch (const DatabaseError &e) {
        error = e.message();
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> Commands::addReferenceItem(ReferenceList list, const ReferenceItem &item)
{
    ReferenceItem added = item;
    added.id = 0;
    auto *step = new AddReferenceItem(*this, list, added);
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::renameReferenceItem(ReferenceList list, qint64 id, const QString &name)
{
    const auto item = findItem(m_database, list, id, m_lastError);
    if (!item)
        return false;
    if (item->name == name.simplified())
        return true;
    return push(new RenameReferenceItem(*this, list, *item, name));
}

bool Commands::setCommunePostcode(qint64 id, const QString &postcode)
{
    const auto item = findItem(m_database, ReferenceList::Commune, id, m_lastError);
    if (!item)
        return false;
    if (item->postcode == postcode.trimmed())
        return true;
    return push(new SetPostcode(*this, *item, postcode.trimmed()));
}

bool Commands::setReferenceItemRetired(ReferenceList list, qint64 id, bool retired)
{
    const auto item = findItem(m_database, list, id, m_lastError);
    if (!item)
        return false;
    if (item->retired == retired)
        return true;
    return push(new RetireReferenceItem(*this, list, *item, retired));
}

bool Commands::reorderReferenceList(ReferenceList list, const QList<qint64> &orderedIds)
{
    QList<qint64> before;
    try {
        for (const ReferenceItem &item : ReferenceListRepository(m_database).items(list))
            before << item.id;
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (before == orderedIds)
        return true;
    return push(new ReorderReferenceList(*this, list, before, orderedIds));
}

bool Commands::mergeReferenceItems(ReferenceList list, qint64 fromId, qint64 intoId)
{
    const auto from = findItem(m_database, list, fromId, m_lastError);
    const auto into = from ? findItem(m_database, list, intoId, m_lastError) : std::nullopt;
    if (!from || !into)
        return false;
    if (fromId == intoId) {
        m_lastError = Commands::tr("An entry cannot be merged into itself.");
        return false;
    }
    return push(new MergeReferenceItems(*this, list, *from, *into));
}

} // namespace relais
