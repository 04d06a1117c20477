#pragma once

#include <QDateTime>
#include <QString>

namespace regiekamer::server {

class Database;

namespace audit {
class AuditLog;
}

// regiekamer-admin audit verify | export | verify-export (docs/operations.md "Access log").
// Exit codes: 0 done and intact, 1 refused or failed, 3 the chain is broken.
namespace auditCommands {

inline constexpr int brokenExitCode = 3;

struct ExportOptions
{
    QDateTime from; // invalid: from the first entry
    QDateTime to; // invalid: up to the last entry
    QString format; // "jsonl" or "csv"
    QString outputPath; // empty: standard output
};

int verify(const QString &databasePath, const QString &keyPath);
// A data directory made before the access log had an anchor gets one, at the end of its chain once that verifies.
int writeAnchor(const QString &databasePath, const QString &keyPath);
int exportEntries(Database &database, audit::AuditLog &log, const ExportOptions &options);
int verifyExport(const QString &exportPath, const QString &keyPath);

} // namespace auditCommands
} // namespace regiekamer::server
