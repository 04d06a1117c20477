#include "audit/AuditLog.h"

#include "audit/AuditAnchor.h"
#include "audit/AuditChain.h"
#include "audit/AuditFieldCipher.h"
#include "audit/AuditReseal.h"
#include "audit/AuditSeal.h"
#include "audit/KeyOperationAudit.h"
#include "db/Database.h"
#include "keys/KeyStore.h"

#include <QFileInfo>
#include <QTimeZone>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

AuditLog::AuditLog(Database &database, AuditKey key, Clock clock, qint64 checkpointInterval)
    : m_database(database)
    , m_key(std::move(key))
    , m_clock(std::move(clock))
    , m_checkpointInterval(checkpointInterval)
{
}

AuditLog::~AuditLog() = default;

void AuditLog::useKeys(KeyStore &keys)
{
    if (m_keys == &keys)
        return;
    m_keys = &keys;
    m_cipher = std::make_unique<AuditFieldCipher>(keys);
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(Database &database, const QString &keyPath, KeyStore &keys,
                                                 const QString &who)
{
    const bool created = !QFileInfo::exists(keyPath);
    auto key = AuditKey::load(keyPath, true);
    if (!key)
        return std::unexpected(key.error());
    auto log = std::make_unique<AuditLog>(database, std::move(*key));
    // A new log starts its anchor with its key: from now on a missing anchor means a removed one.
    if (created) {
        if (auto anchored =
                anchor::write(anchor::pathBeside(database.connection().databaseName()), log->key(), 0, genesisHash());
            !anchored)
            return std::unexpected(anchored.error());
    }
    // On a new database the first entry records the master key, under which the entries' data key is wrapped.
    if (auto initialised = initialiseKeys(keys, *log, who); !initialised)
        return std::unexpected(initialised.error());
    if (created) {
        Transaction transaction(database);
        auto appended = transaction.started() ? log->append(operatorEntry(who, api::auditAction::keyOperation, u"key"_s,
                                                                          0, u"access log checkpoint key created"_s))
                                              : Result<api::AuditEntry>(std::unexpected(transaction.started().error()));
        if (!appended)
            return std::unexpected(appended.error());
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
    }
    if (auto resealed = resealPlainEntries(database, *log, who); !resealed)
        return std::unexpected(resealed.error());
    return log;
}

api::AuditEntry operatorEntry(const QString &who, const char *action, const QString &objectType, qint64 objectId,
                              const QString &reason)
{
    api::AuditEntry entry;
    entry.actorRole = u"operator"_s;
    entry.actorName = who;
    entry.clientAddress = u"local"_s;
    entry.action = QString::fromLatin1(action);
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.reason = reason;
    return entry;
}

QVariantList rowValues(const api::AuditEntry &entry)
{
    // A null QString would bind as SQL NULL; the text columns are NOT NULL and empty means "none".
    const auto text = [](const QString &value) { return value.isNull() ? QVariant(u""_s) : QVariant(value); };
    return {entry.sequence,
            entry.at.toMSecsSinceEpoch(),
            entry.actorId,
            text(entry.actorRole),
            text(entry.clientAddress),
            text(entry.requestId),
            text(entry.action),
            text(entry.objectType),
            entry.objectId,
            entry.webinarId,
            entry.organisationId,
            entry.subjectUserId,
            text(entry.fields.join(u',')),
            text(entry.outcome),
            text(entry.reason),
            entry.rowCount,
            text(entry.actorName),
            text(entry.change)};
}

Result<AuditLog::Head> AuditLog::readHead()
{
    auto row = m_database.firstRow(u"SELECT seq, hash, at_ms, mac FROM audit_head WHERE id = 1"_s);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return Head {0, genesisHash(), 0};
    const QVariantList &head = **row;
    const Seal seal {head.at(0).toLongLong(), head.at(1).toByteArray(), head.at(2).toLongLong(),
                     head.at(3).toByteArray()};
    // Never extend a chain whose end was rewritten: a new entry would seal the forgery with the real key.
    if (!sealIsAuthentic(m_key, SealKind::Head, seal)) {
        return fail(u"audit_broken"_s,
                    u"The head of the access log is forged (its seal does not match), so no entry can be added; "
                    "nothing was written."_s);
    }
    return Head {seal.sequence, seal.hash, seal.atMs};
}

Status AuditLog::writeHead(const Head &head, bool exists)
{
    const Seal seal = makeSeal(m_key, SealKind::Head, head.sequence, head.hash, head.atMs);
    const QString sql = exists ? u"UPDATE audit_head SET seq = ?, hash = ?, at_ms = ?, mac = ? WHERE id = 1"_s
                               : u"INSERT INTO audit_head (seq, hash, at_ms, mac, id) VALUES (?, ?, ?, ?, 1)"_s;
    return m_database.run(sql, {head.sequence, head.hash, head.atMs, seal.mac});
}

Status AuditLog::writeCheckpoint(const Head &head)
{
    const Seal seal = makeSeal(m_key, SealKind::Checkpoint, head.sequence, head.hash, head.atMs);
    return m_database.run(u"INSERT INTO audit_checkpoints (seq, hash, at_ms, mac) VALUES (?, ?, ?, ?)"_s,
                          {head.sequence, head.hash, head.atMs, seal.mac});
}

Result<api::AuditEntry> AuditLog::append(api::AuditEntry entry)
{
#ifdef REGIEKAMER_BENCH_UNLOGGED
    return entry; // regiekamer-bench-server-unlogged only: the baseline of the logging cost benchmark
#endif
    if (!m_cipher) {
        return fail(u"audit_unsealed"_s,
                    u"The access log has no key store, so its entries cannot be sealed; "
                    "nothing was written."_s);
    }
    auto aead = m_cipher->aead();
    if (!aead)
        return std::unexpected(aead.error());
    auto head = readHead();
    if (!head)
        return std::unexpected(head.error());
    // Time never goes backwards along the chain, so a period is a contiguous range of sequence numbers.
    const qint64 now = std::max(m_clock().toMSecsSinceEpoch(), head->atMs);
    entry.sequence = head->sequence + 1;
    entry.at = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC);
    api::AuditEntry stored = entry;
    if (auto sealed = AuditFieldCipher::sealEntry(**aead, stored); !sealed)
        return std::unexpected(sealed.error());
    QVariantList values = rowValues(stored);
    const QByteArray hash = chainHash(head->hash, canonicalBytes(values));
    values.append(hash);
    static const QString insert = u"INSERT INTO audit_log (%1, hash) VALUES (%2)"_s.arg(
        chainedColumnList(), QStringList(values.size(), u"?"_s).join(u", "_s));
    if (auto inserted = m_database.run(insert, values); !inserted)
        return std::unexpected(inserted.error());
    const Head next {entry.sequence, hash, now};
    if (auto ok = writeHead(next, head->sequence > 0); !ok)
        return std::unexpected(ok.error());
    if (entry.sequence % m_checkpointInterval == 0) {
        if (auto ok = writeCheckpoint(next); !ok)
            return std::unexpected(ok.error());
    }
    return entry;
}

} // namespace regiekamer::server::audit
