#include "reportcommand.h"

#include "commandline.h"
#include "models/db/database.h"
#include "models/db/indicatorrepository.h"
#include "models/export/indicatorjson.h"
#include "models/indicators/yearindicators.h"
#include "views/charts/reviewcontent.h"
#include "views/print/annualreview.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace relais {

namespace {

QString yearsText(const QList<int> &years)
{
    if (years.isEmpty())
        return CommandLine::tr("The file holds no meeting, training, SERD edition or means yet.");
    QStringList texts;
    for (int year : years)
        texts << QString::number(year);
    return CommandLine::tr("Years with activity: %1.").arg(texts.join(QLatin1String(", ")));
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size())
            return true;
        *error = CommandLine::tr("The review could not be written to the standard output.");
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = CommandLine::tr("%1 could not be written: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

int writeReport(const CommandLine &command)
{
    QTextStream err(stderr);
    const std::unique_ptr<Database> opened = openExistingFile(command.databasePath, FileUse::Read);
    if (!opened)
        return 1;
    Database &database = *opened;
    const QList<int> years = IndicatorRepository(database).activityYears();
    if (!years.contains(command.year)) {
        err << CommandLine::tr("Nothing happened in %1 in this file: no review to write.")
                   .arg(command.year)
            << Qt::endl
            << yearsText(years) << Qt::endl;
        return 1;
    }

    QString error;
    bool written = false;
    if (command.format == CommandLine::ReportFormat::Json) {
        const IndicatorCalculator calculator(database);
        written = writeBytes(command.output,
            indicatorsJsonText(
                calculator.compute(command.year), calculator.compute(command.year - 1)),
            &error);
    } else {
        const AnnualReview review(annualReviewContent(database, command.year));
        const bool toStandardOutput
            = command.output.isEmpty() || command.output == QLatin1String("-");
        switch (command.format) {
        case CommandLine::ReportFormat::Json:
            break;
        case CommandLine::ReportFormat::Pdf:
            written = review.writePdf(command.output, &error);
            break;
        case CommandLine::ReportFormat::Odt:
            written = review.writeOdt(command.output, &error);
            break;
        case CommandLine::ReportFormat::Html:
            written = toStandardOutput ? writeBytes(command.output, review.html(), &error)
                                       : review.writeHtml(command.output, &error);
            break;
        }
    }
    if (!written) {
        err << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace relais
