#pragma once

#include "audit/AuditSeal.h"
#include "base/Result.h"
#include "protocol/AuditEntry.h"

#include <QDateTime>

#include <functional>
#include <optional>

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

// A stretch of the chain: the entries between two times (either may be invalid: from the start, to the end), the
// hash of the entry before the first, and the checkpoints from that entry to the last.
struct AuditRange
{
    qint64 first = 0;
    qint64 last = 0; // first > last: no entries
    QByteArray previousHash;
    QList<StoredCheckpoint> checkpoints;
    // sealedAround() only: the entries of the period asked for, and the sealed head when the stretch ends there.
    qint64 periodFirst = 0;
    qint64 periodLast = 0;
    std::optional<Seal> head;

    static Result<AuditRange> between(Database &database, const QDateTime &from, const QDateTime &to);
    // For an export that can be verified on its own (AuditExportCheck.h): the period between two times, widened to
    // the seals around it, so that both ends of the stretch are bound. It starts after the last checkpoint before
    // the period (or at the first entry) and ends at the first checkpoint at or after the period's end, or at the
    // sealed head: up to an interval of entries more on either side.
    static Result<AuditRange> sealedAround(Database &database, const QDateTime &from, const QDateTime &to);
    qint64 size() const { return std::max<qint64>(0, last - first + 1); }

    // Calls `visit` with every entry of the range in order, as stored (personal columns sealed), and its hash;
    // stops at the first error `visit` returns.
    Status forEachEntry(Database &database,
                        const std::function<Status(api::AuditEntry &entry, const QByteArray &hash)> &visit) const;
};

} // namespace audit
} // namespace regiekamer::server
