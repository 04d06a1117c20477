// The login throttle's back-off, kept in login_failures under the blind index of the sign-in name (never the name).
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "auth/LoginThrottle.h"
#include "db/Database.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<audit::AuditLog> m_log;
    QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC);

    LoginThrottle throttle()
    {
        return LoginThrottle(*m_database, *m_keys, ThrottlePolicy {}, [this] { return m_now; });
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
        auto keys = KeyStore::open(*m_database, m_dir.filePath(MasterKey::defaultFileName));
        QVERIFY2(keys, keys ? "" : qPrintable(keys.error().message));
        m_keys = std::move(*keys);
        m_log = std::make_unique<audit::AuditLog>(
            *m_database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        QVERIFY(audit::initialiseKeys(*m_keys, *m_log, u"test"_s));
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
        auto stored = throttle().storedKey(key);
        QVERIFY(stored);
        auto query = m_database->exec(u"SELECT COUNT(*) FROM login_failures WHERE account_key = ?"_s, {*stored});
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toInt(), 0);
    }

    void storesTheBlindIndexNotTheName()
    {
        const QString key = u"canary.throttle@example.net"_s;
        fail(key);
        auto index = m_keys->blindIndex(key);
        QVERIFY(index);
        auto stored = throttle().storedKey(key);
        QVERIFY(stored);
        QCOMPARE(*stored, QString::fromLatin1(index->toHex()));
        auto query = m_database->exec(u"SELECT account_key FROM login_failures"_s);
        QVERIFY(query);
        int rows = 0;
        bool found = false;
        while (query->next()) {
            const QString value = query->value(0).toString();
            QVERIFY2(!value.contains(u"@"_s) && !value.contains(u"example"_s), qPrintable(value));
            QCOMPARE(value.size(), 64);
            found = found || value == *stored;
            ++rows;
        }
        QVERIFY(rows >= 1);
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
