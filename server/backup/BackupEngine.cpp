#include "backup/BackupEngine.h"

#include "backup/BackupAuth.h"
#include "backup/BackupStatusFile.h"
#include "backup/ChangeLogStore.h"
#include "backup/ObjectBuilder.h"
#include "backup/Spool.h"
#include "base/ApiError.h"
#include "base/PrivateFile.h"
#include "db/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(backupLog, "regiekamer.backup.start")

auto startError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

// A credentials file other users can read would give the second location away.
Status checkRcloneConfig(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.isFile())
        return startError(u"--backup-rclone-config %1: no such file."_s.arg(path));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others)
        return startError(u"--backup-rclone-config %1 holds the second location's credentials and must be readable"
                          " by its owner only: chmod 600 %1."_s.arg(path));
    return {};
}

} // namespace

QString BackupConfig::spoolDir() const
{
    return QDir(backupDir).filePath(u"spool"_s);
}

Result<std::unique_ptr<BackupEngine>> BackupEngine::create(BackupConfig config)
{
    if (config.options.recipientsFile.isEmpty())
        return startError(u"--backup-to needs --backup-recipients FILE: backups are never written unencrypted."_s);
    auto age = AgeTool::locate();
    if (!age)
        return std::unexpected(age.error());
    auto recipients = auth::readRecipientsFile(config.options.recipientsFile);
    if (!recipients)
        return std::unexpected(recipients.error());
    config.recipients = *recipients;
    if (auto rclone = checkRcloneConfig(config.options.rcloneConfig); !rclone)
        return std::unexpected(rclone.error());
    for (const QString &directory : {config.backupDir, config.spoolDir()}) {
        if (auto made = privateFile::ensureDirectory(directory); !made)
            return std::unexpected(made.error());
    }
    std::unique_ptr<BackupEngine> engine(new BackupEngine(std::move(config), std::move(*age)));
    for (const QString &spec : engine->m_config.options.targets) {
        auto target = makeTarget(spec, TargetOptions {engine->m_config.options.rcloneConfig});
        if (!target)
            return std::unexpected(target.error());
        const bool remote = spec.startsWith(u"rclone:"_s);
        if (auto checked = (*target)->check(); !checked) {
            if (!remote)
                return startError(u"--backup-to %1: %2"_s.arg(spec, checked.error().message));
            qCWarning(backupLog, "%s is not reachable now; backups start degraded: %s",
                      qPrintable((*target)->description()), qPrintable(checked.error().message));
        }
        auto shipper = std::make_unique<TargetShipper>(std::move(*target), engine->m_config);
        if (auto loaded = shipper->load(); !loaded)
            return std::unexpected(loaded.error());
        shipper->reconcile();
        engine->m_shippers.push_back(std::move(shipper));
    }
    return engine;
}

BackupEngine::BackupEngine(BackupConfig config, AgeTool age)
    : m_config(std::move(config))
    , m_age(std::move(age))
{
    m_status.state = api::BackupState::Degraded;
    m_status.engine = u"sqlite-age"_s;
}

BackupEngine::~BackupEngine()
{
    stop(std::chrono::milliseconds(0));
}

Status BackupEngine::start()
{
    // Named threads ("rk-backup-…" in /proc/PID/task/*/comm): ./bench counts their CPU time as the backup's cost.
    const auto add = [this](const QString &name, auto body) {
        m_threads.push_back(std::unique_ptr<QThread>(QThread::create(std::move(body))));
        m_threads.back()->setObjectName(name);
    };
    add(u"rk-backup-build"_s, [this] { runBuilder(); });
    for (const auto &shipper : m_shippers) {
        TargetShipper *target = shipper.get();
        add(u"rk-backup-ship"_s, [this, target] { runShipper(*target, false); });
        add(u"rk-backup-blob"_s, [this, target] { runShipper(*target, true); });
    }
    for (const auto &thread : m_threads)
        thread->start();
    return {};
}

void BackupEngine::stop(std::chrono::milliseconds drain)
{
    if (m_threads.empty())
        return;
    m_stopping = true;
    m_threads.front()->wait(); // the builder puts what is committed into objects first
    m_drainDeadline = QDateTime::currentDateTimeUtc().addMSecs(drain.count());
    m_draining = true;
    for (const auto &thread : m_threads)
        thread->wait();
    m_threads.clear();
}

bool BackupEngine::waitOrStop(std::chrono::milliseconds interval)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < interval.count()) {
        if (m_stopping)
            return false;
        QThread::msleep(20);
    }
    return !m_stopping;
}

api::BackupStatus BackupEngine::status() const
{
    QMutexLocker lock(&m_statusMutex);
    return m_status;
}

Status BackupEngine::writeOffStatus(const QString &dataDir)
{
    api::BackupStatus off;
    off.engine = u"sqlite-age"_s;
    off.updatedAt = QDateTime::currentDateTimeUtc();
    return statusFile::write(dataDir, off);
}

} // namespace regiekamer::server::backup
