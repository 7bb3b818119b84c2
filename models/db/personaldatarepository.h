#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

class Database;

// One kind of thing Relais holds about a person: their e-mails, their invitations… Values
// are text: dates as ISO 8601, statuses as stable English keys ("present"), so that the
// JSON export reads the same in every language; the printed report translates them.
struct PersonalDataSection
{
    QString key; // "invitations": the JSON key
    QString title; // "Meetings: invitations and attendance", in the user's language
    QStringList columnKeys;
    QStringList columnTitles;
    QList<QStringList> rows;
};

// Everything Relais holds about one contact (the right of access and to portability):
// identity, consents and their history, memberships, domains and tags, invitations and
// attendance, trainings, SERD actions, interactions, follow-ups and audit entries.
struct PersonalData
{
    qint64 contactId = 0;
    QString name;
    QDateTime generatedAt; // UTC
    QList<PersonalDataSection> sections; // identity first, always there, one row
};

class PersonalDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::PersonalDataRepository)

public:
    explicit PersonalDataRepository(Database &database);

    // Nothing (contactId 0) when the contact does not exist. Throws DatabaseError.
    PersonalData of(qint64 contactId, const QDateTime &now) const;

private:
    Database &m_database;
};

} // namespace relais
