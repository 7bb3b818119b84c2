#include "namesearch.h"

#include "textfold.h"

namespace relais {

NameSearch::NameSearch(int rowCount, NameAt nameAt)
    : m_rowCount(rowCount)
    , m_nameAt(std::move(nameAt))
{ }

bool NameSearch::matches(const QString &key, int row, bool lastNameOnly) const
{
    const Name person = m_nameAt(row);
    const QString name = foldedKey(person.lastName + QLatin1Char(' ') + person.firstName);
    if (name.startsWith(key))
        return true;
    if (lastNameOnly)
        return false;
    return foldedKey(person.firstName + QLatin1Char(' ') + person.lastName).startsWith(key)
        || name.contains(QLatin1Char(' ') + key) || name.contains(QLatin1Char('-') + key);
}

int NameSearch::first(const QString &text) const
{
    const QString key = foldedKey(text);
    if (key.isEmpty())
        return -1;
    // The sheet is sorted by last name: that is what is typed, and what wins.
    for (const bool lastNameOnly : { true, false }) {
        for (int row = 0; row < m_rowCount; ++row) {
            if (matches(key, row, lastNameOnly))
                return row;
        }
    }
    return -1;
}

int NameSearch::next(const QString &text, int from, int direction) const
{
    const QString key = foldedKey(text);
    if (key.isEmpty() || m_rowCount == 0)
        return -1;
    for (int step = 1; step <= m_rowCount; ++step) {
        const int row = ((from + direction * step) % m_rowCount + m_rowCount) % m_rowCount;
        if (matches(key, row, false))
            return row;
    }
    return -1;
}

} // namespace relais
