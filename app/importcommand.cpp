#include "importcommand.h"

#include "commandline.h"
#include "models/commands/commands.h"
#include "models/db/database.h"
#include "models/db/databaseerror.h"
#include "models/db/importrepository.h"
#include "models/import/columnmapping.h"
#include "models/import/csvreader.h"
#include "models/import/importplan.h"
#include "views/backup/backupactions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUndoStack>

namespace relais {

namespace {

QString linesText(const QList<int> &lines)
{
    QStringList texts;
    for (const int line : lines.mid(0, 10))
        texts << QString::number(line);
    if (lines.size() > 10)
        texts << QStringLiteral("…");
    return CommandLine::tr("line(s) %1", "", int(lines.size()))
        .arg(texts.join(QLatin1String(", ")));
}

QString actionText(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return CommandLine::tr("skipped");
    case DuplicateAction::FillEmpty:
        return CommandLine::tr("fills the empty fields");
    case DuplicateAction::Overwrite:
        return CommandLine::tr("overwrites");
    case DuplicateAction::CreateAnyway:
        return CommandLine::tr("created anyway");
    }
    return {};
}

std::optional<DuplicateAction> chosenAction(const QString &name)
{
    if (name == QLatin1String("skip"))
        return DuplicateAction::Skip;
    if (name == QLatin1String("fill"))
        return DuplicateAction::FillEmpty;
    if (name == QLatin1String("overwrite"))
        return DuplicateAction::Overwrite;
    if (name == QLatin1String("create"))
        return DuplicateAction::CreateAnyway;
    return std::nullopt;
}

std::optional<ColumnMapping> mappingFor(
    const CommandLine &command, ImportKind kind, const QStringList &header, QString *error)
{
    if (command.mappingPath.isEmpty())
        return proposeColumnMapping(kind, header);
    QFile file(command.mappingPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CommandLine::tr("%1 could not be read: %2")
                     .arg(QDir::toNativeSeparators(command.mappingPath), file.errorString());
        return std::nullopt;
    }
    QString reason;
    const auto saved = ColumnMapping::fromJson(file.readAll(), &reason);
    if (!saved) {
        *error = CommandLine::tr("%1 is not a column mapping: %2")
                     .arg(QDir::toNativeSeparators(command.mappingPath), reason);
        return std::nullopt;
    }
    if (saved->kind != kind) {
        *error = CommandLine::tr("%1 maps %2, not %3.")
                     .arg(QDir::toNativeSeparators(command.mappingPath),
                         importKindName(saved->kind), importKindName(kind));
        return std::nullopt;
    }
    return saved->appliedTo(header);
}

} // namespace

int importFile(const CommandLine &command)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const ImportKind kind = *importKindFromKey(command.kind);

    CsvReadOptions options;
    if (!command.encoding.isEmpty())
        options.encoding = csvEncodingFromName(command.encoding);
    if (!command.delimiter.isEmpty())
        options.delimiter
            = command.delimiter == QLatin1String("tab") ? QChar(u'\t') : command.delimiter.at(0);
    QString error;
    const auto table = CsvFileReader::read(command.csvPath, options, &error);
    if (!table) {
        err << error << Qt::endl;
        return 1;
    }
    const QString fileName = QFileInfo(command.csvPath).fileName();
    const QString delimiter = table->delimiter == u'\t'
        ? CommandLine::tr("tab")
        : QStringLiteral("\"%1\"").arg(table->delimiter);
    out << CommandLine::tr(
        "%1: %2, %3 between the cells, %n row(s).", "", int(table->records.size()))
               .arg(fileName, csvEncodingName(table->encoding), delimiter)
        << Qt::endl;

    const auto mapping = mappingFor(command, kind, table->header, &error);
    if (!mapping) {
        err << error << Qt::endl;
        return 1;
    }
    out << CommandLine::tr("Columns:") << Qt::endl;
    for (qsizetype column = 0; column < mapping->header.size(); ++column) {
        const auto field = ImportFields::find(kind, mapping->fieldOf(column));
        out << QStringLiteral("  %1 → %2")
                   .arg(
                       mapping->header[column], field ? field->label : CommandLine::tr("(ignored)"))
            << Qt::endl;
    }

    const std::unique_ptr<Database> opened = openExistingFile(command.databasePath);
    if (!opened)
        return 1;
    Database &database = *opened;
    auto plan = ImportPlan::analyse(
        *table, *mapping, ImportRepository(database).existingActors(kind), &error);
    if (!plan) {
        err << error << Qt::endl;
        return 1;
    }
    if (const auto action = chosenAction(command.duplicates))
        plan->setDuplicateAction(*action);

    const QList<ImportProblem> problems = plan->problems();
    if (!problems.isEmpty()) {
        out << CommandLine::tr("Refused rows:") << Qt::endl;
        for (const ImportProblem &problem : problems)
            out << "  "
                << (problem.field.isEmpty()
                           ? CommandLine::tr("line %1: %2").arg(problem.line).arg(problem.reason)
                           : CommandLine::tr("line %1: %2: %3")
                                 .arg(problem.line)
                                 .arg(problem.field, problem.reason))
                << Qt::endl;
    }
    if (!plan->unknownValues().isEmpty()) {
        out << CommandLine::tr("Not in Relais yet:") << Qt::endl;
        const QList<UnknownValue> &values = plan->unknownValues();
        for (const UnknownValue &value : values) {
            QString fate;
            if (value.useId)
                fate = CommandLine::tr("taken as \"%1\"").arg(value.suggestedName);
            else if (value.useValue >= 0)
                fate = CommandLine::tr("taken as \"%1\"").arg(values[value.useValue].name);
            else if (!value.suggestedName.isEmpty())
                fate = CommandLine::tr("created (close to \"%1\")").arg(value.suggestedName);
            else
                fate = CommandLine::tr("created");
            out << QStringLiteral("  %1 \"%2\" (%3): %4")
                       .arg(ImportPlan::listName(value), value.name, linesText(value.lines), fate)
                << Qt::endl;
        }
    }
    if (plan->duplicateCount() > 0) {
        out << CommandLine::tr("Duplicates:") << Qt::endl;
        for (const ImportRow &row : plan->rows()) {
            if (!row.isValid() || !row.duplicate)
                continue;
            const RowDuplicate &d = *row.duplicate;
            const QString other = d.earlierRow >= 0
                ? CommandLine::tr("line %1").arg(d.otherLine)
                : CommandLine::tr("%1, already in Relais").arg(d.otherName);
            out << "  "
                << CommandLine::tr("line %1: %2 — %3 as %4: %5")
                       .arg(row.line)
                       .arg(ImportPlan::rowName(kind, row),
                           d.namesakes ? CommandLine::tr("%1, but other e-mails and organisations")
                                             .arg(duplicateReasonText(d.reason))
                                       : duplicateReasonText(d.reason),
                           other, actionText(row.action))
                << Qt::endl;
        }
    }

    const ImportPlan::Outcome outcome = plan->outcome();
    QString counts = CommandLine::tr("%1 created, %2 updated, %3 joined with an earlier "
                                     "row, %4 skipped, %5 refused.")
                         .arg(outcome.created)
                         .arg(outcome.updated)
                         .arg(outcome.merged)
                         .arg(outcome.skipped)
                         .arg(outcome.rejected);
    if (kind == ImportKind::SerdActions) {
        // The rows are dates; say what actions and editions they make.
        QStringList years;
        for (const int year : plan->newEditions())
            years << QString::number(year);
        counts += QLatin1Char(' ')
            + (years.isEmpty() ? CommandLine::tr("%n new SERD action(s).", "", outcome.actions)
                               : CommandLine::tr(
                                   "%n new SERD action(s), new editions: %1.", "", outcome.actions)
                                     .arg(years.join(QLatin1String(", "))));
    }
    if (outcome.rejected > 0 && !command.skipInvalid) {
        err << CommandLine::tr("Nothing imported: %n row(s) refused. Correct the file, or "
                               "give --skip-invalid to import the other rows.",
            "", outcome.rejected)
            << Qt::endl;
        return 1;
    }
    if (command.dryRun) {
        out << CommandLine::tr("Dry run, nothing imported: %1").arg(counts) << Qt::endl;
        return 0;
    }
    // As from the window: a copy of the file first, and no import without it.
    try {
        BackupActions::store(database.path())
            .make(database, BackupReason::BeforeImport, QDateTime::currentDateTime());
    } catch (const DatabaseError &error) {
        err << CommandLine::tr("Nothing imported: the file could not be backed up first. %1")
                   .arg(error.message())
            << Qt::endl;
        return 1;
    }
    QUndoStack stack;
    Commands commands(database, stack);
    if (!commands.importActors(*plan, fileName)) {
        err << commands.lastError() << Qt::endl;
        return 1;
    }
    out << CommandLine::tr("Imported: %1").arg(counts) << Qt::endl;
    return 0;
}

} // namespace relais
