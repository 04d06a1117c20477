#pragma once

#include "audit/AuditSeal.h"
#include "base/Result.h"

#include <QString>

#include <optional>

namespace regiekamer::server::audit {

class AuditKey;

// The sealed anchor of the access log, a file beside the database (DATA_DIR/audit.anchor): "the log reached entry
// N, whose hash was H". Whoever rewrites the database without the access log key can remove entries and their
// head together, or empty the log, and the chain that is left is consistent; the anchor outside the database
// then still vouches for entry N. It is written with the key at the log's start, after every verified stretch and
// at shutdown, and only ever moves forward.
namespace anchor {

inline constexpr auto fileName = "audit.anchor";

QString pathBeside(const QString &databasePath);

// nullopt when the file does not exist; an error when it cannot be read or is not an anchor.
Result<std::optional<Seal>> read(const QString &path);

// Replaces the file atomically with an anchor for entry `sequence`.
Status write(const QString &path, const AuditKey &key, qint64 sequence, const QByteArray &hash);

} // namespace anchor
} // namespace regiekamer::server::audit
