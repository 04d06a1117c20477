#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

// A snapshot on demand (`regiekamer-admin backup snapshot`): the command writes the time of its request into the
// database's backup_state, where the running server's engine sees it within a second, takes a snapshot and shows
// it as lastSnapshotAt in DATA_DIR/backup/status.json. Through the database, because it is the one channel the
// command and the server already share, with the server's own access rules.
namespace regiekamer::server::backup::snapshotRequest {

inline constexpr QLatin1StringView key {"snapshot_requested"}; // value: toDatabaseTime(when it was asked for)

// Records the request in the database of `dataDir`; refuses a directory without a database.
Status record(const QString &dataDir, const QDateTime &requestedAt);

} // namespace regiekamer::server::backup::snapshotRequest
