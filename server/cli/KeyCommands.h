#pragma once

namespace regiekamer::server {

class KeyStore;

namespace audit {
class AuditLog;
}

// regiekamer-admin keys status | rotate (docs/keys.md). Exit codes: 0 done, 1 refused or failed.
namespace keyCommands {

inline constexpr int defaultBatchSize = 100;

int status(KeyStore &store);
int rotate(KeyStore &store, audit::AuditLog &log, int batchSize);

} // namespace keyCommands
} // namespace regiekamer::server
