#include "importwizard.h"

#include "importcheckpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "models/commands/commands.h"
#include "models/db/databaseerror.h"
#include "models/db/importrepository.h"
#include "views/backup/backupactions.h"

#include <QFileInfo>
#include <QMessageBox>

namespace relais {

ImportWizard::ImportWizard(
    Database &database, Commands &commands, MappingStore &mappings, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_commands(commands)
    , m_mappings(mappings)
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_checkPage(new ImportCheckPage(this))
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(CheckPage, m_checkPage);
    resize(980, 640);
}

ImportKind ImportWizard::kind() const
{
    return m_filePage->kind();
}

void ImportWizard::setKind(ImportKind kind)
{
    m_filePage->setKind(kind);
}

bool ImportWizard::openFile(const QString &path)
{
    m_path = path;
    return m_filePage->readAgain(true);
}

bool ImportWizard::readFile(const CsvReadOptions &options, QString *error)
{
    m_table = CsvFileReader::read(m_path, options, error);
    return m_table.has_value();
}

bool ImportWizard::analyse(QString *error)
{
    if (!m_table)
        return false;
    try {
        m_plan = ImportPlan::analyse(*m_table, m_mapping,
            ImportRepository(m_database).existingActors(m_mapping.kind), error);
    } catch (const DatabaseError &e) {
        m_plan.reset();
        *error = e.message();
    }
    return m_plan.has_value();
}

bool ImportWizard::runImport()
{
    if (!m_plan)
        return false;
    // Before the import's transaction: VACUUM INTO cannot run inside one.
    if (!BackupActions::beforeChange(
            m_database, BackupReason::BeforeImport, this, QDateTime::currentDateTime()))
        return false;
    const auto batch = m_commands.importActors(*m_plan, QFileInfo(m_path).fileName());
    if (!batch) {
        QMessageBox::warning(
            this, tr("Import"), tr("Nothing was imported: %1").arg(m_commands.lastError()));
        return false;
    }
    m_importedBatch = *batch;
    return true;
}

} // namespace relais
