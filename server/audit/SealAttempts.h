#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace regiekamer::server {

class Database;

namespace audit {
class AuditLog;
}

// The unseal attempts made while the server is sealed (table seal_attempts, docs/security.md "Sealed server"): the
// access log cannot be written without the master key, so they wait in plain rows (time, share set, index, outcome;
// never an address or a share) and move into the access log in one transaction right after the unseal.
class SealAttempts
{
public:
    struct Attempt
    {
        QDateTime at;
        QString shareSet;
        int index = 0;
        QString outcome; // "accepted", or the error code (share_wrong, too_many_attempts, ...)
    };
    // The custodian's user id of a share index (0: none known), the actor of its access log entry.
    using CustodianOf = std::function<qint64(int index)>;

    explicit SealAttempts(Database &database);

    Status record(const Attempt &attempt);
    Result<QList<Attempt>> pending();
    // Appends one access log entry (resource "seal", action "unseal") per waiting attempt, then the unseal itself
    // (by the custodian of `lastIndex`), and empties the table: all in one transaction, or nothing.
    Status moveToAccessLog(audit::AuditLog &log, const CustodianOf &custodianOf, int lastIndex);

private:
    Database &m_database;
};

} // namespace regiekamer::server
