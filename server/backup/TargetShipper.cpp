#include "backup/TargetShipper.h"

#include "backup/Spool.h"
#include "base/PrivateFile.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include <algorithm>

namespace regiekamer::server::backup {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype objectsPerUpload = 64;
constexpr qint64 pruneEverySeconds = 600;

// The spool's objects after `after` that one upload takes: consecutive numbers only (a gap is a lost place).
QList<spool::Entry> nextBatch(const QList<spool::Entry> &objects, qint64 after)
{
    QList<spool::Entry> batch;
    for (const spool::Entry &entry : objects) {
        if (entry.number <= after)
            continue;
        if (batch.size() == objectsPerUpload || entry.number != after + batch.size() + 1)
            break;
        batch.append(entry);
    }
    return batch;
}

} // namespace

TargetShipper::TargetShipper(std::unique_ptr<BackupTarget> target, const BackupConfig &config)
    : m_target(std::move(target))
    , m_config(config)
{
}

QString TargetShipper::progressFile() const
{
    const QByteArray id = QCryptographicHash::hash(description().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_config.backupDir).filePath(u"target-%1.json"_s.arg(QString::fromLatin1(id)));
}

Status TargetShipper::load()
{
    QFile file(progressFile());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"internal"_s, u"Backup: cannot read %1"_s.arg(file.fileName()));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Progress progress;
    progress.installation = object.value(u"installation"_s).toString();
    progress.uploadedNumber = object.value(u"uploadedNumber"_s).toInteger();
    for (const QJsonValue blob : object.value(u"uploadedBlobs"_s).toArray())
        progress.uploadedBlobs.insert(blob.toInteger());
    const QJsonObject snapshots = object.value(u"snapshots"_s).toObject();
    for (auto it = snapshots.begin(); it != snapshots.end(); ++it)
        progress.snapshots[it.key().toLongLong()] = fromDatabaseTime(it.value().toString());
    progress.newestAt = fromDatabaseTime(object.value(u"newestAt"_s).toString());
    progress.lastPrunedAt = fromDatabaseTime(object.value(u"lastPrunedAt"_s).toString());
    QMutexLocker lock(&m_mutex);
    m_progress = progress;
    return {};
}

void TargetShipper::reconcile()
{
    Progress progress;
    {
        QMutexLocker lock(&m_mutex);
        progress = m_progress;
    }
    if (progress.uploadedNumber == 0)
        return;
    auto names = m_target->list();
    if (!names)
        return; // down now: the shipping loop reports it
    const QString prefix =
        u"%1-%2-"_s.arg(progress.installation).arg(progress.uploadedNumber, 12, 10, QLatin1Char('0'));
    const bool holdsLast = std::any_of(names->begin(), names->end(), [&](const QString &name) {
        return name.startsWith(prefix) && !name.endsWith(u"-database.age"_s);
    });
    if (holdsLast)
        return;
    qWarning("%s no longer holds object %lld; it starts again at the next snapshot", qPrintable(description()),
             progress.uploadedNumber);
    QMutexLocker lock(&m_mutex);
    m_progress = Progress {};
    m_lostPlace = true;
    saveProgress(m_progress);
}

void TargetShipper::saveProgress(const Progress &progress) const
{
    QJsonArray blobs;
    for (const qint64 blob : progress.uploadedBlobs)
        blobs.append(blob);
    QJsonObject snapshots;
    for (const auto &[number, at] : progress.snapshots)
        snapshots.insert(QString::number(number), toDatabaseTime(at));
    const QJsonObject object {{u"installation"_s, progress.installation},
                              {u"uploadedNumber"_s, progress.uploadedNumber},
                              {u"uploadedBlobs"_s, blobs},
                              {u"snapshots"_s, snapshots},
                              {u"newestAt"_s, toDatabaseTime(progress.newestAt)},
                              {u"lastPrunedAt"_s, toDatabaseTime(progress.lastPrunedAt)}};
    if (auto saved = privateFile::replace(progressFile(), QJsonDocument(object).toJson(QJsonDocument::Compact)); !saved)
        qWarning("%s", qPrintable(saved.error().message));
}

bool TargetShipper::shipObjects()
{
    const QList<spool::Entry> objects = spool::sequenceObjects(m_config.spoolDir());
    if (objects.isEmpty())
        return false;
    Progress progress;
    {
        QMutexLocker lock(&m_mutex);
        progress = m_progress;
    }
    if (progress.installation != objects.last().installation)
        progress = Progress {objects.last().installation, 0, {}, {}, {}, {}};
    qint64 after = progress.uploadedNumber;
    QList<spool::Entry> batch = nextBatch(objects, after);
    if (batch.isEmpty()) {
        // The spool dropped objects this target had not received: it continues at the next snapshot.
        const auto snapshot = std::find_if(objects.begin(), objects.end(), [after](const spool::Entry &entry) {
            return entry.number > after && entry.kind == u"snapshot"_s;
        });
        const bool behind = objects.last().number > after;
        {
            QMutexLocker lock(&m_mutex);
            m_lostPlace = behind && snapshot == objects.end();
        }
        if (!behind || snapshot == objects.end())
            return false;
        after = snapshot->number - 1;
        batch = nextBatch(objects, after);
    }
    QStringList paths;
    for (const spool::Entry &entry : batch)
        paths.append(QDir(m_config.spoolDir()).filePath(entry.name));
    if (auto put = m_target->put(paths); !put) {
        recordFailure(put.error().message);
        return false;
    }
    progress.uploadedNumber = batch.last().number;
    for (const spool::Entry &entry : batch) {
        if (entry.kind == u"snapshot"_s)
            progress.snapshots[entry.number] = spool::modifiedAt(QDir(m_config.spoolDir()).filePath(entry.name));
    }
    progress.newestAt = spool::modifiedAt(paths.last());
    saveProgress(progress);
    {
        QMutexLocker lock(&m_mutex);
        m_progress.installation = progress.installation;
        m_progress.uploadedNumber = progress.uploadedNumber;
        m_progress.snapshots = progress.snapshots;
        m_progress.newestAt = progress.newestAt;
        m_lostPlace = false;
    }
    recordSuccess(progress.newestAt);
    return true;
}

bool TargetShipper::shipBlobs()
{
    const QDir spoolDir(m_config.spoolDir());
    for (const spool::Entry &blob : spool::databaseBlobs(m_config.spoolDir())) {
        const QString snapshotName = blob.name.chopped(u"database.age"_s.size()) + u"snapshot.age"_s;
        const bool published = spoolDir.exists(snapshotName) || uploadedNumber() >= blob.number;
        if (!published || uploadedBlobs().contains(blob.number))
            continue;
        if (auto put = m_target->put({spoolDir.filePath(blob.name)}); !put) {
            recordFailure(put.error().message);
            return false;
        }
        QMutexLocker lock(&m_mutex);
        m_progress.uploadedBlobs.insert(blob.number);
        saveProgress(m_progress);
        return true;
    }
    return false;
}

void TargetShipper::prune()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Progress progress;
    {
        QMutexLocker lock(&m_mutex);
        progress = m_progress;
    }
    if (m_config.options.retention.count() == 0 ||
        (progress.lastPrunedAt.isValid() && progress.lastPrunedAt.secsTo(now) < pruneEverySeconds))
        return;
    const QDateTime cutoff = now.addDays(-m_config.options.retention.count());
    qint64 keepFrom = 0;
    for (const auto &[number, at] : progress.snapshots) {
        if (at <= cutoff && progress.uploadedBlobs.contains(number))
            keepFrom = number;
    }
    if (keepFrom == 0)
        return;
    auto names = m_target->list();
    if (!names) {
        recordFailure(names.error().message);
        return;
    }
    QStringList expired;
    for (const QString &name : *names) {
        const auto entry = spool::parseName(name);
        if (entry && entry->installation == progress.installation && entry->number < keepFrom)
            expired.append(name);
    }
    if (auto removed = m_target->remove(expired); !removed) {
        recordFailure(removed.error().message);
        return;
    }
    QMutexLocker lock(&m_mutex);
    std::erase_if(m_progress.snapshots, [keepFrom](const auto &entry) { return entry.first < keepFrom; });
    std::erase_if(m_progress.uploadedBlobs, [keepFrom](qint64 number) { return number < keepFrom; });
    m_progress.lastPrunedAt = now;
    saveProgress(m_progress);
}

void TargetShipper::recordSuccess(const QDateTime &)
{
    QMutexLocker lock(&m_mutex);
    m_reachable = true;
    m_lastError.clear();
    m_failures = 0;
    m_nextAttempt = {};
}

void TargetShipper::recordFailure(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_reachable = false;
    m_lastError = message;
    m_failures = std::min(m_failures + 1, 8);
    // 0.5 s, 1 s, 2 s … up to a minute between attempts while the target is down.
    const qint64 delay = std::min<qint64>(500LL << (m_failures - 1), 60'000);
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
}

QDateTime TargetShipper::nextAttemptAt() const
{
    QMutexLocker lock(&m_mutex);
    return m_nextAttempt;
}

qint64 TargetShipper::uploadedNumber() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress.uploadedNumber;
}

std::set<qint64> TargetShipper::uploadedBlobs() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress.uploadedBlobs;
}

bool TargetShipper::lostItsPlace() const
{
    QMutexLocker lock(&m_mutex);
    return m_lostPlace;
}

api::BackupTargetStatus TargetShipper::status(const QDateTime &now, const QList<spool::Entry> &objects) const
{
    QMutexLocker lock(&m_mutex);
    api::BackupTargetStatus status;
    status.description = description();
    status.reachable = m_reachable && !m_lostPlace;
    status.lastError = m_lostPlace && m_lastError.isEmpty()
        ? u"The spool limit dropped objects this target had not received; it continues at the next snapshot."_s
        : m_lastError;
    status.newestObjectAt = m_progress.newestAt;
    status.newestObjectAgeSeconds = m_progress.newestAt.isValid() ? m_progress.newestAt.secsTo(now) : -1;
    for (const spool::Entry &entry : objects) {
        if (entry.number > m_progress.uploadedNumber)
            ++status.queuedObjects;
    }
    return status;
}

} // namespace regiekamer::server::backup
