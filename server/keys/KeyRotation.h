#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

#include "keys/MasterKey.h"

#include <functional>
#include <memory>

namespace regiekamer::server {

class KeyOperationLog;
class KeyStore;

// `regiekamer-admin keys rotate`: replaces the master key online, while servers keep writing to the same database.
// 1. the key file gets a new version beside the old ones (atomic replace, 0600);
// 2. the new version is recorded as current (from then on every process wraps new data keys under it);
// 3. data keys of older versions are re-wrapped, a batch per transaction, so other writers interleave;
// 4. the old versions are retired once no data key uses them;
// 5. the key file is rewritten with the new version only.
// Each step is recorded in `log` (the access log) in the transaction that makes it. An interrupted rotation resumes
// where it stopped when run again.
class KeyRotation
{
public:
    struct Report
    {
        int newVersion = 0;
        QList<int> retiredVersions;
        qint64 rewrapped = 0;
    };

    // A sealed data directory (docs/keys.md): the master key is held in memory, and each version of it the
    // rotation makes (steps 1 and 5) is handed to `persist`, which seals it, instead of being written to a key file.
    struct SealedKeys
    {
        MasterKey master;
        std::function<Status(const MasterKey &)> persist;
    };

    KeyRotation(KeyStore &store, KeyOperationLog &log, int batchSize);
    KeyRotation(KeyStore &store, KeyOperationLog &log, int batchSize, SealedKeys sealed);

    Result<Report> run(const std::function<void(qint64 rewrapped)> &progress = {});

private:
    Result<int> addNewVersion();
    Result<qint64> rewrapBatch(const MasterKey &master, int newVersion);
    Result<QList<int>> retireOlderVersions(int newVersion, qint64 rewrapped);
    Status logKeyOperation(int version, const QString &reason);
    Result<MasterKey> currentKeys() const;
    Status keep(const MasterKey &master);

    KeyStore &m_store;
    KeyOperationLog &m_log;
    int m_batchSize;
    std::unique_ptr<SealedKeys> m_sealed; // null: the plain key file
};

} // namespace regiekamer::server
