#pragma once

#include "../domain/interaction.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Follow-ups: what is to be done with actors, by when, by whom.
class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::FollowUpRepository)

public:
    explicit FollowUpRepository(Database &database);

    std::optional<FollowUp> load(qint64 id) const;
    // Under followUp.id when set (undo); timestamps left invalid become now.
    qint64 insert(const FollowUp &followUp);
    // Saves every field; an invalid updatedAt becomes now.
    void update(const FollowUp &followUp);
    void remove(qint64 id);

    // Those planned with this interaction.
    QList<FollowUp> plannedWith(qint64 interactionId) const;
    // Those that point at this interaction in any way (planned with it, done by it).
    QList<FollowUp> referring(qint64 interactionId) const;

    // Not done yet, soonest first; staffId 0 for everyone's.
    QList<FollowUpRow> open(qint64 staffId = 0) const;
    // Done on or after `since`, latest first.
    QList<FollowUpRow> doneSince(const QDate &since, qint64 staffId = 0) const;
    // Not done and due before `today`.
    int overdueCount(const QDate &today, qint64 staffId = 0) const;

    // Open follow-ups with any of these contacts or organisations, soonest first.
    struct HistoryRow
    {
        qint64 id = 0;
        QDate due;
        QString action;
        QString staff;
        QString actors;
        qint64 contactId = 0; // the first of the asked-for contacts it involves
    };
    QList<HistoryRow> openFor(
        const QList<qint64> &contactIds, const QList<qint64> &organisationIds) const;

private:
    QList<FollowUpRow> rows(const QString &condition, const QVariantMap &values) const;
    QList<FollowUp> loadWhere(const QString &condition, qint64 value) const;
    void notify();

    Database &m_database;
};

} // namespace relais
