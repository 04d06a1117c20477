#include "cache/KeychainStore.h"

#include "cache/CacheLogging.h"

#include <qt6keychain/keychain.h>

#include <QFileInfo>
#include <QFuture>
#include <QtConcurrentRun>

#include <mutex>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

QFuture<bool> &availabilityProbe()
{
    static QFuture<bool> probe;
    static std::once_flag started;
    std::call_once(started, [] { probe = QtConcurrent::run(&QKeychain::isAvailable); });
    return probe;
}

// Every job: our service, one entry, deleted after it finished, and never QtKeychain's plain QSettings fallback.
template<typename Job> Job *newJob(QObject *parent, const QString &entry)
{
    auto *job = new Job(KeychainStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}

Error keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {QString::fromLatin1(keychainerrc::unavailable), KeychainStore::unavailableMessage()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {QString::fromLatin1(keychainerrc::denied), KeychainStore::deniedMessage()};
    case QKeychain::EntryNotFound:
        return {QString::fromLatin1(keychainerrc::missing), KeychainStore::missingMessage()};
    default:
        return {QString::fromLatin1(keychainerrc::failed), KeychainStore::failedMessage(job.errorString())};
    }
}

Error errorOf(const QKeychain::Job &job)
{
    Error error = keychainError(job);
    qCWarning(lcCache, "OS keychain request failed: %s (QtKeychain error %d)", qUtf8Printable(error.code),
              static_cast<int>(job.error()));
    return error;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
}

QString KeychainStore::serviceName()
{
    return u"Regiekamer offline cache"_s;
}

QString KeychainStore::entryFor(const QString &cacheFilePath)
{
    // The file's name is its random id.
    return u"cache-"_s + QFileInfo(cacheFilePath).completeBaseName();
}

QFuture<bool> KeychainStore::availability()
{
    return availabilityProbe();
}

bool KeychainStore::isAvailable()
{
    return availabilityProbe().result();
}

void KeychainStore::store(const QString &entry, const QCA::SecureArray &key, StatusCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this, entry);
    QByteArray bytes = key.toByteArray();
    job->setBinaryData(bytes);
    bytes.fill(0);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(std::unexpected(errorOf(*finished))));
    });
    job->start();
}

void KeychainStore::load(const QString &entry, KeyCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this, entry);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError)
            return done(std::unexpected(errorOf(*job)));
        QByteArray bytes = job->binaryData();
        const QCA::SecureArray key(bytes);
        bytes.fill(0);
        done(key);
    });
    job->start();
}

void KeychainStore::remove(const QString &entry, StatusCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this, entry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? Status() : Status(std::unexpected(errorOf(*finished))));
    });
    job->start();
}

QString KeychainStore::unavailableMessage()
{
    return tr("No OS keychain is available on this computer, so the key of the offline data is not kept there. "
              "Type your password to open the offline data.");
}

QString KeychainStore::deniedMessage()
{
    return tr("The OS keychain refused access. Allow Regiekamer in the keychain, or type your password.");
}

QString KeychainStore::missingMessage()
{
    return tr("The OS keychain holds no key for this account's offline data. Type your password to open it.");
}

QString KeychainStore::failedMessage(const QString &detail)
{
    return tr("The OS keychain could not be used (%1). Type your password to sign in.").arg(detail);
}

QString KeychainStore::staleMessage()
{
    return tr("The key in the OS keychain no longer opens this account's offline data (it was rebuilt), so it was "
              "removed. Type your password to open the offline data.");
}

} // namespace regiekamer::client
