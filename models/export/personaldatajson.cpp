#include "personaldatajson.h"

#include "../db/personaldatarepository.h"
#include "../db/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relais {

namespace {

QJsonObject rowObject(const PersonalDataSection &section, const QStringList &row)
{
    QJsonObject object;
    for (qsizetype i = 0; i < section.columnKeys.size() && i < row.size(); ++i)
        object.insert(section.columnKeys[i], row[i]);
    return object;
}

} // namespace

QJsonObject personalDataJson(const PersonalData &data)
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("relais-personal-data"));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("generated_at"), isoDateTime(data.generatedAt));
    for (const PersonalDataSection &section : data.sections) {
        if (section.key == QLatin1String("identity")) {
            json.insert(section.key,
                section.rows.isEmpty() ? QJsonObject() : rowObject(section, section.rows.first()));
            continue;
        }
        QJsonArray rows;
        for (const QStringList &row : section.rows)
            rows.append(rowObject(section, row));
        json.insert(section.key, rows);
    }
    return json;
}

QByteArray personalDataJsonText(const PersonalData &data)
{
    return QJsonDocument(personalDataJson(data)).toJson(QJsonDocument::Indented);
}

} // namespace relais
