#include "tableexport.h"

#include "models/export/tablerows.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace relais {

namespace {

const QString profileKey = QStringLiteral("export/csvProfile");
const QString folderKey = QStringLiteral("export/folder");

QString profileValue(CsvProfile profile)
{
    return profile == CsvProfile::Standard ? QStringLiteral("standard")
                                           : QStringLiteral("excel-fr");
}

QString nameFilter(CsvProfile profile)
{
    return TableExport::tr("CSV, %1 (*.csv)").arg(TableExport::profileName(profile));
}

QString lastFolder()
{
    const QString folder = QSettings().value(folderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
        ? folder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// A name made of a list's title can hold a "/" ("SERD 2014/2015").
QString safeFileName(const QString &name)
{
    QString safe = name.simplified();
    for (const QChar c : { u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|' })
        safe.replace(c, QLatin1Char('-'));
    return safe;
}

QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
}

} // namespace

QList<int> TableExport::visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QList<QStringList> TableExport::rows(const QTableView *view)
{
    return tableRows(
        view->model(), visibleColumns(view), [view](int row) { return !view->isRowHidden(row); });
}

QByteArray TableExport::csv(const QTableView *view, CsvProfile profile)
{
    return CsvFile::write(rows(view), profile);
}

bool TableExport::writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool TableExport::writeFile(QWidget *parent, const QString &path, const QByteArray &contents)
{
    QString error;
    if (writeFile(path, contents, &error))
        return true;
    QMessageBox::warning(parent, tr("Export"),
        tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

std::optional<TableExport::Destination> TableExport::chooseCsvFile(
    QWidget *parent, const QString &title, const QString &suggestedName)
{
    const QString excel = nameFilter(CsvProfile::ExcelFrench);
    const QString standard = nameFilter(CsvProfile::Standard);
    QString chosenFilter = lastProfile() == CsvProfile::Standard ? standard : excel;
    const QString path = QFileDialog::getSaveFileName(parent, title,
        QDir(lastFolder()).filePath(withSuffix(safeFileName(suggestedName), QStringLiteral("csv"))),
        QStringList { excel, standard }.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return std::nullopt;
    const Destination destination { withSuffix(path, QStringLiteral("csv")),
        chosenFilter == standard ? CsvProfile::Standard : CsvProfile::ExcelFrench };
    rememberProfile(destination.profile);
    QSettings().setValue(folderKey, QFileInfo(destination.path).absolutePath());
    return destination;
}

QString TableExport::chooseFile(QWidget *parent, const QString &title, const QString &suggestedName,
    const QString &filter, const QString &suffix)
{
    const QString path = QFileDialog::getSaveFileName(parent, title,
        QDir(lastFolder()).filePath(withSuffix(safeFileName(suggestedName), suffix)), filter);
    if (path.isEmpty())
        return {};
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    return withSuffix(path, suffix);
}

bool TableExport::exportView(QTableView *view, const QString &title, const QString &suggestedName)
{
    const auto destination = chooseCsvFile(view->window(), title, suggestedName);
    return destination
        && writeFile(view->window(), destination->path, csv(view, destination->profile));
}

QAction *TableExport::addExportAction(
    QTableView *view, const QString &title, const std::function<QString()> &suggestedName)
{
    auto *action = new QAction(tr("Export to CSV…"), view);
    action->setObjectName(QStringLiteral("exportCsv"));
    action->setToolTip(tr("The list as shown — these columns, in this order — in a file for a "
                          "spreadsheet"));
    QObject::connect(action, &QAction::triggered, view,
        [view, title, suggestedName] { exportView(view, title, suggestedName()); });
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    return action;
}

QString TableExport::profileName(CsvProfile profile)
{
    return profile == CsvProfile::Standard ? tr("Standard") : tr("Excel (French)");
}

CsvProfile TableExport::lastProfile()
{
    return QSettings().value(profileKey).toString() == profileValue(CsvProfile::Standard)
        ? CsvProfile::Standard
        : CsvProfile::ExcelFrench;
}

void TableExport::rememberProfile(CsvProfile profile)
{
    QSettings().setValue(profileKey, profileValue(profile));
}

} // namespace relais
