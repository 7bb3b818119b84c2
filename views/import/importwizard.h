#pragma once

#include "models/import/importplan.h"
#include "models/import/columnmapping.h"
#include "models/import/csvreader.h"

#include <QWizard>
#include <optional>

namespace relais {

class Commands;
class Database;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class MappingStore;

// File > Import…: a CSV file of organisations, contacts, meeting or training attendance,
// or valued contributions into the file, in three pages —
// the file (kind, encoding, delimiter, its first rows), its columns (which field each
// goes to, remembered for the next file with the same headers), and the check (the rows
// as they will be stored, the refused ones with their reasons, the names new to Relais,
// the duplicates, and what to do with each). Finish imports in one step of the undo
// stack; the import history can take it back later.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, CheckPage };

    ImportWizard(
        Database &database, Commands &commands, MappingStore &mappings, QWidget *parent = nullptr);

    // Reads a file as the user would choose it (detected encoding and delimiter).
    bool openFile(const QString &path);

    ImportKind kind() const;
    void setKind(ImportKind kind);
    QString path() const { return m_path; }
    const std::optional<CsvTable> &table() const { return m_table; }
    const ColumnMapping &mapping() const { return m_mapping; }
    ColumnMapping &mapping() { return m_mapping; }
    std::optional<ImportPlan> &plan() { return m_plan; }
    // The history's id of the import once done, else 0.
    qint64 importedBatch() const { return m_importedBatch; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }

    // For the pages.
    Database &database() const { return m_database; }
    MappingStore &mappingStore() const { return m_mappings; }
    // Reads m_path again with these options (unset: detected); false with the reason
    // in *error.
    bool readFile(const CsvReadOptions &options, QString *error);
    void setMapping(const ColumnMapping &mapping) { m_mapping = mapping; }
    // Compares the file with what Relais holds, for the check page.
    bool analyse(QString *error);
    // Carries out the plan; false with a message box when it could not.
    bool runImport();

private:
    Database &m_database;
    Commands &m_commands;
    MappingStore &m_mappings;
    QString m_path;
    std::optional<CsvTable> m_table;
    ColumnMapping m_mapping;
    std::optional<ImportPlan> m_plan;
    qint64 m_importedBatch = 0;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportCheckPage *m_checkPage;
};

} // namespace relais
