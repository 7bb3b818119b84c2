#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

struct Organisation
{
    qint64 id = 0;
    QString name;
    QString acronym;
    qint64 typeId = 0;
    QList<qint64> domainIds;
    // Entered by name; names not yet in the list are created on save.
    QStringList tagNames;
    // 0 with a non-empty communeName: a commune typed in the form, created on save.
    qint64 communeId = 0;
    QString communeName;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString notes;
    bool networkHead = false;
    bool municipalService = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Organisation &) const = default;
};

// A person as seen from the organisation's record.
struct OrganisationMember
{
    qint64 contactId = 0;
    QString displayName;
    QString role;
    QString email;
    QString phone;
    int position = 0;
};

// One line of the organisations list.
struct OrganisationRow
{
    qint64 id = 0;
    QString name;
    QString acronym;
    QString type;
    QString commune;
    QString email;
    QString phone;
    QString tags;
    int memberCount = 0;
    bool networkHead = false;
    bool municipalService = false;
};

} // namespace relais
