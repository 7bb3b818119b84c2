#pragma once

#include "../domain/serd.h"
#include "../import/importplan.h"
#include "importhistoryrepository.h"

#include <QList>

namespace relais {

class Database;
class ImportNames;

// What undoing a SERD actions import took out of the file, to put it back (redo).
struct RevertedSerdImport
{
    QList<SerdEdition> editions;
    QList<SerdAction> actions; // with their organisers
    QList<SerdOccurrence> occurrences;
    // Records the import updated, as it left them.
    QList<SerdAction> updatedActions;
    QList<SerdOccurrence> updatedOccurrences;
};

// The SERD part of ImportWriter: a file's rows written as editions, actions and their
// dates, and taken back. Runs inside ImportWriter's transaction.
class SerdImportWriter
{
public:
    explicit SerdImportWriter(Database &database);

    // The editions the rows need and Relais lacks; each action once, however many rows
    // name it — a new one with the values of its first row and what later rows add, one of
    // Relais given what it lacked (its status stays) — then the rows' dates, new or filling
    // (or overwriting) the date they repeat. Each record goes to `records`, counted in
    // `batch`.
    void write(const ImportPlan &plan, const QList<ImportPlan::Target> &targets,
        const ImportNames &names, QList<ImportedRecord> &records, ImportBatch &batch);
    // Takes back one record of the history; false when it is not a SERD record. An action
    // or an edition that has been given dates or actions since the import stays.
    bool revert(const ImportedRecord &record, RevertedSerdImport &reverted);
    void reapply(const RevertedSerdImport &reverted);

private:
    Database &m_database;
};

} // namespace relais
