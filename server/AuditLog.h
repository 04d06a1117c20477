#pragma once

#include "AuditEntry.h"
#include "AuditKey.h"
#include "Clock.h"
#include "Result.h"

#include <memory>

namespace regiekamer::server {

class Database;

namespace audit {

// Appends entries to the hash-chained access log (audit_log), moves the sealed head (audit_head) and writes a
// sealed checkpoint (audit_checkpoints) every checkpointInterval entries. append() runs inside the caller's open
// transaction, so an entry commits or rolls back together with the write it describes; the caller must not
// commit if append() failed (the access log fails closed).
class AuditLog
{
public:
    static constexpr qint64 defaultCheckpointInterval = 1000;

    AuditLog(Database &database, AuditKey key, Clock clock = systemClock(),
             qint64 checkpointInterval = defaultCheckpointInterval);

    // Loads the key file (creating it on first use, which is logged as a key operation by `who`) and opens the log.
    static Result<std::unique_ptr<AuditLog>> open(Database &database, const QString &keyPath, const QString &who);

    // Assigns the entry its sequence number and time; returns the entry as stored.
    Result<api::AuditEntry> append(api::AuditEntry entry);

    const AuditKey &key() const { return m_key; }

    // Migration v4: the tables and indexes of the access log.
    static const QList<const char *> &schema();

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
