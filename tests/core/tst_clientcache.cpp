// The encrypted offline cache (ClientCache) on its own: every record type round trips, a wrong password, another
// account's file, flipped/truncated/moved records and a damaged file are each detected and reported, lock() drops
// the key, forgetting removes every file, and no stored canary appears on disk in any common encoding.
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "net/ReconnectBackoff.h"
#include "session/SessionController.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using namespace regiekamer::client;

namespace {

const QUrl server(u"https://cache.example:8443"_s);
const QString email = u"ada.canary@example.org"_s;
const QString canary = u"Kanarie-Zeldzaam-7731"_s;

// Cheap parameters: the tests derive many keys (the production default is m = 64 MiB, t = 3).
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};

QCA::SecureArray keyFor(const ClientCache &cache, const QByteArray &password)
{
    auto key = cachekey::derive(QCA::SecureArray(password), cache.salt(), cache.kdfParameters());
    return key ? *key : QCA::SecureArray();
}

api::Registration registration(qint64 id)
{
    api::Registration r;
    r.id = id;
    r.webinarId = 7;
    r.version = 1;
    r.fullName = u"%1 %2"_s.arg(canary).arg(id);
    r.contact = api::ContactFields {u"p%1@%2.example"_s.arg(id).arg(canary), {}};
    if (id % 2 == 0) { // every class, with set and unset times (the binary page format)
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1764000000123 + id, QTimeZone::UTC);
        r.profile = api::ProfileFields {u"Bedrijf %1"_s.arg(canary), u"Adviseur"_s};
        r.registration = api::RegistrationFields {at, api::ApprovalState::Rejected};
        r.attendance = api::AttendanceFields {at, {}, id % 120, true};
        r.consent = api::Consent {true, false, at};
    }
    return r;
}

QList<api::Registration> registrations(int count)
{
    QList<api::Registration> list;
    for (int i = 1; i <= count; ++i)
        list.append(registration(i));
    return list;
}

} // namespace

class TstClientCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTripOfEveryRecordType();
    void wrongPasswordIsDetected();
    void anotherAccountsFileIsNotUsed();
    void flippedTruncatedOrMovedRecordsAreSkipped();
    void damagedFileIsReported();
    void lockDropsTheKey();
    void clearRecordsKeepsThePassword();
    void fileNameRevealsNoEmail();
    void filesAreOwnerOnlyFromCreation();
    void noPlaintextOnDisk();
    void forgetThisComputerRemovesEveryFile();
    void sessionSignOutLeavesNoKey();
    void backoffDoublesWithJitter();

private:
    std::unique_ptr<ClientCache> openUnlocked(const QByteArray &password = "correct horse");
    CacheConfig config() const { return {m_dir->path(), testKdf}; }

    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstClientCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/regiekamer-no-bus"); // never the desktop's keychain
}

void TstClientCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ClientCache> TstClientCache::openUnlocked(const QByteArray &password)
{
    auto cache = std::make_unique<ClientCache>(config());
    const auto attached = cache->attach(server, email, true);
    if (!attached || !*attached)
        qFatal("attach failed");
    if (!cache->unlock(keyFor(*cache, password)))
        qFatal("unlock failed");
    return cache;
}

void TstClientCache::roundTripOfEveryRecordType()
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    api::UserInfo user {42, email, u"Ada"_s, Role::Director, 3, u"Org"_s};
    api::WebinarSummary summary;
    summary.id = 7;
    summary.title = canary;
    summary.startsAt = at;
    api::WebinarDetail detail;
    detail.summary = summary;
    api::Question question;
    question.id = 5;
    question.webinarId = 7;
    question.question = api::QuestionFields {canary, at, api::QuestionState::New, {}, {}};
    const auto rows = registrations(1234); // three records
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        QVERIFY(CacheRecords(cache).storeUser(user, at));
        QVERIFY(CacheRecords(cache).storeWebinars({summary}, at));
        QVERIFY(CacheRecords(cache).storeDetail(detail, at));
        QVERIFY(CacheRecords(cache).storeRegistrations(7, rows, at));
        QVERIFY(CacheRecords(cache).storeQuestions(7, {question}, at));
    }
    ClientCache cache(config());
    QVERIFY(cache.attach(server, email, false).value_or(false));
    QVERIFY(cache.unlock(keyFor(cache, "correct horse")));
    const auto loadedUser = CacheRecords(cache).loadUser();
    QVERIFY(loadedUser && *loadedUser);
    QCOMPARE((*loadedUser)->value.toJson(), user.toJson());
    QCOMPARE((*loadedUser)->receivedAt.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    const auto webinars = CacheRecords(cache).loadWebinars();
    QVERIFY(webinars && *webinars);
    QCOMPARE((*webinars)->value.size(), 1);
    QCOMPARE((*webinars)->value.first().toJson(), summary.toJson());
    const auto loadedDetail = CacheRecords(cache).loadDetail(7);
    QVERIFY(loadedDetail && *loadedDetail);
    QCOMPARE((*loadedDetail)->value.toJson(), detail.toJson());
    const auto none = CacheRecords(cache).loadDetail(8);
    QVERIFY(none && !*none);
    const auto loadedRows = CacheRecords(cache).loadRegistrations(7);
    QVERIFY(loadedRows.problems.isEmpty());
    QCOMPARE(loadedRows.items.size(), rows.size());
    QCOMPARE(loadedRows.items.last().toJson(), rows.last().toJson());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(loadedRows.items.at(i).toJson(), rows.at(i).toJson());
    QCOMPARE(loadedRows.receivedAt.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    const auto questions = CacheRecords(cache).loadQuestions(7);
    QCOMPARE(questions.items.size(), 1);
    QCOMPARE(questions.items.first().toJson(), question.toJson());

    // Page by page as the workspace writes them, then trimmed to the final count.
    QVERIFY(CacheRecords(cache).storeRegistrationPage(7, 0, rows.mid(0, 500), at));
    QVERIFY(CacheRecords(cache).trimRegistrationPages(7, 1));
    QCOMPARE(CacheRecords(cache).loadRegistrations(7).items.size(), 500);
}

void TstClientCache::wrongPasswordIsDetected()
{
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        QVERIFY(CacheRecords(cache).storeWebinars({}, QDateTime::currentDateTimeUtc()));
    }
    ClientCache cache(config());
    QVERIFY(cache.attach(server, email, false).value_or(false));
    const Status wrong = cache.unlock(keyFor(cache, "wrong horse"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QString::fromLatin1(cacheerrc::wrongPassword));
    QVERIFY(!wrong.error().message.isEmpty());
    QVERIFY(!cache.isUnlocked());
    QVERIFY(!CacheRecords(cache).loadWebinars());
    QVERIFY(cache.unlock(keyFor(cache, "correct horse")));
}

void TstClientCache::anotherAccountsFileIsNotUsed()
{
    const QString other = u"bob@example.org"_s;
    QString adaFile;
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        adaFile = cache.filePath();
    }
    const CacheFiles files(m_dir->path());
    const auto bobFile = files.fileFor(server, other, true);
    QVERIFY(bobFile && *bobFile != adaFile);
    QVERIFY(QFile::copy(adaFile, *bobFile));
    ClientCache cache(config());
    const auto attached = cache.attach(server, other, false);
    QVERIFY(!attached);
    QCOMPARE(attached.error().code, QString::fromLatin1(cacheerrc::otherAccount));
    QVERIFY(!cache.isAttached());
}

void TstClientCache::flippedTruncatedOrMovedRecordsAreSkipped()
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto owned = openUnlocked();
    ClientCache &cache = *owned;
    QVERIFY(CacheRecords(cache).storeRegistrations(7, registrations(2000), at)); // pages 0..3
    api::WebinarDetail detail;
    detail.summary.id = 7;
    detail.summary.title = u"Webinar"_s;
    detail.summary.startsAt = at;
    QVERIFY(CacheRecords(cache).storeDetail(detail, at));
    CacheDatabase &db = cache.database();

    auto page1 = db.record(u"registrations/7/000001"_s);
    QVERIFY(page1 && *page1);
    QByteArray flipped = **page1;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
    QVERIFY(db.putRecord(u"registrations/7/000001"_s, flipped));
    auto page2 = db.record(u"registrations/7/000002"_s);
    QVERIFY(db.putRecord(u"registrations/7/000002"_s, (*page2)->left((*page2)->size() - 7)));
    auto page0 = db.record(u"registrations/7/000000"_s);
    QVERIFY(db.putRecord(u"registrations/7/000003"_s, **page0)); // moved: a copy under another name

    const auto loaded = CacheRecords(cache).loadRegistrations(7);
    QCOMPARE(loaded.items.size(), 500); // only page 0 is intact
    QCOMPARE(loaded.problems.size(), 3);
    QVERIFY(loaded.problems.first().contains(u"registrations/7/000001"_s));

    auto sealedDetail = db.record(u"webinar/7"_s);
    QVERIFY(db.putRecord(u"webinar/8"_s, **sealedDetail));
    const auto moved = CacheRecords(cache).loadDetail(8);
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, QString::fromLatin1(cacheerrc::damagedRecord));
    QVERIFY(CacheRecords(cache).loadDetail(7).value_or(std::nullopt));
}

void TstClientCache::damagedFileIsReported()
{
    QString path;
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        path = cache.filePath();
    }
    QVERIFY(CacheFiles::removeFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    ClientCache cache(config());
    const auto attached = cache.attach(server, email, false);
    QVERIFY(!attached);
    QCOMPARE(attached.error().code, QString::fromLatin1(cacheerrc::damaged));
}

// Attack review finding 14: under the most permissive umask, the directory, the naming key and the cache file (with
// its WAL) are owner-only as soon as they exist, not after a chmod.
void TstClientCache::filesAreOwnerOnlyFromCreation()
{
    const mode_t previous = ::umask(0);
    const QString directory = m_dir->filePath(u"new/offline"_s);
    ClientCache cache(CacheConfig {directory, testKdf});
    const auto attached = cache.attach(server, email, true);
    const bool unlocked = attached && *attached && cache.unlock(keyFor(cache, "correct horse"));
    const bool stored = unlocked &&
        CacheRecords(cache).storeUser(api::UserInfo {42, email, u"Ada"_s, Role::Director, 3, u"Org"_s},
                                      QDateTime::currentDateTimeUtc());
    ::umask(previous);
    QVERIFY(stored);
    const QString file = cache.filePath();
    const auto modeOf = [](const QString &path) {
        struct stat status {};
        return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    };
    QCOMPARE(modeOf(directory), 0700);
    QCOMPARE(modeOf(directory + u"/naming.key"_s), 0600);
    QVERIFY(file.startsWith(directory));
    QCOMPARE(modeOf(file), 0600);
    for (const QString &companion : QStringList {file + u"-wal"_s, file + u"-shm"_s}) {
        if (QFile::exists(companion))
            QCOMPARE(modeOf(companion), 0600);
    }
}

void TstClientCache::lockDropsTheKey()
{
    auto owned = openUnlocked();
    ClientCache &cache = *owned;
    QVERIFY(CacheRecords(cache).storeWebinars({}, QDateTime::currentDateTimeUtc()));
    QVERIFY(!cache.key().isEmpty());
    cache.lock();
    QVERIFY(!cache.isUnlocked());
    QVERIFY(cache.key().isEmpty());
    const auto webinars = CacheRecords(cache).loadWebinars();
    QVERIFY(!webinars);
    QCOMPARE(webinars.error().code, QString::fromLatin1(cacheerrc::locked));
}

void TstClientCache::clearRecordsKeepsThePassword()
{
    auto owned = openUnlocked();
    ClientCache &cache = *owned;
    QVERIFY(CacheRecords(cache).storeWebinars({}, QDateTime::currentDateTimeUtc()));
    QVERIFY(cache.clearRecords());
    QVERIFY(CacheRecords(cache).loadWebinars().value_or(std::nullopt) == std::nullopt);
    cache.lock();
    QVERIFY(cache.attach(server, email, false).value_or(false));
    QVERIFY(cache.unlock(keyFor(cache, "correct horse")));
}

void TstClientCache::fileNameRevealsNoEmail()
{
    auto owned = openUnlocked();
    ClientCache &cache = *owned;
    const QString name = QFileInfo(cache.filePath()).fileName();
    for (const QString &part : {u"ada"_s, u"canary"_s, u"example"_s})
        QVERIFY2(!name.contains(part, Qt::CaseInsensitive), qPrintable(name));
    QVERIFY(!name.contains(QString::fromLatin1(email.toUtf8().toHex().left(8))));
}

void TstClientCache::noPlaintextOnDisk()
{
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        QVERIFY(CacheRecords(cache).storeRegistrations(7, registrations(600), QDateTime::currentDateTimeUtc()));
        QVERIFY(CacheRecords(cache).storeUser({42, email, canary, Role::Director, 3, canary},
                                              QDateTime::currentDateTimeUtc()));
    }
    const QList<QByteArray> needles {canary.toUtf8(),
                                     QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2),
                                     canary.toUtf8().toBase64(),
                                     canary.toUtf8().toHex(),
                                     canary.toUtf8().toHex().toUpper(),
                                     email.toUtf8()};
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(file.fileName() + u" holds "_s + QString::fromLatin1(needle)));
    }
    QVERIFY(files >= 2);
}

void TstClientCache::forgetThisComputerRemovesEveryFile()
{
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        QVERIFY(CacheRecords(cache).storeWebinars({}, QDateTime::currentDateTimeUtc()));
    }
    {
        ClientCache other(config());
        QVERIFY(other.attach(server, u"bob@example.org"_s, true).value_or(false));
    }
    QVERIFY(!QDir(m_dir->path()).isEmpty());
    SessionController session;
    session.setCacheConfig(config());
    QVERIFY(session.forgetThisComputer());
    QVERIFY2(QDir(m_dir->path()).isEmpty(), qPrintable(QDir(m_dir->path()).entryList(QDir::Files).join(u' ')));
}

void TstClientCache::sessionSignOutLeavesNoKey()
{
    SessionController session;
    session.setCacheConfig(config());
    QVERIFY(!session.cache()->isUnlocked());
    QVERIFY(session.isReadOnly());
    QCOMPARE(session.secondsUntilReconnect(), -1);
    QVERIFY(!session.dataReceivedAt().isValid());
    // No session bus here (tst_keychain serves a wallet on its own): QtKeychain finds no keychain.
    QVERIFY(!SessionController::keychainAvailable());
    // A sign-in that cannot reach any server and finds no cache fails as before and keeps nothing.
    QSignalSpy failed(&session, &SessionController::signInFailed);
    session.signIn(u"https://127.0.0.1:1"_s, email, u"pw"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY(!session.cache()->isUnlocked());
    QCOMPARE(session.connection(), SessionController::Connection::SignedOut);
}

void TstClientCache::backoffDoublesWithJitter()
{
    QCOMPARE(ReconnectBackoff::jittered(1000, 0), 800);
    QCOMPARE(ReconnectBackoff::jittered(1000, 0xFFFFFFFFu), 1200);
    ReconnectBackoff backoff;
    QSignalSpy scheduled(&backoff, &ReconnectBackoff::scheduled);
    for (int i = 0; i < 8; ++i)
        backoff.scheduleNext();
    QCOMPARE(scheduled.size(), 8);
    QVERIFY(scheduled.first().first().toInt() <= 2); // 1 s ±20%, rounded up
    QVERIFY(scheduled.last().first().toInt() <= 60 * 1.2 + 1);
    QVERIFY(scheduled.last().first().toInt() >= 60 * 0.8);
    backoff.reset();
    QCOMPARE(backoff.secondsUntilAttempt(), -1);
}

QTEST_GUILESS_MAIN(TstClientCache)
#include "tst_clientcache.moc"
