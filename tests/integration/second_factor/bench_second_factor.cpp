// The sign-in round trip with and without TOTP, in one run against one real server over TLS (issue 18's figure):
// password only (a moderator, outside the policy --mfa-roles director) against password then code (directors, each
// enrolled; a step's code is good once per account, so each director signs in once) against password then a FIDO2
// security key (the same directors, each with a key of the tests' software authenticator, signing through libfido2
// in this process: the key's own time is the signature, no touch). Interleaved, so all kinds see the same load.
// Prints the medians and 90th percentiles (docs/benchmarks.md).
#include "ApiRequests.h"
#include "SecondFactorSteps.h"
#include "SecurityKeySteps.h"
#include "ServerProcess.h"
#include "SoftAuthenticator.h"
#include "TimingStatistics.h"
#include "protocol/ApiPaths.h"
#include "protocol/SecondFactor.h"
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
    SoftAuthenticator m_key;
    client::SecurityKeyDevice m_device;

    // A key registered for the session (stepped up by the enrolment's first code).
    bool registerKey(const QString &token)
    {
        const ApiReply challenge =
            m_api.send("POST", m_api.url(QString::fromLatin1(api::path::mySecurityKeysChallenge)), token);
        auto request = api::SecurityKeyRequest::fromJson(challenge.json());
        auto made = request ? securityKeySteps::makeCredential(m_device, *request, u"Bench"_s)
                            : Result<api::SecurityKeyRegistration>(fail({}, {}));
        return made &&
            m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::mySecurityKeys)), token, made->toJson())
                .status == 201;
    }

private Q_SLOTS:
    void signInWithAndWithoutTotp();
};

void BenchSecondFactor::signInWithAndWithoutTotp()
{
    client::SecurityKeyDevice::useTransport(
        client::SecurityKeyTransport {SoftAuthenticator::io(), SoftAuthenticator::transport(), m_key.path()});
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
        QVERIFY(registerKey(limited));
        emails.append(email);
        secrets.append(enrolment.secret);
    }
    const auto moderator = m_server.demoAccounts().value(Role::Moderator);
    QVERIFY(!m_api.login(moderator.email, moderator.password).isEmpty()); // warm up the connection

    std::vector<double> passwordOnly, withTotp, withKey, keyAlone;
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

        timer.restart();
        const ApiReply asked =
            m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                           api::LoginRequest {emails.at(i), QString::fromLatin1(benchPassword), std::nullopt}.toJson());
        auto keyChallenge = api::SecondFactorChallenge::fromJson(asked.json());
        QVERIFY(keyChallenge);
        QElapsedTimer signing;
        signing.start();
        auto assertion = securityKeySteps::getAssertion(m_device, keyChallenge->challenge, api::securityKey::signIn,
                                                        keyChallenge->credentialIds);
        keyAlone.push_back(static_cast<double>(signing.nsecsElapsed()) / 1e6);
        QVERIFY(assertion);
        const ApiReply keyGranted =
            m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::sessionSecondFactor)), {},
                           api::SecondFactorAnswer {keyChallenge->challenge, {}, {}, *assertion}.toJson());
        withKey.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(keyGranted.status, 200);
    }
    qInfo("Sign-in round trip over TLS, n = %d each, interleaved:", accounts);
    qInfo("  password only:          median %.1f ms, p90 %.1f ms", timing::median(passwordOnly),
          percentile(passwordOnly, 0.9));
    qInfo("  password, then TOTP:    median %.1f ms, p90 %.1f ms", timing::median(withTotp), percentile(withTotp, 0.9));
    qInfo("  password, then key:     median %.1f ms, p90 %.1f ms (of which the key's signature through libfido2: "
          "median %.1f ms)",
          timing::median(withKey), percentile(withKey, 0.9), timing::median(keyAlone));
}

QTEST_GUILESS_MAIN(BenchSecondFactor)
#include "bench_second_factor.moc"
