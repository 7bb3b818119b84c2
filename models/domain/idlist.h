#pragma once

#include <QList>

namespace relais {

// The ids of `order` that are also in `members`, in the order of `order`. Linear, with
// a table indexed by id: at 100,000 contacts it takes about a millisecond, where
// asking the database to sort the matches again took a hundred.
QList<qint64> idsInOrder(const QList<qint64> &order, const QList<qint64> &members);

} // namespace relais
