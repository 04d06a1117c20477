#include "backup/BackupEngine.h"

#include "backup/BackupStatusFile.h"
#include "backup/ChangeLogStore.h"
#include "backup/ObjectBuilder.h"
#include "backup/Spool.h"
#include "db/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

// The engine's threads: the builder (objects from the change log, the spool's housekeeping, the status) and the
// shippers (one sequence and one database thread per target).
namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(engineLog, "regiekamer.backup")

constexpr auto builderInterval = std::chrono::milliseconds(200);
constexpr auto shipperInterval = std::chrono::milliseconds(100);
constexpr qint64 statusEveryMilliseconds = 1000;
constexpr qint64 behindAfterMilliseconds = 10'000;

} // namespace

namespace {

// The builder's transactions are few and short, but they compete with every request's: SQLite's default busy
// handler backs off to sleeps of 25-100 ms, and under a steady write load it keeps losing the race for the write
// lock, so an object's position would reach the database a second late. This one tries again every millisecond
// (for the same five seconds).
int retryEveryMillisecond(void *, int attempts)
{
    if (attempts >= 5000)
        return 0;
    QThread::usleep(1000);
    return 1;
}

void retryLocksQuickly(Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0 && handle.data() != nullptr)
        sqlite3_busy_handler(*static_cast<sqlite3 *const *>(handle.data()), &retryEveryMillisecond, nullptr);
}

} // namespace

void BackupEngine::runBuilder()
{
    auto database = Database::open(QFileInfo(m_config.databasePath).path());
    if (!database) {
        qCCritical(engineLog, "Backups cannot open the database: %s", qPrintable(database.error().message));
        return;
    }
    retryLocksQuickly(**database);
    ObjectBuilder builder(**database, m_config, m_age);
    ChangeLogStore log(**database);
    QString builderError;
    if (auto loaded = builder.load(); !loaded)
        builderError = loaded.error().message;
    // A target that holds nothing of this installation yet (added to the options, or emptied) starts with a snapshot.
    if (builder.lastNumber() > 0 &&
        std::any_of(m_shippers.begin(), m_shippers.end(), [](const auto &s) { return s->uploadedNumber() == 0; }))
        builder.requestSnapshot();
    QElapsedTimer sinceStatus;
    for (;;) {
        const bool stopping = m_stopping;
        auto wrote = builderError.isEmpty() ? builder.step() : Result<bool>(false);
        if (!wrote && wrote.error().message != builderError) {
            builderError = wrote.error().message;
            qCWarning(engineLog, "Backup objects cannot be written: %s", qPrintable(builderError));
        } else if (wrote) {
            builderError.clear();
        }
        const bool progressed = wrote && *wrote;
        if (stopping || !sinceStatus.isValid() || sinceStatus.elapsed() >= statusEveryMilliseconds) {
            collectSpool();
            if (std::any_of(m_shippers.begin(), m_shippers.end(), [](const auto &s) { return s->lostItsPlace(); }))
                builder.requestSnapshot();
            auto pending = log.pendingCount();
            publishStatus(builder, pending ? *pending : -1, builderError);
            sinceStatus.restart();
        }
        if (stopping && !progressed)
            return;
        // One object per interval at most, however busy the server: a remote target takes ~0.1 s per object, so a
        // flood of small objects would leave it behind; the next object then holds everything committed meanwhile.
        if (!stopping && !waitOrStop(builderInterval) && !m_stopping)
            return;
    }
}

void BackupEngine::runShipper(TargetShipper &shipper, bool blobs)
{
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_draining && now > m_drainDeadline)
            return;
        const QDateTime next = shipper.nextAttemptAt();
        if (next.isValid() && now < next) {
            QThread::msleep(20);
            continue;
        }
        const bool shipped = blobs ? shipper.shipBlobs() : shipper.shipObjects();
        if (!blobs && !shipped)
            shipper.prune();
        if (shipped)
            continue;
        if (m_draining)
            return;
        QThread::msleep(static_cast<unsigned long>(shipperInterval.count()));
    }
}

// Objects every target holds leave the spool; past the spool's limit the oldest go even so (a target that lacked
// them continues at the next snapshot, and the builder is asked for one).
void BackupEngine::collectSpool()
{
    QDir spoolDir(m_config.spoolDir());
    qint64 uploadedEverywhere = std::numeric_limits<qint64>::max();
    for (const auto &shipper : m_shippers)
        uploadedEverywhere = std::min(uploadedEverywhere, shipper->uploadedNumber());
    for (const spool::Entry &entry : spool::sequenceObjects(spoolDir.path())) {
        if (entry.number <= uploadedEverywhere)
            spoolDir.remove(entry.name);
    }
    for (const spool::Entry &blob : spool::databaseBlobs(spoolDir.path())) {
        const bool everywhere = std::all_of(m_shippers.begin(), m_shippers.end(), [&](const auto &shipper) {
            return shipper->uploadedBlobs().contains(blob.number);
        });
        if (everywhere)
            spoolDir.remove(blob.name);
    }
    qint64 total = spool::totalBytes(spoolDir.path());
    for (const spool::Entry &entry : spool::sequenceObjects(spoolDir.path())) {
        if (total <= m_config.options.spoolLimitBytes)
            break;
        total -= QFileInfo(spoolDir.filePath(entry.name)).size();
        spoolDir.remove(entry.name);
        qCWarning(engineLog, "The backup spool is over its limit: object %lld dropped before every target had it",
                  entry.number);
    }
}

void BackupEngine::publishStatus(ObjectBuilder &builder, qint64 pendingChanges, const QString &builderError)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    api::BackupStatus status;
    status.engine = u"sqlite-age"_s;
    status.lastSnapshotAt = builder.lastSnapshotAt();
    status.nextSnapshotAt = builder.nextSnapshotAt();
    status.pendingChanges = std::max<qint64>(pendingChanges, 0);
    status.updatedAt = now;
    status.lastError = builderError;
    bool healthy = builderError.isEmpty() && pendingChanges >= 0;
    const QList<spool::Entry> objects = spool::sequenceObjects(m_config.spoolDir());
    for (const auto &shipper : m_shippers) {
        api::BackupTargetStatus target = shipper->status(now, objects);
        const auto firstQueued = std::find_if(objects.begin(), objects.end(), [&](const spool::Entry &entry) {
            return entry.number > shipper->uploadedNumber();
        });
        const bool behind = firstQueued != objects.end() &&
            spool::modifiedAt(QDir(m_config.spoolDir()).filePath(firstQueued->name)).msecsTo(now) >
                behindAfterMilliseconds;
        healthy = healthy && target.reachable && !behind;
        status.targets.append(target);
    }
    status.state = healthy ? api::BackupState::Ok : api::BackupState::Degraded;
    if (auto written = statusFile::write(QFileInfo(m_config.databasePath).path(), status); !written)
        qCWarning(engineLog, "%s", qPrintable(written.error().message));
    QMutexLocker lock(&m_statusMutex);
    m_status = status;
}

} // namespace regiekamer::server::backup
