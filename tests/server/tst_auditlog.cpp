// The access log's hash chain and seals: appending, and the verifier catching every kind of tampering on a copy
// of the database (a changed byte, a deleted entry, two entries swapped, a cut-off tail, a forged checkpoint or
// head, a chain recomputed without the key), each time naming the first bad entry.
#include "AuditChain.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Database.h"

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

// SQL for a blob column with its first byte changed, whatever that byte was.
QString flippedFirstByte(const QString &column)
{
    return u"(CASE WHEN substr(%1, 1, 1) = X'00' THEN X'01' ELSE X'00' END || substr(%1, 2))"_s.arg(column);
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
};

void TestAuditLog::initTestCase()
{
    QVERIFY(m_directory.isValid());
    auto database = Database::open(m_directory.path());
    QVERIFY2(database, database ? "" : qPrintable(database.error().message));
    audit::AuditLog log(
        **database, testKey(), [this] { return QDateTime::fromMSecsSinceEpoch(m_clockMs += 7, QTimeZone::UTC); },
        checkpointInterval);
    Transaction transaction(**database);
    for (int i = 1; i <= entryCount; ++i) {
        auto appended = log.append(sampleEntry(i));
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().message));
        QCOMPARE(appended->sequence, i);
    }
    QVERIFY(transaction.commit());
    (*database)->close();
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
    auto database = Database::open(directory.path());
    QVERIFY(database);
    qint64 now = 2'000'000'000'000;
    audit::AuditLog log(**database, testKey(), [&now] { return QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC); });
    auto first = log.append(sampleEntry(1));
    now -= 60'000; // the system clock is set back a minute
    auto second = log.append(sampleEntry(2));
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
    auto database = Database::open(directory.path());
    QVERIFY(database);
    audit::AuditLog log(**database, testKey());
    {
        Transaction transaction(**database);
        QVERIFY(log.append(sampleEntry(1)));
    } // not committed
    auto next = log.append(sampleEntry(2));
    QVERIFY(next);
    QCOMPARE(next->sequence, 1);
    (*database)->close();
    const audit::VerifyReport report = verify(directory.filePath(Database::fileName));
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.entriesChecked, 1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
