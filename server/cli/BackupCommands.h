#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

// regiekamer-admin backup keygen | status | snapshot | list | verify | restore (docs/operations.md "Backups and
// restore"). Only status and snapshot touch a data directory; list, verify and restore read a target with the
// backup identity and work on a machine of their own.
// Exit codes: 0 done (status: ok and fresh; verify: every check passed), 1 refused, failed or not ok, 2 bad usage.
namespace regiekamer::server::backupCommands {

// The options the backup commands add to regiekamer-admin's parser (--from and --to are shared with audit export).
QList<QCommandLineOption> options();
// The usage lines of the backup commands, for regiekamer-admin's usage text.
extern const char *const usageLines;

// Runs "backup …" (the parser's positional arguments start with "backup").
int run(const QCommandLineParser &parser, const QString &dataDir);

} // namespace regiekamer::server::backupCommands
