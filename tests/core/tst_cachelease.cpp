// The lease of the offline cache (attack review finding 9), without a server: an offline sign-in opens the cache only
// while the lease the server gave runs; an ended lease refuses with a message saying when, and deletes the file; a
// clock set back refuses (and keeps the file); every admitted open advances the latest time seen.
#include "CacheTestSupport.h"
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheLease.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "session/KeychainUnlock.h"
#include "session/OfflineSignIn.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::client;
using cachelease::Verdict;

namespace {

const QUrl server(u"https://lease.example:8443"_s);
const QString email = u"ada@example.org"_s;
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};
constexpr int timeoutMs = 20000;

} // namespace

class TstCacheLease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void verdicts();
    void runningLeaseOpensAndAdvancesTheLatestTimeSeen();
    void endedLeaseRefusesAndDeletesTheFile();
    void clockSetBackRefuses();
    void missingLeaseRefuses();

private:
    // A cache of the account with its user record, the lease (offlineUntil) and the latest time seen.
    void makeCache(const QDateTime &offlineUntil, const QDateTime &latestSeen, bool withLease = true);
    // An offline sign-in with the password: the account, or the error.
    Result<api::UserInfo> signInOffline();
    CacheConfig config() const { return {m_dir->path(), testKdf}; }
    QStringList files() const { return CacheFiles(m_dir->path()).cacheFiles(); }

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCacheLease::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regiekamer-no-bus"); // never the desktop's keychain
}

void TstCacheLease::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCacheLease::makeCache(const QDateTime &offlineUntil, const QDateTime &latestSeen, bool withLease)
{
    ClientCache cache(config());
    QVERIFY(cachetest::open(cache, server, email, "correct horse"));
    QVERIFY(CacheRecords(cache).storeUser({42, email, u"Ada"_s, Role::Director, 0, QString()}, latestSeen));
    if (withLease)
        QVERIFY(cachelease::store(cache, offlineUntil, latestSeen));
}

Result<api::UserInfo> TstCacheLease::signInOffline()
{
    ClientCache cache(config());
    KeychainUnlock keychain(cache);
    OfflineSignIn signIn(cache, keychain);
    std::optional<Result<api::UserInfo>> answer;
    signIn.open(server, email, QCA::SecureArray(QByteArray("correct horse")), Error {u"unreachable"_s, u"-"_s},
                [&answer](Result<api::UserInfo> user) { answer = std::move(user); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        return fail(u"test_timeout"_s, u"no answer"_s);
    return *answer;
}

void TstCacheLease::verdicts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto lease = [](const QDateTime &until, const QDateTime &seen) {
        return std::optional<cachelease::Lease>(cachelease::Lease {until, seen});
    };
    QCOMPARE(cachelease::judge(lease(now.addDays(1), now.addSecs(-5)), now), Verdict::Valid);
    QCOMPARE(cachelease::judge(lease(now.addSecs(-1), now.addDays(-1)), now), Verdict::Expired);
    QCOMPARE(cachelease::judge(std::nullopt, now), Verdict::Expired);
    QCOMPARE(cachelease::judge(lease(QDateTime(), now), now), Verdict::Expired);
    const qint64 tolerance = cachelease::clockToleranceSeconds;
    QCOMPARE(cachelease::judge(lease(now.addDays(1), now.addSecs(tolerance - 5)), now), Verdict::Valid);
    QCOMPARE(cachelease::judge(lease(now.addDays(1), now.addSecs(tolerance + 5)), now), Verdict::ClockSetBack);
}

void TstCacheLease::runningLeaseOpensAndAdvancesTheLatestTimeSeen()
{
    const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
    makeCache(QDateTime::currentDateTimeUtc().addDays(1), earlier);
    const auto user = signInOffline();
    QVERIFY2(user, user ? "" : qPrintable(user.error().message));
    QCOMPARE(user->id, 42);
    ClientCache cache(config());
    QVERIFY(cachetest::open(cache, server, email, "correct horse", false));
    const auto lease = cachelease::load(cache);
    QVERIFY(lease);
    QVERIFY(lease->latestSeen > earlier.addSecs(3000));
}

void TstCacheLease::endedLeaseRefusesAndDeletesTheFile()
{
    const QDateTime ended = QDateTime::currentDateTimeUtc().addSecs(-60);
    makeCache(ended, ended.addDays(-1));
    QCOMPARE(files().size(), 1);
    const auto user = signInOffline();
    QVERIFY(!user);
    QCOMPARE(user.error().code, QString::fromLatin1(cacheerrc::leaseExpired));
    QCOMPARE(user.error().message, cacheerrc::leaseExpiredMessage(ended));
    QVERIFY(user.error().message.contains(QLocale().toString(ended.toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(files(), QStringList()); // it can never be used again
    const auto again = signInOffline();
    QVERIFY(!again);
    QCOMPARE(again.error().code, QString::fromLatin1(cacheerrc::noOfflineData));
}

void TstCacheLease::clockSetBackRefuses()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime seen = now.addDays(2); // opened at a later time than the clock says now
    makeCache(now.addDays(7), seen);
    const auto user = signInOffline();
    QVERIFY(!user);
    QCOMPARE(user.error().code, QString::fromLatin1(cacheerrc::clockSetBack));
    QCOMPARE(user.error().message, cacheerrc::clockSetBackMessage(seen));
    QCOMPARE(files().size(), 1); // kept: setting the clock right opens it again
}

void TstCacheLease::missingLeaseRefuses()
{
    makeCache({}, QDateTime::currentDateTimeUtc(), false);
    const auto user = signInOffline();
    QVERIFY(!user);
    QCOMPARE(user.error().code, QString::fromLatin1(cacheerrc::leaseExpired));
    QCOMPARE(files(), QStringList());
}

QTEST_GUILESS_MAIN(TstCacheLease)
#include "tst_cachelease.moc"
