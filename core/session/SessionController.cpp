#include "session/SessionController.h"

#include "base/ApiError.h"
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheRecords.h"
#include "net/CertificateCheck.h"
#include "net/ClientErrors.h"
#include "net/SecondFactorErrors.h"
#include "net/ServerAddress.h"
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "session/AccountCache.h"
#include "session/KeychainUnlock.h"
#include "session/OfflineSignIn.h"
#include "session/SecondFactorActions.h"
#include "session/SessionLogging.h"
#include "session/UnsealClient.h"
#include "session/WebinarListChanges.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

bool isUnreachable(const Error &error)
{
    return error.code == QLatin1StringView(errc::unreachable) || error.code == QLatin1StringView(errc::timeout);
}

} // namespace

SessionController::SessionController(QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
    , m_events(new EventStream(m_api->certificateCheck(), this))
    , m_webinars(new WebinarListModel(this))
    , m_staffAccounts(new StaffAccountModel(this))
    , m_workspace(new WebinarWorkspace(m_api, this))
    , m_admin(new AdminActions(m_api, m_staffAccounts, this))
    , m_export(new CsvExport(m_api, this))
    , m_secondFactor(new SecondFactorActions(m_api, this))
    , m_unseal(new UnsealClient(m_api, this))
    , m_backoff(new ReconnectBackoff(this))
    , m_keychain(new KeychainUnlock(m_cache, this))
    , m_offlineSignIn(new OfflineSignIn(m_cache, *m_keychain, this))
    , m_accountCache(new AccountCache(m_cache, *m_keychain, this))
    , m_listChanges(new WebinarListChanges(m_api, m_webinars, m_workspace, this))
{
    m_workspace->setCache(&m_cache);
    connect(m_keychain, &KeychainUnlock::availabilityKnown, this, &SessionController::keychainAvailabilityKnown);
    connect(m_keychain, &KeychainUnlock::problem, this, &SessionController::cacheProblem);
    connect(m_accountCache, &AccountCache::problem, this, &SessionController::cacheProblem);
    connect(m_accountCache, &AccountCache::opened, this, &SessionController::storeReceivedData);
    connect(m_workspace, &WebinarWorkspace::cacheProblem, this, &SessionController::cacheProblem);
    connect(m_backoff, &ReconnectBackoff::attempt, this, &SessionController::retryOnline);
    connect(m_backoff, &ReconnectBackoff::scheduled, this, &SessionController::reconnectScheduled);
    connect(m_events, &EventStream::helloReceived, this, &SessionController::onHello);
    connect(m_api, &ApiClient::sessionEnded, this, &SessionController::onSessionEnded);
    connect(m_events, &EventStream::stateChanged, this, &SessionController::onStreamStateChanged);
    connect(m_events, &EventStream::connectionLost, this, &SessionController::onConnectionLost);
    connect(m_events, &EventStream::certificateRefused, this, &SessionController::onStreamCertificateRefused);
    connect(m_events, &EventStream::helloReceived, this, &SessionController::helloReceived);
    connect(m_events, &EventStream::eventReceived, this, &SessionController::onEvent);
    connect(m_admin, &AdminActions::accountsChanged, this, &SessionController::refresh);
    connect(m_admin, &AdminActions::webinarsChanged, this, &SessionController::refresh);
    connect(m_listChanges, &WebinarListChanges::refreshNeeded, this, &SessionController::refresh);
    connect(m_listChanges, &WebinarListChanges::listChanged, this, [this] { storeWebinars(m_webinars->webinars()); });
}

void SessionController::signIn(const QString &serverAddress, const QString &email, const QString &password)
{
    const auto server = parseServerAddress(serverAddress);
    if (!server) {
        Q_EMIT signInFailed(server.error());
        return;
    }
    resetSession();
    removeUnusableCaches();
    setConnection(Connection::Connecting);
    m_email = email;
    const quint64 generation = m_generation;
    const QCA::SecureArray secret(password.toUtf8());
    m_api->login(*server, email, password,
                 [this, generation, server = *server, secret](const Result<api::SessionGrant> &grant) {
                     if (generation == m_generation)
                         onLoginAnswered(server, secret, grant);
                 });
}

void SessionController::onLoginAnswered(const QUrl &server, const QCA::SecureArray &password,
                                        const Result<api::SessionGrant> &grant)
{
    if (grant)
        return onLoggedIn(*grant, password);
    if (grant.error().code == QLatin1StringView(errc::secondFactorRequired)) {
        m_password = password;
        Q_EMIT secondFactorRequired();
        return;
    }
    if (isUnreachable(grant.error()))
        return signInOffline(server, password, grant.error());
    qCInfo(lcSession, "Sign-in refused: %s", qUtf8Printable(grant.error().code));
    if (grant.error().code == QLatin1StringView(api::errc::deviceRevoked))
        m_accountCache->wipe(server, m_email, password); // this computer may keep no copy of the account's data
    setConnection(Connection::SignedOut);
    Q_EMIT signInFailed(password.isEmpty() ? KeychainUnlock::emptyPasswordRefused(grant.error()) : grant.error());
}

// The server cannot be reached: open the offline cache of (server, e-mail) instead, or fail as before.
void SessionController::signInOffline(const QUrl &server, const QCA::SecureArray &password, const Error &unreachable)
{
    qCInfo(lcSession, "Server %s cannot be reached (%s): opening the offline data", qUtf8Printable(server.authority()),
           qUtf8Printable(unreachable.code));
    m_offlineSignIn->open(server, m_email, password, unreachable, [this, server, password](Result<api::UserInfo> user) {
        if (!user)
            return failSignIn(user.error());
        enterOffline(server, password, *user);
    });
}

void SessionController::onLoggedIn(const api::SessionGrant &grant, const QCA::SecureArray &password)
{
    const bool wasOffline = m_connection == Connection::Offline;
    if (wasOffline && m_user &&
        (m_user->id != grant.user.id || m_user->role != grant.user.role ||
         m_user->organisationId != grant.user.organisationId)) {
        // The account changed on the server while this computer was offline: the cached data is of the old role.
        qCInfo(lcSession, "The account changed while offline: offline data wiped, session ended");
        m_api->logout([](Status) { });
        m_api->clearSession();
        wipeAccountCache();
        resetSession();
        Q_EMIT sessionEnded(cacheerrc::roleChangedMessage());
        return;
    }
    if (!mayUseDesktopApp(grant.user.role)) {
        // Not for this app: end the session the server just opened and say where to go instead.
        m_api->logout([](Status) { });
        setConnection(Connection::SignedOut);
        Q_EMIT signInFailed(Error {QString::fromLatin1(errc::notForDesktop), errc::notForDesktopMessage()});
        return;
    }
    qCInfo(lcSession, "Signed in as %s", qUtf8Printable(roleToWire(grant.user.role)));
    m_user = grant.user;
    m_serverLostReported = false;
    m_backoff->reset();
    if (!wasOffline) // offline: the same role (checked above), and the cached rows stay until reloaded
        m_workspace->setRole(grant.user.role);
    if (!m_api->enrolmentRequired())
        startEventStream();
    m_accountCache->open(m_api->server(), m_email, grant.user, password, grant.offlineUntil);
    m_password.fill(0); // a server session exists: the offline retry needs the password no longer
    m_password.clear();
    m_offlineServer.clear();
    if (wasOffline)
        return; // signed in already; the stream going Live reloads the models from the server
    if (!m_api->enrolmentRequired())
        refresh();
    Q_EMIT signedIn(grant.user);
}

void SessionController::answerSecondFactor(const QString &code)
{
    const QString answer = SecondFactorActions::normalisedCode(code);
    sendSecondFactor({{SecondFactorActions::isRecoveryCode(answer) ? u"recoveryCode"_s : u"code"_s, answer}});
}

void SessionController::sendSecondFactor(const QJsonObject &answer)
{
    const quint64 generation = m_generation;
    m_api->answerSecondFactor(answer, [this, generation](Result<api::SessionGrant> grant) {
        if (generation != m_generation)
            return;
        if (grant)
            return onLoggedIn(*grant, QCA::SecureArray(m_password));
        const Error error = describeSecondFactorError(grant.error());
        if (challengeEnded(error) || isUnreachable(error))
            return failSignIn(error);
        Q_EMIT secondFactorRefused(error);
    });
}

bool SessionController::enrolmentRequired() const
{
    return m_user && m_api->enrolmentRequired();
}

void SessionController::finishEnrolment()
{
    if (!enrolmentRequired())
        return;
    m_api->setEnrolmentDone();
    startEventStream();
    refresh();
}

void SessionController::signOut()
{
    if (!m_user) {
        resetSession(); // e.g. while the cache key of an offline sign-in is still being derived
        return;
    }
    m_events->stop();
    if (m_api->hasSession())
        m_api->logout([](Status) { }); // Best effort: the token is forgotten locally either way.
    m_api->clearSession();
    resetSession();
    Q_EMIT signedOut();
}

void SessionController::refresh()
{
    if (!m_user)
        return;
    if (m_connection == Connection::Offline || m_connection == Connection::Reconnecting)
        return; // nothing to fetch from; the models show what was received last
    m_api->fetchWebinars([this](Result<QList<api::WebinarSummary>> webinars) {
        if (webinars) {
            storeWebinars(*webinars);
            m_webinars->setWebinars(std::move(*webinars));
        } else if (m_user)
            Q_EMIT dataError(webinars.error().message);
    });
    if (rights::permits(m_user->role, rights::Resource::Organisation, rights::Action::Read))
        m_admin->reload();
    if (m_user->role != Role::Admin)
        return;
    m_api->fetchStaffAccounts([this](Result<QList<api::StaffAccount>> accounts) {
        if (accounts)
            m_staffAccounts->setAccounts(std::move(*accounts));
        else if (m_user)
            Q_EMIT dataError(accounts.error().message);
    });
}

Status SessionController::trustPresentedCertificate()
{
    const auto problem = m_api->lastCertificateProblem();
    if (!problem || problem->kind != CertificateProblem::Kind::Untrusted)
        return fail(QString::fromLatin1(errc::certificateChanged),
                    tr("There is no new server certificate to trust. Sign in again to see the server's "
                       "certificate."));
    return m_api->trustStore().trust(problem->server, problem->presented.certificate);
}

const api::UserInfo &SessionController::user() const
{
    static const api::UserInfo nobody;
    return m_user ? *m_user : nobody;
}

QUrl SessionController::server() const
{
    return m_api->server();
}

std::optional<CertificateProblem> SessionController::certificateProblem() const
{
    return m_api->lastCertificateProblem();
}

bool SessionController::isReadOnly() const
{
    return m_connection != Connection::Live;
}

int SessionController::secondsUntilReconnect() const
{
    if (m_connection == Connection::Offline)
        return m_backoff->secondsUntilAttempt();
    if (m_connection == Connection::Reconnecting && m_streamRetryAt.isValid())
        return std::max(0, static_cast<int>((QDateTime::currentDateTimeUtc().msecsTo(m_streamRetryAt) + 999) / 1000));
    return -1;
}

void SessionController::reconnectNow()
{
    if (m_connection == Connection::Offline) {
        m_backoff->reset();
        retryOnline();
    } else if (m_connection == Connection::Reconnecting) {
        m_events->stop();
        startEventStream();
    }
}

Status SessionController::forgetThisComputer()
{
    signOut();
    resetSession();
    const CacheFiles files(m_cache.config().directory);
    m_keychain->forgetEntries(files.directory()); // named after the cache files: before they go
    return files.removeAll();
}

bool SessionController::keychainAvailable()
{
    return KeychainUnlock::isAvailable();
}

void SessionController::setRememberKeyInKeychain(bool remember)
{
    m_keychain->setRemember(remember);
}

void SessionController::setCacheConfig(const CacheConfig &config)
{
    m_cache.setConfig(config);
}

ClientCache *SessionController::cache()
{
    return &m_cache;
}

void SessionController::onEvent(const api::Event &event)
{
    if (event.type == QLatin1StringView(api::event::deviceRevoked))
        return onDeviceRevoked();
    // A new access log entry changes no data here; refreshing would itself be logged and come back as an entry.
    if (event.type == QLatin1StringView(api::event::auditAppended))
        return;
    // Someone joined or left the room: only that row of the open webinar changes (no list is loaded again).
    if (event.type == QLatin1StringView(api::event::attendanceChanged))
        return m_workspace->onEvent(event);
    // Ids only: the open webinar and the webinar list fetch the rows the event names (an older server's: all).
    if (event.type == QString::fromLatin1(api::event::webinarChanged) ||
        event.type == QString::fromLatin1(api::event::registrationsChanged) ||
        event.type == QString::fromLatin1(api::event::questionsChanged)) {
        m_workspace->onEvent(event);
        return m_listChanges->onEvent(event);
    }
    refresh();
}

// The server removed this computer from the account and is about to end the session: the offline copy goes first.
void SessionController::onDeviceRevoked()
{
    if (!m_user)
        return;
    qCWarning(lcSession, "This device was revoked: offline data deleted, session ended");
    wipeAccountCache();
    m_events->stop();
    m_api->clearSession();
    resetSession();
    Q_EMIT sessionEnded(api::describeApiError(QString::fromLatin1(api::errc::deviceRevoked)));
}

void SessionController::onSessionEnded(const QString &message)
{
    if (!m_user)
        return;
    // The cached data stays (sealed), its key goes with the session; a changed role wipes it at the next sign-in.
    qCInfo(lcSession, "The server ended the session");
    m_events->stop();
    resetSession();
    Q_EMIT sessionEnded(message);
}

void SessionController::onStreamStateChanged(EventStream::State state)
{
    if (!m_user)
        return;
    switch (state) {
    case EventStream::State::Connected: {
        const bool catchUp = m_connection != Connection::Connecting;
        m_serverLostReported = false;
        m_streamRetryAt = {};
        setConnection(Connection::Live);
        refresh(); // catch up on whatever happened while the stream was down (or the session was offline)
        if (catchUp)
            m_workspace->reload();
        break;
    }
    case EventStream::State::Connecting:
        if (m_connection != Connection::Offline)
            setConnection(Connection::Connecting);
        break;
    case EventStream::State::Reconnecting:
        if (m_connection == Connection::Offline)
            break;
        setConnection(Connection::Reconnecting);
        m_streamRetryAt = QDateTime::currentDateTimeUtc().addMSecs(m_events->reconnectDelayMs());
        Q_EMIT reconnectScheduled(secondsUntilReconnect());
        break;
    case EventStream::State::Stopped:
        break;
    }
}

void SessionController::onConnectionLost()
{
    if (!m_user)
        return;
    // Ask the server whether the session still exists: a 401 ends it (ApiClient::sessionEnded), a transport
    // failure means the server is gone for now and the stream keeps retrying.
    m_api->fetchMe([this](Result<api::UserInfo> me) {
        if (me || !m_user || m_serverLostReported)
            return;
        if (isUnreachable(me.error())) {
            m_serverLostReported = true;
            Q_EMIT serverLost(me.error().message);
        }
    });
}

// Whoever answered the stream's address is not the server trusted at sign-in. The token never went there; it is
// dropped here (the logout request passes the same certificate check) and the person decides, as at sign-in.
void SessionController::onStreamCertificateRefused(const CertificateProblem &problem)
{
    if (!m_user)
        return;
    qCWarning(lcSession, "The event stream refused the server's certificate: session ended");
    m_events->stop();
    if (m_api->hasSession())
        m_api->logout([](Status) { });
    m_api->clearSession();
    resetSession();
    Q_EMIT certificateRefused(certificateError(problem));
}

void SessionController::startEventStream()
{
    QUrl url = m_api->server();
    url.setScheme(u"wss"_s);
    url.setPath(QString::fromLatin1(api::path::events));
    m_events->start(m_api->authorizedRequest(url));
}

void SessionController::resetSession()
{
    ++m_generation;
    m_offlineSignIn->cancel();
    m_keychain->cancel();
    m_accountCache->cancel();
    m_backoff->reset();
    m_cache.lock();
    m_password.fill(0);
    m_password.clear();
    m_offlineServer.clear();
    m_streamRetryAt = {};
    setDataReceivedAt({});
    m_user.reset();
    m_webinars->clear();
    m_staffAccounts->clear();
    m_workspace->clear();
    m_admin->clear();
    m_export->cancel();
    setConnection(Connection::SignedOut);
}

void SessionController::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    const bool wasReadOnly = isReadOnly();
    m_connection = connection;
    qCInfo(lcSession, "Connection: %s", QMetaEnum::fromType<Connection>().valueToKey(static_cast<int>(connection)));
    // The workspace reads from the cache only without a server; while connecting it still loads from the server.
    m_workspace->setReadOnly(connection == Connection::Offline || connection == Connection::Reconnecting);
    if (connection != Connection::Offline)
        m_backoff->stop();
    Q_EMIT connectionChanged(connection);
    if (wasReadOnly != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

void SessionController::failSignIn(const Error &error)
{
    qCInfo(lcSession, "Sign-in failed: %s", qUtf8Printable(error.code));
    m_cache.lock();
    setConnection(Connection::SignedOut);
    Q_EMIT signInFailed(error);
}

void SessionController::enterOffline(const QUrl &server, const QCA::SecureArray &password, const api::UserInfo &user)
{
    qCInfo(lcSession, "Signed in offline as %s (read-only)", qUtf8Printable(roleToWire(user.role)));
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
        if (isUnreachable(grant.error()) || grant.error().code == QLatin1StringView(api::errc::tooManyAttempts))
            return m_backoff->scheduleNext();
        onRetryRefused(grant.error());
    });
}

// The server answered but refused the cached credentials: the password changed or the account was disabled.
void SessionController::onRetryRefused(const Error &error)
{
    qCWarning(lcSession, "The server refused the kept credentials (%s): session ended", qUtf8Printable(error.code));
    if (error.code == QLatin1StringView(api::errc::invalidCredentials) ||
        error.code == QLatin1StringView(api::errc::deviceRevoked))
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
            if (!reply && isUnreachable(reply.error()))
                return m_backoff->scheduleNext();
            qCInfo(lcSession, "The server can be reached again: the session opened with the keychain's key ended");
            resetSession();
            Q_EMIT sessionEnded(tr("The server can be reached again. Sign in with your password to work online."));
        });
}

void SessionController::wipeAccountCache()
{
    m_accountCache->wipe();
}

// Files that can never be opened again (an older format, a lease hint that has passed) go at every sign-in.
void SessionController::removeUnusableCaches()
{
    const CacheFiles files(m_cache.config().directory);
    for (const QString &path : files.removeExpired(QDateTime::currentDateTimeUtc()))
        m_keychain->forgetEntry(path);
}

// The event stream's hello names the account as the server sees it now: a changed role wipes the cache.
void SessionController::onHello(const api::UserInfo &user)
{
    if (m_user)
        m_accountCache->checkAccount(*m_user, user);
}

// The cache was opened in a live session: what arrived before is written now.
void SessionController::storeReceivedData()
{
    if (m_dataReceivedAt.isValid() && m_connection != Connection::Offline)
        storeWebinars(m_webinars->webinars());
    m_workspace->storeToCache();
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
