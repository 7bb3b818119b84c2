#include "retentionrepository.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"

namespace relais {

RetentionRepository::RetentionRepository(Database &database)
    : m_database(database)
{ }

QList<RetentionCandidate> RetentionRepository::candidates(const QDate &cutoff) const
{
    SqlQuery q(m_database, QStringLiteral(R"(
        WITH activity (contact_id, day) AS (
            SELECT contact_id, happened_on FROM contact_activity
            UNION ALL
            SELECT a.contact_id, o.held_on FROM serd_action a
            JOIN serd_occurrence o ON o.action_id = a.id WHERE a.contact_id IS NOT NULL
            UNION ALL
            SELECT contact_id, enrolled_on FROM enrolment WHERE enrolled_on IS NOT NULL
            UNION ALL
            SELECT id, substr(created_at, 1, 10) FROM contact
            UNION ALL
            SELECT id, consent_date FROM contact WHERE consent_date IS NOT NULL
            UNION ALL
            SELECT id, post_consent_date FROM contact WHERE post_consent_date IS NOT NULL),
        latest (contact_id, day) AS (
            SELECT contact_id, max(day) FROM activity GROUP BY contact_id)
        SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.organisations_label, l.day,
            coalesce(d.decision, ''), coalesce(d.reason, ''), d.decided_on
        FROM contact c
        JOIN latest l ON l.contact_id = c.id
        LEFT JOIN retention_decision d ON d.contact_id = c.id
        WHERE l.day < :cutoff
            AND c.id NOT IN (SELECT contact_id FROM contact_anonymisation)
            AND NOT (coalesce(d.decision, '') = 'keep' AND d.decided_on >= :keptSince)
        ORDER BY l.day, c.sort_key)"));
    q.bindDate(QStringLiteral(":cutoff"), cutoff)
        .bindDate(QStringLiteral(":keptSince"), cutoff)
        .exec();
    QList<RetentionCandidate> candidates;
    while (q.next()) {
        RetentionCandidate c;
        c.contactId = q.id(0);
        c.name = q.text(1);
        c.organisations = q.text(2);
        c.lastActivity = q.date(3);
        c.decision = q.text(4);
        c.reason = q.text(5);
        c.decidedOn = q.date(6);
        candidates << c;
    }
    return candidates;
}

void RetentionRepository::decide(const QList<qint64> &contactIds, const QString &decision,
    const QString &reason, const QDate &on, const QString &by)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("INSERT OR REPLACE INTO retention_decision (contact_id, decision, reason, "
                       "decided_on, decided_by) VALUES (:id, :decision, :reason, :on, :by)"));
    for (const qint64 id : contactIds) {
        q.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":decision"), decision)
            .bind(QStringLiteral(":reason"), reason)
            .bindDate(QStringLiteral(":on"), on)
            .bind(QStringLiteral(":by"), by)
            .exec();
    }
    transaction.commit();
    m_database.changed(ChangeNotifier::Area::Contacts);
}

} // namespace relais
