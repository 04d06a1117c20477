#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace regiekamer::server {

class Database;

namespace audit {

class AuditLog;

// Migration 7 (issue 5): access log entries written before it hold actor_name and client_address in plain text.
// The migration (plain SQL, without keys, db/SchemaVersions) only records how far that goes (audit_reseal); the first
// process that opens the log with its keys (server or regiekamer-admin, AuditLog::open) then, in one transaction:
// checks the whole old chain and its sealed head (a broken log is refused, not laundered), seals the plain columns,
// recomputes every hash from entry 1 (the chain covers the stored bytes), re-seals the checkpoints at the same
// positions and the head with the checkpoint key, and appends an entry saying so, with the old head's hash. Afterwards
// the write-ahead log is truncated; freed space was overwritten (secure_delete), so no plain copy stays on disk. Does
// nothing when migration 7 found no plain entries or they were re-sealed already.
Status resealPlainEntries(Database &database, AuditLog &log, const QString &who);

} // namespace audit
} // namespace regiekamer::server
