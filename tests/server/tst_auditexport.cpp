// A JSONL export of the access log checked on its own (attack review finding 11): an untouched export verifies, for
// the whole log and for a period, with the key and (saying so) without; a line removed with every hash after it
// recomputed is caught at the next seal, also when the forger leaves the seals out of the header: a checkpoint the
// interval demands, the seal the first entry follows and the seal of the last entry are each required.
#include "AuditTestSupport.h"
#include "ExportForgery.h"
#include "audit/AuditExportCheck.h"
#include "audit/AuditRange.h"
#include "cli/AuditCommands.h"

#include <QBuffer>
#include <QJsonArray>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace regiekamer::server::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int loggedEntries = 45; // checkpoints at 10, 20, 30, 40; the head at 45

audit::ExportReport check(const ExportFile &exported, bool withKey = true)
{
    QByteArray bytes = exported.bytes();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const audit::AuditKey key = testKey();
    return audit::checkExport(buffer, withKey ? &key : nullptr, checkpointInterval);
}

QByteArray show(const audit::ExportReport &report)
{
    return u"intact %1 at %2: %3"_s.arg(report.intact).arg(report.badSequence).arg(report.problem).toUtf8();
}

} // namespace

class TestAuditExport : public AuditLogFixture
{
    Q_OBJECT

    QList<QDateTime> m_times; // of entry 1 .. loggedEntries, at index sequence - 1

    // Exports from a copy of the pristine log (the export logs itself) into a file; returns it read back.
    ExportFile exportBetween(const QDateTime &from, const QDateTime &to)
    {
        static int exports = 0;
        QTemporaryDir &directory = m_directory;
        const QString copy = directory.filePath(u"export-%1"_s.arg(++exports));
        QDir().mkpath(copy);
        QFile::copy(m_pristine, QDir(copy).filePath(Database::fileName));
        QFile::copy(m_directory.filePath(MasterKey::defaultFileName), QDir(copy).filePath(MasterKey::defaultFileName));
        OpenedLog opened = openLog(copy, systemClock(), checkpointInterval);
        const QString path = QDir(copy).filePath(u"export.jsonl"_s);
        const int code = auditCommands::exportEntries(*opened.database, *opened.log, {from, to, u"jsonl"_s, path});
        if (code != 0)
            qFatal("export failed with %d", code);
        return ExportFile::read(path);
    }

private Q_SLOTS:
    void initTestCase();
    void untouchedExportVerifies_data();
    void untouchedExportVerifies();
    void removedLineWithRecomputedHashesIsCaught_data();
    void removedLineWithRecomputedHashesIsCaught();
    void cutAtTheStartIsCaught();
    void cutAtTheEndIsCaught();
    void olderFormatIsNotVerified();
};

void TestAuditExport::initTestCase()
{
    QVERIFY(m_directory.isValid());
    {
        OpenedLog opened = openLog(
            m_directory.path(), [this] { return QDateTime::fromMSecsSinceEpoch(m_clockMs += 1000, QTimeZone::UTC); },
            checkpointInterval);
        Transaction transaction(*opened.database);
        for (int i = 2; i <= loggedEntries; ++i)
            QVERIFY(opened.log->append(sampleEntry(i)));
        QVERIFY(transaction.commit());
        auto times = opened.database->exec(u"SELECT at_ms FROM audit_log ORDER BY seq"_s);
        QVERIFY(times);
        while (times->next())
            m_times.append(QDateTime::fromMSecsSinceEpoch(times->value(0).toLongLong(), QTimeZone::UTC));
        opened.database->close();
    }
    QCOMPARE(m_times.size(), loggedEntries);
    m_pristine = m_directory.filePath(u"pristine.sqlite"_s);
    QVERIFY(QFile::copy(databasePath(), m_pristine));
}

void TestAuditExport::untouchedExportVerifies_data()
{
    QTest::addColumn<int>("from"); // entry whose time starts the period; 0: from the start
    QTest::addColumn<int>("to"); // 0: to the end
    QTest::addColumn<int>("first"); // of the exported stretch
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("seals");
    // Each count includes the header's own seal.
    QTest::newRow("the whole log") << 0 << 0 << 1 << loggedEntries << 6; // 4 checkpoints and the head
    QTest::newRow("a period between checkpoints") << 13 << 27 << 11 << 30 << 4; // 10, 20, 30
    QTest::newRow("a period on checkpoints") << 11 << 20 << 11 << 20 << 3; // 10, 20
    QTest::newRow("a period to the end") << 33 << 0 << 31 << loggedEntries << 4; // 30, 40 and the head
}

void TestAuditExport::untouchedExportVerifies()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, seals);
    const ExportFile exported =
        exportBetween(from ? m_times.at(from - 1) : QDateTime(), to ? m_times.at(to - 1) : QDateTime());
    const audit::ExportReport report = check(exported);
    QVERIFY2(report.intact, show(report).constData());
    QVERIFY(report.sealsVerified);
    QCOMPARE(report.first, first);
    QCOMPARE(report.last, last);
    QCOMPARE(report.periodFirst, from ? from : 1);
    QCOMPARE(report.periodLast, to ? to : loggedEntries);
    QCOMPARE(report.entries, last - first + 1);
    QCOMPARE(report.seals, seals);
    const audit::ExportReport keyless = check(exported, false);
    QVERIFY2(keyless.intact, show(keyless).constData());
    QVERIFY(!keyless.sealsVerified);
    // A changed key: every seal is refused.
    QByteArray bytes = exported.bytes();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const audit::AuditKey wrongKey = testKey('w');
    QVERIFY(!audit::checkExport(buffer, &wrongKey, checkpointInterval).intact);
}

void TestAuditExport::removedLineWithRecomputedHashesIsCaught_data()
{
    QTest::addColumn<int>("removed");
    QTest::addColumn<QStringList>("leftOut"); // of the header
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("badSequence");
    QTest::addColumn<QString>("problem");
    const QStringList seals {u"checkpoints"_s, u"head"_s};
    // With the key the header's own seal gives every one of them away (its last entry moved); without it the chain
    // and the seals still do.
    const QString headerSeal = u"the header's seal does not match"_s;
    QTest::newRow("before a checkpoint, seals left out, with the key") << 5 << seals << true << 0 << headerSeal;
    QTest::newRow("after the last checkpoint, head left out, with the key")
        << 43 << QStringList {u"head"_s} << true << 0 << headerSeal;
    QTest::newRow("before a checkpoint, seals left out, without the key")
        << 5 << seals << false << 10 << u"the sealed checkpoint of entry 10 is missing from the export"_s;
    QTest::newRow("after the last checkpoint, head left out, without the key")
        << 43 << QStringList {u"head"_s} << false << 44
        << u"the last entry (44) is bound to neither a sealed checkpoint nor the sealed head"_s;
    QTest::newRow("before a checkpoint, checkpoints kept")
        << 5 << QStringList {u"head"_s} << false << 10
        << u"the chain was rewritten: it does not match the sealed checkpoint of entry 10"_s;
    QTest::newRow("after the last checkpoint, seals kept")
        << 43 << QStringList() << false << 45 << u"the sealed head at entry 45, but the export ends at entry 44"_s;
}

// The attack of finding 11: a line removed, the entries after it numbered again and their hashes recomputed.
void TestAuditExport::removedLineWithRecomputedHashesIsCaught()
{
    QFETCH(int, removed);
    QFETCH(QStringList, leftOut);
    QFETCH(bool, withKey);
    QFETCH(int, badSequence);
    QFETCH(QString, problem);
    ExportFile exported = exportBetween({}, {});
    exported.removeAndRechain(removed);
    for (const QString &key : std::as_const(leftOut))
        exported.header.remove(key);
    const audit::ExportReport report = check(exported, withKey);
    QVERIFY2(!report.intact, show(report).constData());
    QVERIFY2(report.problem.contains(problem), show(report).constData());
    QCOMPARE(report.badSequence, badSequence);
}

// The first lines of a period's export removed, the header told it starts later, the seal before it left out.
void TestAuditExport::cutAtTheStartIsCaught()
{
    ExportFile exported = exportBetween(m_times.at(12), m_times.at(26));
    QCOMPARE(exported.header.value("firstSequence"_L1).toInteger(), 11);
    exported.entries.removeFirst();
    exported.header.insert("firstSequence"_L1, 12);
    const audit::ExportReport kept = check(exported); // the checkpoint of entry 10 gives it away
    QVERIFY(!kept.intact);
    QCOMPARE(kept.badSequence, 10);
    exported.dropSeals();
    const audit::ExportReport sealed = check(exported); // the header's own seal: its first entry moved
    QVERIFY2(!sealed.intact && sealed.problem.contains(u"the header's seal does not match"_s),
             show(sealed).constData());
    const audit::ExportReport report = check(exported, false);
    QVERIFY2(!report.intact, show(report).constData());
    QCOMPARE(report.badSequence, 12);
    QVERIFY2(
        report.problem.contains(u"the first entry (12) is not bound to a seal: the sealed checkpoint of entry 11"_s),
        show(report).constData());
}

// The last lines cut off at a checkpoint, the header shortened to match and the later seals left out: without the
// header's own seal this reads as a whole export of a shorter period.
void TestAuditExport::cutAtTheEndIsCaught()
{
    ExportFile exported = exportBetween({}, {});
    while (exported.sequenceAt(exported.entries.size() - 1) > 30)
        exported.entries.removeLast();
    exported.header.insert("lastSequence"_L1, 30);
    exported.header.insert("period"_L1, QJsonObject {{"firstSequence"_L1, 1}, {"lastSequence"_L1, 30}});
    exported.header.remove("head"_L1);
    QJsonArray checkpoints;
    for (const QJsonValue seal : exported.header.value("checkpoints"_L1).toArray()) {
        if (seal.toObject().value("sequence"_L1).toInteger() <= 30)
            checkpoints.append(seal);
    }
    exported.header.insert("checkpoints"_L1, checkpoints);
    const audit::ExportReport report = check(exported);
    QVERIFY2(!report.intact, show(report).constData());
    QVERIFY2(report.problem.contains(u"the header's seal does not match"_s), show(report).constData());
    // Without the key nothing can bind the header: the report says its seals are unverified.
    const audit::ExportReport keyless = check(exported, false);
    QVERIFY(keyless.intact && !keyless.sealsVerified);
}

void TestAuditExport::olderFormatIsNotVerified()
{
    ExportFile exported = exportBetween({}, {});
    exported.header.insert("format"_L1, u"regiekamer-audit-export/1"_s);
    const audit::ExportReport report = check(exported);
    QVERIFY(!report.intact);
    QVERIFY2(report.problem.contains(u"format 1"_s), show(report).constData());
}

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
