#pragma once

#include "history.h"

namespace relais {

// Interactions in actors' histories.
class InteractionHistory : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(relais::InteractionHistory)

public:
    explicit InteractionHistory(Database &database);
    QList<std::pair<HistoryEntry, qint64>> entries(const HistoryQuery &query) const override;
    static QString sourceName() { return QStringLiteral("interaction"); }

private:
    Database &m_database;
};

// Follow-ups not done yet, in actors' histories (done ones show as the interaction
// that did them).
class FollowUpHistory : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(relais::FollowUpHistory)

public:
    explicit FollowUpHistory(Database &database);
    QList<std::pair<HistoryEntry, qint64>> entries(const HistoryQuery &query) const override;
    static QString sourceName() { return QStringLiteral("follow-up"); }

private:
    Database &m_database;
};

} // namespace relais
