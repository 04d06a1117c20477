// The group commit (db/GroupCommit.h) with the real Database and access log: requests of one group share one COMMIT,
// a member whose work fails loses only that work, a failing COMMIT keeps nothing of the group and tells every member,
// and the access log's chain stays intact.
#include "AuditTestSupport.h"
#include "db/GroupCommit.h"

#include <QtCrypto>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace regiekamer::server::test;
using namespace Qt::StringLiterals;

namespace {

// A long age: only the tests' own close() (or the event loop) ends a group.
constexpr GroupCommit::Limits manual {64, std::chrono::hours(1)};

} // namespace

class TestGroupCommit : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    OpenedLog m_log;
    int m_entry = 0;

    QString path() const { return m_dir.filePath(Database::fileName); }

    // What another process sees (only what was committed).
    QStringList committed(const QString &sql)
    {
        const QString name = u"reader-%1"_s.arg(++m_entry);
        QStringList rows;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            connection.setDatabaseName(path());
            if (!connection.open())
                qFatal("cannot open the reader");
            QSqlQuery query(connection);
            if (!query.exec(sql))
                qFatal("%s", qPrintable(query.lastError().text()));
            while (query.next())
                rows.append(query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    QString lastSequence() { return committed(u"SELECT MAX(seq) FROM audit_log"_s).value(0); }

    Result<api::AuditEntry> append(const char *outcome)
    {
        api::AuditEntry entry = sampleEntry(++m_entry);
        entry.outcome = QString::fromLatin1(outcome);
        return m_log.log->append(entry);
    }

    Status insert(const QString &table, const QVariantList &values)
    {
        return m_log.database->run(
            u"INSERT INTO %1 VALUES (%2)"_s.arg(table, QStringList(values.size(), u"?"_s).join(u',')), values);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = openLog(m_dir.path());
        Transaction transaction(*m_log.database);
        for (const QString &sql :
             {u"CREATE TABLE notes (text TEXT NOT NULL)"_s, u"CREATE TABLE parents (id INTEGER PRIMARY KEY)"_s,
              u"CREATE TABLE children (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL"
              " REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED)"_s})
            QVERIFY(m_log.database->exec(sql));
        QVERIFY(transaction.commit());
    }

    // Three requests in one group: one keeps its note, one whose handler failed (its own transaction rolled back) is
    // still logged as rejected, one whose entry could not be written is rolled back entirely. Nothing is visible and
    // nobody is answered before the COMMIT.
    void oneMemberFailsTheOthersCommit()
    {
        const QString before = lastSequence();
        GroupCommit group(*m_log.database, manual);
        QList<bool> settled;
        {
            GroupCommit::Member first = group.join();
            QVERIFY(first.started());
            QVERIFY(insert(u"notes"_s, {u"first"_s}));
            QVERIFY(append(api::auditOutcome::allowed));
            first.keep([&settled](bool ok) { settled.append(ok); });
        }
        {
            GroupCommit::Member failing = group.join();
            {
                Transaction handler(*m_log.database);
                QVERIFY(insert(u"notes"_s, {u"failed handler"_s}));
            } // the handler gave up: its own transaction rolls back
            QVERIFY(append(api::auditOutcome::rejected));
            failing.keep([&settled](bool ok) { settled.append(ok); });
        }
        {
            GroupCommit::Member unlogged = group.join();
            QVERIFY(insert(u"notes"_s, {u"unlogged"_s}));
            QVERIFY(append(api::auditOutcome::allowed));
            unlogged.discard(); // as when its entry could not be appended
        }
        QCOMPARE(group.waiting(), 2);
        QVERIFY(settled.isEmpty());
        QCOMPARE(committed(u"SELECT text FROM notes"_s), QStringList());
        QCOMPARE(lastSequence(), before);

        group.close();
        QCOMPARE(settled, (QList<bool> {true, true}));
        QCOMPARE(committed(u"SELECT text FROM notes"_s), QStringList {u"first"_s});
        QCOMPARE(lastSequence().toLongLong(), before.toLongLong() + 2);
        QCOMPARE(committed(u"SELECT outcome FROM audit_log ORDER BY seq DESC LIMIT 2"_s),
                 (QStringList {u"rejected"_s, u"allowed"_s}));
        const auto report = audit::AuditVerifier(path(), testKey()).verify({});
        QVERIFY(report);
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(group.groups(), 1);
    }

    // A COMMIT that fails (a deferred foreign key) keeps nothing of the group and tells every member; the next group
    // works.
    void failingCommitRefusesEveryMember()
    {
        const QString before = lastSequence();
        GroupCommit group(*m_log.database, manual);
        QList<bool> settled;
        for (const bool breaks : {false, true}) {
            GroupCommit::Member member = group.join();
            QVERIFY(member.started());
            QVERIFY(breaks ? insert(u"children"_s, {1, 999}) : insert(u"notes"_s, {u"lost"_s}));
            QVERIFY(append(api::auditOutcome::allowed));
            member.keep([&settled](bool ok) { settled.append(ok); });
        }
        group.close();
        QCOMPARE(settled, (QList<bool> {false, false}));
        QCOMPARE(lastSequence(), before);
        QVERIFY(!committed(u"SELECT text FROM notes"_s).contains(u"lost"_s));
        QCOMPARE(committed(u"SELECT COUNT(*) FROM children"_s), QStringList {u"0"_s});
        QVERIFY(!m_log.database->inTransaction());

        GroupCommit::Member next = group.join();
        QVERIFY(append(api::auditOutcome::allowed));
        next.keep([&settled](bool ok) { settled.append(ok); });
        group.close();
        QCOMPARE(settled.last(), true);
        QCOMPARE(lastSequence().toLongLong(), before.toLongLong() + 1);
        const auto report = audit::AuditVerifier(path(), testKey()).verify({});
        QVERIFY(report && report->intact);
    }

    // The group ends by itself once the event loop has nothing else ready.
    void closesWhenTheEventLoopIsIdle()
    {
        GroupCommit group(*m_log.database);
        bool settled = false;
        {
            GroupCommit::Member member = group.join();
            QVERIFY(append(api::auditOutcome::allowed));
            member.keep([&settled](bool ok) { settled = ok; });
        }
        QVERIFY(!settled);
        QTRY_VERIFY(settled);
        QVERIFY(!m_log.database->inTransaction());
    }

    // At the cap the group commits at once, in the member that reached it.
    void closesAtTheCap()
    {
        GroupCommit group(*m_log.database, {2, std::chrono::hours(1)});
        int settled = 0;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(settled, 0);
            GroupCommit::Member member = group.join();
            QVERIFY(append(api::auditOutcome::allowed));
            member.keep([&settled](bool ok) { settled += ok ? 1 : 100; });
        }
        QCOMPARE(settled, 2);
        QCOMPARE(group.groups(), 1);
    }

    // Work outside a request (a timer's, another connection's transaction) never joins a group: the group commits
    // first, so that work's own commit means what it says.
    void useOutsideAMemberCommitsTheGroupFirst()
    {
        GroupCommit group(*m_log.database, manual);
        bool settled = false;
        {
            GroupCommit::Member member = group.join();
            QVERIFY(append(api::auditOutcome::allowed));
            member.keep([&settled](bool ok) { settled = ok; });
        }
        QVERIFY(!settled);
        Transaction outside(*m_log.database);
        QVERIFY(settled);
        QVERIFY(insert(u"notes"_s, {u"outside"_s}));
        QVERIFY(outside.commit());
        QVERIFY(committed(u"SELECT text FROM notes"_s).contains(u"outside"_s));
        QVERIFY(!m_log.database->inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
