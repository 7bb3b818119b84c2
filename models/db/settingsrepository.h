#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace relais {

class Database;

// What belongs to the programme rather than to one user: its name, the body that runs
// it and its logo, printed on attendance sheets and reports.
struct ProgrammeSettings
{
    QString programmeName;
    QString organisationName;
    QByteArray logo; // PNG
    bool operator==(const ProgrammeSettings &) const = default;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &database);

    ProgrammeSettings programme() const;
    void setProgramme(const ProgrammeSettings &settings);

private:
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

    Database &m_database;
};

} // namespace relais
