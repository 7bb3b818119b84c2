#pragma once

#include "models/export/csvfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QAction;
class QTableView;
class QWidget;

namespace relais {

// A list leaving Relais as its view shows it: the columns not hidden, in the order the
// user sees them, under their header texts, and every row of the model behind the view
// (in a proxy's sort order and filter), written as CSV in the profile the user chose.
// The formatting itself is models/export's (tableRows(), CsvFile::write()).
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(relais::TableExport)

public:
    // Where the user chose to save, and how.
    struct Destination
    {
        QString path;
        CsvProfile profile = CsvProfile::ExcelFrench;
    };

    // Logical indexes of the columns shown, in visual order.
    static QList<int> visibleColumns(const QTableView *view);
    // The header and the rows shown.
    static QList<QStringList> rows(const QTableView *view);
    static QByteArray csv(const QTableView *view, CsvProfile profile);

    // All of the file or nothing (a half-written file over the previous one is worse than
    // none); false with the reason in *error.
    static bool writeFile(const QString &path, const QByteArray &contents, QString *error);
    // The same, the reason told in a message box over `parent`.
    static bool writeFile(QWidget *parent, const QString &path, const QByteArray &contents);

    // The save dialog for a CSV file, offering both profiles, the last one chosen first,
    // in the last folder saved to. nullopt when cancelled; the choice is remembered.
    static std::optional<Destination> chooseCsvFile(
        QWidget *parent, const QString &title, const QString &suggestedName);
    // A save dialog for another kind of file (a vCard), in the last folder saved to.
    // Empty when cancelled.
    static QString chooseFile(QWidget *parent, const QString &title, const QString &suggestedName,
        const QString &filter, const QString &suffix);
    // Asks where and how, then writes what the view shows. True when written.
    static bool exportView(QTableView *view, const QString &title, const QString &suggestedName);
    // "Export to CSV…" for a list: an action that does exportView(), owned by `view`
    // and offered in its context menu. `suggestedName` is asked for at each export, the
    // list's name may change with a filter ("Contacts", "SERD 2014 - actions").
    static QAction *addExportAction(
        QTableView *view, const QString &title, const std::function<QString()> &suggestedName);

    // "Excel (French)", "Standard".
    static QString profileName(CsvProfile profile);
    // The profile chosen last (QSettings), Excel (French) the first time.
    static CsvProfile lastProfile();
    static void rememberProfile(CsvProfile profile);
};

} // namespace relais
