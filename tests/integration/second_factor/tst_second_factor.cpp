// The staff's second factor (issue 18, docs/security.md "Second factor") against the real server over TLS with the
// default policy (admin, director, client staff): a session limited to enrolment, enrolment with ten recovery codes,
// the sign-in's challenge and second step, replayed codes, the ±1 step window, lockout and its end, recovery codes,
// step-up on an export, an administrator's reset, and a password reset that never skips the factor. Short lock and
// step-up durations (--mfa-lock-seconds, --mfa-step-up-seconds) keep it from waiting 15 minutes.
#include "ApiRequests.h"
#include "MailInbox.h"
#include "SecondFactorSteps.h"
#include "ServerProcess.h"
#include "SmtpTestServer.h"
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
constexpr int stepUpSeconds = 5;
constexpr auto publicUrl = "https://regiekamer.example.org";
constexpr auto newPassword = "een heel nieuw wachtwoord 2026";

} // namespace

class TestSecondFactor : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto; // the codes are computed here with QCA's HMAC
    SmtpTestServer m_smtp;
    MailInbox m_inbox {m_smtp, QString::fromLatin1(publicUrl)};
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
    // How many access log entries of `action` the administrator's token sees by `filter` ("actor" or "subject") `id`.
    qsizetype logEntries(const QString &adminToken, const char *action, const QString &filter, qint64 id,
                         const char *outcome = nullptr)
    {
        ApiParams params {{u"action"_s, QString::fromLatin1(action)}, {u"limit"_s, u"500"_s}};
        params.append({filter, QString::number(id)});
        const ApiReply reply =
            m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), params), adminToken);
        if (reply.status != 200)
            qWarning("access log: %s", qPrintable(reply.describe()));
        const QJsonArray items = reply.items();
        return std::count_if(items.begin(), items.end(), [outcome](const QJsonValue &entry) {
            return !outcome || entry.toObject().value("outcome"_L1).toString() == QLatin1StringView(outcome);
        });
    }

    qint64 userIdOf(Role role)
    {
        const ApiReply users = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::users)), m_admin);
        for (const QJsonValue &user : users.items()) {
            if (user.toObject().value("email"_L1).toString() == account(role).email)
                return user.toObject().value("id"_L1).toInteger();
        }
        qWarning("no id for %s: %s", qPrintable(account(role).email), qPrintable(users.describe()));
        return 0;
    }

    // The administrator enrolled, signed in, once: m_admin and m_adminFactor.
    void awaitAdmin(steps::Enrolment *enrolment)
    {
        if (!m_admin.isEmpty())
            return;
        m_admin = enrolled(Role::Admin, enrolment);
        m_adminFactor = *enrolment;
        if (!enrolment->ok)
            m_admin.clear();
    }

    steps::Enrolment m_director;
    QString m_directorSession;
    steps::Enrolment m_clientStaff;
    steps::Enrolment m_adminFactor;
    QString m_admin; // the administrator's session, enrolled

private Q_SLOTS:
    void initTestCase();
    void enrolmentLimitedSessionServesOnlyEnrolment();
    void signInAsksForTheCodeAndRefusesReplays();
    void rolesOutsideThePolicySignInWithThePassword();
    void fiveWrongCodesLockUntilTheLockEnds();
    void aRecoveryCodeWorksOnce();
    void exportsAndReadsWithAReasonNeedAStepUp();
    void anAdministratorsResetForcesEnrolmentAgain();
    void aPasswordResetStillAsksForTheCode();
    void theLastAdministratorIsResetOffline();
};

void TestSecondFactor::initTestCase()
{
    QVERIFY2(m_smtp.start(SmtpTestServer::Mode::StartTlsRequired), qPrintable(m_smtp.lastError()));
    QVERIFY2(
        m_server.start({u"--demo"_s, u"--smtp"_s, m_smtp.url(), u"--smtp-ca-file"_s, m_smtp.caFile(), u"--smtp-from"_s,
                        u"regiekamer@example.org"_s, u"--public-url"_s, QString::fromLatin1(publicUrl),
                        u"--mfa-roles"_s, u"admin,director,client_staff"_s, u"--mfa-lock-seconds"_s,
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
    m_directorSession = token;
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

// Five wrong codes in a row lock the factor (429 with Retry-After, a right code refused too); after the lock the
// owner gets in with a right code. Each wrong code and the lock are in the access log.
void TestSecondFactor::fiveWrongCodesLockUntilTheLockEnds()
{
    steps::awaitStepWithRemaining(10);
    m_clientStaff = [&] {
        steps::Enrolment enrolment;
        const QString token = enrolled(Role::ClientStaff, &enrolment);
        return enrolment;
    }();
    QVERIFY(m_clientStaff.ok);
    const auto staff = account(Role::ClientStaff);
    const QString challenge = steps::challengeOf(m_api, staff.email, staff.password);
    QVERIFY(!challenge.isEmpty());
    const QString wrong = steps::wrongCode(m_clientStaff.secret);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(steps::answer(m_api, challenge, wrong).errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    const ApiReply locked = steps::answer(m_api, challenge, wrong);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QString::fromLatin1(api::errc::secondFactorLocked));
    QCOMPARE(locked.retryAfter.toInt(), lockSeconds);
    const ApiReply stillLocked = steps::answer(m_api, challenge, steps::code(m_clientStaff.secret));
    QCOMPARE(stillLocked.status, 429);
    QCOMPARE_GE(stillLocked.retryAfter.toInt(), 1);
    QTest::qWait(lockSeconds * 1000 + 300);
    const ApiReply open = steps::answer(m_api, challenge, steps::code(m_clientStaff.secret));
    QCOMPARE(open.status, 200);

    steps::Enrolment adminFactor;
    awaitAdmin(&adminFactor);
    QVERIFY(!m_admin.isEmpty());
    const qint64 staffId = userIdOf(Role::ClientStaff);
    QCOMPARE(logEntries(m_admin, api::auditAction::secondFactorFailed, u"actor"_s, staffId), 4);
    QCOMPARE(logEntries(m_admin, api::auditAction::lockout, u"actor"_s, staffId),
             2); // the lock, and the code refused during it
}

// A recovery code opens the second step once; used again it is wrong. Nine are left.
void TestSecondFactor::aRecoveryCodeWorksOnce()
{
    QVERIFY(m_clientStaff.ok);
    const auto staff = account(Role::ClientStaff);
    const QString code = m_clientStaff.recoveryCodes.first();
    const ApiReply first = steps::answer(m_api, steps::challengeOf(m_api, staff.email, staff.password), code, true);
    QCOMPARE(first.status, 200);
    const QString token = first.json().value("token"_L1).toString();
    const ApiReply again = steps::answer(m_api, steps::challengeOf(m_api, staff.email, staff.password), code, true);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    // Typed in capitals and without dashes, another code still works.
    const QString typed = m_clientStaff.recoveryCodes.at(1).toUpper().remove(u'-');
    QCOMPARE(steps::answer(m_api, steps::challengeOf(m_api, staff.email, staff.password), typed, true).status, 200);
    QCOMPARE(get(api::path::mySecondFactor, token).json().value("recoveryCodesLeft"_L1).toInt(), 8);
}

// The administrator's export and read with a reason need a code within the step-up time; a step-up gives it.
void TestSecondFactor::exportsAndReadsWithAReasonNeedAStepUp()
{
    steps::Enrolment adminFactor;
    awaitAdmin(&adminFactor); // enrolled by the test before, unless it failed early
    QVERIFY(!m_admin.isEmpty());
    QTest::qWait(stepUpSeconds * 1000 + 300); // the code of the sign-in no longer counts
    const ApiReply refused = get(api::path::auditExport, m_admin);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QString::fromLatin1(api::errc::stepUpRequired));
    const ApiHeaders reason {{"X-Access-Reason", "Klacht van deelnemer, ticket 42"}};
    const ApiReply withReason =
        m_api.send("GET", m_api.url(u"/api/v1/webinars/1/registrations"_s), m_admin, {}, reason);
    QCOMPARE(withReason.errorCode(), QString::fromLatin1(api::errc::stepUpRequired));
    QCOMPARE(get(api::path::webinars, m_admin).status, 200); // an ordinary read needs none

    QCOMPARE(stepUp(m_admin, steps::wrongCode(m_adminFactor.secret)).errorCode(),
             QString::fromLatin1(api::errc::secondFactorWrong));
    const ApiReply stepped = stepUp(m_admin, steps::code(m_adminFactor.secret, 1));
    QCOMPARE(stepped.status, 200);
    const QDateTime until = QDateTime::fromString(stepped.json().value("stepUpUntil"_L1).toString(), Qt::ISODateWithMs);
    QVERIFY(until > QDateTime::currentDateTimeUtc());
    QCOMPARE_LE(until, QDateTime::currentDateTimeUtc().addSecs(stepUpSeconds + 1));
    QCOMPARE(get(api::path::auditExport, m_admin).status, 200);
    QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/webinars/1/registrations"_s), m_admin, {}, reason).status, 200);
    QVERIFY(!get(api::path::mySecondFactor, m_admin).json().value("stepUpUntil"_L1).isNull());
}

// An administrator resets the director's factor (step-up, logged): the director's session is limited to enrolment at
// once and the next sign-in asks for enrolment again. Nobody else may reset another account's factor.
void TestSecondFactor::anAdministratorsResetForcesEnrolmentAgain()
{
    QVERIFY(m_director.ok);
    const QString directorSession = m_directorSession; // enrolled in it
    QCOMPARE(get(api::path::webinars, directorSession).status, 200);
    const qint64 directorId = userIdOf(Role::Director);
    QVERIFY(directorId > 0);
    const QString resetPath = api::path::expand(api::path::staffSecondFactorReset, {directorId});
    const QString moderator = signInReply(Role::Moderator).json().value("token"_L1).toString();
    QCOMPARE(m_api.send("POST", m_api.url(resetPath), moderator).status, 404);

    // Within the step-up of the test before (a step's code is good once).
    QCOMPARE(m_api.send("POST", m_api.url(resetPath), m_admin).status, 204);
    QCOMPARE(
        logEntries(m_admin, api::auditAction::secondFactorReset, u"subject"_s, directorId, api::auditOutcome::allowed),
        1);
    QCOMPARE(
        logEntries(m_admin, api::auditAction::secondFactorReset, u"subject"_s, directorId, api::auditOutcome::denied),
        1); // the moderator's attempt
    QCOMPARE(get(api::path::webinars, directorSession).errorCode(), QString::fromLatin1(api::errc::enrolmentRequired));
    QCOMPARE(get(api::path::mySecondFactor, directorSession).json().value("totp"_L1).toBool(true), false);
    const ApiReply again = signInReply(Role::Director);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value("secondFactor"_L1).toString(),
             QString::fromLatin1(api::secondFactor::enrolmentRequired));
    m_director = {};
}

// A password chosen through a reset link signs nobody in, and the next sign-in with it still asks for the code.
void TestSecondFactor::aPasswordResetStillAsksForTheCode()
{
    QVERIFY(m_clientStaff.ok);
    const auto staff = account(Role::ClientStaff);
    const ApiReply asked = m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::passwordReset)), {},
                                          QJsonObject {{"email"_L1, staff.email}});
    QCOMPARE(asked.status, 202);
    const QByteArray mail = m_inbox.next(staff.email);
    QVERIFY2(!mail.isEmpty(), "no reset mail arrived");
    const QString token = m_inbox.tokenIn(mail, u"reset"_s);
    QVERIFY(!token.isEmpty());
    const ApiReply done =
        m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::passwordResetComplete)), {},
                       QJsonObject {{"token"_L1, token}, {"password"_L1, QString::fromLatin1(newPassword)}});
    QCOMPARE(done.status, 204);
    QVERIFY2(!done.body.contains("token"), done.body.constData());
    const ApiReply signedIn =
        m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                       api::LoginRequest {staff.email, QString::fromLatin1(newPassword), std::nullopt}.toJson());
    QCOMPARE(signedIn.status, 200);
    QVERIFY(!signedIn.json().contains("token"_L1));
    auto challenge = api::SecondFactorChallenge::fromJson(signedIn.json());
    QVERIFY2(challenge, signedIn.body.constData());
    QCOMPARE(steps::answer(m_api, challenge->challenge, steps::code(m_clientStaff.secret, 1)).status, 200);
}

// The last administrator lost authenticator and recovery codes: `regiekamer-admin users reset-second-factor EMAIL` on
// the data directory removes the factor (logged); the next sign-in enrols again.
void TestSecondFactor::theLastAdministratorIsResetOffline()
{
    QVERIFY(m_adminFactor.ok);
    const auto admin = account(Role::Admin);
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"users"_s, u"reset-second-factor"_s, u"nobody@example.org"_s}, {}, &output), 1);
    QCOMPARE(m_server.runAdmin({u"users"_s, u"reset-second-factor"_s, admin.email}, {}, &output), 0);
    QVERIFY2(output.contains("enrols again"), output.constData());
    QCOMPARE(get(api::path::webinars, m_admin).errorCode(), QString::fromLatin1(api::errc::enrolmentRequired));
    const ApiReply again = signInReply(Role::Admin);
    QCOMPARE(again.json().value("secondFactor"_L1).toString(),
             QString::fromLatin1(api::secondFactor::enrolmentRequired));
    const QString token = again.json().value("token"_L1).toString();
    steps::Enrolment enrolment = steps::enrol(m_api, token);
    QVERIFY(enrolment.ok);
    QVERIFY(enrolment.secret != m_adminFactor.secret);
    const qint64 adminId = again.json().value("user"_L1).toObject().value("id"_L1).toInteger();
    QCOMPARE(logEntries(token, api::auditAction::secondFactorReset, u"subject"_s, adminId, api::auditOutcome::allowed),
             1);
}

QTEST_GUILESS_MAIN(TestSecondFactor)
#include "tst_second_factor.moc"
