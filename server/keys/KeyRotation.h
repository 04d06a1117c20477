#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace regiekamer::server {

class KeyOperationLog;
class KeyStore;
class MasterKey;

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

    KeyRotation(KeyStore &store, KeyOperationLog &log, int batchSize);

    Result<Report> run(const std::function<void(qint64 rewrapped)> &progress = {});

private:
    Result<int> addNewVersion();
    Result<qint64> rewrapBatch(const MasterKey &master, int newVersion);
    Result<QList<int>> retireOlderVersions(int newVersion, qint64 rewrapped);
    Status logKeyOperation(int version, const QString &reason);

    KeyStore &m_store;
    KeyOperationLog &m_log;
    int m_batchSize;
};

} // namespace regiekamer::server
