#include "meeting.h"

#include <QLocale>

namespace relais {

namespace {
class Attendance
{
    Q_DECLARE_TR_FUNCTIONS(relais::Attendance)
};
} // namespace

QString attendanceStatusName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Invited:
        return Attendance::tr("Invited");
    case AttendanceStatus::Registered:
        return Attendance::tr("Registered");
    case AttendanceStatus::Excused:
        return Attendance::tr("Excused");
    case AttendanceStatus::Present:
        return Attendance::tr("Present");
    case AttendanceStatus::Absent:
        return Attendance::tr("Absent");
    }
    return {};
}

QString percentText(double fraction)
{
    return Attendance::tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', 0));
}

QString Invitee::displayName() const
{
    return QStringList { firstName, lastName }.join(QLatin1Char(' ')).trimmed();
}

double MeetingCounts::attendanceRate() const
{
    return invited > 0 ? double(invitedPresent) / double(invited) : 0.0;
}

void MeetingCounts::add(AttendanceStatus status, bool walkIn)
{
    if (walkIn)
        ++walkIns;
    else
        ++invited;
    switch (status) {
    case AttendanceStatus::Invited:
        break;
    case AttendanceStatus::Registered:
        ++registered;
        break;
    case AttendanceStatus::Excused:
        ++excused;
        break;
    case AttendanceStatus::Present:
        ++present;
        if (!walkIn)
            ++invitedPresent;
        break;
    case AttendanceStatus::Absent:
        ++absent;
        break;
    }
}

} // namespace relais
