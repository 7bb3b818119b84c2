#include "auditretention.h"

#include "auditrepository.h"
#include "audittrail.h"
#include "database.h"

#include <QSettings>

namespace relais {

int AuditRetention::months()
{
    bool ok = false;
    const int months = QSettings()
                           .value(QLatin1String(AuditTrail::retentionSettingKey),
                               AuditTrail::defaultRetentionMonths)
                           .toInt(&ok);
    // A value typed by hand in the settings file that makes no sense keeps the default
    // rather than erasing everything.
    return ok && months >= 0 ? months : AuditTrail::defaultRetentionMonths;
}

void AuditRetention::setMonths(int months)
{
    QSettings().setValue(QLatin1String(AuditTrail::retentionSettingKey), qMax(0, months));
}

QDateTime AuditRetention::cutoff(int months, const QDateTime &now)
{
    if (months <= 0)
        return {};
    return now.toUTC().addMonths(-months);
}

int AuditRetention::purge(Database &database, const QDateTime &now)
{
    if (database.isReadOnly())
        return 0;
    const QDateTime oldestKept = cutoff(months(), now);
    if (!oldestKept.isValid())
        return 0;
    return AuditRepository(database).purgeOlderThan(oldestKept);
}

} // namespace relais
