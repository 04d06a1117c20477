#pragma once

#include "backup/BackupConfig.h"
#include "backup/BackupTarget.h"
#include "backup/Spool.h"
#include "protocol/BackupStatus.h"

#include <QDateTime>
#include <QMutex>

#include <map>
#include <memory>
#include <set>

namespace regiekamer::server::backup {

// One target's queue: uploads the spool's objects in sequence order (and each snapshot's database beside it), with
// retries and a growing back-off while the target is down, and prunes what the retention no longer needs. Its
// progress is kept in a file beside the spool, so a restart resumes where it stopped. The sequence and the
// database blobs are shipped from two threads (a large database never holds up the next second's changes).
class TargetShipper
{
public:
    TargetShipper(std::unique_ptr<BackupTarget> target, const BackupConfig &config);

    Status load();
    // At start: when the target no longer holds the last object this server put there (emptied, replaced, a new
    // disk at the same path), it starts again at the next snapshot instead of continuing a sequence it lacks.
    void reconcile();
    // Uploads the sequence objects after the last one the target holds; true when something was uploaded.
    bool shipObjects();
    bool shipBlobs();
    // Deletes from the target what lies before the newest snapshot older than the retention period.
    void prune();

    QString description() const { return m_target->description(); }
    qint64 uploadedNumber() const;
    std::set<qint64> uploadedBlobs() const;
    bool lostItsPlace() const;
    // `objects`: the spool's sequence objects (spool::sequenceObjects), listed once for every target.
    api::BackupTargetStatus status(const QDateTime &now, const QList<spool::Entry> &objects) const;
    // When the next attempt may start after failures (back-off), for the shipping loops.
    QDateTime nextAttemptAt() const;

private:
    struct Progress
    {
        QString installation;
        qint64 uploadedNumber = 0;
        std::set<qint64> uploadedBlobs;
        std::map<qint64, QDateTime> snapshots; // number -> when it was taken (what retention needs)
        QDateTime newestAt;
        QDateTime lastPrunedAt;
    };

    void recordSuccess(const QDateTime &newestAt);
    void recordFailure(const QString &message);
    void saveProgress(const Progress &progress) const;
    QString progressFile() const;

    std::unique_ptr<BackupTarget> m_target;
    const BackupConfig &m_config;
    mutable QMutex m_mutex;
    Progress m_progress;
    bool m_reachable = true;
    bool m_lostPlace = false;
    QString m_lastError;
    int m_failures = 0;
    QDateTime m_nextAttempt;
};

} // namespace regiekamer::server::backup
