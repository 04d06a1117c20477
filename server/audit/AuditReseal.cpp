#include "audit/AuditReseal.h"

#include "audit/AuditChain.h"
#include "audit/AuditFieldCipher.h"
#include "audit/AuditLog.h"
#include "audit/AuditSeal.h"
#include "db/Database.h"

#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 batchSize = 10'000;
constexpr int addressColumn = 4; // positions in chainedColumns()
constexpr int nameColumn = 16;

std::unexpected<Error> resealError(const QString &message)
{
    return fail(u"audit_reseal"_s, message);
}

struct Walk
{
    qint64 through = 0; // entries up to this one are plain
    qint64 expected = 1;
    QByteArray oldHash = genesisHash();
    QByteArray newHash = genesisHash();
    QSet<qint64> checkpointSequences;
    QList<Seal> newCheckpoints;
    qint64 lastAtMs = 0;
};

struct Update
{
    qint64 sequence;
    QVariant address;
    QVariant name;
    QByteArray hash;
};

// One batch of entries after `walk.expected - 1`: checks each old link, seals the plain columns, links anew.
Result<QList<Update>> walkBatch(Database &database, const crypto::Aead &aead, const AuditKey &key, Walk &walk)
{
    auto rows = database.exec(u"SELECT %1, hash FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT %2"_s.arg(
                                  chainedColumnList(), QString::number(batchSize)),
                              {walk.expected});
    if (!rows)
        return std::unexpected(rows.error());
    const int columnCount = static_cast<int>(chainedColumns().size());
    QList<Update> updates;
    while (rows->next()) {
        QVariantList values;
        for (int i = 0; i < columnCount; ++i)
            values.append(rows->value(i));
        const qint64 sequence = values.at(0).toLongLong();
        if (sequence != walk.expected || chainHash(walk.oldHash, canonicalBytes(values)) != rows->value(columnCount))
            return resealError(u"The access log is broken at entry %1, so its plain entries were not re-sealed and "
                               "nothing was changed. Run `regiekamer-admin audit verify`."_s.arg(walk.expected));
        walk.oldHash = rows->value(columnCount).toByteArray();
        if (sequence <= walk.through) {
            values[addressColumn] = AuditFieldCipher::sealValue(aead, AuditFieldCipher::clientAddressColumn, sequence,
                                                                values.at(addressColumn).toString());
            values[nameColumn] = AuditFieldCipher::sealValue(aead, AuditFieldCipher::actorNameColumn, sequence,
                                                             values.at(nameColumn).toString());
        }
        walk.newHash = chainHash(walk.newHash, canonicalBytes(values));
        walk.lastAtMs = values.at(1).toLongLong();
        if (walk.checkpointSequences.contains(sequence))
            walk.newCheckpoints.append(makeSeal(key, SealKind::Checkpoint, sequence, walk.newHash, walk.lastAtMs));
        updates.append(Update {sequence, values.at(addressColumn), values.at(nameColumn), walk.newHash});
        ++walk.expected;
    }
    return updates;
}

Status applyBatch(Database &database, const QList<Update> &updates)
{
    for (const Update &update : updates) {
        if (auto ok = database.run(u"UPDATE audit_log SET client_address = ?, actor_name = ?, hash = ? WHERE seq = ?"_s,
                                   {update.address, update.name, update.hash, update.sequence});
            !ok)
            return ok;
    }
    return {};
}

// The old head must be authentic and name the last old entry: otherwise entries were cut off or added.
Result<Seal> checkedOldHead(Database &database, const AuditKey &key, const Walk &walk)
{
    auto row = database.firstRow(u"SELECT seq, hash, at_ms, mac FROM audit_head WHERE id = 1"_s);
    if (!row)
        return std::unexpected(row.error());
    const std::optional<Seal> head = *row
        ? std::optional<Seal>(Seal {(**row).at(0).toLongLong(), (**row).at(1).toByteArray(), (**row).at(2).toLongLong(),
                                    (**row).at(3).toByteArray()})
        : std::nullopt;
    if (!head || !sealIsAuthentic(key, SealKind::Head, *head) || head->sequence != walk.expected - 1 ||
        head->hash != walk.oldHash)
        return resealError(u"The sealed head of the access log does not match its last entry, so its plain entries "
                           "were not re-sealed and nothing was changed. Run `regiekamer-admin audit verify`."_s);
    return *head;
}

Status rewriteSeals(Database &database, const AuditKey &key, const Walk &walk, const Seal &oldHead)
{
    if (auto cleared = database.run(u"DELETE FROM audit_checkpoints"_s, {}); !cleared)
        return cleared;
    for (const Seal &seal : walk.newCheckpoints) {
        if (auto ok = database.run(u"INSERT INTO audit_checkpoints (seq, hash, at_ms, mac) VALUES (?, ?, ?, ?)"_s,
                                   {seal.sequence, seal.hash, seal.atMs, seal.mac});
            !ok)
            return ok;
    }
    const Seal head = makeSeal(key, SealKind::Head, oldHead.sequence, walk.newHash, oldHead.atMs);
    return database.run(u"UPDATE audit_head SET hash = ?, mac = ? WHERE id = 1"_s, {head.hash, head.mac});
}

Result<QSet<qint64>> checkpointSequences(Database &database)
{
    auto rows = database.exec(u"SELECT seq FROM audit_checkpoints"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QSet<qint64> sequences;
    while (rows->next())
        sequences.insert(rows->value(0).toLongLong());
    return sequences;
}

Status reseal(Database &database, AuditLog &log, const QString &who, qint64 through)
{
    if (!log.cipher())
        return resealError(u"The access log has no key store."_s);
    auto aead = log.cipher()->aead();
    if (!aead)
        return std::unexpected(aead.error());
    auto checkpoints = checkpointSequences(database);
    if (!checkpoints)
        return std::unexpected(checkpoints.error());
    Walk walk {through, 1, genesisHash(), genesisHash(), *checkpoints, {}, 0};
    for (;;) {
        auto updates = walkBatch(database, **aead, log.key(), walk);
        if (!updates)
            return std::unexpected(updates.error());
        if (updates->isEmpty())
            break;
        if (auto applied = applyBatch(database, *updates); !applied)
            return applied;
    }
    auto oldHead = checkedOldHead(database, log.key(), walk);
    if (!oldHead)
        return std::unexpected(oldHead.error());
    if (auto sealed = rewriteSeals(database, log.key(), walk, *oldHead); !sealed)
        return sealed;
    if (auto done = database.run(u"DELETE FROM audit_reseal"_s, {}); !done)
        return done;
    const QString reason = u"access log re-sealed after the upgrade: actor names and client addresses of entries "
                           "1-%1 encrypted, every hash recomputed from entry 1, checkpoints and head sealed anew; the "
                           "head before was entry %2 with hash %3"_s.arg(through)
                               .arg(oldHead->sequence)
                               .arg(QString::fromLatin1(oldHead->hash.toHex()));
    auto appended = log.append(operatorEntry(who, api::auditAction::keyOperation, u"audit_log"_s, 0, reason));
    return appended ? Status {} : std::unexpected(appended.error());
}

} // namespace

Status resealPlainEntries(Database &database, AuditLog &log, const QString &who)
{
    auto pending = database.firstRow(u"SELECT through_seq FROM audit_reseal WHERE id = 1"_s);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return {};
    // Every connection runs with secure_delete (Database): space freed while re-sealing is overwritten with zeros.
    Status resealed = [&]() -> Status {
        Transaction transaction(database);
        if (!transaction.started())
            return transaction.started();
        if (auto done = reseal(database, log, who, (**pending).at(0).toLongLong()); !done)
            return done;
        return transaction.commit();
    }();
    if (!resealed)
        return resealed;
    // The old pages are still in the write-ahead log until it is checkpointed and truncated.
    auto truncated = database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return truncated ? Status {} : std::unexpected(truncated.error());
}

} // namespace regiekamer::server::audit
