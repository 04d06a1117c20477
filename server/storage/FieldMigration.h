#pragma once

#include "base/Result.h"

namespace regiekamer::server {

class Database;
class FieldCipher;

// The data step of schema version 6 (docs/keys.md "Personal fields"): a database migrated from version 5 still
// holds its personal fields as plain TEXT in the rebuilt BLOB columns. sealPlainRows() seals every such value with
// FieldCipher (and fills users.email_index), `batch` rows per transaction so a large database is not locked for
// long; when it sealed any, it runs VACUUM and a TRUNCATE checkpoint, so that (with secure_delete) no plain copy is
// left on a free page of the file or in the WAL. Run at every server start and wherever regiekamer-admin opens the
// database, after the key store is initialised; a database without plain values costs four indexed queries.
namespace fieldMigration {

// The number of rows sealed.
Result<qint64> sealPlainRows(Database &database, FieldCipher &cipher, int batch = 500);

} // namespace fieldMigration
} // namespace regiekamer::server
