// PreparedStatements (issue 19): a read run again is not prepared again, a nested read of the same statement gets its
// own, and the answers stay right after a schema change by another connection and after the database is reopened.
#include "SqlTestSupport.h"
#include "db/Database.h"
#include "db/PreparedStatements.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

const QString nameById = u"SELECT name FROM organisations WHERE id = ?"_s;

QString nameOf(Database &database, qint64 id)
{
    auto rows = database.statements().exec(nameById, {id});
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return u"(error)"_s;
    }
    return (*rows)->next() ? (*rows)->value(0).toString() : u"(none)"_s;
}

qint64 addOrganisation(Database &database, const QString &name)
{
    return test::execSql(database, u"INSERT INTO organisations (name, created_at) VALUES (?, ?)"_s,
                         {name, u"2025-01-01T00:00:00.000Z"_s});
}

// A write in a transaction of its own; false (with a warning) when it failed.
bool ran(Database &database, const QString &sql, const QVariantList &values = {})
{
    Transaction transaction(database);
    auto query = database.exec(sql, values);
    if (!query) {
        qWarning("%s", qPrintable(query.error().message));
        return false;
    }
    query->finish();
    return bool(transaction.commit());
}

} // namespace

class TestPreparedStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preparedOnceAndReused()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.path());
        QVERIFY(database);
        const qint64 acme = addOrganisation(**database, u"Acme"_s), zorg = addOrganisation(**database, u"Zorg"_s);
        PreparedStatements &statements = (*database)->statements();
        const int before = statements.prepareCount();
        for (int round = 0; round < 5; ++round) {
            QCOMPARE(nameOf(**database, acme), u"Acme"_s);
            QCOMPARE(nameOf(**database, zorg), u"Zorg"_s);
            QCOMPARE(nameOf(**database, 999), u"(none)"_s);
        }
        QCOMPARE(statements.prepareCount(), before + 1);
        QCOMPARE(&(*database)->statements(), &statements);
    }

    void nestedReadOfTheSameStatement()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.path());
        QVERIFY(database);
        const qint64 acme = addOrganisation(**database, u"Acme"_s), zorg = addOrganisation(**database, u"Zorg"_s);
        auto outer = (*database)->statements().exec(nameById, {acme});
        QVERIFY(outer);
        QCOMPARE(nameOf(**database, zorg), u"Zorg"_s); // while the outer one is still open: a one-off
        QVERIFY((*outer)->next());
        QCOMPARE((*outer)->value(0).toString(), u"Acme"_s);
    }

    void leaseEndsTheRead()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.path());
        QVERIFY(database);
        const qint64 acme = addOrganisation(**database, u"Acme"_s);
        {
            auto rows = (*database)->statements().exec(nameById, {acme});
            QVERIFY(rows);
            QVERIFY((*rows)->isActive());
        }
        // Ended: the same statement is free again (no one-off prepared).
        const int before = (*database)->statements().prepareCount();
        QCOMPARE(nameOf(**database, acme), u"Acme"_s);
        QCOMPARE((*database)->statements().prepareCount(), before);
    }

    void rightAfterASchemaChangeByAnotherConnection()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.path());
        QVERIFY(database);
        const qint64 acme = addOrganisation(**database, u"Acme"_s);
        QCOMPARE(nameOf(**database, acme), u"Acme"_s);
        {
            auto other = Database::open(dir.path());
            QVERIFY(other);
            // A schema change (a column added and an index) and new data, by another connection.
            QVERIFY(ran(**other, u"ALTER TABLE organisations ADD COLUMN bench_note TEXT"_s));
            QVERIFY(ran(**other, u"CREATE INDEX organisations_bench_name ON organisations (name)"_s));
            QVERIFY(ran(**other, u"UPDATE organisations SET name = 'Acme 2' WHERE id = ?"_s, {acme}));
        }
        QCOMPARE(nameOf(**database, acme), u"Acme 2"_s);
        const auto bad = (*database)->statements().exec(u"SELECT no_such_column FROM organisations"_s);
        QVERIFY(!bad); // an error, not a crash
    }

    void rightAfterReopen()
    {
        QTemporaryDir dir;
        qint64 acme = 0;
        {
            auto database = Database::open(dir.path());
            QVERIFY(database);
            acme = addOrganisation(**database, u"Acme"_s);
            QCOMPARE(nameOf(**database, acme), u"Acme"_s);
            (*database)->close(); // frees its statements before the connection goes
        }
        auto reopened = Database::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->statements().prepareCount(), 0);
        QCOMPARE(nameOf(**reopened, acme), u"Acme"_s);
        QVERIFY(ran(**reopened, u"UPDATE organisations SET name = 'Acme 3' WHERE id = ?"_s, {acme}));
        QCOMPARE(nameOf(**reopened, acme), u"Acme 3"_s);
    }
};

QTEST_GUILESS_MAIN(TestPreparedStatements)
#include "tst_preparedstatements.moc"
