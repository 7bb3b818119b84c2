#include "firstpaintprobe.h"

#include "views/actors/actortableview.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <chrono>
#include <cstdio>

namespace relais {

namespace {

// The process's peak resident memory in KiB (Linux), 0 where unknown.
qint64 peakResidentKib()
{
    // Read whole: /proc files have no size, so QFile::atEnd() holds from the start.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{ }

bool FirstPaintProbe::isRequested()
{
    return qEnvironmentVariableIsSet("RELAIS_PROBE_FIRST_PAINT");
}

void FirstPaintProbe::installIfRequested()
{
    if (!isRequested())
        return;
    QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(qApp));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_seen || event->type() != QEvent::Paint)
        return false;
    const auto *view = qobject_cast<ActorTableView *>(watched->parent());
    if (!view || view->viewport() != watched || view->objectName() != QLatin1String("contactsView")
        || !view->model() || view->model()->rowCount() == 0)
        return false;
    m_seen = true;
    // Once this paint event has been handled.
    QTimer::singleShot(0, this, &FirstPaintProbe::report);
    return false;
}

void FirstPaintProbe::report()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("first-paint %lld peak-rss-kib %lld\n",
        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
        static_cast<long long>(peakResidentKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace relais
