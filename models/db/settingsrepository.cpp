#include "settingsrepository.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"

namespace relais {

namespace {
const QString programmeNameKey = QStringLiteral("programme/name");
const QString organisationNameKey = QStringLiteral("programme/organisation");
const QString logoKey = QStringLiteral("programme/logo");
} // namespace

SettingsRepository::SettingsRepository(Database &database)
    : m_database(database)
{ }

ProgrammeSettings SettingsRepository::programme() const
{
    ProgrammeSettings settings;
    settings.programmeName = value(programmeNameKey).toString();
    settings.organisationName = value(organisationNameKey).toString();
    settings.logo = value(logoKey).toByteArray();
    return settings;
}

void SettingsRepository::setProgramme(const ProgrammeSettings &settings)
{
    Transaction transaction(m_database);
    setValue(programmeNameKey, settings.programmeName.trimmed());
    setValue(organisationNameKey, settings.organisationName.trimmed());
    setValue(logoKey, settings.logo);
    m_database.changed(ChangeNotifier::Area::Settings);
    transaction.commit();
}

QVariant SettingsRepository::value(const QString &key) const
{
    return SqlQuery(m_database, QStringLiteral("SELECT value FROM setting WHERE key = :key"))
        .bind(QStringLiteral(":key"), key)
        .scalar();
}

void SettingsRepository::setValue(const QString &key, const QVariant &value)
{
    SqlQuery(m_database, QStringLiteral("DELETE FROM setting WHERE key = :key"))
        .bind(QStringLiteral(":key"), key)
        .exec();
    SqlQuery(m_database, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value)"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"), value)
        .exec();
}

} // namespace relais
