#pragma once

#include "../domain/contact.h"
#include "actortablemodel.h"
#include "pagecache.h"

namespace relais {

// The contacts of the Actors page (see ContactColumn).
class ContactTableModel : public ActorTableModel
{
    Q_OBJECT
public:
    explicit ContactTableModel(Database &database, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<qint64> queryOrder(int column, Qt::SortOrder order) const override;
    QList<qint64> queryMatches(const ActorFilter &filter) const override;
    void clearCache() override { m_cache.clear(); }

private:
    mutable PageCache<ContactRow> m_cache;
};

} // namespace relais
