#pragma once

#include "backup/AgeTool.h"
#include "backup/BackupConfig.h"
#include "backup/TargetShipper.h"
#include "protocol/BackupStatus.h"

#include <QDateTime>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace regiekamer::server::backup {

class ObjectBuilder;

// The continuous backups of one server (docs/backups.md): a builder thread turns the change log into encrypted
// objects in the spool at most a fifth of a second after each commit, and every target has its own threads that
// upload them. Everything here runs beside the request threads and never blocks them.
class BackupEngine
{
public:
    // Checks everything that can be checked before the first object: age is installed, the recipients file is
    // owner-only and valid, each target is well-formed (an rclone configuration must be owner-only); a target that
    // is only unreachable now starts degraded instead of refusing the start. The data directory's files must exist.
    static Result<std::unique_ptr<BackupEngine>> create(BackupConfig config);
    ~BackupEngine();
    BackupEngine(const BackupEngine &) = delete;
    BackupEngine &operator=(const BackupEngine &) = delete;

    Status start();
    // Puts what is committed into objects and gives the targets `drain` to take them, then stops.
    void stop(std::chrono::milliseconds drain);
    api::BackupStatus status() const;
    // The status file of a server without --backup-to.
    static Status writeOffStatus(const QString &dataDir);

private:
    explicit BackupEngine(BackupConfig config, AgeTool age);

    void runBuilder();
    void runShipper(TargetShipper &shipper, bool blobs);
    void collectSpool();
    void publishStatus(ObjectBuilder &builder, qint64 pendingChanges, const QString &builderError);
    bool waitOrStop(std::chrono::milliseconds interval);

    BackupConfig m_config;
    AgeTool m_age;
    std::vector<std::unique_ptr<TargetShipper>> m_shippers;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::atomic<bool> m_stopping {false};
    std::atomic<bool> m_draining {false};
    QDateTime m_drainDeadline; // written before m_draining is set
    mutable QMutex m_statusMutex;
    api::BackupStatus m_status;
};

} // namespace regiekamer::server::backup
