#pragma once

#include <QString>

namespace regiekamer::server {

class Database;
class FieldCipher;

namespace audit {
class AuditLog;
}

// regiekamer-admin device list EMAIL | device revoke EMAIL DEVICE_ID (docs/operations.md "Devices"). Both are in the
// access log before anything is shown or changed. A revoke ends the device's sessions in the database; a running
// server closes their open event streams at its next session check (at most 30 seconds), without "device.revoked".
// Exit codes: 0 done, 1 refused or failed, 2 bad usage.
namespace deviceCommands {

int list(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName,
         const QString &email);
int revoke(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName,
           const QString &email, qint64 deviceId);

} // namespace deviceCommands
} // namespace regiekamer::server
