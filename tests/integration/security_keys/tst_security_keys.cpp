// FIDO2 security keys as a second factor (issue 18, docs/security.md "Security keys") against the real server over
// TLS: a key as an account's first factor (with its recovery codes), sign-in with the key, a replayed answer, a
// second key only with a step-up (done with the key), removal, wrong answers counting towards the lockout, a counter
// that does not grow refused as a possible clone, another account's credential refused, and an administrator's reset
// that removes the keys. The keys are the tests' software authenticator (tests/support/SoftAuthenticator) behind the
// desktop's SecurityKeyDevice: libfido2's real code on both sides, only the USB transport is replaced.
#include "ApiRequests.h"
#include "SecondFactorSteps.h"
#include "SecurityKeySteps.h"
#include "ServerProcess.h"
#include "SoftAuthenticator.h"
#include "base/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/Roles.h"
#include "protocol/SecondFactor.h"
#include "protocol/Session.h"

#include <QJsonArray>
#include <QTest>
#include <QtCrypto>

using namespace regiekamer;
using namespace Qt::StringLiterals;
namespace keys = securityKeySteps;
using client::SecurityKeyDevice;

namespace {

constexpr int lockSeconds = 3;
constexpr int stepUpSeconds = 4;

} // namespace

class TestSecurityKeys : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    ServerProcess m_server;
    ApiRequests m_api;
    SoftAuthenticator m_directorKey;
    SoftAuthenticator m_spareKey;
    SoftAuthenticator m_staffKey;
    SecurityKeyDevice m_device;
    QString m_director; // the director's session, a key as its factor
    QString m_admin;
    secondFactorSteps::Enrolment m_adminFactor;

    ServerProcess::DemoAccount account(Role role) const { return m_server.demoAccounts().value(role); }
    void plugIn(SoftAuthenticator &key)
    {
        SecurityKeyDevice::useTransport(
            client::SecurityKeyTransport {SoftAuthenticator::io(), SoftAuthenticator::transport(), key.path()});
    }
    ApiReply post(const char *path, const QString &token, const QJsonObject &body = {})
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(path)), token, body);
    }
    ApiReply get(const char *path, const QString &token)
    {
        return m_api.send("GET", m_api.url(QString::fromLatin1(path)), token);
    }
    ApiReply signInReply(Role role)
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                              api::LoginRequest {account(role).email, account(role).password, std::nullopt}.toJson());
    }
    // The registration challenge, the key's new credential, the server's answer.
    ApiReply registerKey(SoftAuthenticator &key, const QString &token, const QString &name)
    {
        plugIn(key);
        const ApiReply challenge = post(api::path::mySecurityKeysChallenge, token);
        auto request = api::SecurityKeyRequest::fromJson(challenge.json());
        if (challenge.status != 200 || !request)
            return challenge;
        auto made = keys::makeCredential(m_device, *request, name);
        if (!made) {
            qWarning("makeCredential: %s", qPrintable(made.error().message));
            return {};
        }
        return post(api::path::mySecurityKeys, token, made->toJson());
    }
    // The sign-in's challenge of `role`, answered by `key`.
    ApiReply signInWithKey(Role role, SoftAuthenticator &key, QList<QByteArray> credentialIds = {})
    {
        const ApiReply first = signInReply(role);
        auto challenge = api::SecondFactorChallenge::fromJson(first.json());
        if (!challenge) {
            qWarning("sign-in: %s", qPrintable(first.describe()));
            return first;
        }
        return answerWithKey(*challenge, key, credentialIds.isEmpty() ? challenge->credentialIds : credentialIds);
    }
    ApiReply answerWithKey(const api::SecondFactorChallenge &challenge, SoftAuthenticator &key,
                           const QList<QByteArray> &credentialIds)
    {
        plugIn(key);
        auto assertion = keys::getAssertion(m_device, challenge.challenge, api::securityKey::signIn, credentialIds);
        if (!assertion) {
            qWarning("getAssertion: %s", qPrintable(assertion.error().message));
            return {};
        }
        api::SecondFactorAnswer answer {challenge.challenge, {}, {}, *assertion};
        return post(api::path::sessionSecondFactor, {}, answer.toJson());
    }
    ApiReply stepUpWithKey(SoftAuthenticator &key, const QString &token)
    {
        plugIn(key);
        const ApiReply challenge = post(api::path::sessionStepUpChallenge, token);
        auto request = api::SecurityKeyRequest::fromJson(challenge.json());
        if (!request)
            return challenge;
        auto assertion =
            keys::getAssertion(m_device, request->challenge, api::securityKey::stepUp, request->credentialIds);
        if (!assertion)
            return {};
        return post(api::path::sessionStepUp, token,
                    api::SecondFactorAnswer {request->challenge, {}, {}, *assertion}.toJson());
    }
    QJsonArray keysOf(const QString &token) { return get(api::path::mySecurityKeys, token).items(); }
    qsizetype logEntries(const char *action, const char *outcome)
    {
        const ApiReply reply =
            m_api.send("GET",
                       m_api.url(QString::fromLatin1(api::path::auditLog),
                                 {{u"action"_s, QString::fromLatin1(action)}, {u"limit"_s, u"500"_s}}),
                       m_admin);
        const QJsonArray items = reply.items();
        return std::count_if(items.begin(), items.end(), [outcome](const QJsonValue &entry) {
            return entry.toObject().value("outcome"_L1).toString() == QLatin1StringView(outcome);
        });
    }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void aKeyIsAFirstFactorWithRecoveryCodes();
    void signInWithTheKeyAndNoReplay();
    void aSecondKeyNeedsAStepUpWithTheKey();
    void wrongAnswersCountTowardsTheLockout();
    void aCounterThatDoesNotGrowIsRefused();
    void anotherAccountsCredentialIsRefused();
    void removingAKeyNeedsAStepUp();
    void theAdministratorsResetRemovesTheKeys();
};

void TestSecurityKeys::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s, u"--mfa-roles"_s, u"admin,director,client_staff"_s, u"--mfa-lock-seconds"_s,
                             QString::number(lockSeconds), u"--mfa-step-up-seconds"_s, QString::number(stepUpSeconds)}),
             m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    // The administrator with TOTP, to read the access log and to reset.
    m_admin = signInReply(Role::Admin).json().value("token"_L1).toString();
    m_adminFactor = secondFactorSteps::enrol(m_api, m_admin);
    QVERIFY(m_adminFactor.ok);
}

void TestSecurityKeys::cleanup()
{
    for (SoftAuthenticator *key : {&m_directorKey, &m_spareKey, &m_staffKey}) {
        key->repeatCounter = false;
        key->signWithOtherKey = false;
        key->omitUserPresence = false;
    }
}

// The password alone gives an enrolment-only session; a key registered makes it whole, with ten recovery codes.
void TestSecurityKeys::aKeyIsAFirstFactorWithRecoveryCodes()
{
    const ApiReply signedIn = signInReply(Role::Director);
    QCOMPARE(signedIn.json().value("secondFactor"_L1).toString(),
             QString::fromLatin1(api::secondFactor::enrolmentRequired));
    const QString token = signedIn.json().value("token"_L1).toString();
    QCOMPARE(get(api::path::webinars, token).status, 403);

    // A registration over another challenge than the one it was made for is refused, and uses its challenge up.
    plugIn(m_directorKey);
    const ApiReply first = post(api::path::mySecurityKeysChallenge, token);
    QCOMPARE(first.status, 200);
    auto request = api::SecurityKeyRequest::fromJson(first.json());
    QVERIFY(request);
    QCOMPARE(request->rpId, u"regiekamer"_s);
    QCOMPARE(request->userHandle.size(), 16);
    auto made = keys::makeCredential(m_device, *request, u"Blauwe sleutel"_s);
    QVERIFY(made);
    const ApiReply second = post(api::path::mySecurityKeysChallenge, token);
    made->challenge = api::SecurityKeyRequest::fromJson(second.json())->challenge;
    const ApiReply forged = post(api::path::mySecurityKeys, token, made->toJson());
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.errorCode(), QString::fromLatin1(api::errc::securityKeyInvalid));
    QCOMPARE(post(api::path::mySecurityKeys, token, made->toJson()).errorCode(),
             QString::fromLatin1(api::errc::challengeInvalid));

    const ApiReply registered = registerKey(m_directorKey, token, u"Blauwe sleutel"_s);
    QCOMPARE(registered.status, 201);
    QCOMPARE(registered.json().value("recoveryCodes"_L1).toArray().size(), 10);
    QCOMPARE(registered.json().value("securityKey"_L1).toObject().value("name"_L1).toString(), u"Blauwe sleutel"_s);
    QCOMPARE(get(api::path::webinars, token).status, 200);
    const QJsonObject status = get(api::path::mySecondFactor, token).json();
    QCOMPARE(status.value("totp"_L1).toBool(true), false);
    QCOMPARE(status.value("securityKeys"_L1).toInt(), 1);
    QCOMPARE(status.value("recoveryCodesLeft"_L1).toInt(), 10);
    m_director = token;
}

void TestSecurityKeys::signInWithTheKeyAndNoReplay()
{
    QVERIFY(!m_director.isEmpty());
    const ApiReply first = signInReply(Role::Director);
    auto challenge = api::SecondFactorChallenge::fromJson(first.json());
    QVERIFY2(challenge, first.body.constData());
    QCOMPARE(challenge->methods, (QStringList {u"securityKey"_s, u"recovery"_s}));
    QCOMPARE(challenge->credentialIds.size(), 1);
    plugIn(m_directorKey);
    auto assertion =
        keys::getAssertion(m_device, challenge->challenge, api::securityKey::signIn, challenge->credentialIds);
    QVERIFY(assertion);
    const QJsonObject answer = api::SecondFactorAnswer {challenge->challenge, {}, {}, *assertion}.toJson();
    const ApiReply granted = post(api::path::sessionSecondFactor, {}, answer);
    QCOMPARE(granted.status, 200);
    const QString token = granted.json().value("token"_L1).toString();
    QCOMPARE(get(api::path::webinars, token).status, 200);
    // The same answer again: its challenge is used up.
    QCOMPARE(post(api::path::sessionSecondFactor, {}, answer).errorCode(),
             QString::fromLatin1(api::errc::challengeInvalid));
    // The same signature under a new challenge: not a signature over that one.
    auto next = api::SecondFactorChallenge::fromJson(signInReply(Role::Director).json());
    QVERIFY(next);
    const ApiReply replayed = post(api::path::sessionSecondFactor, {},
                                   api::SecondFactorAnswer {next->challenge, {}, {}, *assertion}.toJson());
    QCOMPARE(replayed.status, 401);
    QCOMPARE(replayed.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    QCOMPARE(keysOf(token).first().toObject().value("lastUsedAt"_L1).isString(), true);
}

// A second key is an account change: it needs a step-up once the account has a factor, and the key gives it.
void TestSecurityKeys::aSecondKeyNeedsAStepUpWithTheKey()
{
    QVERIFY(!m_director.isEmpty());
    QTest::qWait((stepUpSeconds + 1) * 1000); // the step-up of the first key's registration ends
    const ApiReply refused = post(api::path::mySecurityKeysChallenge, m_director);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QString::fromLatin1(api::errc::stepUpRequired));
    // A step-up's challenge signed for sign-in is not a step-up.
    plugIn(m_directorKey);
    auto request = api::SecurityKeyRequest::fromJson(post(api::path::sessionStepUpChallenge, m_director).json());
    QVERIFY(request);
    auto wrongPurpose =
        keys::getAssertion(m_device, request->challenge, api::securityKey::signIn, request->credentialIds);
    QVERIFY(wrongPurpose);
    QCOMPARE(post(api::path::sessionStepUp, m_director,
                  api::SecondFactorAnswer {request->challenge, {}, {}, *wrongPurpose}.toJson())
                 .status,
             401);
    const ApiReply stepped = stepUpWithKey(m_directorKey, m_director);
    QCOMPARE(stepped.status, 200);
    QVERIFY(stepped.json().value("stepUpUntil"_L1).isString());
    const ApiReply spare = registerKey(m_spareKey, m_director, u"Reserve"_s);
    QCOMPARE(spare.status, 201);
    QVERIFY(!spare.json().contains("recoveryCodes"_L1));
    // The same key again is excluded by the key itself.
    plugIn(m_spareKey);
    auto again = api::SecurityKeyRequest::fromJson(post(api::path::mySecurityKeysChallenge, m_director).json());
    QVERIFY(again);
    QCOMPARE(again->credentialIds.size(), 2);
    auto excluded = keys::makeCredential(m_device, *again, u"Nog eens"_s);
    QVERIFY(!excluded);
    QCOMPARE(excluded.error().code, QString::fromLatin1(client::securityKeyErrc::registeredAlready));
    QCOMPARE(keysOf(m_director).size(), 2);
    QCOMPARE(signInWithKey(Role::Director, m_spareKey).status, 200);
}

// A signature by another key and an answer without the user's touch are wrong answers: five lock the factor.
void TestSecurityKeys::wrongAnswersCountTowardsTheLockout()
{
    QVERIFY(!m_director.isEmpty());
    m_directorKey.signWithOtherKey = true;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const ApiReply wrong = signInWithKey(Role::Director, m_directorKey);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    }
    m_directorKey.signWithOtherKey = false;
    m_directorKey.omitUserPresence = true;
    QCOMPARE(signInWithKey(Role::Director, m_directorKey).status, 401);
    const ApiReply locks = signInWithKey(Role::Director, m_directorKey);
    QCOMPARE(locks.status, 429);
    QCOMPARE(locks.errorCode(), QString::fromLatin1(api::errc::secondFactorLocked));
    m_directorKey.omitUserPresence = false;
    QCOMPARE(signInWithKey(Role::Director, m_directorKey).status, 429); // even the right key while locked
    QTest::qWait((lockSeconds + 1) * 1000);
    QCOMPARE(signInWithKey(Role::Director, m_directorKey).status, 200);
}

void TestSecurityKeys::aCounterThatDoesNotGrowIsRefused()
{
    QVERIFY(!m_director.isEmpty());
    const qsizetype before = logEntries(api::auditAction::securityKeyCounter, api::auditOutcome::denied);
    m_directorKey.repeatCounter = true;
    const ApiReply cloned = signInWithKey(Role::Director, m_directorKey);
    QCOMPARE(cloned.status, 401);
    QCOMPARE(cloned.errorCode(), QString::fromLatin1(api::errc::securityKeyCounter));
    QCOMPARE(logEntries(api::auditAction::securityKeyCounter, api::auditOutcome::denied), before + 1);
    m_directorKey.repeatCounter = false;
    QCOMPARE(signInWithKey(Role::Director, m_directorKey).status, 200);
}

// The client staff member's own key answers the director's challenge with its own credential: refused.
void TestSecurityKeys::anotherAccountsCredentialIsRefused()
{
    const QString staff = signInReply(Role::ClientStaff).json().value("token"_L1).toString();
    QCOMPARE(registerKey(m_staffKey, staff, u"Sleutel van de klant"_s).status, 201);
    const ApiReply staffChallenge = signInReply(Role::ClientStaff);
    auto staffIds = api::SecondFactorChallenge::fromJson(staffChallenge.json())->credentialIds;
    QCOMPARE(staffIds.size(), 1);
    const ApiReply foreign = signInWithKey(Role::Director, m_staffKey, staffIds);
    QCOMPARE(foreign.status, 401);
    QCOMPARE(foreign.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
    QCOMPARE(signInWithKey(Role::ClientStaff, m_staffKey).status, 200);
}

void TestSecurityKeys::removingAKeyNeedsAStepUp()
{
    QVERIFY(!m_director.isEmpty());
    const QJsonArray before = keysOf(m_director);
    QCOMPARE(before.size(), 2);
    const auto bothKeys = api::SecondFactorChallenge::fromJson(signInReply(Role::Director).json())->credentialIds;
    QCOMPARE(bothKeys.size(), 2);
    const qint64 spareId = before.at(1).toObject().value("id"_L1).toInteger();
    const QString keyPath = api::path::expand(api::path::mySecurityKey, {spareId});
    QTest::qWait((stepUpSeconds + 1) * 1000);
    QCOMPARE(m_api.send("DELETE", m_api.url(keyPath), m_director).errorCode(),
             QString::fromLatin1(api::errc::stepUpRequired));
    QCOMPARE(stepUpWithKey(m_spareKey, m_director).status, 200);
    // Another account's key is not found.
    QCOMPARE(m_api.send("DELETE", m_api.url(api::path::expand(api::path::mySecurityKey, {spareId + 100})), m_director)
                 .status,
             404);
    QCOMPARE(m_api.send("DELETE", m_api.url(keyPath), m_director).status, 204);
    QCOMPARE(keysOf(m_director).size(), 1);
    // The removed key is no longer asked for (the key finds none of the account's credentials), and when it signs
    // with its old credential anyway the server refuses it.
    const auto challenge = api::SecondFactorChallenge::fromJson(signInReply(Role::Director).json());
    QVERIFY(challenge);
    QCOMPARE(challenge->credentialIds.size(), 1);
    plugIn(m_spareKey);
    const auto notAsked =
        keys::getAssertion(m_device, challenge->challenge, api::securityKey::signIn, challenge->credentialIds);
    QVERIFY(!notAsked);
    QCOMPARE(notAsked.error().code, QString::fromLatin1(client::securityKeyErrc::notRegistered));
    const ApiReply gone = answerWithKey(*challenge, m_spareKey, bothKeys);
    QCOMPARE(gone.status, 401);
    QCOMPARE(gone.errorCode(), QString::fromLatin1(api::errc::secondFactorWrong));
}

void TestSecurityKeys::theAdministratorsResetRemovesTheKeys()
{
    const ApiReply users = get(api::path::users, m_admin);
    qint64 staffId = 0;
    for (const QJsonValue &user : users.items()) {
        if (user.toObject().value("email"_L1).toString() == account(Role::ClientStaff).email)
            staffId = user.toObject().value("id"_L1).toInteger();
    }
    QVERIFY(staffId > 0);
    QCOMPARE(post(api::path::sessionStepUp, m_admin,
                  QJsonObject {{"code"_L1, secondFactorSteps::code(m_adminFactor.secret)}})
                 .status,
             200);
    const ApiReply reset =
        m_api.send("POST", m_api.url(api::path::expand(api::path::staffSecondFactorReset, {staffId})), m_admin);
    QCOMPARE(reset.status, 204);
    const ApiReply after = signInReply(Role::ClientStaff);
    QCOMPARE(after.json().value("secondFactor"_L1).toString(),
             QString::fromLatin1(api::secondFactor::enrolmentRequired));
    QCOMPARE(keysOf(after.json().value("token"_L1).toString()).size(), 0);
}

QTEST_GUILESS_MAIN(TestSecurityKeys)
#include "tst_security_keys.moc"
