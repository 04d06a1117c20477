#include "backup/SnapshotRequest.h"

#include "backup/ChangeLogStore.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>

namespace regiekamer::server::backup::snapshotRequest {

using namespace Qt::StringLiterals;

Status record(const QString &dataDir, const QDateTime &requestedAt)
{
    if (!QFileInfo::exists(QDir(dataDir).filePath(Database::fileName)))
        return fail(u"backup_snapshot"_s, u"There is no database in %1. Check --data-dir."_s.arg(dataDir));
    auto database = Database::open(dataDir);
    if (!database)
        return std::unexpected(database.error());
    if (auto stored = ChangeLogStore(**database).requestSnapshot(requestedAt); !stored)
        return fail(stored.error().code, u"Cannot record the snapshot request: %1"_s.arg(stored.error().message));
    return {};
}

} // namespace regiekamer::server::backup::snapshotRequest
