#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// The state of the continuous backups (GET /api/v1/backup/status, admins only; `regiekamer-admin backup status`).
// The same shape whatever does the backing up (the SQLite engine's age objects now, pgBackRest for PostgreSQL), so
// the desktop's view and the CLI do not depend on the database engine.
namespace regiekamer::api {

enum class BackupState {
    Off, // no --backup-to configured
    Ok, // every target holds everything committed up to the last few seconds
    Degraded, // a target is down or behind, or the status is stale: the second location may be missing data
};
QString backupStateToWire(BackupState state); // "off" | "ok" | "degraded"
Result<BackupState> backupStateFromWire(const QString &wire);

struct BackupTargetStatus
{
    QString description; // "directory /srv/backup", "rclone offsite:regiekamer"; never a credential
    bool reachable = true; // false after the last attempt failed
    QDateTime newestObjectAt; // when the newest object on the target was committed; invalid: none yet
    qint64 newestObjectAgeSeconds = -1; // now - newestObjectAt as the server saw it; -1: none yet
    qint64 queuedObjects = 0; // written locally, not yet on this target
    QString lastError; // the last failure, "" when the last attempt succeeded (English, operator's text)

    QJsonObject toJson() const;
    static Result<BackupTargetStatus> fromJson(const QJsonObject &object);
};

struct BackupStatus
{
    BackupState state = BackupState::Off;
    QString engine; // "sqlite-age" (later "pgbackrest")
    QDateTime lastSnapshotAt; // invalid: none yet
    QDateTime nextSnapshotAt; // invalid: none scheduled
    qint64 pendingChanges = 0; // committed transactions not yet in an object
    QDateTime updatedAt; // when the server last wrote this status
    QString lastError; // why objects cannot be written at all (age failing, disk full), "" when they can
    QList<BackupTargetStatus> targets;

    QJsonObject toJson() const;
    static Result<BackupStatus> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
