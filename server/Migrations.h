#pragma once

#include "Result.h"

namespace regiekamer::server {

class Database;

// Versioned schema migrations, recorded in schema_version. Each version is applied in its own transaction.
namespace migrations {

int latestVersion();
Status apply(Database &database);

} // namespace migrations
} // namespace regiekamer::server
