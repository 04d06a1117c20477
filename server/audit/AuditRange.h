#pragma once

#include "base/Result.h"
#include "protocol/AuditEntry.h"

#include <QDateTime>

#include <functional>

namespace regiekamer::server {

class Database;

namespace audit {

// A stored checkpoint: the chain's hash at `sequence`, sealed with the checkpoint key (AuditSeal.h).
struct StoredCheckpoint
{
    qint64 sequence = 0;
    QByteArray hash;
    qint64 atMs = 0;
    QByteArray mac;
};

// A stretch of the chain, for an export that can be verified on its own: the entries between two times (either
// may be invalid: from the start, to the end), the hash of the entry before the first, and the checkpoints inside.
struct AuditRange
{
    qint64 first = 0;
    qint64 last = 0; // first > last: no entries
    QByteArray previousHash;
    QList<StoredCheckpoint> checkpoints;

    static Result<AuditRange> between(Database &database, const QDateTime &from, const QDateTime &to);
    qint64 size() const { return std::max<qint64>(0, last - first + 1); }

    // Calls `visit` with every entry of the range in order, as stored (personal columns sealed), and its hash;
    // stops at the first error `visit` returns.
    Status forEachEntry(Database &database,
                        const std::function<Status(api::AuditEntry &entry, const QByteArray &hash)> &visit) const;
};

} // namespace audit
} // namespace regiekamer::server
