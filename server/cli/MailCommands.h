#pragma once

#include <QString>

namespace regiekamer::server {

class Database;
class KeyStore;

namespace audit {
class AuditLog;
}

// regiekamer-admin mail outbox | mail test ADDRESS [--language nl|en] (docs/mail.md "Operations"). Both are in the
// access log before anything is shown or written. "mail test" only writes the mail into the outbox; a running server
// with --smtp delivers it within a second, and "mail outbox" shows whether it left and, if not, why.
// Exit codes: 0 done, 1 refused or failed, 2 bad usage.
namespace mailCommands {

inline constexpr auto usageLines = "       regiekamer-admin --data-dir DIR mail outbox\n"
                                   "       regiekamer-admin --data-dir DIR mail test ADDRESS [--language nl|en]\n";

int outbox(Database &database, KeyStore &keys, audit::AuditLog &log, const QString &operatorName);
int sendTest(Database &database, KeyStore &keys, audit::AuditLog &log, const QString &operatorName,
             const QString &address, const QString &language);

} // namespace mailCommands
} // namespace regiekamer::server
