#pragma once

#include "../domain/savedlist.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Saved lists of actors: named rules, resolved to people when used.
class SavedListRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::SavedListRepository)

public:
    explicit SavedListRepository(Database &database);

    QList<SavedList> all() const;
    std::optional<SavedList> load(qint64 id) const;
    // Under list.id when set (undo). Throws when the name is empty or taken.
    qint64 insert(const SavedList &list);
    void remove(qint64 id);

    // The contacts the rule finds today (a "latest meeting" rule looks on or before
    // `today`).
    QList<qint64> resolve(const SavedListRule &rule, const QDate &today) const;

private:
    Database &m_database;
};

} // namespace relais
