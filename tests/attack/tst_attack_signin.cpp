// Attack review finding 6: Argon2id ran on the event loop inside the request's transaction, sign-ins were throttled
// per account only, and one wrong guess every 15 minutes kept any known account locked for good. Now password checks
// run on a bounded worker pool, failures are throttled per client network too, and the per-account back-off counts
// per network, so failures from elsewhere never lock the owner out.
#include "ApiRequests.h"
#include "RawHttpsClient.h"
#include "ServerProcess.h"
#include "TimingStatistics.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray signInRequest(const QString &email, const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject {{"email"_L1, email}, {"password"_L1, password}}).toJson(QJsonDocument::Compact);
    return "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "_ba +
        QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
}

QString randomEmail()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@example.org"_s;
}

// With Argon2id on the event loop the health answers waited 2.2 s in the release build; AddressSanitizer (./test's
// second build) makes everything about three times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 slowestHealthMs = 1500;
#else
constexpr qint64 slowestHealthMs = 500;
#endif

// The Mann-Whitney test holds the release build, the one that is deployed. Under AddressSanitizer (its allocator sits
// under Argon2id's 64 MiB too) the faster side changed from run to run, by up to 10 ms and down to p = 0.0006 in
// eleven runs; there only the medians are compared.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool timingTestedByRank = false;
#else
constexpr bool timingTestedByRank = true;
#endif

QString errorOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value("error"_L1).toString();
}

} // namespace

class TestAttackSignIn : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;

    // One sign-in from `from` on a fresh connection: the status, and the error code in *error.
    int signIn(const QHostAddress &from, const QString &email, const QString &password, QString *error = nullptr)
    {
        RawHttpsClient client(m_api.tls(), m_server.port(), from);
        if (!client.open())
            return -1;
        client.send(signInRequest(email, password));
        QByteArray body;
        const int status = client.readAnswer(&body, 30s);
        if (error)
            *error = errorOf(body);
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
    }
    // Wrong guesses at the director's account from one network lock that network out, not the owner signing in
    // from another.

    void theOwnerIsNotLockedOutFromElsewhere()
    {
        const ServerProcess::DemoAccount director = m_server.demoAccounts().value(regiekamer::Role::Director);
        const QHostAddress attacker(u"127.0.0.1"_s);
        QString error;
        int status = 0;
        for (int guess = 0; guess < 10 && status != 429; ++guess)
            status = signIn(attacker, director.email, u"wrong password %1"_s.arg(guess), &error);
        QCOMPARE(status, 429);
        QCOMPARE(error, "too_many_attempts"_L1);
        QCOMPARE(signIn(attacker, director.email, director.password), 429); // locked for the attacker's network
        QCOMPARE(signIn(QHostAddress(u"127.0.0.2"_s), director.email, director.password), 200); // not for the owner
    }
    // Twenty failures at twenty different accounts from one network: the next sign-in from it is throttled, other
    // networks are not.

    void anAddressIsThrottledAcrossAccounts()
    {
        const QHostAddress attacker(u"127.0.0.3"_s);
        for (int i = 0; i < 20; ++i) // a new account each time: no per-account back-off applies
            QCOMPARE(signIn(attacker, randomEmail(), u"guess"_s), 401);
        QString error;
        QCOMPARE(signIn(attacker, randomEmail(), u"guess"_s, &error), 429);
        QCOMPARE(error, "too_many_attempts"_L1);
        QCOMPARE(signIn(QHostAddress(u"127.0.0.4"_s), randomEmail(), u"guess"_s), 401); // others are not throttled
    }

    // A wrong password for a known account and any password for an unknown one, in a shuffled order, each from a
    // network of its own (no throttle applies): the round trips may not tell them apart, neither by their medians nor
    // (in the release build) by a Mann-Whitney test (p >= 0.001).
    void signInTimingDoesNotTellAccountsApart()
    {
        const ServerProcess::DemoAccount moderator = m_server.demoAccounts().value(regiekamer::Role::Moderator);
        std::vector<double> known;
        std::vector<double> unknown;
        QElapsedTimer clock;
        // 80 sign-ins: since the server answers without Nagle's 40 ms, the round trip is mostly Argon2id and its
        // scheduling noise on two cores, and 20 a side left the medians too loose for the 25 % bound.
        constexpr int attempts = 80;
        const std::vector<bool> order = timing::shuffledHalves(attempts);
        for (int i = 0; i < attempts; ++i) {
            RawHttpsClient client(m_api.tls(), m_server.port(), QHostAddress(u"127.0.2.%1"_s.arg(i + 1)));
            QVERIFY(client.open());
            const bool askKnown = order[static_cast<size_t>(i)];
            clock.start();
            client.send(signInRequest(askKnown ? moderator.email : randomEmail(), u"not the password"_s));
            QCOMPARE(client.readAnswer(nullptr, 30s), 401);
            (askKnown ? known : unknown).push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        }
        const double p = timing::mannWhitneyP(known, unknown);
        qInfo("sign-in round trip, median: known account %.1f ms, unknown account %.1f ms; Mann-Whitney p = %.3f",
              timing::median(known), timing::median(unknown), p);
        if (timingTestedByRank)
            QVERIFY2(p >= 0.001, qPrintable(QString::number(p)));
        QVERIFY(timing::mediansClose(known, unknown));
    }

    // Thirty sign-ins at once: the event loop stays free for everyone else, and what exceeds the pool's queue is
    // refused at once instead of waiting.
    void aFloodOfSignInsDoesNotStallTheServer()
    {
        std::vector<std::unique_ptr<RawHttpsClient>> flood;
        for (int i = 0; i < 30; ++i) {
            flood.push_back(std::make_unique<RawHttpsClient>(m_api.tls(), m_server.port(),
                                                             QHostAddress(u"127.0.1.%1"_s.arg(i + 1))));
            QVERIFY(flood.back()->open());
        }
        RawHttpsClient probe(m_api.tls(), m_server.port(), QHostAddress(u"127.0.0.5"_s));
        QVERIFY(probe.open());
        for (auto &client : flood)
            client->send(signInRequest(randomEmail(), u"guess"_s));
        qint64 slowest = 0;
        QElapsedTimer clock;
        for (int i = 0; i < 10; ++i) {
            clock.start();
            probe.send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba);
            QCOMPARE(probe.readAnswer(nullptr, 10s), 200);
            slowest = std::max(slowest, clock.elapsed());
        }
        int refusedBusy = 0;
        for (auto &client : flood) {
            QByteArray body;
            const int status = client->readAnswer(&body, 60s);
            QVERIFY2(status == 401 || status == 503, qPrintable(QString::number(status)));
            refusedBusy += status == 503 && errorOf(body) == "server_busy"_L1 ? 1 : 0;
        }
        qInfo("slowest health answer during the flood: %lld ms; %d of 30 sign-ins refused as busy", slowest,
              refusedBusy);
        QVERIFY2(slowest < slowestHealthMs, qPrintable(QString::number(slowest)));
        QVERIFY(refusedBusy > 0);
    }
};

QTEST_GUILESS_MAIN(TestAttackSignIn)
#include "tst_attack_signin.moc"
