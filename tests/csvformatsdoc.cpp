// Writes docs/csv-formats.md from the import catalogue: `csvformatsdoc FILE`, or to the
// standard output with "-" or no argument. No translator is installed: the document is in
// English.
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <models/import/csvformatsdoc.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QByteArray text = relais::csvFormatsMarkdown().toUtf8();
    const QString path = arguments.value(1, QStringLiteral("-"));
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdout, QIODevice::WriteOnly)
        : (file.setFileName(path), file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened || file.write(text) != text.size()) {
        QTextStream(stderr) << "csvformatsdoc: cannot write " << path << ": " << file.errorString()
                            << '\n';
        return 1;
    }
    return 0;
}
