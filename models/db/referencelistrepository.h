#pragma once

#include "../domain/referencelist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace relais {

class Database;

// Actor types, domains, communes and tags: the lists the officer edits. Items are
// never deleted while a record uses them; they are retired or merged.
class ReferenceListRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::ReferenceListRepository)

public:
    explicit ReferenceListRepository(Database &database);

    static QString tableName(ReferenceList list);

    QList<ReferenceItem> items(ReferenceList list, bool includeRetired = true) const;
    std::optional<ReferenceItem> item(ReferenceList list, qint64 id) const;
    // Same folded name ("Mulhouse" for " mulhouse"), retired items included.
    std::optional<ReferenceItem> findByName(ReferenceList list, const QString &name) const;
    // Records (contacts and organisations) that use the item.
    int usageCount(ReferenceList list, qint64 id) const;

    // Adds at the end of the list, or under item.id when it is set (undo). Throws
    // DatabaseError when the name is empty or taken.
    qint64 add(ReferenceList list, const ReferenceItem &item);
    // Puts an item back exactly as it was (undo).
    void restore(ReferenceList list, const ReferenceItem &item);
    void rename(ReferenceList list, qint64 id, const QString &name);
    void setPostcode(qint64 communeId, const QString &postcode);
    void setRetired(ReferenceList list, qint64 id, bool retired);
    // Puts the items in this order (positions 0, 1, 2…).
    void reorder(ReferenceList list, const QList<qint64> &orderedIds);
    // Deletes an unused item (undo of an add); throws if records use it.
    void remove(ReferenceList list, qint64 id);

    // Moves every record from one item to another and deletes the first.
    ReferenceMerge merge(ReferenceList list, qint64 fromId, qint64 intoId);
    void unmerge(const ReferenceMerge &merge);

    // The id of the item with this name, created when missing; *created tells which.
    qint64 findOrAdd(ReferenceList list, const QString &name, bool *created = nullptr);

private:
    void checkName(ReferenceList list, const QString &name, qint64 exceptId) const;
    void notify(ReferenceList list);
    void refreshAfterMerge(const ReferenceMerge &merge);
    void notifyActors();

    Database &m_database;
};

} // namespace relais
