// The offline cache's key in the OS keychain, through the real QtKeychain library and SessionController: a private
// D-Bus session bus (dbus-daemon) serves a small stand-in for the KDE wallet daemon (org.kde.kwalletd6) from a
// worker thread, which stands in for the OS wallet only. Covered: remember → an offline sign-in with an empty
// password opens the cache read-only; the entry's name reveals neither e-mail nor server and its value is the raw
// key; unticking removes the entry; a stale entry is removed with a clear message; "forget this computer" removes
// the entries; and without any bus (a child process of this test) there is no keychain, sign-in still works, and
// the key is written nowhere.
#include "CacheTestSupport.h"
#include "cache/CacheErrors.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "cache/KeychainStore.h"
#include "crypto/KeyDerivation.h"
#include "net/ServerAddress.h"
#include "session/SessionController.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::client;

namespace {

const QString email = u"ada.keychain@example.org"_s;
const QString otherEmail = u"bob.keychain@example.org"_s;
const QString password = u"Kluis-wachtwoord-42"_s;
const QString unreachableServer = u"https://127.0.0.1:1"_s; // nothing listens: every sign-in goes offline
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};
constexpr auto childMode = "REGIEKAMER_TST_KEYCHAIN_NO_BUS";
constexpr int timeoutMs = 20000;

} // namespace

// The KDE wallet daemon's D-Bus interface as QtKeychain 0.15 uses it (networkWallet, open, entryType, readEntry,
// readPassword, writeEntry, writePassword, removeEntry), keeping entries in memory. Lives in a worker thread on its
// own connection: QtKeychain's availability probe is a blocking call from the caller's thread.
class FakeKWallet : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.KWallet")
public:
    struct Entry
    {
        QString folder;
        QString key;
        QByteArray value;
        int type = 0; // 1 password, 2 stream (binary)
    };

    bool listen(const QString &address)
    {
        m_connection = QDBusConnection::connectToBus(address, u"fake-kwallet"_s);
        return m_connection.isConnected() &&
            m_connection.registerObject(u"/modules/kwalletd6"_s, this, QDBusConnection::ExportAllSlots) &&
            m_connection.registerService(u"org.kde.kwalletd6"_s);
    }
    void stop()
    {
        m_connection.unregisterService(u"org.kde.kwalletd6"_s);
        m_connection.unregisterObject(u"/modules/kwalletd6"_s);
        QDBusConnection::disconnectFromBus(u"fake-kwallet"_s);
    }
    QList<Entry> entries() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_entries.values();
    }
    void put(const Entry &entry)
    {
        const QMutexLocker locker(&m_mutex);
        m_entries.insert({entry.folder, entry.key}, entry);
    }
    void clear()
    {
        const QMutexLocker locker(&m_mutex);
        m_entries.clear();
    }
    int opens() const { return m_opens.loadRelaxed(); } // each open may make a real wallet ask to be unlocked

public Q_SLOTS:
    QString networkWallet() { return u"kdewallet"_s; }
    int open(const QString &, qlonglong, const QString &)
    {
        ++m_opens;
        return 7;
    }
    int entryType(int, const QString &folder, const QString &key, const QString &)
    {
        const QMutexLocker locker(&m_mutex);
        return m_entries.value({folder, key}).type;
    }
    QByteArray readEntry(int, const QString &folder, const QString &key, const QString &)
    {
        const QMutexLocker locker(&m_mutex);
        return m_entries.value({folder, key}).value;
    }
    QString readPassword(int, const QString &folder, const QString &key, const QString &)
    {
        const QMutexLocker locker(&m_mutex);
        return QString::fromUtf8(m_entries.value({folder, key}).value);
    }
    int writeEntry(int, const QString &folder, const QString &key, const QByteArray &value, const QString &)
    {
        put({folder, key, value, 2});
        return 0;
    }
    int writePassword(int, const QString &folder, const QString &key, const QString &value, const QString &)
    {
        put({folder, key, value.toUtf8(), 1});
        return 0;
    }
    int removeEntry(int, const QString &folder, const QString &key, const QString &)
    {
        const QMutexLocker locker(&m_mutex);
        return m_entries.remove({folder, key}) > 0 ? 0 : -1;
    }

private:
    mutable QMutex m_mutex;
    QAtomicInt m_opens;
    QMap<std::pair<QString, QString>, Entry> m_entries;
    QDBusConnection m_connection {u"unconnected"_s};
};

class TstKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rememberedKeyOpensTheCacheOffline();
    void untickingRemovesTheEntry();
    void untickedSignInLeavesTheKeychainAlone();
    void missingOrStaleEntryAsksForThePassword();
    void forgetThisComputerRemovesTheEntries();
    void withoutAnyKeychain();
    void withoutAnyKeychainChild();
    void cleanupTestCase();

private:
    CacheConfig config() const { return {m_dir->path(), testKdf}; }
    QCA::SecureArray makeCache(const QString &account);
    // Signs in and waits for the outcome: the failure, or std::nullopt when signed in.
    std::optional<Error> signIn(SessionController &session, const QString &account, const QString &typed);
    void rememberFor(const QString &account);
    QList<FakeKWallet::Entry> ourEntries() const;

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus;
    QThread m_walletThread;
    FakeKWallet *m_wallet = nullptr;
};

void TstKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsSet(childMode)) {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regiekamer-no-bus");
        return;
    }
    // A private session bus (Debian's session configuration): never the desktop's wallet. Before any D-Bus use.
    m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
    QVERIFY2(m_bus.waitForReadyRead(10000), m_bus.readAllStandardError().constData());
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qputenv("XDG_CURRENT_DESKTOP", "KDE"); // QtKeychain then prefers KWallet 6
    qputenv("KDE_SESSION_VERSION", "6");

    m_wallet = new FakeKWallet;
    m_wallet->moveToThread(&m_walletThread);
    connect(&m_walletThread, &QThread::finished, m_wallet, &QObject::deleteLater);
    m_walletThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_wallet, [&] { listening = m_wallet->listen(QString::fromUtf8(address)); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
}

void TstKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (m_wallet)
        m_wallet->clear();
}

void TstKeychain::cleanupTestCase()
{
    if (m_wallet) {
        QMetaObject::invokeMethod(m_wallet, [this] { m_wallet->stop(); }, Qt::BlockingQueuedConnection);
        m_walletThread.quit();
        m_walletThread.wait();
    }
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

// A cache of (unreachable server, account) with the user's record and a lease, opened with the password once (as an
// earlier online sign-in would have left it). Returns the file's key (what the keychain keeps).
QCA::SecureArray TstKeychain::makeCache(const QString &account)
{
    const auto server = parseServerAddress(unreachableServer);
    ClientCache cache(config());
    if (!cachetest::openWithLease(cache, *server, account, password.toUtf8()) ||
        !CacheRecords(cache).storeUser({42, account, u"Ada"_s, Role::Director, 3, u"Org"_s},
                                       QDateTime::currentDateTimeUtc()))
        return {};
    return cache.key();
}

std::optional<Error> TstKeychain::signIn(SessionController &session, const QString &account, const QString &typed)
{
    QSignalSpy signedIn(&session, &SessionController::signedIn);
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signIn(unreachableServer, account, typed);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return Error {u"test_timeout"_s, u"no answer"_s};
    if (!failed.isEmpty())
        return failed.first().first().value<Error>();
    return std::nullopt;
}

// Signs in offline with the password and "remember" ticked, then signs out; the entry stays.
void TstKeychain::rememberFor(const QString &account)
{
    SessionController session;
    session.setCacheConfig(config());
    session.setRememberKeyInKeychain(true);
    const qsizetype before = ourEntries().size();
    const auto error = signIn(session, account, password);
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QTRY_COMPARE_WITH_TIMEOUT(ourEntries().size(), before + 1, timeoutMs);
    session.signOut();
}

QList<FakeKWallet::Entry> TstKeychain::ourEntries() const
{
    QList<FakeKWallet::Entry> ours;
    for (const auto &entry : m_wallet->entries()) {
        if (entry.folder == KeychainStore::serviceName())
            ours << entry;
    }
    return ours;
}

void TstKeychain::rememberedKeyOpensTheCacheOffline()
{
    const QCA::SecureArray key = makeCache(email);
    QVERIFY(!key.isEmpty());
    QVERIFY(SessionController::keychainAvailable());
    {
        SessionController session;
        session.setCacheConfig(config());
        session.setRememberKeyInKeychain(true);
        QSignalSpy problems(&session, &SessionController::cacheProblem);
        const auto error = signIn(session, email, password);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(session.connection(), SessionController::Connection::Offline);
        QTRY_COMPARE_WITH_TIMEOUT(ourEntries().size(), 1, timeoutMs);
        const FakeKWallet::Entry entry = ourEntries().first();
        // Named after the cache file's random id: no e-mail, no server; the value is the raw key, not the password.
        QCOMPARE(entry.key, u"cache-"_s + QFileInfo(session.cache()->filePath()).completeBaseName());
        for (const QString &revealing : {email, u"ada.keychain"_s, u"example.org"_s, u"127.0.0.1"_s})
            QVERIFY2(!entry.key.contains(revealing, Qt::CaseInsensitive), qPrintable(entry.key));
        QCOMPARE(entry.type, 2); // binary
        QCOMPARE(entry.value, key.toByteArray());
        QVERIFY(!entry.value.contains(password.toUtf8()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().first().toString()));
        session.signOut();
        QVERIFY(!session.cache()->isUnlocked()); // sign-out drops the key from memory, the entry stays
    }
    QCOMPARE(ourEntries().size(), 1);

    SessionController session; // a later start of the app, nothing typed into the password field
    session.setCacheConfig(config());
    const auto error = signIn(session, email, QString());
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QCOMPARE(session.connection(), SessionController::Connection::Offline);
    QVERIFY(session.isReadOnly());
    QCOMPARE(session.user().email, email);
    QVERIFY(session.cache()->isUnlocked());
    QCOMPARE(session.cache()->key().toByteArray(), key.toByteArray());
    QCOMPARE(ourEntries().size(), 1);
}

void TstKeychain::untickingRemovesTheEntry()
{
    QVERIFY(!makeCache(email).isEmpty());
    QVERIFY(!makeCache(otherEmail).isEmpty());
    rememberFor(email);
    rememberFor(otherEmail);
    QCOMPARE(ourEntries().size(), 2);
    SessionController session;
    session.setCacheConfig(config());
    session.setRememberKeyInKeychain(false);
    const auto error = signIn(session, email, password);
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QTRY_COMPARE_WITH_TIMEOUT(ourEntries().size(), 1, timeoutMs); // only this account's entry goes
    session.signOut();
    const auto again = signIn(session, email, QString());
    QVERIFY(again);
    QCOMPARE(again->message, KeychainStore::missingMessage());
}

// Without "remember" and without a key stored for this cache, a sign-in never opens the wallet.
void TstKeychain::untickedSignInLeavesTheKeychainAlone()
{
    QVERIFY(!makeCache(email).isEmpty());
    const int opensBefore = m_wallet->opens();
    SessionController session;
    session.setCacheConfig(config());
    session.setRememberKeyInKeychain(false);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto error = signIn(session, email, password);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        session.signOut();
    }
    QTest::qWait(200); // a request would be on its way by now
    QCOMPARE(m_wallet->opens(), opensBefore);
}

void TstKeychain::missingOrStaleEntryAsksForThePassword()
{
    QVERIFY(!makeCache(email).isEmpty());
    SessionController session;
    session.setCacheConfig(config());
    auto error = signIn(session, email, QString());
    QVERIFY(error);
    QCOMPARE(error->code, QString::fromLatin1(keychainerrc::missing));
    QCOMPARE(error->message, KeychainStore::missingMessage());
    QVERIFY(!session.cache()->isUnlocked());

    rememberFor(email);
    const FakeKWallet::Entry kept = ourEntries().first(); // a key that no longer opens its file: stale
    m_wallet->put({kept.folder, kept.key, crypto::randomKey(32).toByteArray(), kept.type});
    error = signIn(session, email, QString());
    QVERIFY(error);
    QCOMPARE(error->message, KeychainStore::staleMessage());
    QCOMPARE(session.connection(), SessionController::Connection::SignedOut);
    QVERIFY(!session.cache()->isUnlocked());
    QTRY_COMPARE_WITH_TIMEOUT(ourEntries().size(), 0, timeoutMs);
    QVERIFY(!signIn(session, email, password)); // the password still opens it
}

void TstKeychain::forgetThisComputerRemovesTheEntries()
{
    QVERIFY(!makeCache(email).isEmpty());
    QVERIFY(!makeCache(otherEmail).isEmpty());
    rememberFor(email);
    rememberFor(otherEmail);
    m_wallet->put({u"Another application"_s, u"its-entry"_s, "secret", 1});
    SessionController session;
    session.setCacheConfig(config());
    QVERIFY(session.forgetThisComputer());
    QTRY_COMPARE_WITH_TIMEOUT(ourEntries().size(), 0, timeoutMs);
    QCOMPARE(m_wallet->entries().size(), 1); // another application's entry is left alone
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

// Runs withoutAnyKeychainChild in a child process whose session bus address leads nowhere (QtKeychain decides its
// backend once per process, so this cannot share the process with the fake wallet).
void TstKeychain::withoutAnyKeychain()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childMode), u"1"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.remove(u"XDG_CONFIG_HOME"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"withoutAnyKeychainChild"_s});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TstKeychain::withoutAnyKeychainChild()"), output.constData());
}

void TstKeychain::withoutAnyKeychainChild()
{
    QVERIFY2(qEnvironmentVariableIsSet(childMode), "runs only in the child process that withoutAnyKeychain starts");
    const QCA::SecureArray key = makeCache(email);
    QVERIFY(!key.isEmpty());
    QVERIFY(!SessionController::keychainAvailable());
    SessionController session;
    session.setCacheConfig(config());
    session.setRememberKeyInKeychain(true);
    QSignalSpy problems(&session, &SessionController::cacheProblem);
    const auto error = signIn(session, email, password);
    QVERIFY2(!error, qPrintable(error ? error->message : QString())); // signing in still works
    QTRY_VERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().first().toString(), KeychainStore::unavailableMessage());
    session.signOut();
    const auto keyless = signIn(session, email, QString());
    QVERIFY(keyless);
    QCOMPARE(keyless->message, KeychainStore::unavailableMessage());

    // Nothing fell back to plain storage: the key is in no file below HOME or the cache directory.
    const QByteArray raw = key.toByteArray();
    const QList<QByteArray> needles {raw, raw.toHex(), raw.toBase64(), "Regiekamer offline cache"};
    for (const QString &root : {QDir::homePath(), m_dir->path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles)
                QVERIFY2(!bytes.contains(needle), qPrintable(file.fileName()));
            QVERIFY2(!file.fileName().contains(u"Regiekamer offline cache"_s), qPrintable(file.fileName()));
        }
    }
}

// Without arguments, every test function except the child's part runs (withoutAnyKeychain starts that one in a
// process of its own), so a plain run neither skips nor fails it.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TstKeychain test;
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 1) {
        const QMetaObject *meta = test.metaObject();
        const QStringList fixtures {u"initTestCase"_s, u"init"_s, u"cleanupTestCase"_s, u"withoutAnyKeychainChild"_s};
        for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
            const QString name = QString::fromLatin1(meta->method(i).name());
            if (meta->method(i).methodType() == QMetaMethod::Slot && !fixtures.contains(name))
                arguments << name;
        }
    }
    return QTest::qExec(&test, arguments);
}
#include "tst_keychain.moc"
