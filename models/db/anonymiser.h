#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace relais {

class Database;

// What anonymising some contacts would erase and what it keeps: the dry run shown before
// the act.
struct AnonymisationPreview
{
    int contacts = 0; // to be anonymised (already anonymised ones left out)
    int alreadyAnonymised = 0;
    int emails = 0;
    int phones = 0;
    // Kept, under the neutral label, so that past figures do not move:
    int invitations = 0;
    int trainingHalfDays = 0;
    int serdActions = 0;
    int interactions = 0;
};

// The right to erasure without changing any past figure: a contact's identity (names,
// civility, e-mails, phones, notes, consent wording, roles in organisations, their name
// and details in the free text of their interactions and follow-ups, the audit trail and
// the import history) is replaced by a neutral label, while the row and every link that
// figures count (commune, type, relay actor, invitations, attendance, trainings, SERD
// actions) stay. The act is recorded in the audit trail without the erased values.
//
// anonymise() is one transaction; compact() then makes the erased bytes unreadable in the
// file (full-text index merged, VACUUM, write-ahead log truncated) and must run outside
// any transaction. Backups made before keep the old values until the rotation drops them.
class Anonymiser
{
    Q_DECLARE_TR_FUNCTIONS(relais::Anonymiser)

public:
    explicit Anonymiser(Database &database);

    AnonymisationPreview preview(const QList<qint64> &contactIds) const;
    // Anonymises those not anonymised yet; returns how many. Throws DatabaseError.
    int anonymise(const QList<qint64> &contactIds, const QDateTime &at);
    // Throws DatabaseError.
    void compact();

    // When the contact was anonymised, if it was.
    std::optional<QDateTime> anonymisedAt(qint64 contactId) const;
    // The neutral label that replaces a person's name: "Anonymised person 12".
    static QString label(qint64 contactId);

private:
    void anonymiseOne(qint64 contactId, const QDateTime &at);
    QList<qint64> notYetAnonymised(const QList<qint64> &contactIds) const;

    Database &m_database;
};

} // namespace relais
