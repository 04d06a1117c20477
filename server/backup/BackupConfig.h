#pragma once

#include "backup/AgeTool.h"
#include "backup/BackupTarget.h"
#include "backup/DataFiles.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace regiekamer::server::backup {

// What regiekamer-server's --backup-* options say (docs/backups.md, docs/operations.md).
struct BackupOptions
{
    QString recipientsFile; // --backup-recipients FILE
    QStringList targets; // --backup-to TARGET, repeatable
    QString rcloneConfig; // --backup-rclone-config FILE
    std::chrono::hours snapshotInterval {24}; // --backup-snapshot-hours N
    std::chrono::days retention {30}; // --backup-retention-days N (0: keep everything)
    qint64 spoolLimitBytes = 2048LL * 1024 * 1024; // --backup-spool-mb N

    bool enabled() const { return !targets.isEmpty(); }
};

// Everything the engine needs, checked at start.
struct BackupConfig
{
    BackupOptions options;
    QString databasePath;
    QString backupDir; // DATA_DIR/backup: the spool, the targets' progress, status.json
    DataFiles files;
    QList<Recipient> recipients;

    QString spoolDir() const;
};

} // namespace regiekamer::server::backup
