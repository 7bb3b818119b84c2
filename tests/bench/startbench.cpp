#include "startbench.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <chrono>

namespace relais::bench {

FirstPaint startToFirstPaint(const QString &relais, const QString &file, const QString &home)
{
    FirstPaint result;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELAIS_PROBE_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    environment.insert(
        QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);

    const auto started = std::chrono::steady_clock::now().time_since_epoch();
    process.start(relais, { file });
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.error = QStringLiteral("relais did not paint its list within 2 minutes");
        return result;
    }
    // "first-paint <ns> peak-rss-kib <KiB>"
    const QList<QByteArray> words = process.readAllStandardOutput().simplified().split(' ');
    const int at = int(words.indexOf("first-paint"));
    if (process.exitCode() != 0 || at < 0 || words.size() < at + 4) {
        result.error = QStringLiteral("relais exited with %1 without painting its list: %2")
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).left(400));
        return result;
    }
    const qint64 painted = words.at(at + 1).toLongLong();
    result.seconds
        = double(painted - std::chrono::duration_cast<std::chrono::nanoseconds>(started).count())
        / 1e9;
    result.peakResidentKib = words.at(at + 3).toLongLong();
    return result;
}

} // namespace relais::bench
