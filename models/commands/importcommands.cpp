// The Commands verbs of imports: a file's organisations or contacts written in one step,
// and a whole import taken back, even one of an earlier session.

#include "../db/importwriter.h"
#include "../db/database.h"
#include "../import/importplan.h"
#include "commands.h"
#include "step.h"

#include <QDateTime>

namespace relais {

namespace {

QString importText(const ImportPlan &plan, const QString &fileName)
{
    const ImportPlan::Outcome outcome = plan.outcome();
    const int records = outcome.created + outcome.updated;
    switch (plan.kind()) {
    case ImportKind::Organisations:
        return Commands::tr("Import of %n organisation(s) from %1", "", records).arg(fileName);
    case ImportKind::MeetingAttendance:
        return Commands::tr("Import of meeting attendance from %1").arg(fileName);
    case ImportKind::TrainingAttendance:
        return Commands::tr("Import of training attendance from %1").arg(fileName);
    case ImportKind::StaffTime:
        return Commands::tr("Import of %n staff time entry(ies) from %1", "", records)
            .arg(fileName);
    case ImportKind::Contributions:
        return Commands::tr("Import of %n valued contribution(s) from %1", "", records)
            .arg(fileName);
    default:
        return Commands::tr("Import of %n contact(s) from %1", "", records).arg(fileName);
    }
}

class ImportActors : public Step
{
public:
    ImportActors(Commands &owner, const ImportPlan &plan, const QString &fileName)
        : Step(owner, importText(plan, fileName))
        , m_plan(plan)
        , m_fileName(fileName)
    { }
    qint64 batchId() const { return m_reverted.batchId; }

protected:
    void apply() override
    {
        ImportWriter importer(database());
        if (m_reverted.batchId)
            importer.reapply(m_reverted);
        else
            m_reverted.batchId
                = importer.run(m_plan, m_fileName, QDateTime::currentDateTimeUtc()).id;
    }
    void revert() override
    {
        m_reverted
            = ImportWriter(database()).revert(m_reverted.batchId, QDateTime::currentDateTimeUtc());
    }

private:
    ImportPlan m_plan;
    QString m_fileName;
    RevertedImport m_reverted;
};

class UndoImport : public Step
{
public:
    UndoImport(Commands &owner, const ImportBatch &batch)
        : Step(owner, Commands::tr("Undo the import from %1").arg(batch.fileName))
        , m_batchId(batch.id)
    { }

protected:
    void apply() override
    {
        m_reverted = ImportWriter(database()).revert(m_batchId, QDateTime::currentDateTimeUtc());
    }
    void revert() override { ImportWriter(database()).reapply(m_reverted); }

private:
    qint64 m_batchId;
    RevertedImport m_reverted;
};

} // namespace

std::optional<qint64> Commands::importActors(const ImportPlan &plan, const QString &fileName)
{
    if (!ImportPlan::imports(plan.kind())) {
        m_lastError = tr("%1 cannot be imported yet.").arg(importKindName(plan.kind()));
        return std::nullopt;
    }
    auto *step = new ImportActors(*this, plan, fileName);
    if (!push(step))
        return std::nullopt;
    return step->batchId();
}

bool Commands::undoImport(qint64 batchId)
{
    const auto batch = ImportHistoryRepository(m_database).batch(batchId);
    if (!batch || batch->isUndone()) {
        m_lastError = tr("This import is already undone.");
        return false;
    }
    return push(new UndoImport(*this, *batch));
}

} // namespace relais
