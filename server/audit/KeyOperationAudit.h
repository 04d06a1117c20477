#pragma once

#include "keys/KeyOperationLog.h"

namespace regiekamer::server {

class KeyStore;

namespace audit {

class AuditLog;

// Key operations as access log entries of the operator `who` (action key_operation, object "key").
class KeyOperationAudit final : public KeyOperationLog
{
public:
    KeyOperationAudit(AuditLog &log, QString who);
    Status record(const KeyOperation &operation) override;

private:
    AuditLog &m_log;
    QString m_who;
};

// Gives the log its key store (it seals its personal columns under a data key of the store), then initialises the
// store on a new database with the access log entry of `who` (KeyStore::initialise).
Status initialiseKeys(KeyStore &keys, AuditLog &log, const QString &who);

} // namespace audit
} // namespace regiekamer::server
