#include "serdimportwriter.h"

#include "../import/recordsnapshot.h"
#include "databaseerror.h"
#include "importnames.h"
#include "serdrepository.h"

#include <QCoreApplication>
#include <QMap>

namespace relais {

namespace {

const QString editionTable = QStringLiteral("serd_edition");
const QString actionTable = QStringLiteral("serd_action");
const QString occurrenceTable = QStringLiteral("serd_occurrence");

// An action as a row gives it, its names found.
SerdAction actionOf(const ImportRow &row, const ImportNames &names)
{
    SerdAction action = row.serd.action;
    action.categoryId = names.id(row.serd.categoryRef);
    action.topicId = names.id(row.serd.topicRef);
    action.leadOrganisationId = names.id(row.serd.leadRef);
    action.coOrganiserIds = names.ids(row.serd.coOrganiserRefs);
    action.contactId = names.id(row.serd.contactRef);
    return action;
}

// What the action lacks, taken from another row's; co-organisers joined.
SerdAction filled(SerdAction into, const SerdAction &more)
{
    if (into.description.isEmpty())
        into.description = more.description;
    if (into.audience.isEmpty())
        into.audience = more.audience;
    if (!into.categoryId)
        into.categoryId = more.categoryId;
    if (!into.topicId)
        into.topicId = more.topicId;
    if (!into.contactId)
        into.contactId = more.contactId;
    if (!into.leadOrganisationId)
        into.leadOrganisationId = more.leadOrganisationId;
    for (const qint64 id : more.coOrganiserIds) {
        if (!into.coOrganiserIds.contains(id))
            into.coOrganiserIds << id;
    }
    into.registered = into.registered || more.registered;
    return cleanedSerdAction(into);
}

// A row's date merged into the date it repeats: FillEmpty gives what that one lacks,
// Overwrite takes the row's values; a date cancelled on either side stays cancelled.
SerdOccurrence merged(SerdOccurrence into, const SerdOccurrence &row, DuplicateAction action)
{
    const bool over = action == DuplicateAction::Overwrite;
    if (row.startsAt.isValid() && (over || !into.startsAt.isValid()))
        into.startsAt = row.startsAt;
    if (row.endsAt.isValid() && (over || !into.endsAt.isValid()))
        into.endsAt = row.endsAt;
    if (!row.place.isEmpty() && (over || into.place.isEmpty()))
        into.place = row.place;
    if (row.communeId && (over || !into.communeId))
        into.communeId = row.communeId;
    if (row.expectedParticipants && (over || !into.expectedParticipants))
        into.expectedParticipants = row.expectedParticipants;
    if (row.actualParticipants && (over || !into.actualParticipants))
        into.actualParticipants = row.actualParticipants;
    into.cancelled = into.cancelled || row.cancelled;
    return into;
}

bool writes(const ImportPlan::Target &target)
{
    return target.kind == ImportPlan::Target::Kind::Created
        || target.kind == ImportPlan::Target::Kind::Updated;
}

} // namespace

SerdImportWriter::SerdImportWriter(Database &database)
    : m_database(database)
{ }

void SerdImportWriter::write(const ImportPlan &plan, const QList<ImportPlan::Target> &targets,
    const ImportNames &names, QList<ImportedRecord> &records, ImportBatch &batch)
{
    SerdRepository serd(m_database);
    const QList<ImportRow> &rows = plan.rows();

    // Each action once, by the first row naming it, with what its written rows say.
    QMap<int, SerdAction> actions;
    QSet<int> statusSaid;
    for (int i = 0; i < rows.size(); ++i) {
        if (!writes(targets[i]))
            continue;
        const ImportRow &row = rows[i];
        const int head = row.serd.actionRow;
        const SerdAction action = actionOf(row, names);
        if (!actions.contains(head)) {
            actions.insert(head, cleanedSerdAction(action));
        } else {
            actions[head] = filled(actions[head], action);
            // The first row that says the action's status says it.
            if (row.serd.status && !statusSaid.contains(head))
                actions[head].status = *row.serd.status;
        }
        if (row.serd.status)
            statusSaid.insert(head);
    }

    QHash<int, qint64> editions; // by year
    for (const int year : plan.newEditions()) {
        SerdEdition edition;
        edition.year = year;
        const qint64 id = serd.insertEdition(edition);
        editions.insert(year, id);
        records << ImportedRecord { editionTable, id, ImportedRecord::Action::Created, {} };
        ++batch.created;
    }

    QHash<int, qint64> actionIds; // by the first row naming them
    for (auto a = actions.cbegin(); a != actions.cend(); ++a) {
        const SerdRow &head = rows[a.key()].serd;
        if (!head.actionId) {
            SerdAction action = a.value();
            action.editionId = head.editionId ? head.editionId : editions.value(head.edition);
            const qint64 id = serd.insertAction(action);
            actionIds.insert(a.key(), id);
            records << ImportedRecord { actionTable, id, ImportedRecord::Action::Created, {} };
            ++batch.created;
            continue;
        }
        const auto before = serd.action(head.actionId);
        if (!before)
            throw DatabaseError(QCoreApplication::translate("relais::ImportWriter",
                "A SERD action this import adds to has just been deleted; read the file again."));
        actionIds.insert(a.key(), before->id);
        SerdAction after = filled(*before, a.value());
        if (after == *before)
            continue;
        after.updatedAt = {};
        serd.updateAction(after);
        records << ImportedRecord { actionTable, before->id, ImportedRecord::Action::Updated,
            RecordSnapshot::of(*before) };
        ++batch.updated;
    }

    // The dates: new ones by the row that creates them, those of Relais by id.
    QMap<int, SerdOccurrence> created;
    QList<qint64> updatedOrder;
    QHash<qint64, SerdOccurrence> updated;
    QHash<qint64, SerdOccurrence> before;
    for (int i = 0; i < rows.size(); ++i) {
        const ImportPlan::Target &target = targets[i];
        const ImportRow &row = rows[i];
        if (!writes(target) || !row.serd.occurrence.date.isValid())
            continue;
        SerdOccurrence occurrence = row.serd.occurrence;
        occurrence.actionId = actionIds.value(row.serd.actionRow);
        occurrence.communeId = names.id(row.communeRef);
        if (target.kind == ImportPlan::Target::Kind::Created) {
            created[target.row]
                = target.joined ? merged(created[target.row], occurrence, row.action) : occurrence;
            continue;
        }
        const qint64 id = target.existingId;
        if (!before.contains(id)) {
            const auto loaded = serd.occurrence(id);
            if (!loaded)
                throw DatabaseError(QCoreApplication::translate("relais::ImportWriter",
                    "A date of a SERD action this import updates has just been deleted; read "
                    "the file again."));
            before.insert(id, *loaded);
            updated.insert(id, *loaded);
            updatedOrder << id;
        }
        updated[id] = merged(updated[id], occurrence, row.action);
    }
    for (const SerdOccurrence &occurrence : std::as_const(created)) {
        records << ImportedRecord { occurrenceTable, serd.insertOccurrence(occurrence),
            ImportedRecord::Action::Created, {} };
        ++batch.created;
    }
    for (const qint64 id : std::as_const(updatedOrder)) {
        SerdOccurrence after = updated.value(id);
        if (after == before.value(id))
            continue;
        after.updatedAt = {};
        serd.updateOccurrence(after);
        records << ImportedRecord { occurrenceTable, id, ImportedRecord::Action::Updated,
            RecordSnapshot::of(before.value(id)) };
        ++batch.updated;
    }
}

bool SerdImportWriter::revert(const ImportedRecord &record, RevertedSerdImport &reverted)
{
    SerdRepository serd(m_database);
    const bool created = record.action == ImportedRecord::Action::Created;
    if (record.table == occurrenceTable) {
        const auto current = serd.occurrence(record.id);
        if (!current)
            return true; // deleted since: nothing to take back
        if (created) {
            reverted.occurrences.prepend(*current);
            serd.removeOccurrence(record.id);
        } else if (const auto previous = RecordSnapshot::serdOccurrence(record.previous)) {
            reverted.updatedOccurrences.prepend(*current);
            serd.updateOccurrence(*previous);
        }
        return true;
    }
    if (record.table == actionTable) {
        const auto current = serd.action(record.id);
        if (!current)
            return true;
        if (created) {
            // Dates added by hand since: the action stays, with them.
            if (!serd.occurrences(record.id).isEmpty())
                return true;
            reverted.actions.prepend(*current);
            serd.removeAction(record.id);
        } else if (const auto previous = RecordSnapshot::serdAction(record.previous)) {
            reverted.updatedActions.prepend(*current);
            serd.updateAction(*previous);
        }
        return true;
    }
    if (record.table == editionTable) {
        const auto current = serd.edition(record.id);
        if (!current || !serd.actions(record.id).isEmpty())
            return true;
        reverted.editions.prepend(*current);
        serd.removeEdition(record.id);
        return true;
    }
    return false;
}

void SerdImportWriter::reapply(const RevertedSerdImport &reverted)
{
    SerdRepository serd(m_database);
    for (const SerdEdition &edition : reverted.editions)
        serd.insertEdition(edition);
    for (const SerdAction &action : reverted.actions)
        serd.insertAction(action);
    for (const SerdOccurrence &occurrence : reverted.occurrences)
        serd.insertOccurrence(occurrence);
    for (const SerdAction &action : reverted.updatedActions)
        serd.updateAction(action);
    for (const SerdOccurrence &occurrence : reverted.updatedOccurrences)
        serd.updateOccurrence(occurrence);
}

} // namespace relais
