#pragma once

#include <QString>

namespace regiekamer::server {

class Database;
class FieldCipher;

namespace audit {
class AuditLog;
}

// regiekamer-admin --data-dir DIR users reset-second-factor EMAIL (docs/security.md "Second factor"): for the last
// administrator who lost both the authenticator and the recovery codes, on the server's own data directory. Removes
// the account's second factor, its recovery codes and open challenges; the account enrols again at its next sign-in.
// In the access log (action second_factor_reset, the account as its subject) in the same transaction.
// Exit codes: 0 done, 1 refused or failed.
namespace secondFactorCommand {

int reset(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName,
          const QString &email);

} // namespace secondFactorCommand
} // namespace regiekamer::server
