#include "training.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace relais {

namespace {
class Training
{
    Q_DECLARE_TR_FUNCTIONS(relais::Training)
};
} // namespace

QString CompletionRule::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("kind")]
        = kind == Kind::Modules ? QStringLiteral("modules") : QStringLiteral("halfDays");
    o[QStringLiteral("count")] = count;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CompletionRule CompletionRule::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    CompletionRule rule;
    rule.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("modules")
        ? Kind::Modules
        : Kind::HalfDays;
    rule.count = std::max(0, o.value(QStringLiteral("count")).toInt());
    return rule;
}

QString CompletionRule::description() const
{
    if (count <= 0)
        return Training::tr("No completion rule");
    return kind == Kind::Modules
        ? Training::tr("At least one session of %Ln module(s)", nullptr, count)
        : Training::tr("At least %Ln half-day(s) attended", nullptr, count);
}

QList<HalfDay> TrainingSession::halfDays() const
{
    QList<HalfDay> halves;
    if (morning)
        halves << HalfDay::Morning;
    if (afternoon)
        halves << HalfDay::Afternoon;
    return halves;
}

double TrainingSession::hours(HalfDay half) const
{
    const QTime starts = half == HalfDay::Morning ? morningStarts : afternoonStarts;
    const QTime ends = half == HalfDay::Morning ? morningEnds : afternoonEnds;
    if (starts.isValid() && ends.isValid() && ends > starts)
        return starts.secsTo(ends) / 3600.0;
    return 3.5;
}

TraineeTotals traineeTotals(const QList<TrainingSession> &sessions,
    const QList<HalfDayAttendance> &attendance, qint64 contactId, const CompletionRule &rule)
{
    QHash<qint64, const TrainingSession *> byId;
    for (const TrainingSession &session : sessions)
        byId.insert(session.id, &session);
    TraineeTotals totals;
    QSet<qint64> modules;
    for (const HalfDayAttendance &a : attendance) {
        if (a.contactId != contactId)
            continue;
        const TrainingSession *session = byId.value(a.sessionId);
        // Only half-days the session really has count (an afternoon ticked on a
        // morning-only session is a slip, not an attendance).
        if (!session || !session->halfDays().contains(a.half))
            continue;
        switch (a.status) {
        case AttendanceStatus::Present:
            ++totals.halfDaysPresent;
            totals.hoursPresent += session->hours(a.half);
            modules.insert(session->moduleId);
            break;
        case AttendanceStatus::Excused:
            ++totals.halfDaysExcused;
            break;
        case AttendanceStatus::Absent:
            ++totals.halfDaysAbsent;
            break;
        default:
            break;
        }
    }
    totals.modulesAttended = int(modules.size());
    if (rule.count > 0)
        totals.completed = rule.kind == CompletionRule::Kind::Modules
            ? totals.modulesAttended >= rule.count
            : totals.halfDaysPresent >= rule.count;
    return totals;
}

QString halfDayName(HalfDay half)
{
    return half == HalfDay::Morning ? Training::tr("Morning") : Training::tr("Afternoon");
}

} // namespace relais
