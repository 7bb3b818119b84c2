#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace relais {

class Database;

// "Export a person's data": everything Relais holds about one contact, written as a
// readable PDF and, beside it under the same name, as JSON, in one go; the export is
// recorded in the audit trail.
class PersonalDataExport
{
    Q_DECLARE_TR_FUNCTIONS(relais::PersonalDataExport)

public:
    // Asks where to save (a PDF file name), then writes both files. False when cancelled
    // or failed (the reason shown).
    static bool chooseFileAndExport(QWidget *parent, Database &database, qint64 contactId);
    // Writes pdfPath and the .json beside it; false with *error on failure (nothing half
    // written). Throws nothing.
    static bool exportTo(
        Database &database, qint64 contactId, const QString &pdfPath, QString *error = nullptr);
    static QString jsonPathFor(const QString &pdfPath);
};

} // namespace relais
