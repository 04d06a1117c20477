#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace regiekamer::server {

class KeyStore;
class MasterKey;

namespace audit {
class AuditLog;
}

// `regiekamer-admin keys rotate`: replaces the master key online, while servers keep writing to the same database.
// 1. the key file gets a new version beside the old ones (atomic replace, 0600);
// 2. the new version is recorded as current (from then on every process wraps new data keys under it);
// 3. data keys of older versions are re-wrapped, a batch per transaction, so other writers interleave;
// 4. the old versions are retired once no data key uses them;
// 5. the key file is rewritten with the new version only.
// Each step is logged to the access log. An interrupted rotation resumes where it stopped when run again.
class KeyRotation
{
public:
    struct Report
    {
        int newVersion = 0;
        QList<int> retiredVersions;
        qint64 rewrapped = 0;
    };

    KeyRotation(KeyStore &store, audit::AuditLog &log, QString who, int batchSize);

    Result<Report> run(const std::function<void(qint64 rewrapped)> &progress = {});

private:
    Result<int> addNewVersion();
    Result<qint64> rewrapBatch(const MasterKey &master, int newVersion);
    Result<QList<int>> retireOlderVersions(int newVersion, qint64 rewrapped);
    Status logKeyOperation(int version, const QString &reason);

    KeyStore &m_store;
    audit::AuditLog &m_log;
    QString m_who;
    int m_batchSize;
};

} // namespace regiekamer::server
