// The sign-in limits beside the per-account back-off: failures per client network (AddressThrottle) and the bounded
// pool the password checks run on (PasswordCheckPool).
#include "auth/AddressThrottle.h"
#include "auth/PasswordCheckPool.h"

#include <QTest>
#include <QThread>

using namespace regiekamer::server;
using namespace Qt::StringLiterals;

class TestSignInLimits : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);

    AddressThrottle throttle()
    {
        return AddressThrottle(AddressThrottlePolicy {3, std::chrono::minutes(15)}, [this] { return m_now; });
    }

private Q_SLOTS:
    void aNetworkIsThrottledAfterItsFailures()
    {
        AddressThrottle limits = throttle();
        const QHostAddress client(u"192.0.2.7"_s);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!limits.lockedFor(client));
            limits.recordFailure(client);
        }
        QCOMPARE(limits.lockedFor(client), std::optional<qint64>(15 * 60));
        QVERIFY(!limits.lockedFor(QHostAddress(u"192.0.2.8"_s)));
        QCOMPARE(limits.lockedFor(QHostAddress(u"::ffff:192.0.2.7"_s)), std::optional<qint64>(15 * 60));
        m_now = m_now.addSecs(15 * 60);
        QVERIFY(!limits.lockedFor(client)); // the failures left the window
    }

    void anIpv6ClientCountsAsItsSlash64()
    {
        AddressThrottle limits = throttle();
        for (int i = 0; i < 3; ++i)
            limits.recordFailure(QHostAddress(u"2001:db8:0:1::%1"_s.arg(i + 1)));
        QVERIFY(limits.lockedFor(QHostAddress(u"2001:db8:0:1:ffff::9"_s)));
        QVERIFY(!limits.lockedFor(QHostAddress(u"2001:db8:0:2::1"_s)));
        QCOMPARE(AddressThrottle::networkOf(QHostAddress(u"2001:db8:0:1:2:3:4:5"_s)), u"2001:db8:0:1::/64"_s);
        QCOMPARE(AddressThrottle::networkOf(QHostAddress(u"::ffff:10.1.2.3"_s)), u"10.1.2.3"_s);
    }

    void checksRunOnTheirOwnThreadsWithinALimit()
    {
        auto hasher = PasswordHasher::create();
        QVERIFY(hasher);
        auto stored = hasher->hash(QCA::SecureArray(QByteArray("right password")));
        QVERIFY(stored);
        PasswordCheckPool pool(*hasher, 1, 2);
        QThread *checkedOn = nullptr;
        auto first = pool.verify(QCA::SecureArray(QByteArray("right password")), *stored);
        auto second = pool.verify(QCA::SecureArray(QByteArray("wrong password")), *stored);
        QVERIFY(first && second);
        QVERIFY(!pool.verify(QCA::SecureArray(QByteArray("one too many")), *stored)); // refused, not queued
        auto onThread = first->then([&checkedOn](bool matches) {
            checkedOn = QThread::currentThread();
            return matches;
        });
        QVERIFY(onThread.result());
        QVERIFY(!second->result());
        QVERIFY(checkedOn && checkedOn != QThread::currentThread());
        QTRY_COMPARE(pool.underWay(), 0);
        QVERIFY(pool.verify(QCA::SecureArray(QByteArray("room again")), *stored));
    }
};

QTEST_GUILESS_MAIN(TestSignInLimits)
#include "tst_signinlimits.moc"
