#pragma once

#include "../import/importplan.h"

namespace relais {

class Database;

// What an import compares a file with: the actors already in the file and the officer's
// lists. Read once per file, whatever its size.
class ImportRepository
{
public:
    explicit ImportRepository(Database &database);

    // The organisations always (a contact's organisation is looked up among them); the
    // contacts for an import of people (contacts, attendance); the meetings for meeting
    // attendance.
    ExistingActors existingActors(ImportKind kind) const;

private:
    Database &m_database;
};

} // namespace relais
