#pragma once

#include "audit/AuditKey.h"
#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/AuditEntry.h"

#include <memory>

namespace regiekamer::server {

class Database;
class KeyStore;

namespace audit {

class AuditFieldCipher;

// Appends entries to the hash-chained access log (audit_log), moves the sealed head (audit_head) and writes a
// sealed checkpoint (audit_checkpoints) every checkpointInterval entries. append() runs inside the caller's open
// transaction, so an entry commits or rolls back together with the write it describes; the caller must not
// commit if append() failed (the access log fails closed).
class AuditLog
{
public:
    static constexpr qint64 defaultCheckpointInterval = 1000;

    // The log cannot append until useKeys() gave it the key store (KeyStore::initialise() does).
    AuditLog(Database &database, AuditKey key, Clock clock = systemClock(),
             qint64 checkpointInterval = defaultCheckpointInterval);
    ~AuditLog();

    // Loads the key file (creating it on first use, which is logged as a key operation by `who`), opens the log on
    // the key store (initialising it on a new database), and re-seals the entries that migration 7 found plain
    // (AuditReseal.h).
    static Result<std::unique_ptr<AuditLog>> open(Database &database, const QString &keyPath, KeyStore &keys,
                                                  const QString &who);

    // The key store whose access log data key seals actor_name and client_address of every entry.
    void useKeys(KeyStore &keys);
    // nullptr until useKeys().
    AuditFieldCipher *cipher() { return m_cipher.get(); }

    // Assigns the entry its sequence number and time and stores it with its personal columns sealed; returns the
    // entry with its sequence number and time and its plain values.
    Result<api::AuditEntry> append(api::AuditEntry entry);

    const AuditKey &key() const { return m_key; }

private:
    struct Head
    {
        qint64 sequence = 0;
        QByteArray hash;
        qint64 atMs = 0;
    };
    Result<Head> readHead();
    Status writeHead(const Head &head, bool exists);
    Status writeCheckpoint(const Head &head);

    Database &m_database;
    KeyStore *m_keys = nullptr;
    std::unique_ptr<AuditFieldCipher> m_cipher;
    AuditKey m_key;
    Clock m_clock;
    qint64 m_checkpointInterval;
};

// An entry for something the operator did on the server machine (command line, start-up), not through the API.
api::AuditEntry operatorEntry(const QString &who, const char *action, const QString &objectType, qint64 objectId,
                              const QString &reason);

// The row values of an entry in chainedColumns() order.
QVariantList rowValues(const api::AuditEntry &entry);

} // namespace audit
} // namespace regiekamer::server
