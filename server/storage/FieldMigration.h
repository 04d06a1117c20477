#pragma once

#include "base/Result.h"

namespace regiekamer::server {

class Database;
class FieldCipher;
class KeyStore;

// The data step of the personal fields at rest (docs/keys.md "Personal fields"), done once: a database migrated from
// schema version 5 holds its personal fields as plain TEXT in the BLOB columns of version 6. Version 8 sets the
// marker field_sealing when it finds plain values; the process that migrated gives the marker a MAC under the key
// store (claimPending), and only while a marker with that MAC is there does sealPending() seal, `batch` rows per
// transaction (an interrupted run resumes at the next start), then VACUUM and a TRUNCATE checkpoint (with
// secure_delete no plain copy is left on a free page or in the WAL), and then delete the marker.
// Without the marker, a plain value in a sealed column was written into the file by someone without the keys;
// sealing it would make it look authentic, so sealPending() refuses with integrityError, naming the place (never the
// value). Both run wherever a process opens the database with its keys (server start, regiekamer-admin).
namespace fieldMigration {

inline constexpr auto integrityError = "field_integrity";

// Gives the marker its MAC in the process that applied version 8, and checks the MAC of one that has it. Nothing to
// do without a marker, or while the key store has no master key yet (sealPending() claims it then).
Status claimPending(Database &database, KeyStore &keys);
// The number of rows sealed; 0 without a marker.
Result<qint64> sealPending(Database &database, FieldCipher &cipher, int batch = 500);

} // namespace fieldMigration
} // namespace regiekamer::server
