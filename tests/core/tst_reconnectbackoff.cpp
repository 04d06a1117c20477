// The event stream's reconnect back-off (ReconnectBackoff): doubling up to a minute, with ±20 % jitter.
#include "net/ReconnectBackoff.h"

#include <QSignalSpy>
#include <QTest>

using namespace regiekamer::client;

class TstReconnectBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffDoublesWithJitter();
};

void TstReconnectBackoff::backoffDoublesWithJitter()
{
    QCOMPARE(ReconnectBackoff::jittered(1000, 0), 800);
    QCOMPARE(ReconnectBackoff::jittered(1000, 0xFFFFFFFFu), 1200);
    ReconnectBackoff backoff;
    QSignalSpy scheduled(&backoff, &ReconnectBackoff::scheduled);
    for (int i = 0; i < 8; ++i)
        backoff.scheduleNext();
    QCOMPARE(scheduled.size(), 8);
    QVERIFY(scheduled.first().first().toInt() <= 2); // 1 s ±20%, rounded up
    QVERIFY(scheduled.last().first().toInt() <= 60 * 1.2 + 1);
    QVERIFY(scheduled.last().first().toInt() >= 60 * 0.8);
    backoff.reset();
    QCOMPARE(backoff.secondsUntilAttempt(), -1);
}

QTEST_GUILESS_MAIN(TstReconnectBackoff)
#include "tst_reconnectbackoff.moc"
