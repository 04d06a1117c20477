#include "Database.h"
#include "LoginThrottle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC);

    LoginThrottle throttle()
    {
        return LoginThrottle(*m_database, ThrottlePolicy {}, [this] { return m_now; });
    }

    std::optional<qint64> lockedFor(const QString &key)
    {
        auto locked = throttle().lockedFor(key);
        if (!locked)
            qFatal("%s", qPrintable(locked.error().message));
        return *locked;
    }

    qint64 fail(const QString &key)
    {
        auto lock = throttle().recordFailure(key);
        if (!lock)
            qFatal("%s", qPrintable(lock.error().message));
        return lock->count();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto database = Database::open(m_dir.path());
        QVERIFY(database);
        m_database = std::move(*database);
    }

    void lockSchedule()
    {
        LoginThrottle t = throttle();
        const QList<qint64> expected {0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900};
        for (int failures = 0; failures < expected.size(); ++failures)
            QCOMPARE(t.lockAfter(failures).count(), expected.at(failures));
        QCOMPARE(t.lockAfter(1000).count(), 900);
    }

    void delaysGrowAndAreCapped()
    {
        const QString key = u"moderator@example.com"_s;
        QCOMPARE(fail(key), 0);
        QCOMPARE(fail(key), 0);
        QVERIFY(!lockedFor(key));
        QCOMPARE(fail(key), 1); // third failure: locked for 1 s
        QCOMPARE(lockedFor(key), 1);
        qint64 expected = 1;
        for (int round = 0; round < 14; ++round) {
            m_now = m_now.addSecs(expected); // wait out the lock exactly
            QVERIFY(!lockedFor(key));
            expected = std::min<qint64>(expected * 2, 900);
            QCOMPARE(fail(key), expected);
            QCOMPARE(lockedFor(key), expected);
            m_now = m_now.addMSecs(500);
            QCOMPARE(lockedFor(key), expected); // rounded up
            m_now = m_now.addMSecs(-500);
        }
        QCOMPARE(expected, 900);
    }

    void successResets()
    {
        const QString key = u"admin@example.com"_s;
        for (int i = 0; i < 4; ++i)
            fail(key);
        QCOMPARE(lockedFor(key), 2);
        m_now = m_now.addSecs(2);
        QVERIFY(throttle().recordSuccess(key));
        QVERIFY(!lockedFor(key));
        QCOMPARE(fail(key), 0); // the count starts again
    }

    void unknownAccountsThrottledToo()
    {
        // The throttle knows keys, not accounts: a key that matches no account behaves the same.
        const QString key = u"nobody-here@example.org"_s;
        for (int i = 0; i < 3; ++i)
            fail(key);
        QCOMPARE(lockedFor(key), 1);
        QVERIFY(!lockedFor(u"someone-else@example.org"_s));
    }

    void purgeForgetsOldKeys()
    {
        const QString key = u"old@example.org"_s;
        fail(key);
        m_now = m_now.addDays(2);
        QVERIFY(throttle().purgeOlderThan(std::chrono::hours(24)));
        auto query = m_database->exec(u"SELECT COUNT(*) FROM login_failures WHERE account_key = ?"_s, {key});
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
