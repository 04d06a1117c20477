#include "session/AccountCache.h"

#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
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
                        const QCA::SecureArray &password)
{
    if (m_cache.isUnlocked()) { // was offline: the same cache, already open
        if (adopt(user))
            Q_EMIT opened();
        return;
    }
    if (attachOrRebuild(server, email))
        unlockWith(user, password, false);
}

void AccountCache::unlockWith(const api::UserInfo &user, const QCA::SecureArray &password, bool retried)
{
    const quint64 generation = m_generation;
    cachekey::deriveAsync(this, password, m_cache.salt(), m_cache.kdfParameters(),
                          [this, generation, user, password, retried](const Result<QCA::SecureArray> &key) {
                              if (generation == m_generation)
                                  onKeyDerived(key, user, password, retried);
                          });
}

void AccountCache::onKeyDerived(const Result<QCA::SecureArray> &key, const api::UserInfo &user,
                                const QCA::SecureArray &password, bool retried)
{
    const Status unlocked = key ? m_cache.unlock(*key) : Status(std::unexpected(key.error()));
    if (unlocked) {
        if (adopt(user))
            Q_EMIT opened();
        return m_keychain.rememberOrForget();
    }
    qCInfo(lcSession, "The account's offline cache did not open with the password (%s)",
           qUtf8Printable(unlocked.error().code));
    // The password changed on the server since the cache was written, or the file was never sealed (the app ended
    // while its first key was derived): it only holds a copy of server data, so it starts afresh. recreate() leaves
    // the new file attached, with a salt of its own: its key is derived again and seals it.
    const QString &code = unlocked.error().code;
    const bool replaceable =
        code == QLatin1StringView(cacheerrc::wrongPassword) || code == QLatin1StringView(cacheerrc::damaged);
    if (!retried && replaceable && m_cache.recreate())
        return unlockWith(user, password, true);
    m_cache.lock();
    Q_EMIT problem(unlocked.error().message);
}

// Another account's or a damaged file only holds a copy of server data, so it is replaced.
bool AccountCache::attachOrRebuild(const QUrl &server, const QString &email)
{
    auto attached = m_cache.attach(server, email, true);
    if (!attached && attached.error().code != QLatin1StringView(cacheerrc::unavailable)) {
        qCWarning(lcSession, "The account's offline cache is replaced (%s)", qUtf8Printable(attached.error().code));
        const auto path = CacheFiles(m_cache.config().directory).fileFor(server, email, false);
        if (path && !path->isEmpty()) {
            (void)CacheFiles::removeFile(*path);
            m_keychain.forgetEntry(*path);
        }
        Q_EMIT problem(cacheerrc::rebuiltMessage());
        attached = m_cache.attach(server, email, true);
    }
    if (!attached)
        Q_EMIT problem(attached.error().message);
    return attached.has_value();
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

void AccountCache::wipe(const QUrl &server, const QString &email)
{
    qCInfo(lcSession, "The account's offline cache is deleted");
    m_cache.lock();
    const auto path = CacheFiles(m_cache.config().directory).fileFor(server, email, false);
    if (path && !path->isEmpty()) {
        m_keychain.forgetEntry(*path);
        if (auto removed = CacheFiles::removeFile(*path); !removed)
            Q_EMIT problem(removed.error().message);
    }
}

void AccountCache::cancel()
{
    ++m_generation;
}

} // namespace regiekamer::client
