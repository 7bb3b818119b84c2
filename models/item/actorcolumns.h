#pragma once

#include <Qt>

namespace relais {

// Columns of the contacts list.
namespace ContactColumn {
enum : int {
    LastName,
    FirstName,
    Organisation,
    Role,
    Commune,
    Email,
    Phone,
    Type,
    Tags,
    Flags,
    Count
};
}

// Columns of the organisations list.
namespace OrganisationColumn {
enum : int { Name, Acronym, Type, Commune, Email, Phone, Tags, Members, Flags, Count };
}

// Roles of the actor list models. A plain enum: views and delegates compare them with ints.
enum ActorRole : int {
    // qint64 id of the record on the row.
    IdRole = Qt::UserRole + 1,
};

} // namespace relais
