#pragma once

#include "backup/BackupConfig.h"
#include "base/Result.h"

#include <QCommandLineParser>

namespace regiekamer::server {

// regiekamer-server's --backup-* options (docs/operations.md "Backups and restore").
void addBackupOptions(QCommandLineParser &parser);
Status readBackupOptions(const QCommandLineParser &parser, backup::BackupOptions &options);
QString backupUsage();

} // namespace regiekamer::server
