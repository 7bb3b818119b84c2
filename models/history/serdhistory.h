#pragma once

#include "history.h"

namespace relais {

// The SERD actions actors ran, in their histories: an organisation's as lead or
// co-organiser, a contact's as the action's contact person. One entry per action,
// dated by its first held occurrence; the id is the action's.
class SerdHistory : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(relais::SerdHistory)

public:
    explicit SerdHistory(Database &database);
    QList<std::pair<HistoryEntry, qint64>> entries(const HistoryQuery &query) const override;
    static QString sourceName() { return QStringLiteral("serd"); }

private:
    Database &m_database;
};

} // namespace relais
