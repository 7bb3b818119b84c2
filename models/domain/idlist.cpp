#include "idlist.h"

#include <vector>

namespace relais {

QList<qint64> idsInOrder(const QList<qint64> &order, const QList<qint64> &members)
{
    qint64 largest = 0;
    for (const qint64 id : members)
        largest = std::max(largest, id);
    std::vector<bool> member(size_t(largest) + 1, false);
    for (const qint64 id : members) {
        if (id > 0)
            member[size_t(id)] = true;
    }
    QList<qint64> result;
    result.reserve(std::min(order.size(), members.size()));
    for (const qint64 id : order) {
        if (id > 0 && id <= largest && member[size_t(id)])
            result << id;
    }
    return result;
}

} // namespace relais
