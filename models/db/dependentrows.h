#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace relais {

class Database;

// The rows of other areas that point at a contact or an organisation and go with it
// when it is deleted (ON DELETE CASCADE): the interactions and follow-ups it took part
// in, and what later areas add. Captured before a delete, put back by undo, so that
// undoing a deletion brings the actor's whole history back.
struct DependentRows
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables;

    enum class Of { Contact, Organisation };
    // Also takes the follow-ups this actor is the only one of: with nobody to follow
    // up, they would linger in the Follow-ups area. removeOrphans() deletes them once
    // the actor is gone; restore() puts them back first.
    static DependentRows capture(const Database &database, Of owner, qint64 id);
    void restore(Database &database) const;
    void removeOrphans(Database &database) const;

    QList<qint64> orphanedFollowUps;
};

} // namespace relais
