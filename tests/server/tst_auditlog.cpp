// The access log's hash chain and seals: appending, and the verifier catching every kind of tampering on a copy
// of the database (a changed byte, a deleted entry, two entries swapped, a cut-off tail, a forged checkpoint or
// head, a chain recomputed without the key), each time naming the first bad entry. The personal columns (actor
// name, client address) are stored sealed, a sealed value moved to another entry or column does not open, the
// chain verifies without the master key, and plain entries of an older version are re-sealed once (migration 7).
#include "AuditChain.h"
#include "AuditFieldCipher.h"
#include "AuditLog.h"
#include "AuditQuery.h"
#include "AuditSeal.h"
#include "AuditVerifier.h"
#include "Database.h"
#include "KeyRotation.h"
#include "KeyStore.h"
#include "MasterKey.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 checkpointInterval = 10;
constexpr int entryCount = 35;

audit::AuditKey testKey(char fill = 'k')
{
    return audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, fill));
}

api::AuditEntry sampleEntry(int number)
{
    api::AuditEntry entry;
    entry.actorId = 2 + number % 3;
    entry.actorName = u"Regisseur %1"_s.arg(number % 3);
    entry.actorRole = u"director"_s;
    entry.clientAddress = u"127.0.0.1"_s;
    entry.requestId = u"req-%1"_s.arg(number);
    entry.action = QString::fromLatin1(api::auditAction::read);
    entry.objectType = u"registration"_s;
    entry.objectId = 100 + number;
    entry.webinarId = 7;
    entry.organisationId = 3;
    entry.subjectUserId = 40 + number;
    entry.fields = {u"identity"_s, u"contact"_s};
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.rowCount = -1;
    return entry;
}

// Runs SQL on a database file through a connection of its own, as an attacker with file access would.
void tamper(const QString &path, const QStringList &statements)
{
    const QString name = u"tamper-%1"_s.arg(reinterpret_cast<quintptr>(&statements));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        for (const QString &sql : statements) {
            QSqlQuery query(connection);
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A database with its key store and access log, as the server opens them (the first entry records the master key).
struct OpenedLog
{
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<audit::AuditLog> log;
};

OpenedLog openLog(const QString &directory, Clock clock = systemClock(),
                  qint64 interval = audit::AuditLog::defaultCheckpointInterval)
{
    OpenedLog opened;
    auto database = Database::open(directory);
    if (!database)
        qFatal("%s", qPrintable(database.error().message));
    opened.database = std::move(*database);
    auto keys = KeyStore::open(*opened.database, QDir(directory).filePath(MasterKey::defaultFileName));
    if (!keys)
        qFatal("%s", qPrintable(keys.error().message));
    opened.keys = std::move(*keys);
    opened.log = std::make_unique<audit::AuditLog>(*opened.database, testKey(), std::move(clock), interval);
    if (auto initialised = opened.keys->initialise(*opened.log, u"test"_s); !initialised)
        qFatal("%s", qPrintable(initialised.error().message));
    return opened;
}

QVariantList rawRow(Database &database, qint64 sequence)
{
    auto row = database.firstRow(u"SELECT actor_name, client_address FROM audit_log WHERE seq = ?"_s, {sequence});
    if (!row || !*row)
        qFatal("no entry %lld", static_cast<long long>(sequence));
    return **row;
}

api::UserInfo admin()
{
    api::UserInfo caller;
    caller.id = 1;
    caller.role = Role::Admin;
    return caller;
}

// SQL for a blob column with its first byte changed, whatever that byte was.
QString flippedFirstByte(const QString &column)
{
    return u"(CASE WHEN substr(%1, 1, 1) = X'00' THEN X'01' ELSE X'00' END || substr(%1, 2))"_s.arg(column);
}

// Writes `count` entries as a version before 7 did: actor name and address plain, the chain, checkpoints and head.
void writePlainChain(Database &database, const audit::AuditKey &key, int count, qint64 interval)
{
    QByteArray previous = audit::genesisHash();
    const QString insert = u"INSERT INTO audit_log (%1, hash) VALUES (%2)"_s.arg(
        audit::chainedColumnList(),
        QStringList(static_cast<qsizetype>(audit::chainedColumns().size()) + 1, u"?"_s).join(u", "_s));
    qint64 atMs = 1'700'000'000'000;
    for (int i = 1; i <= count; ++i) {
        api::AuditEntry entry = sampleEntry(i);
        entry.sequence = i;
        entry.at = QDateTime::fromMSecsSinceEpoch(++atMs, QTimeZone::UTC);
        QVariantList values = audit::rowValues(entry);
        const QByteArray hash = audit::chainHash(previous, audit::canonicalBytes(values));
        values.append(hash);
        QVERIFY(database.run(insert, values));
        if (i % interval == 0) {
            const audit::Seal seal = audit::makeSeal(key, audit::SealKind::Checkpoint, i, hash, atMs);
            QVERIFY(database.run(u"INSERT INTO audit_checkpoints (seq, hash, at_ms, mac) VALUES (?, ?, ?, ?)"_s,
                                 {seal.sequence, seal.hash, seal.atMs, seal.mac}));
        }
        previous = hash;
    }
    const audit::Seal head = audit::makeSeal(key, audit::SealKind::Head, count, previous, atMs);
    QVERIFY(database.run(u"INSERT INTO audit_head (id, seq, hash, at_ms, mac) VALUES (1, ?, ?, ?, ?)"_s,
                         {head.sequence, head.hash, head.atMs, head.mac}));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database file and its write-ahead log, as bytes.
QByteArray databaseBytes(const QString &directory)
{
    const QString path = QDir(directory).filePath(Database::fileName);
    return fileBytes(path) + fileBytes(path + u"-wal"_s);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_crypto;
    QTemporaryDir m_directory;
    QString m_pristine;
    qint64 m_clockMs = 1'790'000'000'000;

    QString databasePath() const { return m_directory.filePath(Database::fileName); }

    // threads > 1: the chain is walked in stretches of at least 5 entries side by side.
    audit::VerifyReport verify(const QString &path, const audit::AuditKey &key = testKey(),
                               const audit::VerifyStart &start = {}, int threads = 1)
    {
        auto report = audit::AuditVerifier(path, key, threads, 5).verify(start);
        if (!report)
            qFatal("verifier failed: %s", qPrintable(report.error().message));
        return *report;
    }

    QString tamperedCopy(const QStringList &statements)
    {
        static int copies = 0;
        const QString copy = m_directory.filePath(u"copy-%1.sqlite"_s.arg(++copies));
        if (!QFile::copy(m_pristine, copy))
            qFatal("cannot copy the database");
        tamper(copy, statements);
        return copy;
    }

private Q_SLOTS:
    void initTestCase();
    void appendsAConsecutiveChainThatVerifies();
    void timeNeverGoesBackwards();
    void verifiesIncrementallyFromAKnownEntry();
    void detectsTampering_data();
    void detectsTampering();
    void detectsAWrongKey();
    void rolledBackEntryLeavesNoTrace();
    void storesActorNameAndAddressSealed();
    void appendRefusesWithoutKeys();
    void movedCiphertextFailsClearly_data();
    void movedCiphertextFailsClearly();
    void freeTextFindsSealedNames();
    void verifiesWithoutTheMasterKey();
    void resealsPlainEntriesOnce();
    void refusesToResealABrokenChain();
    void keptKeyFollowsRotationAndNewKeys();
};

void TestAuditLog::initTestCase()
{
    QVERIFY(m_directory.isValid());
    OpenedLog opened = openLog(
        m_directory.path(), [this] { return QDateTime::fromMSecsSinceEpoch(m_clockMs += 7, QTimeZone::UTC); },
        checkpointInterval);
    Transaction transaction(*opened.database);
    // Entry 1 records the master key the key store created.
    for (int i = 2; i <= entryCount; ++i) {
        auto appended = opened.log->append(sampleEntry(i));
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().message));
        QCOMPARE(appended->sequence, i);
        QCOMPARE(appended->actorName, sampleEntry(i).actorName); // handed back plain
    }
    QVERIFY(transaction.commit());
    opened.log.reset();
    opened.keys.reset();
    opened.database->close();
    m_pristine = m_directory.filePath(u"pristine.sqlite"_s);
    QVERIFY(QFile::copy(databasePath(), m_pristine));
}

void TestAuditLog::appendsAConsecutiveChainThatVerifies()
{
    for (const int threads : {1, 4}) {
        const audit::VerifyReport report = verify(m_pristine, testKey(), {}, threads);
        QVERIFY2(report.intact, qPrintable(report.problem));
        QCOMPARE(report.entriesChecked, entryCount);
        QCOMPARE(report.checkpointsChecked, entryCount / checkpointInterval);
        QCOMPARE(report.lastSequence, entryCount);
        QCOMPARE(report.firstBadSequence, 0);
    }
}

void TestAuditLog::timeNeverGoesBackwards()
{
    QTemporaryDir directory;
    qint64 now = 2'000'000'000'000;
    OpenedLog opened =
        openLog(directory.path(), [&now] { return QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC); });
    auto first = opened.log->append(sampleEntry(1));
    now -= 60'000; // the system clock is set back a minute
    auto second = opened.log->append(sampleEntry(2));
    QVERIFY(first && second);
    QCOMPARE(second->at, first->at);
}

void TestAuditLog::verifiesIncrementallyFromAKnownEntry()
{
    const audit::VerifyReport whole = verify(m_pristine);
    // The hash of entry 20 as the full walk saw it, stored in the table.
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"incremental"_s);
    connection.setDatabaseName(m_pristine);
    QVERIFY(connection.open());
    QSqlQuery query(connection);
    QVERIFY(query.exec(u"SELECT hash FROM audit_log WHERE seq = 20"_s) && query.next());
    const QByteArray hash20 = query.value(0).toByteArray();
    query = QSqlQuery();
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"incremental"_s);

    const audit::VerifyReport tail = verify(m_pristine, testKey(), {20, hash20});
    QVERIFY2(tail.intact, qPrintable(tail.problem));
    QCOMPARE(tail.entriesChecked, entryCount - 20);
    QCOMPARE(tail.lastHash, whole.lastHash);
    const audit::VerifyReport wrongStart = verify(m_pristine, testKey(), {20, QByteArray(32, 'x')});
    QVERIFY(!wrongStart.intact);
    QCOMPARE(wrongStart.firstBadSequence, 21);
}

void TestAuditLog::detectsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("one byte of an entry changed")
        << QStringList {u"UPDATE audit_log SET request_id = 'req-18' WHERE seq = 17"_s} << qint64(17) << u"changed"_s;
    QTest::newRow("the actor of an entry changed")
        << QStringList {u"UPDATE audit_log SET actor_id = 99 WHERE seq = 4"_s} << qint64(4) << u"changed"_s;
    QTest::newRow("one byte of a hash changed")
        << QStringList {u"UPDATE audit_log SET hash = "_s + flippedFirstByte(u"hash"_s) + u" WHERE seq = 12"_s}
        << qint64(12) << u"changed"_s;
    QTest::newRow("the first entry of a stretch changed")
        << QStringList {u"UPDATE audit_log SET reason = 'x' WHERE seq = 18"_s} << qint64(18) << u"changed"_s;
    QTest::newRow("the last entry of a stretch deleted")
        << QStringList {u"DELETE FROM audit_log WHERE seq = 26"_s} << qint64(26) << u"missing"_s;
    QTest::newRow("the first entry of a stretch deleted")
        << QStringList {u"DELETE FROM audit_log WHERE seq = 27"_s} << qint64(27) << u"missing"_s;
    QTest::newRow("an entry deleted") << QStringList {u"DELETE FROM audit_log WHERE seq = 23"_s} << qint64(23)
                                      << u"missing"_s;
    QTest::newRow("two entries swapped") << QStringList {u"UPDATE audit_log SET seq = -5 WHERE seq = 5"_s,
                                                         u"UPDATE audit_log SET seq = 5 WHERE seq = 9"_s,
                                                         u"UPDATE audit_log SET seq = 9 WHERE seq = -5"_s}
                                         << qint64(5) << u"changed"_s;
    QTest::newRow("the tail cut off, head left")
        << QStringList {u"DELETE FROM audit_log WHERE seq > 31"_s} << qint64(32) << u"cut off"_s;
    QTest::newRow("the tail cut off and the head deleted")
        << QStringList {u"DELETE FROM audit_log WHERE seq > 15"_s, u"DELETE FROM audit_head"_s} << qint64(16)
        << u"cut off"_s;
    QTest::newRow("a checkpoint replaced")
        << QStringList {u"UPDATE audit_checkpoints SET hash = (SELECT hash FROM audit_log WHERE seq = 19), "
                        u"seq = 19 WHERE seq = 20"_s}
        << qint64(19) << u"forged"_s;
    QTest::newRow("a checkpoint's seal changed")
        << QStringList {u"UPDATE audit_checkpoints SET mac = "_s + flippedFirstByte(u"mac"_s) + u" WHERE seq = 30"_s}
        << qint64(30) << u"forged"_s;
    QTest::newRow("the head moved back to an earlier entry")
        << QStringList {u"UPDATE audit_head SET seq = 33, hash = (SELECT hash FROM audit_log WHERE seq = 33)"_s}
        << qint64(33) << u"forged"_s;
    QTest::newRow("an entry appended without the key")
        << QStringList {u"INSERT INTO audit_log SELECT 36, at_ms, actor_id, actor_role, client_address, request_id, "
                        u"action, object_type, object_id, webinar_id, organisation_id, subject_user_id, fields, "
                        u"outcome, reason, row_count, actor_name, hash FROM audit_log WHERE seq = 35"_s}
        << qint64(36) << u"changed"_s;
}

void TestAuditLog::detectsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problemMentions);
    const QString copy = tamperedCopy(statements);
    // One walk, and four stretches side by side: (0, 8], (8, 17], (17, 26], (26, 35].
    for (const int threads : {1, 4}) {
        const audit::VerifyReport report = verify(copy, testKey(), {}, threads);
        QVERIFY2(!report.intact, "tampering went unnoticed");
        QCOMPARE(report.firstBadSequence, firstBad);
        QVERIFY2(report.problem.contains(problemMentions), qPrintable(report.problem));
    }
}

void TestAuditLog::detectsAWrongKey()
{
    const audit::VerifyReport report = verify(m_pristine, testKey('x'));
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSequence, checkpointInterval); // the first checkpoint's seal
    QVERIFY(report.problem.contains(u"forged"_s));
}

void TestAuditLog::rolledBackEntryLeavesNoTrace()
{
    QTemporaryDir directory;
    OpenedLog opened = openLog(directory.path());
    {
        Transaction transaction(*opened.database);
        QVERIFY(opened.log->append(sampleEntry(1)));
    } // not committed
    auto next = opened.log->append(sampleEntry(2));
    QVERIFY(next);
    QCOMPARE(next->sequence, 2); // after the master key's entry
    opened.database->close();
    const audit::VerifyReport report = verify(directory.filePath(Database::fileName));
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.entriesChecked, 2);
}

void TestAuditLog::storesActorNameAndAddressSealed()
{
    OpenedLog opened = openLog(m_directory.path());
    const api::AuditEntry plain = sampleEntry(5);
    const QVariantList raw = rawRow(*opened.database, 5);
    const QString name = raw.at(0).toString(), address = raw.at(1).toString();
    QVERIFY(!name.contains(u"Regisseur"_s));
    QVERIFY(!address.contains(u"127.0.0.1"_s));
    const auto sealedName = QByteArray::fromBase64Encoding(name.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(sealedName);
    QCOMPARE(sealedName.decoded.size(), plain.actorName.toUtf8().size() + crypto::Aead::overheadBytes);
    QVERIFY(!databaseBytes(m_directory.path()).contains("Regisseur"));

    audit::AuditFieldCipher cipher(*opened.keys);
    auto aead = cipher.aead();
    QVERIFY(aead);
    QCOMPARE(*audit::AuditFieldCipher::openValue(**aead, "actor_name", 5, name), plain.actorName);
    QCOMPARE(*audit::AuditFieldCipher::openValue(**aead, "client_address", 5, address), plain.clientAddress);

    AuditQuery query(*opened.database, *opened.keys);
    auto page = query.page(admin(), AuditFilter {});
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page->items.size(), entryCount);
    const api::AuditEntry &read = page->items.at(entryCount - 5);
    QCOMPARE(read.sequence, 5);
    QCOMPARE(read.actorName, plain.actorName);
    QCOMPARE(read.clientAddress, plain.clientAddress);
    QCOMPARE(page->items.last().actorName, u"test"_s); // the operator of the first entry
}

void TestAuditLog::appendRefusesWithoutKeys()
{
    QTemporaryDir directory;
    auto database = Database::open(directory.path());
    QVERIFY(database);
    audit::AuditLog log(**database, testKey());
    auto appended = log.append(sampleEntry(1));
    QVERIFY(!appended);
    QCOMPARE(appended.error().code, u"audit_unsealed"_s);
    auto count = (*database)->firstRow(u"SELECT COUNT(*) FROM audit_log"_s);
    QVERIFY(count && *count);
    QCOMPARE((**count).at(0).toLongLong(), 0);
}

void TestAuditLog::movedCiphertextFailsClearly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("column");
    QTest::newRow("actor name moved to another entry")
        << u"UPDATE audit_log SET actor_name = (SELECT actor_name FROM audit_log WHERE seq = 5) WHERE seq = 6"_s
        << QString::fromLatin1(crypto::errc::wrongContext) << u"actor_name"_s;
    QTest::newRow("actor name moved to the address column")
        << u"UPDATE audit_log SET client_address = actor_name WHERE seq = 6"_s
        << QString::fromLatin1(crypto::errc::wrongContext) << u"client_address"_s;
    QTest::newRow("address changed")
        << u"UPDATE audit_log SET client_address = 'AAAA' || substr(client_address, 5) WHERE seq = 6"_s
        << QString::fromLatin1(crypto::errc::undecryptable) << u"client_address"_s;
}

void TestAuditLog::movedCiphertextFailsClearly()
{
    QFETCH(QString, statement);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QTemporaryDir directory;
    QVERIFY(QFile::copy(m_pristine, directory.filePath(Database::fileName)));
    QVERIFY(
        QFile::copy(m_directory.filePath(MasterKey::defaultFileName), directory.filePath(MasterKey::defaultFileName)));
    tamper(directory.filePath(Database::fileName), {statement});
    {
        auto database = Database::open(directory.path());
        QVERIFY(database);
        auto keys = KeyStore::open(**database, directory.filePath(MasterKey::defaultFileName));
        QVERIFY(keys);
        AuditQuery query(**database, **keys);
        auto page = query.page(admin(), AuditFilter {});
        QVERIFY(!page);
        QCOMPARE(page.error().code, code);
        QVERIFY2(page.error().message.contains(u"Access log entry 6: the %1 column"_s.arg(column)),
                 qPrintable(page.error().message));
        AuditFilter older;
        older.before = 6; // the entries before it still read
        QVERIFY(query.page(admin(), older));
    }
    const audit::VerifyReport report = verify(directory.filePath(Database::fileName));
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSequence, 6);
}

void TestAuditLog::freeTextFindsSealedNames()
{
    OpenedLog opened = openLog(m_directory.path());
    AuditQuery query(*opened.database, *opened.keys);
    AuditFilter filter;
    filter.text = u"REGISSEUR 1"_s;
    auto page = query.page(admin(), filter);
    QVERIFY(page);
    qsizetype expected = 0;
    for (int i = 2; i <= entryCount; ++i)
        expected += sampleEntry(i).actorName == u"Regisseur 1"_s ? 1 : 0;
    QCOMPARE(page->items.size(), expected);
    for (const api::AuditEntry &entry : std::as_const(page->items))
        QCOMPARE(entry.actorName, u"Regisseur 1"_s);
    filter.text = u"127.0.0"_s;
    filter.limit = 5;
    page = query.page(admin(), filter);
    QVERIFY(page);
    QCOMPARE(page->items.size(), 5);
    QCOMPARE(page->items.first().sequence, entryCount);
    QCOMPARE(page->nextBefore, entryCount - 4);
    filter.text = u"req-17"_s; // an unsealed column still matches
    filter.limit = 100;
    page = query.page(admin(), filter);
    QVERIFY(page);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().sequence, 17);
}

void TestAuditLog::verifiesWithoutTheMasterKey()
{
    QTemporaryDir directory; // the database alone, no master key file beside it
    const QString copy = directory.filePath(Database::fileName);
    QVERIFY(QFile::copy(m_pristine, copy));
    QVERIFY(!QFile::exists(directory.filePath(MasterKey::defaultFileName)));
    const audit::VerifyReport report = verify(copy);
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.entriesChecked, entryCount);
}

void TestAuditLog::resealsPlainEntriesOnce()
{
    QTemporaryDir directory;
    const QString keyFile = directory.filePath(u"audit-checkpoint.key"_s);
    auto key = audit::AuditKey::load(keyFile, true);
    QVERIFY(key);
    constexpr int plainEntries = 25;
    {
        auto old = Database::openAtVersion(directory.path(), migrations::latestVersion() - 1);
        QVERIFY(old);
        writePlainChain(**old, *key, plainEntries, checkpointInterval);
        QVERIFY((*old)->run(u"INSERT INTO login_failures (account_key, failures, last_failure_at) VALUES "
                            "('someone@example.org', 1, '2026-01-01T00:00:00.000Z')"_s,
                            {}));
    }
    QVERIFY(databaseBytes(directory.path()).contains("Regisseur"));
    auto database = Database::open(directory.path());
    QVERIFY(database);
    auto failures = (*database)->firstRow(u"SELECT COUNT(*) FROM login_failures"_s);
    QVERIFY(failures && *failures);
    QCOMPARE((**failures).at(0).toLongLong(), 0);
    auto keys = KeyStore::open(**database, directory.filePath(MasterKey::defaultFileName));
    QVERIFY(keys);
    auto log = audit::AuditLog::open(**database, keyFile, **keys, u"test"_s);
    QVERIFY2(log, log ? "" : qPrintable(log.error().message));
    // 26: the master key registered; 27: the re-sealing, naming the head before it.
    const audit::VerifyReport report = verify(directory.filePath(Database::fileName), *key);
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.entriesChecked, plainEntries + 2);
    QCOMPARE(report.checkpointsChecked, 2);
    for (int sequence = 1; sequence <= plainEntries; ++sequence)
        QVERIFY(!rawRow(**database, sequence).at(0).toString().contains(u"Regisseur"_s));
    AuditQuery query(**database, **keys);
    auto page = query.page(admin(), AuditFilter {});
    QVERIFY(page);
    QCOMPARE(page->items.size(), plainEntries + 2);
    QVERIFY2(page->items.first().reason.contains(u"re-sealed"_s) &&
                 page->items.first().reason.contains(u"entries 1-25"_s),
             qPrintable(page->items.first().reason));
    QCOMPARE(page->items.last().actorName, sampleEntry(1).actorName);
    QCOMPARE(page->items.last().clientAddress, sampleEntry(1).clientAddress);
    auto pending = (*database)->firstRow(u"SELECT COUNT(*) FROM audit_reseal"_s);
    QVERIFY(pending && *pending);
    QCOMPARE((**pending).at(0).toLongLong(), 0);
    log->reset();
    QVERIFY(audit::AuditLog::open(**database, keyFile, **keys, u"test"_s)); // once only
    QCOMPARE(verify(directory.filePath(Database::fileName), *key).entriesChecked, plainEntries + 2);
    (*database)->close();
    QVERIFY(!databaseBytes(directory.path()).contains("Regisseur"));
}

void TestAuditLog::refusesToResealABrokenChain()
{
    QTemporaryDir directory;
    const QString keyFile = directory.filePath(u"audit-checkpoint.key"_s);
    auto key = audit::AuditKey::load(keyFile, true);
    QVERIFY(key);
    {
        auto old = Database::openAtVersion(directory.path(), migrations::latestVersion() - 1);
        QVERIFY(old);
        writePlainChain(**old, *key, 12, checkpointInterval);
        QVERIFY((*old)->run(u"UPDATE audit_log SET reason = 'x' WHERE seq = 7"_s, {}));
    }
    auto database = Database::open(directory.path());
    QVERIFY(database);
    auto keys = KeyStore::open(**database, directory.filePath(MasterKey::defaultFileName));
    QVERIFY(keys);
    auto log = audit::AuditLog::open(**database, keyFile, **keys, u"test"_s);
    QVERIFY(!log);
    QVERIFY2(log.error().message.contains(u"broken at entry 7"_s), qPrintable(log.error().message));
    QCOMPARE(rawRow(**database, 3).at(0).toString(), sampleEntry(3).actorName); // nothing laundered
    auto pending = (*database)->firstRow(u"SELECT through_seq FROM audit_reseal"_s);
    QVERIFY(pending && *pending);
    QCOMPARE((**pending).at(0).toLongLong(), 12);
}

QTEST_GUILESS_MAIN(TestAuditLog)
// AuditFieldCipher keeps the access log key between entries and checks it by its stored wrapped bytes: after a master
// key rotation by another process it still seals under the same data key (which the rotation only re-wrapped), and
// after a new access log key (made by another process, or made by this one in a transaction that rolled back) it
// seals under the key the database holds now, never under the one it kept.
void TestAuditLog::keptKeyFollowsRotationAndNewKeys()
{
    QTemporaryDir directory;
    OpenedLog opened = openLog(directory.path());
    audit::AuditFieldCipher cipher(*opened.keys);
    // Seals a value with the cipher and opens it with the access log key as a fresh connection reads it.
    const auto opensWithStoredKey = [&](const QString &value) -> QString {
        auto aead = cipher.aead();
        if (!aead)
            return u"aead: "_s + aead.error().message;
        const QString sealed = audit::AuditFieldCipher::sealValue(**aead, "actor_name", 1000, value);
        auto database = Database::open(directory.path());
        auto keys = database ? KeyStore::open(**database, QDir(directory.path()).filePath(MasterKey::defaultFileName))
                             : Result<std::unique_ptr<KeyStore>>(std::unexpected(database.error()));
        auto stored = keys ? (*keys)->servedKey(KeyStore::Scope::Audit, 0)
                           : Result<KeyStore::ServedKey>(std::unexpected(keys.error()));
        if (!stored)
            return u"stored key: "_s + stored.error().message;
        auto read = audit::AuditFieldCipher::openValue(crypto::Aead(stored->key), "actor_name", 1000, sealed);
        return read ? *read : u"not sealed under the stored key: "_s + read.error().code;
    };
    QCOMPARE(opensWithStoredKey(u"before"_s), u"before"_s);

    // `keys rotate` in another process re-wraps the key under a new master version: the same data key.
    OpenedLog other = openLog(directory.path());
    auto rotated = KeyRotation(*other.keys, *other.log, u"test"_s, 10).run();
    QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
    QVERIFY(rotated->rewrapped > 0);
    QCOMPARE(opensWithStoredKey(u"after rotation"_s), u"after rotation"_s);

    // Another process replaces the access log key.
    QVERIFY(other.database->exec(u"DELETE FROM data_keys WHERE scope_kind = 'audit'"_s));
    QVERIFY(other.keys->servedKey(KeyStore::Scope::Audit, 0));
    QCOMPARE(opensWithStoredKey(u"after a new key"_s), u"after a new key"_s);

    // This process makes a new key in a transaction that rolls back; the next entry gets the key made after it.
    QVERIFY(opened.database->exec(u"DELETE FROM data_keys WHERE scope_kind = 'audit'"_s));
    {
        Transaction transaction(*opened.database);
        QVERIFY(cipher.aead());
    }
    QCOMPARE(opensWithStoredKey(u"after a rollback"_s), u"after a rollback"_s);
}

#include "tst_auditlog.moc"
