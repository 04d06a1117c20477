// AccountCache on its own, without a server: the offline cache of an account that signed in online is created and
// holds the account and the server's lease; a file of an earlier password is replaced by a new one instead of being
// reported as damaged; a file of another role is emptied; a grant without a lease and a revoked device delete the
// account's file.
#include "CacheTestSupport.h"
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheLease.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "session/AccountCache.h"
#include "session/KeychainUnlock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::client;

namespace {

const QUrl server(u"https://account.example:8443"_s);
const QString email = u"ada@example.org"_s;
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};
constexpr int timeoutMs = 20000;

api::UserInfo director()
{
    return {42, email, u"Ada"_s, Role::Director, 0, QString()};
}

QCA::SecureArray password(const QByteArray &text)
{
    return QCA::SecureArray(text);
}

} // namespace

class TstAccountCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newCacheHoldsTheAccount();
    void noLeaseDeletesTheFile();
    void revokedDeviceDeletesTheFile();
    void fileOfAnEarlierPasswordIsRebuilt();
    void otherRoleEmptiesTheRecords();

private:
    // Opens the cache of (server, email) as after an online sign-in; how often `opened` came. Problems go to
    // m_problems.
    qsizetype openOnline(ClientCache &cache, const api::UserInfo &user, const QByteArray &text,
                         const QDateTime &offlineUntil = QDateTime::currentDateTimeUtc().addDays(7));
    QStringList files() const { return CacheFiles(m_dir->path()).cacheFiles(); }
    CacheConfig config() const { return {m_dir->path(), testKdf}; }

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_problems;
};

void TstAccountCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regiekamer-no-bus"); // never the desktop's keychain
}

void TstAccountCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_problems.clear();
}

qsizetype TstAccountCache::openOnline(ClientCache &cache, const api::UserInfo &user, const QByteArray &text,
                                      const QDateTime &offlineUntil)
{
    KeychainUnlock keychain(cache);
    AccountCache account(cache, keychain);
    QSignalSpy opened(&account, &AccountCache::opened);
    QSignalSpy problems(&account, &AccountCache::problem);
    account.open(server, email, user, password(text), offlineUntil);
    if (offlineUntil.isValid())
        (void)QTest::qWaitFor([&] { return !opened.isEmpty() || !problems.isEmpty(); }, timeoutMs);
    else
        QTest::qWait(1000); // nothing to wait for: the file goes (or stays, when nothing was broken on purpose)
    for (const QList<QVariant> &problem : std::as_const(problems))
        m_problems.append(problem.at(0).toString());
    return opened.size();
}

void TstAccountCache::newCacheHoldsTheAccount()
{
    ClientCache cache(config());
    QCOMPARE(openOnline(cache, director(), "correct horse"), 1);
    QCOMPARE(m_problems, QStringList());
    QVERIFY(cache.isUnlocked());
    const auto stored = CacheRecords(cache).loadUser();
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->value.toJson(), director().toJson());
    const auto lease = cachelease::load(cache);
    QVERIFY(lease);
    QVERIFY(lease->offlineUntil > QDateTime::currentDateTimeUtc().addDays(6));
    QVERIFY(qAbs(lease->latestSeen.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const auto header = CacheFiles::readHeader(cache.filePath());
    QVERIFY(header);
    QCOMPARE(header->expiresHint, lease->offlineUntil);
}

// Finding 9: a server that allows no offline copy (offlineUntil null) makes the sign-in delete the account's file.
void TstAccountCache::noLeaseDeletesTheFile()
{
    {
        ClientCache earlier(config());
        QCOMPARE(openOnline(earlier, director(), "correct horse"), 1);
    }
    {
        ClientCache other(config()); // another account's file stays
        QVERIFY(cachetest::openWithLease(other, server, u"bob@example.org"_s, "correct horse"));
    }
    QCOMPARE(files().size(), 2);
    ClientCache cache(config());
    QCOMPARE(openOnline(cache, director(), "correct horse", QDateTime()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(files().size(), 1, timeoutMs);
    QCOMPARE(m_problems, QStringList());
    QVERIFY(!cache.isUnlocked());
    QVERIFY(!cachetest::open(cache, server, email, "correct horse", false));
    QVERIFY(cachetest::open(cache, server, u"bob@example.org"_s, "correct horse", false));
}

// Finding 9: the server answered device_revoked at sign-in: the account's file is found with the password and deleted.
void TstAccountCache::revokedDeviceDeletesTheFile()
{
    {
        ClientCache earlier(config());
        QCOMPARE(openOnline(earlier, director(), "correct horse"), 1);
    }
    QCOMPARE(files().size(), 1);
    ClientCache cache(config());
    KeychainUnlock keychain(cache);
    AccountCache account(cache, keychain);
    QSignalSpy wiped(&account, &AccountCache::wiped);
    account.wipe(server, email, password("wrong horse")); // not found: nothing deleted
    QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, timeoutMs);
    QCOMPARE(files().size(), 1);
    account.wipe(server, email, password("correct horse"));
    QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 2, timeoutMs);
    QCOMPARE(files().size(), 0);
    QVERIFY(!cache.isAttached());
}

void TstAccountCache::fileOfAnEarlierPasswordIsRebuilt()
{
    {
        ClientCache earlier(config());
        QCOMPARE(openOnline(earlier, director(), "old password"), 1);
        QVERIFY(CacheRecords(earlier).storeWebinars({api::WebinarSummary {}}, QDateTime::currentDateTimeUtc()));
    }
    ClientCache cache(config());
    QCOMPARE(openOnline(cache, director(), "new password"), 1);
    QCOMPARE(m_problems, QStringList());
    QVERIFY(cache.isUnlocked());
    QVERIFY(!CacheRecords(cache).loadWebinars().value_or(std::nullopt).has_value()); // a new file
    // The old one nobody can find any more goes once its lease hint has passed.
    QCOMPARE(files().size(), 2);
    CacheFiles(m_dir->path()).removeExpired(QDateTime::currentDateTimeUtc().addDays(8));
    QCOMPARE(files().size(), 0);
}

void TstAccountCache::otherRoleEmptiesTheRecords()
{
    {
        ClientCache earlier(config());
        QCOMPARE(openOnline(earlier, director(), "correct horse"), 1);
        QVERIFY(CacheRecords(earlier).storeWebinars({api::WebinarSummary {}}, QDateTime::currentDateTimeUtc()));
    }
    api::UserInfo moderator = director();
    moderator.role = Role::Moderator;
    ClientCache cache(config());
    QCOMPARE(openOnline(cache, moderator, "correct horse"), 1);
    QCOMPARE(m_problems, QStringList {cacheerrc::roleChangedMessage()});
    QVERIFY(!CacheRecords(cache).loadWebinars().value_or(std::nullopt).has_value());
    const auto stored = CacheRecords(cache).loadUser();
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->value.role, Role::Moderator);
}

QTEST_GUILESS_MAIN(TstAccountCache)
#include "tst_accountcache.moc"
