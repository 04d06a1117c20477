#include "session/AccountCache.h"

#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/CacheLease.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "session/KeychainUnlock.h"
#include "session/SessionLogging.h"

#include <QDateTime>

namespace regiekamer::client {
namespace {

bool isOtherAccount(const api::UserInfo &cached, const api::UserInfo &user)
{
    return cached.id != user.id || cached.role != user.role || cached.organisationId != user.organisationId;
}

} // namespace

AccountCache::AccountCache(ClientCache &cache, KeychainUnlock &keychain, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_keychain(keychain)
{
}

void AccountCache::open(const QUrl &server, const QString &email, const api::UserInfo &user,
                        const QCA::SecureArray &password, const QDateTime &offlineUntil)
{
    const QDateTime &lease = offlineUntil;
    if (m_cache.isUnlocked()) { // was offline: the same cache, already open
        if (!lease.isValid())
            return wipe();
        if (adopt(user) && storeLease(lease))
            Q_EMIT opened();
        return;
    }
    if (!lease.isValid()) {
        qCInfo(lcSession, "The server allows no offline copy: the account's offline cache is deleted");
        return wipe(server, email, password);
    }
    deriveDirectoryKey(password, true, [this, server, email, user, lease](const QCA::SecureArray &key) {
        onKeyDerived(key, server, email, user, lease);
    });
}

void AccountCache::deriveDirectoryKey(const QCA::SecureArray &password, bool create, KeyDone done)
{
    const auto kdf = m_cache.directoryKdf(create);
    if (!kdf) {
        Q_EMIT problem(kdf.error().message);
        return;
    }
    if (!*kdf) // no cache directory yet: nothing to find
        return done(QCA::SecureArray());
    const quint64 generation = m_generation;
    cachekey::deriveAsync(this, password, (*kdf)->salt, (*kdf)->parameters,
                          [this, generation, done = std::move(done)](const Result<QCA::SecureArray> &key) {
                              if (generation != m_generation)
                                  return;
                              if (!key)
                                  return Q_EMIT problem(key.error().message);
                              done(*key);
                          });
}

void AccountCache::onKeyDerived(const QCA::SecureArray &key, const QUrl &server, const QString &email,
                                const api::UserInfo &user, const QDateTime &offlineUntil)
{
    const auto found = m_cache.open(server, email, key, true);
    if (!found) {
        qCInfo(lcSession, "The account's offline cache did not open (%s)", qUtf8Printable(found.error().code));
        return Q_EMIT problem(found.error().message);
    }
    if (!adopt(user) || !storeLease(offlineUntil))
        return m_cache.lock();
    Q_EMIT opened();
    m_keychain.rememberOrForget();
}

bool AccountCache::storeLease(const QDateTime &offlineUntil)
{
    if (auto stored = cachelease::store(m_cache, offlineUntil, QDateTime::currentDateTimeUtc()); !stored) {
        Q_EMIT problem(stored.error().message);
        return false;
    }
    return true;
}

// The cache is open in a live session: a different account or role wipes it; then the user is written.
bool AccountCache::adopt(const api::UserInfo &user)
{
    CacheRecords records(m_cache);
    const auto cached = records.loadUser();
    if (!cached || (*cached && isOtherAccount((*cached)->value, user))) {
        qCInfo(lcSession,
               "The offline cache held another account or role, or no readable account: its records are cleared");
        if (auto cleared = m_cache.clearRecords(); !cleared)
            Q_EMIT problem(cleared.error().message);
        else if (cached)
            Q_EMIT problem(cacheerrc::roleChangedMessage());
    }
    if (auto stored = records.storeUser(user, QDateTime::currentDateTimeUtc()); !stored) {
        Q_EMIT problem(stored.error().message);
        return false;
    }
    return true;
}

void AccountCache::checkAccount(const api::UserInfo &known, const api::UserInfo &now)
{
    if (!m_cache.isUnlocked() || !isOtherAccount(known, now))
        return;
    qCInfo(lcSession, "The server names another role now: the offline records are cleared");
    if (auto cleared = m_cache.clearRecords(); !cleared)
        return Q_EMIT problem(cleared.error().message);
    (void)CacheRecords(m_cache).storeUser(now, QDateTime::currentDateTimeUtc());
    Q_EMIT problem(cacheerrc::roleChangedMessage());
}

void AccountCache::wipe()
{
    const QString path = m_cache.filePath();
    if (path.isEmpty())
        return;
    qCInfo(lcSession, "The account's offline cache is deleted");
    m_keychain.forgetEntry(path);
    if (auto removed = m_cache.removeFile(); !removed)
        Q_EMIT problem(removed.error().message);
}

void AccountCache::wipe(const QUrl &server, const QString &email, const QCA::SecureArray &password)
{
    m_cache.lock();
    if (CacheFiles(m_cache.config().directory).cacheFiles().isEmpty()) {
        Q_EMIT wiped();
        return;
    }
    const quint64 generation = m_generation;
    if (password.isEmpty()) {
        m_keychain.unlock(server, email, [this, generation](Status unlocked) {
            if (generation != m_generation)
                return;
            if (unlocked)
                wipe();
            Q_EMIT wiped();
        });
        return;
    }
    deriveDirectoryKey(password, false, [this, server, email](const QCA::SecureArray &key) {
        if (!key.isEmpty() && m_cache.open(server, email, key, false).value_or(false))
            wipe();
        Q_EMIT wiped();
    });
}

void AccountCache::cancel()
{
    ++m_generation;
}

} // namespace regiekamer::client
