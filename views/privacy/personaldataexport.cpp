#include "personaldataexport.h"

#include "personaldatareport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <models/db/audittrail.h>
#include <models/db/databaseerror.h>
#include <models/db/personaldatarepository.h>
#include <models/export/personaldatajson.h>
#include <views/print/printabledocument.h>

namespace relais {

QString PersonalDataExport::jsonPathFor(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

bool PersonalDataExport::exportTo(
    Database &database, qint64 contactId, const QString &pdfPath, QString *error)
{
    PersonalData data;
    try {
        data = PersonalDataRepository(database).of(contactId, QDateTime::currentDateTimeUtc());
    } catch (const DatabaseError &failure) {
        if (error)
            *error = failure.message();
        return false;
    }
    if (data.contactId == 0) {
        if (error)
            *error = tr("This contact no longer exists; it may have been deleted.");
        return false;
    }
    const QString jsonPath = jsonPathFor(pdfPath);
    QSaveFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly) || json.write(personalDataJsonText(data)) < 0) {
        if (error)
            *error = tr("The personal data could not be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(jsonPath), json.errorString());
        return false;
    }
    if (!PersonalDataReport(data).writePdf(pdfPath, error))
        return false; // the JSON is not committed: nothing half written
    if (!json.commit()) {
        QFile::remove(pdfPath);
        if (error)
            *error = tr("The personal data could not be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(jsonPath), json.errorString());
        return false;
    }
    try {
        AuditTrail::record(database, QStringLiteral("export"), QStringLiteral("contact"), contactId,
            QJsonObject { { QStringLiteral("personal_data"),
                QFileInfo(pdfPath).fileName() + QStringLiteral(", ")
                    + QFileInfo(jsonPath).fileName() } });
    } catch (const DatabaseError &) {
        // The files are written; a read-only file records nothing anyway.
    }
    return true;
}

bool PersonalDataExport::chooseFileAndExport(QWidget *parent, Database &database, qint64 contactId)
{
    const QString title = tr("Export a person's data");
    QString name;
    try {
        name = PersonalDataRepository(database).of(contactId, QDateTime::currentDateTimeUtc()).name;
    } catch (const DatabaseError &failure) {
        QMessageBox::warning(parent, title, failure.message());
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(PrintableDocument::fileNamePart(tr("%1 - personal data").arg(name))
            + QStringLiteral(".pdf"));
    QString path
        = QFileDialog::getSaveFileName(parent, title, suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!exportTo(database, contactId, path, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    QMessageBox::information(parent, title,
        tr("Saved as %1 (to read or print) and %2 (to hand over to another program).")
            .arg(QDir::toNativeSeparators(path), QFileInfo(jsonPathFor(path)).fileName()));
    return true;
}

} // namespace relais
