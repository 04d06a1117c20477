#pragma once

#include "base/Result.h"

namespace regiekamer::server {

class Database;

// Versioned schema migrations, recorded in schema_version. Each version is applied in its own transaction: a
// version that fails leaves the database at the version before it.
namespace migrations {

int latestVersion();
// The highest version recorded in schema_version (0 for a new database).
Result<int> currentVersion(Database &database);
// Applies the versions after the current one up to the latest.
Status apply(Database &database);
// The same, stopping at `targetVersion` (tests build old schemas with it). A database already past it is left alone.
Status applyUpTo(Database &database, int targetVersion);

} // namespace migrations
} // namespace regiekamer::server
