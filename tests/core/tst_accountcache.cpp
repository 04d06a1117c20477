// AccountCache on its own, without a server: the offline cache of an account that signed in online is created and
// holds the account; a file left unsealed (the app ended while its first key was derived) and a file of an earlier
// password are rebuilt instead of being reported as damaged; a file of another role is emptied.
#include "cache/CacheErrors.h"
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
    void unsealedFileIsRebuilt();
    void fileOfAnEarlierPasswordIsRebuilt();
    void otherRoleEmptiesTheRecords();

private:
    // Opens the cache of (server, email) as after an online sign-in; how often `opened` came. Problems go to
    // m_problems.
    qsizetype openOnline(ClientCache &cache, const api::UserInfo &user, const QByteArray &text);
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

qsizetype TstAccountCache::openOnline(ClientCache &cache, const api::UserInfo &user, const QByteArray &text)
{
    KeychainUnlock keychain(cache);
    AccountCache account(cache, keychain);
    QSignalSpy opened(&account, &AccountCache::opened);
    QSignalSpy problems(&account, &AccountCache::problem);
    account.open(server, email, user, password(text));
    (void)QTest::qWaitFor([&] { return !opened.isEmpty() || !problems.isEmpty(); }, timeoutMs);
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
}

void TstAccountCache::unsealedFileIsRebuilt()
{
    {
        ClientCache unsealed(config());
        QVERIFY(unsealed.attach(server, email, true).value_or(false)); // header written, never unlocked
    }
    ClientCache cache(config());
    QCOMPARE(openOnline(cache, director(), "correct horse"), 1);
    QCOMPARE(m_problems, QStringList()); // was: "The offline data on this computer is damaged …", at every sign-in
    QVERIFY(cache.isUnlocked());
    QVERIFY(CacheRecords(cache).loadUser().value_or(std::nullopt).has_value());
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
