#pragma once

#include "../domain/referencelist.h"

#include <QList>
#include <QVariant>

namespace relais {

class Database;

// Keeps what is derived from several tables for the Actors lists: each contact's
// organisations label and sort key, and the accent-folded full-text documents of
// contacts (names, organisations, e-mails, commune, tags) and organisations (name,
// acronym, e-mail, commune, tags). Called inside the transaction that changed the sources.
class SearchIndex
{
public:
    explicit SearchIndex(Database &database);

    void refreshContacts(const QList<qint64> &contactIds);
    void refreshOrganisations(const QList<qint64> &organisationIds);
    void removeContacts(const QList<qint64> &contactIds);
    void removeOrganisations(const QList<qint64> &organisationIds);

    // Contacts and organisations whose documents show this item's name.
    void refreshUsersOf(ReferenceList list, qint64 itemId);
    QList<qint64> membersOf(qint64 organisationId) const;

    // Recomputes everything (after a bulk load).
    void rebuild();

private:
    void refreshContactsWhere(const QVariant &ids);
    void refreshOrganisationsWhere(const QVariant &ids);
    void runFor(const QVariant &ids, const QString &statement, const QString &column);
    QList<qint64> ids(const QString &statement, qint64 itemId) const;

    Database &m_database;
};

} // namespace relais
