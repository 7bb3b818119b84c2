#pragma once

#include "../import/serdrow.h"

#include <QList>

namespace relais {

// The ids of an import row's names once the plan's new values have theirs.
class ImportNames
{
public:
    explicit ImportNames(const QList<qint64> &valueIds)
        : m_valueIds(valueIds)
    { }
    qint64 id(const NameRef &ref) const
    {
        return ref.id ? ref.id : (ref.value >= 0 ? m_valueIds.value(ref.value) : 0);
    }
    // Without zeros or repeats.
    QList<qint64> ids(const QList<NameRef> &refs) const
    {
        QList<qint64> result;
        for (const NameRef &ref : refs) {
            if (const qint64 found = id(ref); found && !result.contains(found))
                result << found;
        }
        return result;
    }

private:
    const QList<qint64> &m_valueIds;
};

} // namespace relais
