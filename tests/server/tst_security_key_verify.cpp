// The server's check of what a FIDO2 security key signed (auth/SecurityKeyVerifier, docs/security.md "Security keys"):
// a checked-in vector (made once by the tests' software authenticator through libfido2, printed by running this test
// with REGIEKAMER_PRINT_SECURITY_KEY_VECTOR=1), fresh registrations and assertions of the software authenticator
// through the desktop's SecurityKeyDevice, and every refusal: another challenge or purpose, no user presence, "none"
// attestation, a signature by another key, another relying party, another credential's public key. And the desktop's
// SecurityKeyDevice where the key is not touched (Cancel stops the wait) or not there ("no security key found").
#include "SecurityKeySteps.h"
#include "SoftAuthenticator.h"
#include "auth/SecurityKeyVerifier.h"
#include "base/ApiError.h"
#include "protocol/SecurityKey.h"
#include "session/SecurityKeyDevice.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace regiekamer;
using namespace Qt::StringLiterals;
namespace verifier = server::securityKeyVerifier;
namespace steps = securityKeySteps;
using client::SecurityKeyDevice;

namespace {

// Made once with SoftAuthenticator (ES256, "packed" self-attestation), relying party "regiekamer".
constexpr auto vectorRegistrationChallenge = "fixed-registration-challenge";
constexpr auto vectorAssertionChallenge = "fixed-sign-in-challenge";
constexpr auto vectorAuthData =
    "d73e6f7d2e1d3422bfdd32d7a381bee10b59c2966d702f313d2a42ca419fe0f5410000000072656769656b616d65722d"
    "736f6674210020009d9e7b2dfeeab191be0dda567edda53d0b63bbb221d04359290af06977294ea50102032620012158"
    "206c7b82a8705f3987718fa24d53369f2fa4a3d7af7f64ce13b8fa753d1eb63207225820e1231f0af170bb7041199ed1"
    "45c3c048f9e70a8e50bc118a152b2e3cfca8253c";
constexpr auto vectorStatement =
    "a263616c67266373696758473045022100f050f417ffc743e9491099acca91a6bfa8912857c801090f62558a32c3704f"
    "f402207b0eeec9a354423c9065fb8ae78d4a60352b5ad5664602fb8003673898e31120";
constexpr auto vectorCredentialId = "009d9e7b2dfeeab191be0dda567edda53d0b63bbb221d04359290af06977294e";
constexpr auto vectorAssertionAuthData = "d73e6f7d2e1d3422bfdd32d7a381bee10b59c2966d702f313d2a42ca419fe0f50100000001";
constexpr auto vectorSignature =
    "3044022026024c344995e0154b0fa5a0975e5af018f937986c58f0bba576b8311036a9ee022007ba2a6c1be285dd4616"
    "4b9579128e60ed7494788747109c534429bdcb48b8ea";

api::SecurityKeyRequest request(const QString &challenge, const QList<QByteArray> &exclude = {})
{
    return {challenge, QString::fromLatin1(api::securityKey::rpId), QByteArray(16, '\x07'), exclude,
            QDateTime::currentDateTimeUtc().addSecs(300)};
}

QByteArray hashOf(const char *purpose, const char *challenge)
{
    return api::securityKeyClientDataHash(purpose, QString::fromLatin1(challenge));
}

} // namespace

class TestSecurityKeyVerify : public QObject
{
    Q_OBJECT

    SoftAuthenticator m_key;
    SecurityKeyDevice m_device;

    // A credential of the software authenticator, verified: its id and public key.
    verifier::Credential registered(const char *challenge = "registration")
    {
        auto made = steps::makeCredential(m_device, request(QString::fromLatin1(challenge)), u"Test key"_s);
        if (!made) {
            qWarning("makeCredential: %s", qPrintable(made.error().message));
            return {};
        }
        auto credential = verifier::verifyRegistration(*made, hashOf(api::securityKey::registration, challenge));
        if (!credential)
            qWarning("verifyRegistration: %s", qPrintable(credential.error().message));
        return credential.value_or(verifier::Credential {});
    }
    api::SecurityKeyAssertion signedBy(const verifier::Credential &credential, const char *challenge,
                                       const char *purpose = api::securityKey::signIn)
    {
        auto assertion =
            steps::getAssertion(m_device, QString::fromLatin1(challenge), purpose, {credential.credentialId});
        if (!assertion)
            qWarning("getAssertion: %s", qPrintable(assertion.error().message));
        return assertion.value_or(api::SecurityKeyAssertion {});
    }
    std::optional<quint32> verified(const verifier::Credential &credential, const api::SecurityKeyAssertion &assertion,
                                    const char *challenge, const char *purpose = api::securityKey::signIn)
    {
        return verifier::verifyAssertion(credential.publicKey, hashOf(purpose, challenge), assertion.authenticatorData,
                                         assertion.signature);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theCheckedInVectorVerifies();
    void aRegistrationAndItsAssertionsVerify();
    void aRegistrationForAnotherChallengeIsRefused();
    void aRegistrationWithoutUserPresenceIsRefused();
    void noneAttestationIsRefused();
    void anAssertionOverAnotherChallengeOrPurposeIsRefused();
    void anAssertionSignedByAnotherKeyIsRefused();
    void anAssertionForAnotherRelyingPartyIsRefused();
    void anAssertionWithoutUserPresenceIsRefused();
    void anAssertionOfAnotherCredentialIsRefused();
    void aKeyWaitingForItsTouchIsCancelled();
    void noKeyIsNamedAsSuch();
};

void TestSecurityKeyVerify::initTestCase()
{
    SecurityKeyDevice::useTransport(
        client::SecurityKeyTransport {SoftAuthenticator::io(), SoftAuthenticator::transport(), m_key.path()});
    QVERIFY(SecurityKeyDevice::present());
    if (qEnvironmentVariableIsSet("REGIEKAMER_PRINT_SECURITY_KEY_VECTOR")) {
        auto made = steps::makeCredential(m_device, request(QString::fromLatin1(vectorRegistrationChallenge)), {});
        QVERIFY(made);
        auto credential =
            verifier::verifyRegistration(*made, hashOf(api::securityKey::registration, vectorRegistrationChallenge));
        QVERIFY(credential);
        const auto assertion = signedBy(*credential, vectorAssertionChallenge);
        qInfo("authData %s\nstatement %s\ncredential %s\nassertion authData %s\nsignature %s",
              made->authenticatorData.toHex().constData(), made->attestationStatement.toHex().constData(),
              credential->credentialId.toHex().constData(), assertion.authenticatorData.toHex().constData(),
              assertion.signature.toHex().constData());
    }
}

void TestSecurityKeyVerify::cleanup()
{
    m_key.omitUserPresence = false;
    m_key.signWithOtherKey = false;
    m_key.answerForRpId.clear();
    m_key.neverTouched = false;
}

void TestSecurityKeyVerify::theCheckedInVectorVerifies()
{
    const api::SecurityKeyRegistration registration {QString::fromLatin1(vectorRegistrationChallenge), u"Vector"_s,
                                                     u"packed"_s, QByteArray::fromHex(vectorAuthData),
                                                     QByteArray::fromHex(vectorStatement)};
    auto credential =
        verifier::verifyRegistration(registration, hashOf(api::securityKey::registration, vectorRegistrationChallenge));
    QVERIFY2(credential, credential ? "" : qPrintable(credential.error().message));
    QCOMPARE(credential->credentialId.toHex(), QByteArray(vectorCredentialId));
    QCOMPARE(credential->publicKey.size(), 64);
    QCOMPARE(credential->signCount, 0u);
    const auto counter =
        verifier::verifyAssertion(credential->publicKey, hashOf(api::securityKey::signIn, vectorAssertionChallenge),
                                  QByteArray::fromHex(vectorAssertionAuthData), QByteArray::fromHex(vectorSignature));
    QCOMPARE(counter, std::optional<quint32>(1));
    // One bit of the signed data changed: no longer the key's signature.
    QByteArray changed = QByteArray::fromHex(vectorAssertionAuthData);
    changed[36] = static_cast<char>(changed.at(36) ^ 0x01);
    QVERIFY(!verifier::verifyAssertion(credential->publicKey,
                                       hashOf(api::securityKey::signIn, vectorAssertionChallenge), changed,
                                       QByteArray::fromHex(vectorSignature)));
}

void TestSecurityKeyVerify::aRegistrationAndItsAssertionsVerify()
{
    const verifier::Credential credential = registered();
    QVERIFY(!credential.credentialId.isEmpty());
    QCOMPARE(credential.publicKey.size(), 64);
    const auto first = signedBy(credential, "first");
    QCOMPARE(first.credentialId, credential.credentialId);
    QCOMPARE(verified(credential, first, "first"), std::optional<quint32>(1));
    QCOMPARE(verified(credential, signedBy(credential, "second"), "second"), std::optional<quint32>(2));
    QCOMPARE(
        verified(credential, signedBy(credential, "step", api::securityKey::stepUp), "step", api::securityKey::stepUp),
        std::optional<quint32>(3));
}

void TestSecurityKeyVerify::aRegistrationForAnotherChallengeIsRefused()
{
    auto made = steps::makeCredential(m_device, request(u"one"_s), u"Key"_s);
    QVERIFY(made);
    QVERIFY(verifier::verifyRegistration(*made, hashOf(api::securityKey::registration, "one")));
    const auto other = verifier::verifyRegistration(*made, hashOf(api::securityKey::registration, "two"));
    QVERIFY(!other);
    QCOMPARE(other.error().code, QString::fromLatin1(api::errc::securityKeyInvalid));
    QVERIFY(!verifier::verifyRegistration(*made, hashOf(api::securityKey::signIn, "one")));
}

void TestSecurityKeyVerify::aRegistrationWithoutUserPresenceIsRefused()
{
    m_key.omitUserPresence = true;
    auto made = steps::makeCredential(m_device, request(u"absent"_s), u"Key"_s);
    QVERIFY(made);
    QVERIFY(!verifier::verifyRegistration(*made, hashOf(api::securityKey::registration, "absent")));
}

void TestSecurityKeyVerify::noneAttestationIsRefused()
{
    auto made = steps::makeCredential(m_device, request(u"none"_s), u"Key"_s);
    QVERIFY(made);
    made->format = u"none"_s;
    made->attestationStatement = QByteArray::fromHex("a0"); // an empty map: nothing binds the challenge
    QVERIFY(!verifier::verifyRegistration(*made, hashOf(api::securityKey::registration, "none")));
}

void TestSecurityKeyVerify::anAssertionOverAnotherChallengeOrPurposeIsRefused()
{
    const verifier::Credential credential = registered();
    const auto assertion = signedBy(credential, "this one");
    QVERIFY(verified(credential, assertion, "this one"));
    QVERIFY(!verified(credential, assertion, "another one"));
    QVERIFY(!verified(credential, assertion, "this one", api::securityKey::stepUp));
}

void TestSecurityKeyVerify::anAssertionSignedByAnotherKeyIsRefused()
{
    const verifier::Credential credential = registered();
    m_key.signWithOtherKey = true;
    QVERIFY(!verified(credential, signedBy(credential, "forged"), "forged"));
}

void TestSecurityKeyVerify::anAssertionForAnotherRelyingPartyIsRefused()
{
    const verifier::Credential credential = registered();
    m_key.answerForRpId = "evil.example";
    QVERIFY(!verified(credential, signedBy(credential, "phished"), "phished"));
}

void TestSecurityKeyVerify::anAssertionWithoutUserPresenceIsRefused()
{
    const verifier::Credential credential = registered();
    m_key.omitUserPresence = true;
    QVERIFY(!verified(credential, signedBy(credential, "untouched"), "untouched"));
}

void TestSecurityKeyVerify::anAssertionOfAnotherCredentialIsRefused()
{
    const verifier::Credential mine = registered("mine");
    const verifier::Credential theirs = registered("theirs");
    QVERIFY(!verified(theirs, signedBy(mine, "whose"), "whose"));
}

// The desktop's side: a key that waits for a touch is stopped by cancel() (fido_dev_cancel through the transport),
// and the operation ends with "cancelled", not with a signature.
void TestSecurityKeyVerify::aKeyWaitingForItsTouchIsCancelled()
{
    const verifier::Credential credential = registered();
    m_key.neverTouched = true;
    QTimer::singleShot(300, &m_device, &SecurityKeyDevice::cancel);
    QElapsedTimer waited;
    waited.start();
    const auto assertion =
        steps::getAssertion(m_device, u"never touched"_s, api::securityKey::signIn, {credential.credentialId});
    QVERIFY(!assertion);
    QCOMPARE(assertion.error().code, QString::fromLatin1(client::securityKeyErrc::cancelled));
    QCOMPARE_GE(waited.elapsed(), 250);
    QVERIFY(!m_device.busy() || QTest::qWaitFor([this] { return !m_device.busy(); }, 5000));
}

void TestSecurityKeyVerify::noKeyIsNamedAsSuch()
{
    SecurityKeyDevice::useTransport(std::nullopt); // this machine has no FIDO hardware
    QVERIFY(!SecurityKeyDevice::present());
    const auto assertion = steps::getAssertion(m_device, u"nobody"_s, api::securityKey::signIn, {"id"});
    SecurityKeyDevice::useTransport(
        client::SecurityKeyTransport {SoftAuthenticator::io(), SoftAuthenticator::transport(), m_key.path()});
    QVERIFY(!assertion);
    QCOMPARE(assertion.error().code, QString::fromLatin1(client::securityKeyErrc::absent));
}

QTEST_GUILESS_MAIN(TestSecurityKeyVerify)
#include "tst_security_key_verify.moc"
