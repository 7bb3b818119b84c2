#pragma once

#include "history.h"

namespace relais {

// The meetings actors were invited to, with what became of it, in their histories.
class MeetingHistory : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(relais::MeetingHistory)

public:
    explicit MeetingHistory(Database &database);
    QList<std::pair<HistoryEntry, qint64>> entries(const HistoryQuery &query) const override;
    static QString sourceName() { return QStringLiteral("meeting"); }

private:
    Database &m_database;
};

} // namespace relais
