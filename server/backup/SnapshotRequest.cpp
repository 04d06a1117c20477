#include "backup/SnapshotRequest.h"

#include "db/ChangeCapture.h"
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
    auto stored =
        (*database)->exec(u"INSERT INTO %1 (key, value) VALUES (?, ?) "
                          u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(capture::backupStateTable),
                          {QString(key), toDatabaseTime(requestedAt)});
    if (!stored)
        return fail(stored.error().code, u"Cannot record the snapshot request: %1"_s.arg(stored.error().message));
    return {};
}

} // namespace regiekamer::server::backup::snapshotRequest
