// The access log's hash chain and seals: appending, and the verifier catching every kind of tampering on a copy
// of the database (a changed byte, a deleted entry, two entries swapped, a cut-off tail, a forged checkpoint or
// head, a chain recomputed without the key), each time naming the first bad entry.
#include "AuditTestSupport.h"

using namespace regiekamer;
using namespace regiekamer::server;
using namespace regiekamer::server::test;
using namespace Qt::StringLiterals;

class TestAuditLog : public AuditLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initialiseLog(); }
    void appendsAConsecutiveChainThatVerifies();
    void timeNeverGoesBackwards();
    void verifiesIncrementallyFromAKnownEntry();
    void detectsTampering_data();
    void detectsTampering();
    void detectsAWrongKey();
    void everyChainedColumnIsCovered_data();
    void everyChainedColumnIsCovered();
    void chainedColumnsAreTheTableColumnsButTheHash();
    void changeColumnKeepsOlderHashes();
    void detectsAMissingCheckpoint();
    void rolledBackEntryLeavesNoTrace();
};

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
    QTest::newRow("the head's seal alone changed")
        << QStringList {u"UPDATE audit_head SET mac = "_s + flippedFirstByte(u"mac"_s)} << qint64(entryCount)
        << u"forged"_s;
    QTest::newRow("an entry appended without the key")
        << QStringList {u"INSERT INTO audit_log SELECT 36, at_ms, actor_id, actor_role, client_address, request_id, "
                        u"action, object_type, object_id, webinar_id, organisation_id, subject_user_id, fields, "
                        u"outcome, reason, row_count, actor_name, change_detail, hash FROM audit_log WHERE seq = 35"_s}
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

// A column left out of the hashed bytes (in writer and verifier alike) would let that column change unnoticed.
void TestAuditLog::everyChainedColumnIsCovered_data()
{
    QTest::addColumn<QString>("statement");
    for (const audit::ChainedColumn &column : audit::chainedColumns()) {
        const QString name = QString::fromLatin1(column.name);
        if (name == u"seq"_s)
            continue; // moving an entry: "two entries swapped", "an entry deleted"
        const QString changed = column.kind == audit::ColumnKind::Integer ? name + u" + 1"_s : name + u" || 'x'"_s;
        QTest::newRow(column.name) << u"UPDATE audit_log SET %1 = %2 WHERE seq = 17"_s.arg(name, changed);
    }
}

void TestAuditLog::everyChainedColumnIsCovered()
{
    QFETCH(QString, statement);
    const audit::VerifyReport report = verify(tamperedCopy({statement}));
    QVERIFY2(!report.intact, "the change went unnoticed");
    QCOMPARE(report.firstBadSequence, 17);
    QVERIFY2(report.problem.contains(u"changed"_s), qPrintable(report.problem));
}

// ... and a column added to the table but forgotten in the shared list would not be chained at all.
void TestAuditLog::chainedColumnsAreTheTableColumnsButTheHash()
{
    const QString copy = tamperedCopy({});
    QStringList table;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"columns"_s);
        database.setDatabaseName(copy);
        QVERIFY(database.open());
        QSqlQuery query(u"SELECT name FROM pragma_table_info('audit_log') ORDER BY cid"_s, database);
        while (query.next())
            table.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(u"columns"_s);
    QVERIFY(table.removeOne(u"hash"_s));
    QStringList chained;
    for (const audit::ChainedColumn &column : audit::chainedColumns())
        chained.append(QString::fromLatin1(column.name));
    table.sort();
    chained.sort();
    QCOMPARE(chained, table);
}

// The change column came later (schema 13): an entry without a change hashes exactly as before it ("RKA1", no such
// column), so the chains written earlier still verify; an entry with one is marked "RKA2" and hashes it.
void TestAuditLog::changeColumnKeepsOlderHashes()
{
    api::AuditEntry entry = sampleEntry(5);
    entry.sequence = 5;
    entry.at = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::UTC);
    QVariantList values = audit::rowValues(entry);
    const QByteArray withEmptyChange = audit::canonicalBytes(values);
    const QByteArray asBefore = audit::canonicalBytes(values.mid(0, values.size() - 1));
    QCOMPARE(withEmptyChange, asBefore);
    QVERIFY(withEmptyChange.startsWith("RKA1"));
    entry.change = u"approval_state=pending>approved"_s;
    const QByteArray withChange = audit::canonicalBytes(audit::rowValues(entry));
    QVERIFY(withChange.startsWith("RKA2"));
    QVERIFY(withChange.endsWith("approval_state=pending>approved"));
    QCOMPARE(withChange.mid(4, asBefore.size() - 4), asBefore.mid(4));
}

// A checkpoint removed leaves a consistent chain; the server's policy requires one at every interval.
void TestAuditLog::detectsAMissingCheckpoint()
{
    const QString copy = tamperedCopy({u"DELETE FROM audit_checkpoints WHERE seq = 20"_s});
    QVERIFY(verify(copy).intact); // without the policy
    const audit::AuditKey key = testKey(); // the verifier keeps a reference
    audit::AuditVerifier verifier(copy, key);
    verifier.setPolicy({QString(), checkpointInterval});
    const auto report = verifier.verify();
    QVERIFY(report);
    QVERIFY(!report->intact);
    QCOMPARE(report->firstBadSequence, 20);
    QVERIFY2(report->problem.contains(u"checkpoint at entry 20 is missing"_s), qPrintable(report->problem));
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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
