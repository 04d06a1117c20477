// SessionController with its offline cache against the real server (--demo): an online sign-in fills the cache;
// with the server stopped, the same password signs in offline (read-only, cached data and its age), a wrong one is
// refused; when the server comes back the session becomes Live by itself; a changed role wipes the cache. What the
// session logged on the way names no e-mail address, password, name or token.
#include "ServerProcess.h"
#include "base/ApiError.h"
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheLease.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "net/ApiClient.h"
#include "net/TrustStore.h"
#include "protocol/ApiPaths.h"
#include "protocol/Device.h"
#include "session/SessionController.h"
#include "settings/AppSettings.h"
#include "settings/DeviceIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::SessionController;
using Connection = SessionController::Connection;

namespace {

constexpr int timeoutMs = 30000;
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};

// Every log line of the test run, "category: message", for logsHoldNothingPersonal.
QMutex logLock;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&logLock);
        logLines.append(QString::fromUtf8(context.category ? context.category : "") + u": "_s + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TstOfflineSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlineSignInFillsTheCache();
    void offlineSignInShowsCachedDataReadOnly();
    void wrongPasswordOffline();
    void reconnectsWhenTheServerIsBack();
    void changedRoleWipesTheCache();
    void logsHoldNothingPersonal();
    void deviceRevokedAtSignInDeletesTheCache();
    void deviceRevokedOnTheStreamDeletesTheCache();
    void cleanupTestCase();

private:
    void signInLive(SessionController &session);
    client::CacheConfig config() const { return {m_cacheDir.path(), testKdf}; }
    QStringList cacheFiles() const { return client::CacheFiles(m_cacheDir.path()).cacheFiles(); }
    // Revokes this installation's device for the director through the API, signed in with a bare client.
    void revokeThisDevice();
    QString address() const { return u"127.0.0.1:%1"_s.arg(m_server->port()); }

    QCA::Initializer m_crypto;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<ServerProcess> m_server;
    ServerProcess::DemoAccount m_director;
    qint64 m_webinarId = 0;
    qint64 m_registrationCount = 0;
};

void TstOfflineSession::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordLog);
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start({u"--demo"_s}), m_server->lastOutput().constData());
    m_director = m_server->demoAccounts().value(Role::Director);
    QVERIFY(!m_director.email.isEmpty());
    client::TrustStore trust;
    trust.forget(address());
}

void TstOfflineSession::signInLive(SessionController &session)
{
    QSignalSpy signedIn(&session, &SessionController::signedIn);
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signIn(address(), m_director.email, m_director.password);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + failed.size() == 1, timeoutMs);
    if (!failed.isEmpty()) { // first contact: trust the certificate, then again
        QVERIFY(session.trustPresentedCertificate());
        session.signIn(address(), m_director.email, m_director.password);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, timeoutMs);
    }
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), Connection::Live, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session.cache()->isUnlocked(), timeoutMs);
}

void TstOfflineSession::onlineSignInFillsTheCache()
{
    SessionController session;
    session.setCacheConfig(config());
    signInLive(session);
    QVERIFY(!session.isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(session.webinars()->rowCount() > 0, timeoutMs);
    QVERIFY(session.dataReceivedAt().isValid());
    // The server's lease (--offline-lease-days, 7 by default) is sealed in the cache.
    const auto lease = client::cachelease::load(*session.cache());
    QVERIFY(lease);
    QVERIFY(lease->offlineUntil > QDateTime::currentDateTimeUtc().addDays(6));
    // The webinar with the most registrations, opened so its attendees and questions are cached.
    const auto &webinars = session.webinars()->webinars();
    const auto busiest = std::max_element(webinars.begin(), webinars.end(), [](const auto &a, const auto &b) {
        return a.registrationCount < b.registrationCount;
    });
    m_webinarId = busiest->id;
    session.workspace()->setWebinar(m_webinarId);
    QTRY_VERIFY_WITH_TIMEOUT(session.workspace()->detail().has_value(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!session.workspace()->registrationLoader()->isLoading() &&
                                 session.workspace()->registrations()->rowCount() > 0,
                             timeoutMs);
    m_registrationCount = session.workspace()->registrations()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(client::CacheRecords(*session.cache()).loadRegistrations(m_webinarId).items.size() ==
                                 m_registrationCount,
                             timeoutMs);
    session.signOut();
    QVERIFY(!session.cache()->isUnlocked());
    QVERIFY(session.cache()->key().isEmpty());
}

void TstOfflineSession::offlineSignInShowsCachedDataReadOnly()
{
    QCOMPARE(m_server->terminate(), 0);
    SessionController session;
    session.setCacheConfig(config());
    QSignalSpy signedIn(&session, &SessionController::signedIn);
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signIn(address(), m_director.email, m_director.password);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + failed.size() == 1, timeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
    QCOMPARE(session.connection(), Connection::Offline);
    QCOMPARE(session.user().role, Role::Director);
    QVERIFY(session.isReadOnly());
    QVERIFY(session.dataReceivedAt().isValid());
    QVERIFY(session.webinars()->rowCount() > 0);
    QVERIFY(session.secondsUntilReconnect() >= 0);
    session.workspace()->setWebinar(m_webinarId);
    QVERIFY(session.workspace()->detail().has_value());
    QCOMPARE(session.workspace()->registrations()->rowCount(), m_registrationCount);
    QSignalSpy refused(session.workspace(), &client::WebinarWorkspace::actionFailed);
    session.workspace()->changeState(WebinarState::Live);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), client::cacheerrc::readOnlyMessage());
    session.signOut();
    QVERIFY(!session.cache()->isUnlocked());
    QCOMPARE(session.secondsUntilReconnect(), -1);
}

void TstOfflineSession::wrongPasswordOffline()
{
    SessionController session;
    session.setCacheConfig(config());
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signIn(address(), m_director.email, m_director.password + u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeoutMs);
    QCOMPARE(failed.first().first().value<Error>().code, QString::fromLatin1(client::cacheerrc::wrongPassword));
    QCOMPARE(session.connection(), Connection::SignedOut);
    QVERIFY(!session.cache()->isUnlocked());
}

void TstOfflineSession::reconnectsWhenTheServerIsBack()
{
    SessionController session;
    session.setCacheConfig(config());
    QSignalSpy signedIn(&session, &SessionController::signedIn);
    session.signIn(address(), m_director.email, m_director.password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, timeoutMs);
    QCOMPARE(session.connection(), Connection::Offline);
    QVERIFY2(m_server->start({}, m_server->port()), m_server->lastOutput().constData());
    session.reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), Connection::Live, timeoutMs);
    QVERIFY(!session.isReadOnly());
    QCOMPARE(signedIn.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(session.webinars()->rowCount() > 0, timeoutMs);

    // Losing the server while Live: Reconnecting, the data stays shown read-only.
    QCOMPARE(m_server->terminate(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), Connection::Reconnecting, timeoutMs);
    QVERIFY(session.isReadOnly());
    QVERIFY(session.webinars()->rowCount() > 0);
    QVERIFY2(m_server->start({}, m_server->port()), m_server->lastOutput().constData());
    session.reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), Connection::Live, timeoutMs);
    session.signOut();
}

void TstOfflineSession::changedRoleWipesTheCache()
{
    // Pretend the cache was written while the account had another role: the next online sign-in wipes it.
    {
        client::ClientCache cache(config());
        const auto kdf = cache.directoryKdf(false);
        QVERIFY(kdf && *kdf);
        const auto key =
            client::cachekey::derive(QCA::SecureArray(m_director.password.toUtf8()), (*kdf)->salt, (*kdf)->parameters);
        QVERIFY(key && cache.open(m_server->baseUrl(), m_director.email, *key, false).value_or(false));
        auto user = client::CacheRecords(cache).loadUser();
        QVERIFY(user && *user);
        api::UserInfo changed = (*user)->value;
        changed.role = Role::Moderator;
        QVERIFY(client::CacheRecords(cache).storeUser(changed, QDateTime::currentDateTimeUtc()));
        QVERIFY(cache.put(u"webinar/999999"_s, QJsonObject {}, QDateTime::currentDateTimeUtc()));
    }
    SessionController session;
    session.setCacheConfig(config());
    QSignalSpy problems(&session, &SessionController::cacheProblem);
    signInLive(session);
    QTRY_VERIFY_WITH_TIMEOUT(problems.contains(QVariantList {client::cacheerrc::roleChangedMessage()}), timeoutMs);
    const auto wiped = session.cache()->get(u"webinar/999999"_s);
    QVERIFY(wiped && !*wiped);
    const auto user = client::CacheRecords(*session.cache()).loadUser();
    QVERIFY(user && *user);
    QCOMPARE((*user)->value.role, Role::Director);
    session.signOut();
}

// Sign-ins online and offline, a reconnect and a role change were logged above; none of it may be personal.
void TstOfflineSession::logsHoldNothingPersonal()
{
    SessionController session;
    session.setCacheConfig(config());
    signInLive(session);
    const api::UserInfo user = session.user();
    const QByteArray authorization = session.api()->authorizedRequest(m_server->baseUrl()).rawHeader("Authorization");
    const QString token = QString::fromLatin1(authorization.mid(authorization.indexOf(' ') + 1));
    session.signOut();
    QVERIFY(token.size() > 16 && !user.displayName.isEmpty());

    const QMutexLocker locker(&logLock);
    const QString log = logLines.join(u'\n');
    QVERIFY2(log.contains(u"regiekamer.core.session: Signed in offline as director"_s), qPrintable(log));
    QVERIFY2(log.contains(u"regiekamer.core.net: "_s), qPrintable(log));
    for (const QString &personal : {m_director.email, m_director.password, user.displayName, token})
        QVERIFY2(!log.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
}

void TstOfflineSession::revokeThisDevice()
{
    client::ApiClient api;
    std::optional<Result<api::SessionGrant>> grant;
    api.login(m_server->baseUrl(), m_director.email, m_director.password,
              [&grant](Result<api::SessionGrant> answer) { grant = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(grant.has_value(), timeoutMs);
    QVERIFY2(*grant, *grant ? "" : qPrintable(grant->error().message));
    const qint64 userId = (*grant)->user.id;
    std::optional<Result<QJsonObject>> list;
    api.sendJson("GET", api::path::expand(api::path::userDevices, {userId}), {}, {},
                 [&list](Result<QJsonObject> answer) { list = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), timeoutMs);
    QVERIFY2(*list, *list ? "" : qPrintable(list->error().message));
    qint64 deviceId = 0;
    for (const QJsonValue &item : (*list)->value(u"items"_s).toArray()) {
        const auto device = api::Device::fromJson(item.toObject());
        if (device && !device->revokedAt.isValid() && device->label == client::deviceidentity::thisDevice().label)
            deviceId = device->id;
    }
    QVERIFY2(deviceId != 0, QJsonDocument(**list).toJson().constData());
    std::optional<Result<QJsonObject>> revoked;
    api.sendJson("DELETE", api::path::expand(api::path::userDevice, {userId, deviceId}), {}, {},
                 [&revoked](Result<QJsonObject> answer) { revoked = std::move(answer); });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), timeoutMs);
    QVERIFY2(*revoked, *revoked ? "" : qPrintable(revoked->error().message));
}

// Finding 9 against the server: this computer is revoked while no session of it runs; the next sign-in is answered
// device_revoked and deletes the account's cache file.
void TstOfflineSession::deviceRevokedAtSignInDeletesTheCache()
{
    client::openSettings()->remove(u"device"_s); // a device of its own for this test
    {
        SessionController session;
        session.setCacheConfig(config());
        signInLive(session);
        session.signOut();
    }
    QCOMPARE(cacheFiles().size(), 1);
    revokeThisDevice();
    SessionController session;
    session.setCacheConfig(config());
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signIn(address(), m_director.email, m_director.password);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeoutMs);
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.code, QString::fromLatin1(api::errc::deviceRevoked));
    QCOMPARE(error.message, api::describeApiError(QString::fromLatin1(api::errc::deviceRevoked)));
    QTRY_COMPARE_WITH_TIMEOUT(cacheFiles(), QStringList(), timeoutMs);
}

// Finding 9 against the server: this computer is revoked while a session of it runs; the event stream's
// device.revoked deletes the cache file and ends the session with the message.
void TstOfflineSession::deviceRevokedOnTheStreamDeletesTheCache()
{
    client::openSettings()->remove(u"device"_s); // a new device: the last one was revoked
    SessionController session;
    session.setCacheConfig(config());
    QSignalSpy ended(&session, &SessionController::sessionEnded);
    signInLive(session);
    QCOMPARE(cacheFiles().size(), 1);
    revokeThisDevice();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, timeoutMs);
    QCOMPARE(ended.first().first().toString(), api::describeApiError(QString::fromLatin1(api::errc::deviceRevoked)));
    QVERIFY(!session.isSignedIn());
    QCOMPARE(cacheFiles(), QStringList());
    client::openSettings()->remove(u"device"_s);
}

void TstOfflineSession::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    if (m_server && m_server->isRunning())
        m_server->terminate();
    client::TrustStore trust;
    trust.forget(address());
}

QTEST_GUILESS_MAIN(TstOfflineSession)
#include "tst_offline_session.moc"
