#pragma once

#include <QString>
#include <functional>

namespace relais {

// Finding a person in a list sorted by last name, the way someone reading a signed
// sheet types it: the last name first, else the first name or any later part of the
// name ("Marie", "Dupont-Moretti" found by "moretti"); accents and case aside.
class NameSearch
{
public:
    struct Name
    {
        QString lastName;
        QString firstName;
    };
    using NameAt = std::function<Name(int row)>;

    NameSearch(int rowCount, NameAt nameAt);

    // The first row whose last name starts with the text, else the first whose name
    // matches otherwise; -1 when none does (or the text is blank).
    int first(const QString &text) const;
    // From `from` (-1: before the first row), the next row matching when direction is
    // 1, the previous when -1, wrapping around; -1 when none.
    int next(const QString &text, int from, int direction) const;

private:
    bool matches(const QString &key, int row, bool lastNameOnly) const;

    int m_rowCount;
    NameAt m_nameAt;
};

} // namespace relais
