#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace relais {

class Database;

// A contact the retention review lists: nothing happened with them since lastActivity.
struct RetentionCandidate
{
    qint64 contactId = 0;
    QString name;
    QString organisations;
    QDate lastActivity;
    // The officer's last decision about them: empty, "keep" (while it is older than the
    // period) or "recontacted".
    QString decision;
    QString reason;
    QDate decidedOn;
};

// The retention review (GDPR: personal data is not kept longer than needed): who has had no
// activity for a period, and what the officer decided about them. Activity is: being
// entered in the file, a consent given or renewed, an interaction, presence at a meeting or
// a training half-day, an enrolment in a training, a date of a SERD action they are the
// contact person of. (Valued contributions are an organisation's, not a person's.)
class RetentionRepository
{
public:
    explicit RetentionRepository(Database &database);

    // Contacts whose last activity is before `cutoff`, not anonymised, and not kept by a
    // decision taken on or after `cutoff`; oldest activity first. Throws DatabaseError.
    QList<RetentionCandidate> candidates(const QDate &cutoff) const;

    // "keep" with a reason, or "recontacted"; replaces an earlier decision. One transaction.
    // Throws DatabaseError.
    void decide(const QList<qint64> &contactIds, const QString &decision, const QString &reason,
        const QDate &on, const QString &by);

private:
    Database &m_database;
};

} // namespace relais
