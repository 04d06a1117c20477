// SessionController and the offline cache: opening it at sign-in, signing in offline, retrying with backoff, and
// wiping it when the account changed.
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheRecords.h"
#include "net/ClientErrors.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"

#include "base/ApiError.h"

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

bool isOtherAccount(const api::UserInfo &cached, const api::UserInfo &user)
{
    return cached.id != user.id || cached.role != user.role || cached.organisationId != user.organisationId;
}

} // namespace

// The cache file of (server, e-mail) for an offline sign-in; false (signInFailed emitted) when there is none.
bool SessionController::attachOffline(const QUrl &server, const Error &unreachable)
{
    const auto attached = m_cache.attach(server, m_email, false);
    if (attached && *attached)
        return true;
    failSignIn(attached ? Error {QString::fromLatin1(cacheerrc::noOfflineData),
                                 cacheerrc::noOfflineDataMessage(unreachable.message)}
                        : attached.error());
    return false;
}

void SessionController::failSignIn(const Error &error)
{
    m_cache.lock();
    setConnection(Connection::SignedOut);
    Q_EMIT signInFailed(error);
}

// The server cannot be reached: open the cache of (server, e-mail) with the password, or fail as before.
void SessionController::signInOffline(const QUrl &server, const QCA::SecureArray &password, const Error &unreachable)
{
    if (!attachOffline(server, unreachable))
        return;
    const quint64 generation = m_generation;
    cachekey::deriveAsync(
        this, password, m_cache.salt(), m_cache.kdfParameters(),
        [this, generation, server, password](Result<QCA::SecureArray> key) {
            if (generation != m_generation)
                return;
            const Status unlocked = key ? m_cache.unlock(*key) : Status(std::unexpected(key.error()));
            const auto user = unlocked ? CacheRecords(m_cache).loadUser() : std::unexpected(unlocked.error());
            if (!user || !*user)
                return failSignIn(user ? Error {QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage()}
                                       : user.error());
            enterOffline(server, password, (*user)->value);
            rememberOrForgetKey();
        });
}

void SessionController::enterOffline(const QUrl &server, const QCA::SecureArray &password, const api::UserInfo &user)
{
    m_user = user;
    m_password = password;
    m_offlineServer = server;
    m_workspace->setRole(user.role);
    setConnection(Connection::Offline);
    loadWebinarsFromCache();
    m_backoff->reset();
    m_backoff->scheduleNext();
    Q_EMIT signedIn(user);
}

void SessionController::loadWebinarsFromCache()
{
    const auto webinars = CacheRecords(m_cache).loadWebinars();
    if (!webinars) {
        Q_EMIT cacheProblem(webinars.error().message);
        return;
    }
    if (!*webinars)
        return;
    m_webinars->setWebinars((*webinars)->value);
    setDataReceivedAt((*webinars)->receivedAt);
}

// Offline: try the server again with the kept password; it becomes Live through onLoggedIn.
void SessionController::retryOnline()
{
    if (m_connection != Connection::Offline)
        return;
    if (m_password.isEmpty())
        return checkServerWithoutPassword(); // opened with the keychain's key
    const quint64 generation = m_generation;
    const QString password = QString::fromUtf8(m_password.toByteArray());
    m_api->login(m_offlineServer, m_email, password, [this, generation](Result<api::SessionGrant> grant) {
        if (generation != m_generation || m_connection != Connection::Offline)
            return;
        if (grant)
            return onLoggedIn(*grant, m_password);
        const QString &code = grant.error().code;
        if (code == QLatin1StringView(errc::unreachable) || code == QLatin1StringView(errc::timeout) ||
            code == QLatin1StringView(api::errc::tooManyAttempts))
            return m_backoff->scheduleNext();
        onRetryRefused(grant.error());
    });
}

// The server answered but refused the cached credentials: the password changed or the account was disabled.
void SessionController::onRetryRefused(const Error &error)
{
    if (error.code == QLatin1StringView(api::errc::invalidCredentials))
        wipeAccountCache();
    resetSession();
    Q_EMIT sessionEnded(error.message);
}

// Opened offline with the keychain's key there is no password to sign in with: once the server answers again,
// the session ends and asks for the password.
void SessionController::checkServerWithoutPassword()
{
    const quint64 generation = m_generation;
    m_api->sendJson(
        "GET", QString::fromLatin1(api::path::health), {}, {}, [this, generation](Result<QJsonObject> reply) {
            if (generation != m_generation || m_connection != Connection::Offline)
                return;
            const QString code = reply ? QString() : reply.error().code;
            if (code == QLatin1StringView(errc::unreachable) || code == QLatin1StringView(errc::timeout))
                return m_backoff->scheduleNext();
            resetSession();
            Q_EMIT sessionEnded(tr("The server can be reached again. Sign in with your password to work online."));
        });
}

void SessionController::wipeAccountCache()
{
    const QUrl server = m_offlineServer.isEmpty() ? m_api->server() : m_offlineServer;
    m_cache.lock();
    const auto path = CacheFiles(m_cache.config().directory).fileFor(server, m_email, false);
    if (path && !path->isEmpty()) {
        forgetKeychainEntry(*path);
        if (auto removed = CacheFiles::removeFile(*path); !removed)
            Q_EMIT cacheProblem(removed.error().message);
    }
}

// Online: open (or create) the cache of this account with the password-derived key, on a worker thread.
void SessionController::openCacheOnline(const api::UserInfo &user, const QCA::SecureArray &password, bool retried)
{
    if (m_cache.isUnlocked())
        return onCacheUnlocked(user); // was offline: the same cache, already open
    const QUrl server = m_api->server();
    auto attached = m_cache.attach(server, m_email, true);
    if (!attached && attached.error().code != QLatin1StringView(cacheerrc::unavailable)) {
        // Another account's or a damaged file: it only holds a copy of server data, so it is replaced.
        const auto path = CacheFiles(m_cache.config().directory).fileFor(server, m_email, false);
        if (path && !path->isEmpty()) {
            (void)CacheFiles::removeFile(*path);
            forgetKeychainEntry(*path);
        }
        Q_EMIT cacheProblem(cacheerrc::rebuiltMessage());
        attached = m_cache.attach(server, m_email, true);
    }
    if (!attached) {
        Q_EMIT cacheProblem(attached.error().message);
        return;
    }
    const quint64 generation = m_generation;
    cachekey::deriveAsync(this, password, m_cache.salt(), m_cache.kdfParameters(),
                          [this, generation, user, password, retried](Result<QCA::SecureArray> key) {
                              if (generation != m_generation || !m_user)
                                  return;
                              const Status unlocked = key ? m_cache.unlock(*key) : Status(std::unexpected(key.error()));
                              if (unlocked) {
                                  onCacheUnlocked(user);
                                  return rememberOrForgetKey();
                              }
                              // The password changed on the server since the cache was written: start afresh.
                              if (!retried && unlocked.error().code == QLatin1StringView(cacheerrc::wrongPassword) &&
                                  m_cache.recreate())
                                  return openCacheOnline(user, password, true);
                              m_cache.lock();
                              Q_EMIT cacheProblem(unlocked.error().message);
                          });
}

// The cache is open in a live session: a different account or role wipes it; then what arrived so far is written.
void SessionController::onCacheUnlocked(const api::UserInfo &user)
{
    const auto cached = CacheRecords(m_cache).loadUser();
    if (!cached || (*cached && isOtherAccount((*cached)->value, user))) {
        if (auto cleared = m_cache.clearRecords(); !cleared)
            Q_EMIT cacheProblem(cleared.error().message);
        else if (cached)
            Q_EMIT cacheProblem(cacheerrc::roleChangedMessage());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto stored = CacheRecords(m_cache).storeUser(user, now); !stored) {
        Q_EMIT cacheProblem(stored.error().message);
        return;
    }
    if (m_dataReceivedAt.isValid() && m_connection != Connection::Offline)
        storeWebinars(m_webinars->webinars());
    m_workspace->storeToCache();
}

// The event stream's hello names the account as the server sees it now: a changed role wipes the cache.
void SessionController::onHello(const api::UserInfo &user)
{
    if (!m_user || !m_cache.isUnlocked() || !isOtherAccount(*m_user, user))
        return;
    if (auto cleared = m_cache.clearRecords(); !cleared)
        return Q_EMIT cacheProblem(cleared.error().message);
    (void)CacheRecords(m_cache).storeUser(user, QDateTime::currentDateTimeUtc());
    Q_EMIT cacheProblem(cacheerrc::roleChangedMessage());
}

void SessionController::storeWebinars(const QList<api::WebinarSummary> &webinars)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setDataReceivedAt(now);
    if (!m_cache.isUnlocked())
        return;
    if (auto stored = CacheRecords(m_cache).storeWebinars(webinars, now); !stored)
        Q_EMIT cacheProblem(stored.error().message);
}

void SessionController::setDataReceivedAt(const QDateTime &receivedAt)
{
    if (m_dataReceivedAt == receivedAt)
        return;
    m_dataReceivedAt = receivedAt;
    Q_EMIT dataAgeChanged(receivedAt);
}

} // namespace regiekamer::client
