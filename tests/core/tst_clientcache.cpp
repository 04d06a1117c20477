// The encrypted offline cache (ClientCache) on its own: every record type round trips, a wrong password, another
// account's file, flipped/truncated/moved records and a damaged file are each detected and reported, lock() drops
// the key, forgetting removes every file, and no stored canary appears on disk in any common encoding. What the
// files show without the password (attack review finding 16): record names without ids or names, sizes in buckets,
// and nothing that turns a guessed (server, e-mail) into a file name.
#include "CacheTestSupport.h"
#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CachePadding.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "crypto/Aead.h"
#include "crypto/KeyDerivation.h"
#include "session/SessionController.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

qsizetype sealedSize(ClientCache &cache, const QString &context)
{
    const auto sealed = cache.database().record(cache.storedName(context));
    return sealed && *sealed ? (*sealed)->size() : -1;
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
        r.attendance = api::AttendanceFields {at, {}, id % 120, true, false, {}, {}};
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
    void recordNamesRevealNoIdsOrNames();
    void sizesArePaddedToBuckets();
    void paddingIsVerified();
    void nothingOnDiskTurnsAGuessIntoAFileName();
    void unusableFilesAreRemoved();
    void filesAreOwnerOnlyFromCreation();
    void noPlaintextOnDisk();
    void forgetThisComputerRemovesEveryFile();
    void sessionSignOutLeavesNoKey();

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
    if (!cachetest::openWithLease(*cache, server, email, password))
        qFatal("open failed");
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
    question.question =
        api::QuestionFields {canary, at, api::QuestionState::New, {}, {}, false, std::nullopt, {}, std::nullopt};
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
    QVERIFY(cachetest::open(cache, server, email, "correct horse", false));
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
    QString path;
    QCA::SecureArray fileKey;
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        QVERIFY(CacheRecords(cache).storeWebinars({}, QDateTime::currentDateTimeUtc()));
        path = cache.filePath();
        fileKey = cache.key();
    }
    ClientCache cache(config());
    // No file opens with another password: nothing found (nothing on disk says whose a file is).
    QVERIFY(!cachetest::open(cache, server, email, "wrong horse", false));
    QVERIFY(!cache.isUnlocked());
    QVERIFY(!CacheRecords(cache).loadWebinars());
    const Status wrong = cache.openFile(path, crypto::randomKey(32), server, email);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QString::fromLatin1(cacheerrc::wrongPassword));
    QVERIFY(!wrong.error().message.isEmpty());
    QVERIFY(cache.openFile(path, fileKey, server, email));
    QVERIFY(cachetest::open(cache, server, email, "correct horse", false));
    QCOMPARE(cache.filePath(), path);
}

void TstClientCache::anotherAccountsFileIsNotUsed()
{
    QString adaFile;
    QCA::SecureArray adaKey;
    {
        auto owned = openUnlocked();
        adaFile = owned->filePath();
        adaKey = owned->key();
    }
    const QString other = u"bob@example.org"_s;
    ClientCache cache(config());
    // The same password, another account: Ada's file is not Bob's.
    QVERIFY(!cachetest::open(cache, server, other, "correct horse", false));
    QVERIFY(!cache.isAttached());
    const Status attached = cache.openFile(adaFile, adaKey, server, other);
    QVERIFY(!attached);
    QCOMPARE(attached.error().code, QString::fromLatin1(cacheerrc::otherAccount));
    QVERIFY(!cache.isAttached());
    QVERIFY(!cache.openFile(adaFile, adaKey, QUrl(u"https://other.example:8443"_s), email));
    QVERIFY(cachetest::open(cache, server, other, "correct horse", true));
    QVERIFY(cache.filePath() != adaFile);
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
    const auto name = [&cache](const QString &context) { return cache.storedName(context); };

    auto page1 = db.record(name(u"registrations/7/000001"_s));
    QVERIFY(page1 && *page1);
    QByteArray flipped = **page1;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
    QVERIFY(db.putRecord(name(u"registrations/7/000001"_s), flipped));
    auto page2 = db.record(name(u"registrations/7/000002"_s));
    QVERIFY(db.putRecord(name(u"registrations/7/000002"_s), (*page2)->left((*page2)->size() - 7)));
    auto page0 = db.record(name(u"registrations/7/000000"_s));
    QVERIFY(db.putRecord(name(u"registrations/7/000003"_s), **page0)); // moved: a copy under another name

    const auto loaded = CacheRecords(cache).loadRegistrations(7);
    QCOMPARE(loaded.items.size(), 500); // only page 0 is intact
    QCOMPARE(loaded.problems.size(), 3);
    QVERIFY(loaded.problems.first().contains(u"registrations/7/000001"_s));

    auto sealedDetail = db.record(name(u"webinar/7"_s));
    QVERIFY(db.putRecord(name(u"webinar/8"_s), **sealedDetail));
    const auto moved = CacheRecords(cache).loadDetail(8);
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, QString::fromLatin1(cacheerrc::damagedRecord));
    QVERIFY(CacheRecords(cache).loadDetail(7).value_or(std::nullopt));
}

void TstClientCache::damagedFileIsReported()
{
    QString path;
    QCA::SecureArray fileKey;
    {
        auto owned = openUnlocked();
        path = owned->filePath();
        fileKey = owned->key();
    }
    QVERIFY(CacheFiles::removeFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    ClientCache cache(config());
    const Status opened = cache.openFile(path, fileKey, server, email);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QString::fromLatin1(cacheerrc::damaged));
    QVERIFY(!cachetest::open(cache, server, email, "correct horse", false)); // skipped, not used
}

// Attack review finding 14: under the most permissive umask, the directory, its salt file and the cache file (with
// its WAL) are owner-only as soon as they exist, not after a chmod.
void TstClientCache::filesAreOwnerOnlyFromCreation()
{
    const mode_t previous = ::umask(0);
    const QString directory = m_dir->filePath(u"new/offline"_s);
    ClientCache cache(CacheConfig {directory, testKdf});
    const bool unlocked = cachetest::open(cache, server, email, "correct horse");
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
    QCOMPARE(modeOf(directory + u"/salt"_s), 0600);
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
    QVERIFY(cachetest::open(cache, server, email, "correct horse", false));
}

void TstClientCache::fileNameRevealsNoEmail()
{
    auto owned = openUnlocked();
    ClientCache &cache = *owned;
    const QString name = QFileInfo(cache.filePath()).fileName();
    // Only hex digits and the suffix: no part of the address fits in (a hex run such as "ada" may occur by chance).
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}\\.rkcache$"_s).match(name).hasMatch(), qPrintable(name));
    for (const QString &part : {u"canary"_s, u"example"_s})
        QVERIFY2(!name.contains(part, Qt::CaseInsensitive), qPrintable(name));
    QVERIFY(!name.contains(QString::fromLatin1(email.toUtf8().toHex().left(8))));
}

// Finding 16: the records table shows no webinar, registration or user id, no e-mail and no server: every name is
// a keyed hash (only the plain "check" record is named, and the same in every file); the header holds no identity.
void TstClientCache::recordNamesRevealNoIdsOrNames()
{
    QString path;
    {
        auto owned = openUnlocked();
        ClientCache &cache = *owned;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(CacheRecords(cache).storeUser({4242, email, u"Ada"_s, Role::Director, 3, u"Org"_s}, at));
        api::WebinarDetail detail;
        detail.summary.id = 7777;
        detail.summary.title = canary;
        detail.summary.startsAt = at;
        QVERIFY(CacheRecords(cache).storeWebinars({detail.summary}, at));
        QVERIFY(CacheRecords(cache).storeDetail(detail, at));
        QVERIFY(CacheRecords(cache).storeRegistrations(7777, registrations(1200), at));
        QVERIFY(CacheRecords(cache).storeQuestions(7777, {}, at));
        path = cache.filePath();
    }
    const QStringList names = cachetest::rawColumn(path, u"SELECT name FROM records"_s);
    QVERIFY(names.size() >= 7); // check, lease, user, webinars, webinar, 3 pages
    const QRegularExpression keyed(u"^[0-9a-f]{32}$"_s);
    for (const QString &name : names) {
        QVERIFY2(name == u"check"_s || keyed.match(name).hasMatch(), qPrintable(name));
        // A keyed name is 32 random hex digits, so it holds a run like "7777" by chance now and then; the ids are
        // ruled out by that form, the words below by containing letters past 'f'.
        for (const QString &revealing :
             {u"registrations"_s, u"questions"_s, u"webinar"_s, u"user"_s, email, server.host(), u"lease"_s})
            QVERIFY2(!name.contains(revealing), qPrintable(name));
    }
    const QStringList header = cachetest::rawColumn(path, u"SELECT name || '=' || CAST(value AS TEXT) FROM header"_s);
    for (const QString &entry : header) {
        QVERIFY2(entry.startsWith(u"format="_s) || entry.startsWith(u"keychain="_s) || entry.startsWith(u"expires="_s),
                 qPrintable(entry));
        QVERIFY2(!entry.contains(server.host()) && !entry.contains(u"ada"_s), qPrintable(entry));
    }
}

// Finding 16: two records of different lengths in one bucket take the same room on disk; a longer one a bigger
// bucket.
void TstClientCache::sizesArePaddedToBuckets()
{
    auto owned = openUnlocked();
    ClientCache &cache = *owned;
    // Plaintexts of 300 and 500 bytes share the 512-byte bucket; 600 bytes take the next one.
    QVERIFY(cache.putSealed(u"webinar/1"_s, QByteArray(300, 'a')));
    QVERIFY(cache.putSealed(u"webinar/2"_s, QByteArray(500, 'b')));
    QVERIFY(cache.putSealed(u"webinar/3"_s, QByteArray(600, 'c')));
    const qsizetype a = sealedSize(cache, u"webinar/1"_s), b = sealedSize(cache, u"webinar/2"_s);
    QVERIFY(a > 0);
    QCOMPARE(a, b);
    QCOMPARE(a, 512 + crypto::Aead::overheadBytes);
    QCOMPARE(sealedSize(cache, u"webinar/3"_s), 1024 + crypto::Aead::overheadBytes);
    api::WebinarDetail detail;
    detail.summary.id = 4;
    detail.summary.title = QString(3000, u'C');
    detail.summary.startsAt = QDateTime::currentDateTimeUtc();
    QVERIFY(CacheRecords(cache).storeDetail(detail, detail.summary.startsAt));
    // Every sealed size is a bucket plus the constant sealing overhead.
    const auto listing = cache.database().listing();
    QVERIFY(listing);
    for (const auto &[name, size] : *listing) {
        const qsizetype padded = size - crypto::Aead::overheadBytes;
        QVERIFY2(cachepadding::bucketFor(padded - 1) == padded, qPrintable(u"%1: %2"_s.arg(name).arg(size)));
    }
    QVERIFY(CacheRecords(cache).loadDetail(4).value_or(std::nullopt));
    const auto sealed = cache.database().record(cache.storedName(u"webinar/2"_s));
    QVERIFY(sealed && *sealed);
    QCOMPARE(cache.openSealed(u"webinar/2"_s, **sealed).value_or(QByteArray()), QByteArray(500, 'b'));
}

void TstClientCache::paddingIsVerified()
{
    for (const qsizetype length : {0, 1, 254, 255, 256, 65535, 65536, 200000}) {
        const QByteArray plain(length, 'p');
        const QByteArray padded = cachepadding::pad(plain);
        QCOMPARE(padded.size(), cachepadding::bucketFor(length));
        QVERIFY(padded.size() > length);
        QCOMPARE(cachepadding::unpad(padded).value_or("x"), plain);
    }
    QCOMPARE(cachepadding::bucketFor(0), 256);
    QCOMPARE(cachepadding::bucketFor(255), 256);
    QCOMPARE(cachepadding::bucketFor(256), 512);
    QCOMPARE(cachepadding::bucketFor(65535), 65536);
    QCOMPARE(cachepadding::bucketFor(65536), 131072);
    QCOMPARE(cachepadding::bucketFor(131072), 196608);
    const QByteArray good = cachepadding::pad("abc");
    QByteArray noMarker = good;
    noMarker[3] = '\x81';
    QVERIFY(!cachepadding::unpad(noMarker));
    QVERIFY(!cachepadding::unpad(good.left(good.size() - 1))); // not a bucket
    QVERIFY(!cachepadding::unpad(good + QByteArray(256, '\0'))); // a bigger bucket than the length needs
    QVERIFY(!cachepadding::unpad(QByteArray(256, '\0')));
}

// Finding 16: no naming key any more, and a file's name does not depend on the e-mail or server: with every file of
// the cache directory and the settings in hand, a guessed (server, e-mail) cannot be turned into a file name.
void TstClientCache::nothingOnDiskTurnsAGuessIntoAFileName()
{
    QStringList names;
    for (int round = 0; round < 2; ++round) {
        QTemporaryDir dir;
        ClientCache cache(CacheConfig {dir.path(), testKdf});
        QVERIFY(cachetest::openWithLease(cache, server, email, "correct horse"));
        names << QFileInfo(cache.filePath()).fileName();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &file : files) {
            QVERIFY2(file == u"salt"_s || file.startsWith(QFileInfo(cache.filePath()).completeBaseName()),
                     qPrintable(file));
        }
        QVERIFY(!QFile::exists(dir.filePath(u"naming.key"_s)));
        QFile salt(dir.filePath(u"salt"_s));
        QVERIFY(salt.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(salt.readAll()).object().keys(),
                 QStringList({u"argon2_m"_s, u"argon2_p"_s, u"argon2_t"_s, u"format"_s, u"salt"_s}));
    }
    QVERIFY(names.at(0) != names.at(1)); // the same account, the same server: random names
    const QRegularExpression random(u"^[0-9a-f]{32}\\.rkcache$"_s);
    QVERIFY2(random.match(names.at(0)).hasMatch(), qPrintable(names.at(0)));
    // The client settings hold no trace of the account either.
    const auto settings = openSettings();
    settings->sync();
    QFile file(settings->fileName());
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QVERIFY(!bytes.contains(email.toUtf8()));
    QVERIFY(!bytes.contains(server.host().toUtf8()));
}

// Files that can never be opened again go at the next sign-in: an older format's (with its naming key), a damaged
// one, and one whose lease hint has passed (e.g. of a password changed on the server). A running lease stays.
void TstClientCache::unusableFilesAreRemoved()
{
    QString current, expired;
    {
        auto owned = openUnlocked();
        current = owned->filePath();
    }
    {
        ClientCache cache(config());
        QVERIFY(cachetest::openWithLease(cache, server, u"bob@example.org"_s, "other horse", -60));
        expired = cache.filePath();
    }
    const QString old = m_dir->filePath(u"0123456789abcdef0123456789abcdef.rkcache"_s);
    {
        CacheDatabase db;
        QVERIFY(db.open(old));
        QVERIFY(db.setHeader(u"format"_s, "regiekamer-offline-cache-1"));
    }
    const QString garbage = m_dir->filePath(u"fedcba9876543210fedcba9876543210.rkcache"_s);
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QFile naming(m_dir->filePath(u"naming.key"_s));
    QVERIFY(naming.open(QIODevice::WriteOnly));
    naming.write(QByteArray(32, 'k'));
    naming.close();

    CacheFiles(m_dir->path()).removeExpired(QDateTime::currentDateTimeUtc());
    QVERIFY(QFile::exists(current));
    for (const QString &gone : {expired, old, garbage, m_dir->filePath(u"naming.key"_s)})
        QVERIFY2(!QFile::exists(gone), qPrintable(gone));
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
        QVERIFY(cachetest::open(other, server, u"bob@example.org"_s, "other horse"));
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

QTEST_GUILESS_MAIN(TstClientCache)
#include "tst_clientcache.moc"
