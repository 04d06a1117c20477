// The sign-in round trip with and without TOTP, in one run against one real server over TLS (issue 18's figure):
// password only (a moderator, outside the policy --mfa-roles director) against password then code (directors, each
// enrolled; a step's code is good once per account, so each director signs in once). Interleaved, so both kinds see
// the same load. Prints the medians and 90th percentiles (docs/benchmarks.md).
#include "ApiRequests.h"
#include "SecondFactorSteps.h"
#include "ServerProcess.h"
#include "TimingStatistics.h"
#include "protocol/ApiPaths.h"
#include "protocol/Session.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtCrypto>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;
namespace steps = secondFactorSteps;

namespace {

constexpr int accounts = 12;
constexpr auto benchPassword = "een lang genoeg bankwachtwoord 2026";

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(static_cast<size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5));
}

} // namespace

class BenchSecondFactor : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    ServerProcess m_server;
    ApiRequests m_api;

private Q_SLOTS:
    void signInWithAndWithoutTotp();
};

void BenchSecondFactor::signInWithAndWithoutTotp()
{
    QVERIFY2(m_server.start({u"--demo"_s, u"--mfa-roles"_s, u"director"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    QStringList emails;
    QStringList secrets;
    for (int i = 0; i < accounts; ++i) {
        const QString email = u"bench.regie.%1@example.org"_s.arg(i);
        QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, email, u"--role"_s, u"director"_s, u"--name"_s,
                                    u"Bench %1"_s.arg(i)},
                                   QByteArray(benchPassword) + '\n'),
                 0);
        const QString limited = m_api.login(email, QString::fromLatin1(benchPassword));
        const steps::Enrolment enrolment = steps::enrol(m_api, limited);
        QVERIFY(enrolment.ok);
        emails.append(email);
        secrets.append(enrolment.secret);
    }
    const auto moderator = m_server.demoAccounts().value(Role::Moderator);
    QVERIFY(!m_api.login(moderator.email, moderator.password).isEmpty()); // warm up the connection

    std::vector<double> passwordOnly, withTotp;
    for (int i = 0; i < accounts; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!m_api.login(moderator.email, moderator.password).isEmpty());
        passwordOnly.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

        const QString code = steps::code(secrets.at(i)); // computed before the clock starts
        timer.restart();
        const QString challenge = steps::challengeOf(m_api, emails.at(i), QString::fromLatin1(benchPassword));
        const ApiReply granted = steps::answer(m_api, challenge, code);
        withTotp.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(granted.status, 200);
    }
    qInfo("Sign-in round trip over TLS, n = %d each, interleaved:", accounts);
    qInfo("  password only:          median %.1f ms, p90 %.1f ms", timing::median(passwordOnly),
          percentile(passwordOnly, 0.9));
    qInfo("  password, then TOTP:    median %.1f ms, p90 %.1f ms", timing::median(withTotp), percentile(withTotp, 0.9));
}

QTEST_GUILESS_MAIN(BenchSecondFactor)
#include "bench_second_factor.moc"
