#pragma once

#include "../domain/contact.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace relais {

class Database;
struct Organisation;

// How a Contact becomes rows (contact, e-mails, phones, memberships, domains, tags):
// the one place that knows, shared by ContactRepository (a record at a time) and
// BulkLoader (many, with its statements prepared once). Statements are prepared on
// first use. It writes rows only: no transaction, no search index, no notification.
class ContactWriter
{
public:
    explicit ContactWriter(Database &database);

    // Under contact.id when set; timestamps left invalid become `now`.
    qint64 insert(const Contact &contact, const QDateTime &now);
    // False when the row no longer exists. An invalid updatedAt becomes `now`.
    bool update(const Contact &contact, const QDateTime &now);

    // Whether a change of a channel's consent writes a line of contact_consent_history (on by
    // default). Off only to put back a deleted contact, whose lines come back as they were.
    void setRecordsConsent(bool on) { m_recordsConsent = on; }

private:
    std::optional<Contact> currentConsent(qint64 id);
    void recordConsent(
        qint64 id, ConsentChannel channel, const ChannelConsent &consent, const QDateTime &at);
    void bindFields(SqlQuery &query, const Contact &contact);
    void writeDetails(const Contact &contact, qint64 id, bool replace);
    void replaceList(
        const QString &table, const QString &column, const QStringList &values, qint64 id);
    void insertEmail(qint64 id, int position, const QString &email);
    void insertPhone(qint64 id, int position, const QString &phone);
    SqlQuery &statement(std::optional<SqlQuery> &slot, const QString &sql);
    qint64 tagId(const QString &name);

    Database &m_database;
    std::optional<SqlQuery> m_insert, m_update, m_clear[2], m_email, m_phone, m_membership,
        m_dropMemberships, m_upsertMembership, m_domain, m_tag, m_findTag, m_consentHistory;
    QHash<QString, qint64> m_tagIds;
    std::optional<QString> m_user; // who the consent history is attributed to
    bool m_recordsConsent = true;
};

// The same for an Organisation (organisation, domains, tags).
class OrganisationWriter
{
public:
    explicit OrganisationWriter(Database &database);

    qint64 insert(const Organisation &organisation, const QDateTime &now);
    bool update(const Organisation &organisation, const QDateTime &now);

private:
    void bindFields(SqlQuery &query, const Organisation &organisation);
    void writeDetails(const Organisation &organisation, qint64 id, bool replace);
    SqlQuery &statement(std::optional<SqlQuery> &slot, const QString &sql);
    qint64 tagId(const QString &name);

    Database &m_database;
    std::optional<SqlQuery> m_insert, m_update, m_clearDomains, m_clearTags, m_domain, m_tag,
        m_findTag;
    QHash<QString, qint64> m_tagIds;
};

} // namespace relais
