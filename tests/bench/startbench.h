#pragma once

#include <QString>
#include <QtGlobal>

namespace relais::bench {

// One start of the real application on a file, as the user starts it, until the contacts
// list has painted its first rows (see app/firstpaintprobe.h).
struct FirstPaint
{
    double seconds = 0; // from the process's start to that paint
    qint64 peakResidentKib = 0; // the process's peak memory by then
    QString error; // empty when measured
};

// `home` is an empty folder of its own for the started process's settings (the user's
// own are never read or written).
FirstPaint startToFirstPaint(const QString &relais, const QString &file, const QString &home);

} // namespace relais::bench
