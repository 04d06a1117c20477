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
};

// The second factor's shapes (docs/api.md "Second factor"), and the grant's secondFactor only when set.
void TestProtocolStaff::secondFactorTypesRoundTrip()
{
    const QDateTime at(QDate(2026, 12, 7), QTime(19, 0, 0, 125), QTimeZone::UTC);
    const api::SecondFactorChallenge challenge {u"abc"_s, {u"totp"_s, u"recovery"_s}, at};
    QCOMPARE(challenge.toJson().value("secondFactor"_L1).toString(), u"required"_s);
    const auto decoded = api::SecondFactorChallenge::fromJson(challenge.toJson());
    QVERIFY(decoded);
    QCOMPARE(decoded->challenge, u"abc"_s);
    QCOMPARE(decoded->methods, challenge.methods);
    QCOMPARE(decoded->expiresAt, at);
    QVERIFY(!api::SecondFactorChallenge::fromJson(api::SessionGrant {}.toJson()));

    const auto status = api::SecondFactorStatus::fromJson(api::SecondFactorStatus {true, 9, at}.toJson());
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

QTEST_GUILESS_MAIN(TestProtocolStaff)
#include "tst_protocol_staff.moc"
