// SessionController and the OS keychain: keeping the offline cache's key there when the person asked for it, opening
// the cache with it at an offline sign-in without a password, and removing entries that must not outlive the cache.
#include "base/ApiError.h"
#include "cache/CacheErrors.h"
#include "cache/CacheRecords.h"
#include "cache/KeychainStore.h"
#include "session/SessionController.h"

#include <QDir>
#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

void SessionController::watchKeychainAvailability()
{
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        Q_EMIT keychainAvailabilityKnown(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(KeychainStore::availability());
}

void SessionController::setRememberKeyInKeychain(bool remember)
{
    m_rememberKey = remember;
}

// The server cannot be reached and no password was typed: open the cache with the key kept in the keychain.
void SessionController::signInWithKeychain(const QUrl &server, const Error &unreachable)
{
    if (!attachOffline(server, unreachable))
        return;
    if (!keychainAvailable())
        return failSignIn({QString::fromLatin1(keychainerrc::unavailable), KeychainStore::unavailableMessage()});
    const QString entry = KeychainStore::entryFor(m_cache.filePath());
    const quint64 generation = m_generation;
    m_keychain->load(entry, [this, generation, server, entry](Result<QCA::SecureArray> key) {
        if (generation != m_generation)
            return;
        if (!key)
            return failSignIn(key.error());
        openWithKeychainKey(server, entry, *key);
    });
}

void SessionController::openWithKeychainKey(const QUrl &server, const QString &entry, const QCA::SecureArray &key)
{
    const Status unlocked = m_cache.unlock(key);
    if (!unlocked && unlocked.error().code == QLatin1StringView(cacheerrc::wrongPassword)) {
        // A key of an earlier cache (rebuilt since): it can never open this one.
        m_keychain->remove(entry, [](Status) { });
        return failSignIn({QString::fromLatin1(keychainerrc::missing), KeychainStore::staleMessage()});
    }
    const auto user = unlocked ? CacheRecords(m_cache).loadUser() : std::unexpected(unlocked.error());
    if (!user || !*user)
        return failSignIn(user ? Error {QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage()}
                               : user.error());
    enterOffline(server, {}, (*user)->value);
}

// The cache was just opened with the password: keep its key in the keychain, or remove this account's entry.
void SessionController::rememberOrForgetKey()
{
    if (!m_cache.isUnlocked())
        return;
    if (!m_rememberKey) {
        if (m_cache.keyInKeychain()) {
            forgetKeychainEntry(m_cache.filePath());
            (void)m_cache.setKeyInKeychain(false);
        }
        return;
    }
    if (!keychainAvailable()) {
        Q_EMIT cacheProblem(KeychainStore::unavailableMessage());
        return;
    }
    // Marked before the answer: a failed store leaves one needless remove request later, never a forgotten entry.
    if (auto marked = m_cache.setKeyInKeychain(true); !marked)
        Q_EMIT cacheProblem(marked.error().message);
    m_keychain->store(KeychainStore::entryFor(m_cache.filePath()), m_cache.key(), [this](Status stored) {
        if (!stored)
            Q_EMIT cacheProblem(stored.error().message);
    });
}

void SessionController::forgetKeychainEntry(const QString &cacheFilePath)
{
    if (!keychainAvailable())
        return; // nothing can have been stored
    m_keychain->remove(KeychainStore::entryFor(cacheFilePath), [this](Status removed) {
        if (!removed)
            Q_EMIT cacheProblem(removed.error().message);
    });
}

// Every cache file in the directory may have an entry (named after the file): remove them all.
void SessionController::forgetKeychainEntries(const QString &cacheDirectory)
{
    const QDir dir(cacheDirectory);
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList({u"*.rkcache"_s}, QDir::Files))
        forgetKeychainEntry(dir.filePath(name));
}

// Without a password the server refuses the sign-in; say why the keychain did not help.
Error SessionController::emptyPasswordRefused(const Error &error)
{
    if (error.code != QLatin1StringView(api::errc::invalidCredentials))
        return error;
    return {error.code,
            tr("Type your password: the server can be reached, and it checks the password. The key in the "
               "OS keychain only opens the offline data while the server cannot be reached.")};
}

} // namespace regiekamer::client
