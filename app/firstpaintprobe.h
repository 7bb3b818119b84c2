#pragma once

#include <QObject>

namespace relais {

// For the benchmark (tests/bench), when the environment sets RELAIS_PROBE_FIRST_PAINT:
// once the contacts list has painted rows, prints one line to standard output,
//   first-paint <steady clock, ns> peak-rss-kib <VmHWM>
// and quits. The steady clock is the system's monotonic clock, which the benchmark
// reads too before it starts the process: the difference is start to first paint.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Whether the variable is set.
    static bool isRequested();
    // Installs a probe on the application when the variable is set; does nothing otherwise.
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    void report();
    bool m_seen = false;
};

} // namespace relais
