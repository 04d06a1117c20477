// The wire types of the staff's sign-in and of who may unlock (issue 18): the second factor's challenge, answer,
// status, enrolment and recovery codes, and the custodian flag of the staff list.
#include "protocol/Roles.h"
#include "protocol/SecondFactor.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

class TestProtocolStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondFactorTypesRoundTrip();
    void secondFactorAnswerNeedsExactlyOneCode();
    void staffAccountCarriesTheCustodianFlag();
    void securityKeyTypesRoundTrip();
};

// The second factor's shapes (docs/api.md "Second factor"), and the grant's secondFactor only when set.
void TestProtocolStaff::secondFactorTypesRoundTrip()
{
    const QDateTime at(QDate(2026, 12, 7), QTime(19, 0, 0, 125), QTimeZone::UTC);
    const api::SecondFactorChallenge challenge {u"abc"_s, {u"totp"_s, u"recovery"_s}, at, {}};
    QCOMPARE(challenge.toJson().value("secondFactor"_L1).toString(), u"required"_s);
    const auto decoded = api::SecondFactorChallenge::fromJson(challenge.toJson());
    QVERIFY(decoded);
    QCOMPARE(decoded->challenge, u"abc"_s);
    QCOMPARE(decoded->methods, challenge.methods);
    QCOMPARE(decoded->expiresAt, at);
    QVERIFY(!api::SecondFactorChallenge::fromJson(api::SessionGrant {}.toJson()));

    const auto status = api::SecondFactorStatus::fromJson(api::SecondFactorStatus {true, 9, at, 2}.toJson());
    QVERIFY(status);
    QCOMPARE(status->recoveryCodesLeft, 9);
    QCOMPARE(status->stepUpUntil, at);
    QVERIFY(api::SecondFactorStatus {}.toJson().value("stepUpUntil"_L1).isNull());
    const auto codes = api::RecoveryCodes::fromJson(api::RecoveryCodes {{u"a"_s, u"b"_s}}.toJson());
    QVERIFY(codes);
    QCOMPARE(codes->codes.size(), 2);
    const auto enrolment = api::TotpEnrolment::fromJson(api::TotpEnrolment {u"S"_s, u"otpauth://x"_s}.toJson());
    QVERIFY(enrolment);
    QCOMPARE(enrolment->uri, u"otpauth://x"_s);

    api::SessionGrant grant;
    QVERIFY(!grant.toJson().contains("secondFactor"_L1));
    grant.expiresAt = at;
    grant.secondFactor = QString::fromLatin1(api::secondFactor::enrolmentRequired);
    QCOMPARE(api::SessionGrant::fromJson(grant.toJson())->secondFactor, u"enrolment_required"_s);
}

void TestProtocolStaff::secondFactorAnswerNeedsExactlyOneCode()
{
    QVERIFY(api::SecondFactorAnswer::fromJson({{"challenge"_L1, u"c"_s}, {"code"_L1, u"123456"_s}}));
    QVERIFY(api::SecondFactorAnswer::fromJson({{"recoveryCode"_L1, u"aaaa-bbbb-cccc"_s}}));
    QVERIFY(!api::SecondFactorAnswer::fromJson({{"challenge"_L1, u"c"_s}}));
    QVERIFY(!api::SecondFactorAnswer::fromJson({{"code"_L1, u"1"_s}, {"recoveryCode"_L1, u"x"_s}}));
    QVERIFY(!api::SecondFactorAnswer::fromJson({{"code"_L1, 123456}}));
    QVERIFY(!api::SecondFactorAnswer::fromJson({{"code"_L1, u"1"_s.repeated(17)}}));
}

// Issue 18: the staff list names the sealed server's custodians; a list without the member (an older server) reads.
void TestProtocolStaff::staffAccountCarriesTheCustodianFlag()
{
    api::StaffAccount account {4, u"anna@example.org"_s, u"Anna"_s, Role::Admin, QString(), false, 0, 3};
    account.custodian = true;
    const QJsonObject json = account.toJson();
    QCOMPARE(json.value("custodian"_L1), QJsonValue(true));
    const auto read = api::StaffAccount::fromJson(json);
    QVERIFY(read);
    QVERIFY(read->custodian);
    QJsonObject older = json;
    older.remove("custodian"_L1);
    QVERIFY(!api::StaffAccount::fromJson(older)->custodian);
    older.insert("custodian"_L1, u"yes"_s);
    QVERIFY(!api::StaffAccount::fromJson(older));
}

// The security keys' shapes (docs/api.md "Security keys"): binary as base64url, the challenge's keys, a key's answer in
// place of a code, and what the key signs over bound to the purpose and the challenge.
void TestProtocolStaff::securityKeyTypesRoundTrip()
{
    const QDateTime at(QDate(2026, 12, 7), QTime(22, 0, 0, 5), QTimeZone::UTC);
    const QByteArray binary("\x00\xff\xfe?>", 5);
    QCOMPARE(api::toBase64Url(binary), u"AP_-Pz4"_s);
    QCOMPARE(api::fromBase64Url(u"AP_-Pz4"_s), std::optional<QByteArray>(binary));
    QVERIFY(!api::fromBase64Url(u"AP/+Pz4"_s)); // base64, not base64url
    QVERIFY(!api::fromBase64Url(QString(100, u'A'), 16)); // longer than allowed

    const api::SecurityKeyRequest request {u"c"_s, u"regiekamer"_s, QByteArray(16, 'u'), {binary, "id2"}, at};
    const auto decodedRequest = api::SecurityKeyRequest::fromJson(request.toJson());
    QVERIFY(decodedRequest);
    QCOMPARE(decodedRequest->credentialIds, request.credentialIds);
    QCOMPARE(decodedRequest->userHandle, request.userHandle);
    QCOMPARE(decodedRequest->expiresAt, at);

    const api::SecurityKeyRegistration registration {u"c"_s, u" Blauw "_s, u"packed"_s, "auth", "\xa0"};
    const auto decodedRegistration = api::SecurityKeyRegistration::fromJson(registration.toJson());
    QVERIFY(decodedRegistration);
    QCOMPARE(decodedRegistration->name, u"Blauw"_s);
    QCOMPARE(decodedRegistration->authenticatorData, QByteArray("auth"));
    QJsonObject extra = registration.toJson();
    extra.insert("userId"_L1, 5);
    QVERIFY(!api::SecurityKeyRegistration::fromJson(extra)); // strict: nothing else
    QJsonObject longName = registration.toJson();
    longName.insert("name"_L1, QString(61, u'x'));
    QVERIFY(!api::SecurityKeyRegistration::fromJson(longName));

    const api::SecondFactorChallenge challenge {u"abc"_s, {u"securityKey"_s, u"recovery"_s}, at, {binary}};
    QCOMPARE(challenge.toJson().value("securityKey"_L1).toObject().value("rpId"_L1).toString(), u"regiekamer"_s);
    QCOMPARE(api::SecondFactorChallenge::fromJson(challenge.toJson())->credentialIds, challenge.credentialIds);
    const api::SecondFactorAnswer answer {u"abc"_s, {}, {}, {binary, "data", "sig"}};
    const auto decodedAnswer = api::SecondFactorAnswer::fromJson(answer.toJson());
    QVERIFY(decodedAnswer);
    QCOMPARE(decodedAnswer->securityKey.signature, QByteArray("sig"));
    QJsonObject both = answer.toJson();
    both.insert("code"_L1, u"123456"_s);
    QVERIFY(!api::SecondFactorAnswer::fromJson(both)); // a key's answer or a code, not both

    const api::SecurityKeyInfo info {7, u"Reserve"_s, at, {}};
    QVERIFY(info.toJson().value("lastUsedAt"_L1).isNull());
    QCOMPARE(api::SecurityKeyInfo::fromJson(info.toJson())->name, u"Reserve"_s);

    const QByteArray signIn = api::securityKeyClientDataHash(api::securityKey::signIn, u"abc"_s);
    QCOMPARE(signIn.size(), 32);
    QVERIFY(signIn != api::securityKeyClientDataHash(api::securityKey::stepUp, u"abc"_s));
    QVERIFY(signIn != api::securityKeyClientDataHash(api::securityKey::signIn, u"abd"_s));
}

QTEST_GUILESS_MAIN(TestProtocolStaff)
#include "tst_protocol_staff.moc"
