// The staff's second factor (issue 18, docs/security.md "Second factor") against the real server over TLS with the
// default policy (admin, director, client staff): a session limited to enrolment, enrolment with ten recovery codes,
// the sign-in's challenge and second step, replayed codes, the ±1 step window, lockout and its end, recovery codes,
// step-up on an export, an administrator's reset, and a password reset that never skips the factor. Short lock and
// step-up durations (--mfa-lock-seconds, --mfa-step-up-seconds) keep it from waiting 15 minutes.
#include "ApiRequests.h"
#include "SecondFactorSteps.h"
#include "ServerProcess.h"
#include "base/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/Roles.h"
#include "protocol/SecondFactor.h"
#include "protocol/Session.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QtCrypto>

using namespace regiekamer;
using namespace Qt::StringLiterals;
namespace steps = secondFactorSteps;

namespace {

constexpr int lockSeconds = 3;
constexpr int stepUpSeconds = 3;

} // namespace

class TestSecondFactor : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto; // the codes are computed here with QCA's HMAC
    ServerProcess m_server;
    ApiRequests m_api;

    ServerProcess::DemoAccount account(Role role) const { return m_server.demoAccounts().value(role); }
    ApiReply signInReply(Role role)
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                              api::LoginRequest {account(role).email, account(role).password, std::nullopt}.toJson());
    }
    ApiReply get(const char *path, const QString &token, const ApiHeaders &headers = {})
    {
        return m_api.send("GET", m_api.url(QString::fromLatin1(path)), token, {}, headers);
    }
    ApiReply stepUp(const QString &token, const QString &code)
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::sessionStepUp)), token,
                              QJsonObject {{"code"_L1, code}});
    }
    // A session of `role` after enrolling it (the password alone gives a session limited to enrolment).
    QString enrolled(Role role, steps::Enrolment *enrolment)
    {
        const QString token = signInReply(role).json().value("token"_L1).toString();
        *enrolment = steps::enrol(m_api, token);
        return token;
    }
    // How many access log entries of `action` the administrator's token sees about `subject` (0: any).
    qsizetype logEntries(const QString &adminToken, const char *action, qint64 subject = 0)
    {
        ApiParams params {{u"action"_s, QString::fromLatin1(action)}, {u"limit"_s, u"500"_s}};
        if (subject > 0)
            params.append({u"subject"_s, QString::number(subject)});
        const ApiReply reply =
            m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), params), adminToken);
        if (reply.status != 200)
            qWarning("access log: %s", qPrintable(reply.describe()));
        return reply.items().size();
    }

    steps::Enrolment m_director;

private Q_SLOTS:
    void initTestCase();
    void enrolmentLimitedSessionServesOnlyEnrolment();
    void signInAsksForTheCodeAndRefusesReplays();
    void rolesOutsideThePolicySignInWithThePassword();
};

void TestSecondFactor::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s, u"--mfa-roles"_s, u"admin,director,client_staff"_s, u"--mfa-lock-seconds"_s,
                             QString::number(lockSeconds), u"--mfa-step-up-seconds"_s, QString::number(stepUpSeconds)}),
             m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
}

// The password alone gives a covered account a session for enrolment only; the first code makes it whole.
void TestSecondFactor::enrolmentLimitedSessionServesOnlyEnrolment()
{
    steps::awaitStepWithRemaining(12);
    const ApiReply signedIn = signInReply(Role::Director);
    QCOMPARE(signedIn.status, 200);
    auto grant = api::SessionGrant::fromJson(signedIn.json());
    QVERIFY(grant);
    QCOMPARE(grant->secondFactor, QString::fromLatin1(api::secondFactor::enrolmentRequired));
    const QString token = grant->token;

    QCOMPARE(get(api::path::me, token).status, 200);
    const ApiReply webinars = get(api::path::webinars, token);
    QCOMPARE(webinars.status, 403);
    QCOMPARE(webinars.errorCode(), QString::fromLatin1(api::errc::enrolmentRequired));
    QCOMPARE(get(api::path::myProfile, token).status, 403);
    const ApiReply state = get(api::path::mySecondFactor, token);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json().value("totp"_L1).toBool(true), false);

    const ApiReply begun = m_api.send("POST", m_api.url(QString::fromLatin1(api::path::mySecondFactorTotp)), token);
    QCOMPARE(begun.status, 200);
    auto pending = api::TotpEnrolment::fromJson(begun.json());
    QVERIFY(pending);
    QCOMPARE(pending->secret.size(), 32); // 20 bytes in base32
    QVERIFY2(pending->uri.startsWith(u"otpauth://totp/Regiekamer:"_s), qPrintable(pending->uri));
    QVERIFY(pending->uri.contains(u"secret="_s + pending->secret +
                                  u"&issuer=Regiekamer&digits=6&period=30"
                                  "&algorithm=SHA1"_s));
    // Pending is not active: still limited, and a wrong first code activates nothing.
    QCOMPARE(get(api::path::webinars, token).status, 403);
    const ApiReply wrong = m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::mySecondFactorTotpConfirm)),
                                          token, QJsonObject {{"code"_L1, steps::wrongCode(pending->secret)}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    QCOMPARE(get(api::path::webinars, token).status, 403);

    // One step behind is accepted (the window is ±1).
    const ApiReply confirmed =
        m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::mySecondFactorTotpConfirm)), token,
                       QJsonObject {{"code"_L1, steps::code(pending->secret, -1)}});
    QCOMPARE(confirmed.status, 200);
    auto codes = api::RecoveryCodes::fromJson(confirmed.json());
    QVERIFY(codes);
    QCOMPARE(codes->codes.size(), 10);
    static const QRegularExpression format(u"^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$"_s);
    for (const QString &code : std::as_const(codes->codes))
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
    QCOMPARE(QSet<QString>(codes->codes.cbegin(), codes->codes.cend()).size(), 10);
    QCOMPARE(get(api::path::webinars, token).status, 200);
    const ApiReply active = get(api::path::mySecondFactor, token);
    QCOMPARE(active.json().value("totp"_L1).toBool(), true);
    QCOMPARE(active.json().value("recoveryCodesLeft"_L1).toInt(), 10);
    m_director = {pending->secret, codes->codes, true};
}

// Password right: a challenge and no session; the code completes it; a code's step is good once; ±2 steps refused.
void TestSecondFactor::signInAsksForTheCodeAndRefusesReplays()
{
    QVERIFY(m_director.ok);
    steps::awaitStepWithRemaining(10);
    const ApiReply first = signInReply(Role::Director);
    QCOMPARE(first.status, 200);
    QVERIFY2(!first.json().contains("token"_L1), first.body.constData());
    auto challenge = api::SecondFactorChallenge::fromJson(first.json());
    QVERIFY2(challenge, first.body.constData());
    QCOMPARE(challenge->methods, (QStringList {u"totp"_s, u"recovery"_s}));
    QCOMPARE_GT(challenge->expiresAt, QDateTime::currentDateTimeUtc().addSecs(240));
    QCOMPARE_LE(challenge->expiresAt, QDateTime::currentDateTimeUtc().addSecs(301));

    for (const int offset : {-2, 2}) {
        const ApiReply far = steps::answer(m_api, challenge->challenge, steps::code(m_director.secret, offset));
        QCOMPARE(far.status, 401);
        QCOMPARE(far.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    }
    const QString now = steps::code(m_director.secret);
    const ApiReply granted = steps::answer(m_api, challenge->challenge, now);
    QCOMPARE(granted.status, 200);
    auto grant = api::SessionGrant::fromJson(granted.json());
    QVERIFY(grant);
    QVERIFY(grant->secondFactor.isEmpty());
    QCOMPARE(get(api::path::webinars, grant->token).status, 200);
    // The challenge is used up.
    QCOMPARE(steps::answer(m_api, challenge->challenge, steps::code(m_director.secret, 1)).errorCode(),
             QString::fromLatin1(api::errc::challengeInvalid));

    // The same code again, with a new challenge: refused as a replay.
    const ApiReply replayed = steps::answer(
        m_api, steps::challengeOf(m_api, account(Role::Director).email, account(Role::Director).password), now);
    QCOMPARE(replayed.status, 401);
    QCOMPARE(replayed.errorCode(), QString::fromLatin1(api::errc::codeReused));
    // One step ahead is accepted.
    QVERIFY(!steps::signIn(m_api, account(Role::Director).email, account(Role::Director).password, m_director.secret, 1)
                 .isEmpty());
    // An unknown challenge.
    QCOMPARE(steps::answer(m_api, u"AAAA"_s, now).errorCode(), QString::fromLatin1(api::errc::challengeInvalid));
}

// The moderator's role is outside the default policy: the password alone gives a whole session.
void TestSecondFactor::rolesOutsideThePolicySignInWithThePassword()
{
    const ApiReply signedIn = signInReply(Role::Moderator);
    QCOMPARE(signedIn.status, 200);
    QVERIFY(!signedIn.json().contains("secondFactor"_L1));
    QCOMPARE(get(api::path::webinars, signedIn.json().value("token"_L1).toString()).status, 200);
}

QTEST_GUILESS_MAIN(TestSecondFactor)
#include "tst_second_factor.moc"
