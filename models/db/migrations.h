#pragma once

namespace relais {

class Database;

// The newest schema this build knows.
int latestSchemaVersion();

// The version recorded in the file's schema_version table (0 for a new file).
int currentSchemaVersion(const Database &database);

// Applies every missing numbered migration in order, each in its own transaction,
// recording it in schema_version. Throws DatabaseError; a failed step is rolled back
// and the steps before it stay applied.
void migrate(Database &database);

} // namespace relais
