#include "session/KeychainUnlock.h"

#include "base/ApiError.h"
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/ClientCache.h"
#include "cache/KeychainStore.h"

#include <QDir>
#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

KeychainUnlock::KeychainUnlock(ClientCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_store(new KeychainStore(this))
{
    watchAvailability();
}

void KeychainUnlock::watchAvailability()
{
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        Q_EMIT availabilityKnown(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(KeychainStore::availability());
}

bool KeychainUnlock::isAvailable()
{
    return KeychainStore::isAvailable();
}

void KeychainUnlock::setRemember(bool remember)
{
    m_remember = remember;
}

void KeychainUnlock::unlock(const QUrl &server, const QString &email, Done done)
{
    if (!isAvailable())
        return done(fail(QString::fromLatin1(keychainerrc::unavailable), KeychainStore::unavailableMessage()));
    m_cache.lock();
    QStringList candidates;
    for (const QString &path : CacheFiles(m_cache.config().directory).cacheFiles()) {
        const auto header = CacheFiles::readHeader(path);
        if (header && header->keyInKeychain)
            candidates.append(path);
    }
    tryEntries(candidates, server, email, false, m_generation, std::move(done));
}

void KeychainUnlock::tryEntries(QStringList candidates, const QUrl &server, const QString &email, bool staleRemoved,
                                quint64 generation, Done done)
{
    if (candidates.isEmpty()) {
        const QString message = staleRemoved ? KeychainStore::staleMessage() : KeychainStore::missingMessage();
        return done(fail(QString::fromLatin1(keychainerrc::missing), message));
    }
    const QString path = candidates.takeFirst();
    const QString entry = KeychainStore::entryFor(path);
    m_store->load(entry, [=, this, done = std::move(done)](Result<QCA::SecureArray> key) mutable {
        if (generation != m_generation)
            return;
        if (!key && key.error().code != QLatin1StringView(keychainerrc::missing))
            return done(std::unexpected(key.error())); // no keychain, or access refused: asking again will not help
        const Status unlocked =
            key ? m_cache.openFile(path, *key, server, email) : Status(std::unexpected(key.error()));
        if (unlocked)
            return done(unlocked);
        if (unlocked.error().code == QLatin1StringView(cacheerrc::wrongPassword)) {
            // A key of an earlier cache (its directory salt made afresh since): it can never open this file.
            m_store->remove(entry, [](Status) { });
            staleRemoved = true;
        }
        tryEntries(std::move(candidates), server, email, staleRemoved, generation, std::move(done));
    });
}

void KeychainUnlock::rememberOrForget()
{
    if (!m_cache.isUnlocked())
        return;
    if (!m_remember) {
        if (m_cache.keyInKeychain()) {
            forgetEntry(m_cache.filePath());
            (void)m_cache.setKeyInKeychain(false);
        }
        return;
    }
    if (!isAvailable()) {
        Q_EMIT problem(KeychainStore::unavailableMessage());
        return;
    }
    // Marked before the answer: a failed store leaves one needless remove request later, never a forgotten entry.
    if (auto marked = m_cache.setKeyInKeychain(true); !marked)
        Q_EMIT problem(marked.error().message);
    m_store->store(KeychainStore::entryFor(m_cache.filePath()), m_cache.key(), [this](Status stored) {
        if (!stored)
            Q_EMIT problem(stored.error().message);
    });
}

void KeychainUnlock::forgetEntry(const QString &cacheFilePath)
{
    if (!isAvailable())
        return; // nothing can have been stored
    m_store->remove(KeychainStore::entryFor(cacheFilePath), [this](Status removed) {
        if (!removed)
            Q_EMIT problem(removed.error().message);
    });
}

void KeychainUnlock::forgetEntries(const QString &cacheDirectory)
{
    const QDir dir(cacheDirectory);
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList({u"*.rkcache"_s}, QDir::Files))
        forgetEntry(dir.filePath(name));
}

void KeychainUnlock::cancel()
{
    ++m_generation;
}

Error KeychainUnlock::emptyPasswordRefused(const Error &error)
{
    if (error.code != QLatin1StringView(api::errc::invalidCredentials))
        return error;
    return {error.code,
            tr("Type your password: the server can be reached, and it checks the password. The key in the "
               "OS keychain only opens the offline data while the server cannot be reached.")};
}

} // namespace regiekamer::client
