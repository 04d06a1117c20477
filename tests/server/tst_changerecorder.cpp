#include "db/ChangeCapture.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

struct LoggedChange
{
    qint64 sequence = 0;
    int kind = 0;
    QByteArray payload;
};

QList<LoggedChange> changeLog(Database &database)
{
    QList<LoggedChange> rows;
    auto query = database.exec(u"SELECT sequence, kind, payload FROM backup_log ORDER BY sequence"_s);
    while (query && query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toInt(), query->value(2).toByteArray()});
    return rows;
}

// "INSERT organisations", "DELETE registrations", … for each change in a changeset, in its order.
QStringList describe(const QByteArray &changeset)
{
    QStringList changes;
    sqlite3_changeset_iter *iterator = nullptr;
    QByteArray bytes = changeset;
    if (sqlite3changeset_start(&iterator, static_cast<int>(bytes.size()), bytes.data()) != SQLITE_OK)
        return {u"unreadable"_s};
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int operation = 0;
        int indirect = 0;
        sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect);
        const QString verb = operation == SQLITE_INSERT ? u"INSERT"_s
            : operation == SQLITE_DELETE                ? u"DELETE"_s
                                                        : u"UPDATE"_s;
        changes.append(verb + u' ' + QString::fromUtf8(table));
    }
    sqlite3changeset_finalize(iterator);
    return changes;
}

} // namespace

class TestChangeRecorder : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    Status insertOrganisation(Database &database, const QString &name)
    {
        Transaction transaction(database);
        auto inserted = database.exec(u"INSERT INTO organisations (name, created_at) VALUES (?, ?)"_s,
                                      {name, u"2026-12-07T10:00:00.000Z"_s});
        if (!inserted)
            return std::unexpected(inserted.error());
        return transaction.commit();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        {
            auto created = Database::open(m_dir->path());
            QVERIFY(created);
            QVERIFY((*created)->exec(u"INSERT INTO backup_state (key, value) VALUES ('capture', 'on')"_s));
        }
        auto opened = Database::open(m_dir->path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_database = std::move(*opened);
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    // A committed transaction's changes are in the change log, in the same commit, as one changeset.
    void committedTransactionIsRecorded()
    {
        QVERIFY(insertOrganisation(*m_database, u"Acme"_s));
        const QList<LoggedChange> log = changeLog(*m_database);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().kind, capture::changesetKind);
        QCOMPARE(describe(log.first().payload), QStringList {u"INSERT organisations"_s});
    }

    // A write to a captured table outside a transaction would be missing from the backups: it is refused and
    // changes nothing, and the next transaction records only its own changes.
    void autocommitWriteIsRefused()
    {
        auto written = m_database->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Bypass', 'x')"_s);
        QVERIFY(!written);
        auto count = m_database->exec(u"SELECT COUNT(*) FROM organisations WHERE name = 'Bypass'"_s);
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
        QVERIFY(changeLog(*m_database).isEmpty());
        QVERIFY(insertOrganisation(*m_database, u"Acme"_s));
        QCOMPARE(describe(changeLog(*m_database).first().payload), QStringList {u"INSERT organisations"_s});
    }

    // Sign-in sessions and failure counts are not backed up (a restore signs everyone out), so writing them needs
    // no transaction and leaves no change log row.
    void uncapturedTablesLeaveNoRow()
    {
        QVERIFY(m_database->exec(u"INSERT INTO login_failures (account_key, failures, last_failure_at)"
                                 " VALUES ('k', 1, 'x')"_s));
        QVERIFY(changeLog(*m_database).isEmpty());
    }

    // A rolled-back transaction, and a rolled-back savepoint inside a committed one, leave nothing in the log.
    void rolledBackChangesAreNotRecorded()
    {
        {
            Transaction transaction(*m_database);
            QVERIFY(m_database->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Gone', 'x')"_s));
        }
        QVERIFY(changeLog(*m_database).isEmpty());
        Transaction outer(*m_database);
        QVERIFY(m_database->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Kept', 'x')"_s));
        {
            Transaction inner(*m_database);
            QVERIFY(m_database->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Undone', 'x')"_s));
        }
        QVERIFY(outer.commit());
        const QList<LoggedChange> log = changeLog(*m_database);
        QCOMPARE(log.size(), 1);
        QCOMPARE(describe(log.first().payload), QStringList {u"INSERT organisations"_s});
    }

    // ON DELETE CASCADE's deletions are in the changeset as rows of their own, so a restore that applies it with
    // foreign keys off removes them too.
    void cascadedDeletionsAreRecorded()
    {
        QVERIFY(insertOrganisation(*m_database, u"Acme"_s));
        {
            Transaction transaction(*m_database);
            QVERIFY(m_database->exec(u"INSERT INTO webinars (id, organisation_id, title, state, starts_at,"
                                     " duration_minutes) VALUES (7, 1, 'W', 'draft', 'x', 60)"_s));
            QVERIFY(m_database->exec(u"INSERT INTO registrations (webinar_id, full_name, email, registered_at)"
                                     " VALUES (7, X'01', X'02', 'x')"_s));
            QVERIFY(transaction.commit());
        }
        {
            Transaction transaction(*m_database);
            QVERIFY(m_database->exec(u"DELETE FROM webinars WHERE id = 7"_s));
            QVERIFY(transaction.commit());
        }
        const QStringList last = describe(changeLog(*m_database).last().payload);
        QVERIFY2(last.contains(u"DELETE registrations"_s), qPrintable(last.join(u", ")));
        QVERIFY(last.contains(u"DELETE webinars"_s));
    }

    // Two connections to one file (the server and regiekamer-admin) both record, with one increasing sequence.
    void everyConnectionRecords()
    {
        auto second = Database::open(m_dir->path());
        QVERIFY(second);
        QVERIFY(insertOrganisation(*m_database, u"A"_s));
        QVERIFY(insertOrganisation(**second, u"B"_s));
        QVERIFY(insertOrganisation(*m_database, u"C"_s));
        const QList<LoggedChange> log = changeLog(*m_database);
        QCOMPARE(log.size(), 3);
        QVERIFY(log.at(0).sequence < log.at(1).sequence && log.at(1).sequence < log.at(2).sequence);
    }

    // Without backups nothing is captured and nothing is refused.
    void captureIsOffWithoutBackups()
    {
        QTemporaryDir plainDir;
        auto plain = Database::open(plainDir.path());
        QVERIFY(plain);
        QVERIFY((*plain)->exec(u"INSERT INTO organisations (name, created_at) VALUES ('Autocommit', 'x')"_s));
        QVERIFY(changeLog(**plain).isEmpty());
    }

    // A migration is not in the change log; a marker with the new version tells the backups to start a new snapshot.
    void migrationLeavesAMarker()
    {
        m_database.reset();
        QTemporaryDir olderDir;
        {
            auto older = Database::openAtVersion(olderDir.path(), migrations::latestVersion() - 1);
            QVERIFY(older);
            QVERIFY((*older)->exec(
                u"CREATE TABLE IF NOT EXISTS backup_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
            QVERIFY((*older)->exec(u"INSERT INTO backup_state (key, value) VALUES ('capture', 'on')"_s));
        }
        auto upgraded = Database::open(olderDir.path());
        QVERIFY(upgraded);
        const QList<LoggedChange> log = changeLog(**upgraded);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().kind, capture::schemaMarkerKind);
        QCOMPARE(log.first().payload, QByteArray::number(migrations::latestVersion()));
        auto reopened = Database::open(olderDir.path());
        QVERIFY(reopened);
        QCOMPARE(changeLog(**reopened).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeRecorder)
#include "tst_changerecorder.moc"
