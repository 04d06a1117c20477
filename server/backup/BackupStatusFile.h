#pragma once

#include "base/Result.h"
#include "protocol/BackupStatus.h"

#include <QString>

#include <optional>

namespace regiekamer::server::backup {

// DATA_DIR/backup/status.json: the engine's state, rewritten every second while the server runs (owner-only), read
// by GET /api/v1/backup/status and `regiekamer-admin backup status`. A status older than staleAfterSeconds means no
// engine is keeping it up to date: it reads as degraded.
namespace statusFile {

inline constexpr qint64 staleAfterSeconds = 30;

QString pathIn(const QString &dataDir);
Status write(const QString &dataDir, const api::BackupStatus &status);
// The file as the engine last wrote it; nullopt when there is none (backups off, or not started yet).
Result<std::optional<api::BackupStatus>> readWritten(const QString &dataDir);
// The status as a reader should see it: "off" without a file; degraded when stale.
Result<api::BackupStatus> read(const QString &dataDir, const QDateTime &now);

} // namespace statusFile
} // namespace regiekamer::server::backup
