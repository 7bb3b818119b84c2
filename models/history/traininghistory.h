#pragma once

#include "history.h"

namespace relais {

// The training sessions of the cohorts actors were enrolled in, with the half-days they
// attended, in their histories.
class TrainingHistory : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(relais::TrainingHistory)

public:
    explicit TrainingHistory(Database &database);
    QList<std::pair<HistoryEntry, qint64>> entries(const HistoryQuery &query) const override;
    static QString sourceName() { return QStringLiteral("training"); }

private:
    Database &m_database;
};

} // namespace relais
