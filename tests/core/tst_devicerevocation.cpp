// A revoked device (attack review finding 9), without a server: the event stream's device.revoked deletes the
// account's offline cache (file and keychain entry) and ends the session with the translated message; other events
// leave it alone. (device_revoked at sign-in: tst_accountcache::revokedDeviceDeletesTheFile for the deletion, and
// tst_offline_session::deviceRevokedAtSignInDeletesTheCache against the server once it knows devices.)
#include "CacheTestSupport.h"
#include "base/ApiError.h"
#include "cache/CacheFiles.h"
#include "cache/CacheRecords.h"
#include "net/EventStream.h"
#include "net/ServerAddress.h"
#include "protocol/EventTypes.h"
#include "session/SessionController.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::client;

namespace {

const QString unreachableServer = u"https://127.0.0.1:1"_s;
const QString email = u"ada@example.org"_s;
const QString password = u"correct horse"_s;
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};
constexpr int timeoutMs = 20000;

} // namespace

class TstDeviceRevocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void revokedOnTheStreamDeletesTheCache();
    void otherEventsKeepTheCache();

private:
    // A session signed in offline from a cache with a running lease (the server cannot be reached).
    void signInOffline(SessionController &session);
    CacheConfig config() const { return {m_dir->path(), testKdf}; }
    QStringList files() const { return CacheFiles(m_dir->path()).cacheFiles(); }

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstDeviceRevocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regiekamer-no-bus"); // never the desktop's keychain
}

void TstDeviceRevocation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ClientCache cache(config());
    QVERIFY(cachetest::openWithLease(cache, *parseServerAddress(unreachableServer), email, password.toUtf8()));
    QVERIFY(CacheRecords(cache).storeUser({42, email, u"Ada"_s, Role::Director, 0, QString()},
                                          QDateTime::currentDateTimeUtc()));
}

void TstDeviceRevocation::signInOffline(SessionController &session)
{
    session.setCacheConfig(config());
    QSignalSpy signedIn(&session, &SessionController::signedIn);
    session.signIn(unreachableServer, email, password);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, timeoutMs);
    QCOMPARE(session.connection(), SessionController::Connection::Offline);
    QVERIFY(session.cache()->isUnlocked());
}

void TstDeviceRevocation::revokedOnTheStreamDeletesTheCache()
{
    SessionController session;
    signInOffline(session);
    QCOMPARE(files().size(), 1);
    QSignalSpy ended(&session, &SessionController::sessionEnded);
    Q_EMIT session.events()->eventReceived(api::Event {QString::fromLatin1(api::event::deviceRevoked), {}});
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().toString(), api::describeApiError(QString::fromLatin1(api::errc::deviceRevoked)));
    QVERIFY(!session.isSignedIn());
    QVERIFY(!session.cache()->isUnlocked());
    QCOMPARE(files(), QStringList());
}

void TstDeviceRevocation::otherEventsKeepTheCache()
{
    SessionController session;
    signInOffline(session);
    QSignalSpy ended(&session, &SessionController::sessionEnded);
    Q_EMIT session.events()->eventReceived(api::Event {QString::fromLatin1(api::event::auditAppended), {}});
    QCOMPARE(ended.size(), 0);
    QVERIFY(session.isSignedIn());
    QCOMPARE(files().size(), 1);
    session.signOut();
    QCOMPARE(files().size(), 1);
}

QTEST_GUILESS_MAIN(TstDeviceRevocation)
#include "tst_devicerevocation.moc"
