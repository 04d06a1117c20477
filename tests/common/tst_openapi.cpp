#include "base/ApiError.h"
#include "protocol/AccountLinks.h"
#include "protocol/ApiPaths.h"
#include "protocol/ApprovalRules.h"
#include "protocol/AuditEntry.h"
#include "protocol/Consent.h"
#include "protocol/Device.h"
#include "protocol/ErrorBody.h"
#include "protocol/Event.h"
#include "protocol/GoLive.h"
#include "protocol/Lists.h"
#include "protocol/Organisation.h"
#include "protocol/Profile.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Report.h"
#include "protocol/Roles.h"
#include "protocol/Room.h"
#include "protocol/SecondFactor.h"
#include "protocol/SelfService.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/StreamKey.h"
#include "protocol/Webinar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

// docs/openapi.json must describe exactly what the code sends: the same paths and, per schema, the same members.
class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathsMatchTheProtocol();
    void schemasMatchWhatTheCodeWrites_data();
    void schemasMatchWhatTheCodeWrites();
    void errorCodesAreDocumented();

private:
    static void addDomainRows();
    static void addSelfServiceRows();
    static void addGoLiveRows();
    QJsonObject schema(const QString &name) const;
    QJsonObject m_document;
};

void TestOpenApi::initTestCase()
{
    QFile file(QStringLiteral(REGIEKAMER_SOURCE_DIR "/docs/openapi.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error {};
    m_document = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(m_document.value("openapi"_L1).toString().left(2), u"3."_s);
}

QJsonObject TestOpenApi::schema(const QString &name) const
{
    return m_document.value("components"_L1).toObject().value("schemas"_L1).toObject().value(name).toObject();
}

void TestOpenApi::pathsMatchTheProtocol()
{
    const QList<QString> all = api::path::all();
    const QSet<QString> code(all.begin(), all.end());
    const QStringList documented = m_document.value("paths"_L1).toObject().keys();
    QCOMPARE(QSet<QString>(documented.begin(), documented.end()), code);
}

void TestOpenApi::schemasMatchWhatTheCodeWrites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("written");
    api::SessionGrant grant;
    grant.expiresAt = QDateTime::currentDateTimeUtc();
    grant.secondFactor = QString::fromLatin1(api::secondFactor::enrolmentRequired); // the optional member present
    QTest::newRow("UserInfo") << u"UserInfo"_s << api::UserInfo {}.toJson();
    const api::LoginRequest login {u"x"_s, u"y"_s, api::DeviceInfo {u"0"_s.repeated(32), u"z"_s}};
    QTest::newRow("LoginRequest") << u"LoginRequest"_s << login.toJson();
    QTest::newRow("DeviceInfo") << u"DeviceInfo"_s << login.device->toJson();
    QTest::newRow("SessionGrant") << u"SessionGrant"_s << grant.toJson();
    const api::Device device {1, u"x"_s, grant.expiresAt, grant.expiresAt, {}};
    QTest::newRow("Device") << u"Device"_s << device.toJson();
    QTest::newRow("DeviceList") << u"DeviceList"_s << api::listToJson(QList<api::Device> {device});
    QTest::newRow("WebinarSummary") << u"WebinarSummary"_s << api::WebinarSummary {}.toJson();
    api::StaffAccount account; // with the members a viewer's account may leave out
    account.email = account.displayName = u"x"_s;
    QTest::newRow("StaffAccount") << u"StaffAccount"_s << account.toJson();
    QTest::newRow("ErrorBody") << u"ErrorBody"_s << api::ErrorBody {u"x"_s, u"y"_s, 5}.toJson();
    QTest::newRow("WebinarList") << u"WebinarList"_s << api::listToJson(QList<api::WebinarSummary> {});
    QTest::newRow("StaffAccountList") << u"StaffAccountList"_s << api::listToJson(QList<api::StaffAccount> {});
    QTest::newRow("Event") << u"Event"_s << QJsonDocument::fromJson(api::Event {u"hello"_s, {}}.toFrame()).object();
    addDomainRows();
    addSelfServiceRows();
    QTest::newRow("SecondFactorChallenge")
        << u"SecondFactorChallenge"_s
        << api::SecondFactorChallenge {u"c"_s, {u"totp"_s, u"securityKey"_s}, grant.expiresAt, {"id"}}.toJson();
    QTest::newRow("SecondFactorAnswer")
        << u"SecondFactorAnswer"_s << api::SecondFactorAnswer {u"c"_s, u"123456"_s, u"x"_s, {"i", "a", "s"}}.toJson();
    QTest::newRow("TotpEnrolment") << u"TotpEnrolment"_s << api::TotpEnrolment {u"s"_s, u"u"_s}.toJson();
    QTest::newRow("RecoveryCodes") << u"RecoveryCodes"_s << api::RecoveryCodes {{u"a"_s}}.toJson();
    QTest::newRow("SecondFactorStatus") << u"SecondFactorStatus"_s
                                        << api::SecondFactorStatus {true, 10, grant.expiresAt, 1}.toJson();
}

// Every domain schema, written with all its optional members present (field classes, optional changes).
// Self-registration and e-mail changes (docs/accounts.md).
void TestOpenApi::addSelfServiceRows()
{
    QTest::newRow("SignUpRequest") << u"SignUpRequest"_s << api::SignUpRequest {}.toJson();
    QTest::newRow("SignUpConfirmation") << u"SignUpConfirmation"_s << api::SignUpConfirmation {u"t"_s, u"p"_s}.toJson();
    QTest::newRow("SignUpResult") << u"SignUpResult"_s << api::SignUpResult {}.toJson();
    QTest::newRow("EmailChangeRequest") << u"EmailChangeRequest"_s << api::EmailChangeRequest {}.toJson();
    QTest::newRow("LinkToken") << u"LinkToken"_s << api::LinkToken {}.toJson();
    // The live room (issue 17).
    QTest::newRow("RoomJoin") << u"RoomJoin"_s << api::RoomJoin {}.toJson();
    QTest::newRow("RoomStay") << u"RoomStay"_s << api::RoomStay {}.toJson();
    QTest::newRow("RoomBan") << u"RoomBan"_s << api::RoomBan {}.toJson();
    QTest::newRow("AttendanceChange") << u"AttendanceChange"_s << api::AttendanceChange {}.toJson();
}

// The stream-key vault and going live (issue 17).
void TestOpenApi::addGoLiveRows()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const api::StreamKeyInfo info {1, true, u"rtmp://x"_s, now, 2, u"x"_s, api::StreamKeyOrigin::Rotated};
    QTest::newRow("StreamKeyInfo") << u"StreamKeyInfo"_s << info.toJson();
    QTest::newRow("StreamKeyInfo unset") << u"StreamKeyInfo"_s << api::StreamKeyInfo {}.toJson();
    QTest::newRow("StreamKeyUpdate") << u"StreamKeyUpdate"_s << api::StreamKeyUpdate {}.toJson();
    QTest::newRow("StreamKeyReveal") << u"StreamKeyReveal"_s << api::StreamKeyReveal {}.toJson();
    api::Preflight preflight {1, {{api::PreflightCheck::StreamKeySet, true}}, 0, 1, 1};
    QTest::newRow("Preflight") << u"Preflight"_s << preflight.toJson();
    QTest::newRow("PreflightItem") << u"PreflightItem"_s
                                   << preflight.toJson().value("items"_L1).toArray().first().toObject();
    const api::TimelineEntry entry {1,   WebinarState::Scheduled, WebinarState::Live, now, 2, u"x"_s, u"director"_s,
                                    true};
    QTest::newRow("TimelineEntry") << u"TimelineEntry"_s << entry.toJson();
    QTest::newRow("TimelineList") << u"TimelineList"_s << QJsonObject {{"items"_L1, QJsonArray {entry.toJson()}}};
}

void TestOpenApi::addDomainRows()
{
    const auto now = QDateTime::currentDateTimeUtc();
    api::WebinarDetail detail {api::WebinarSummary {}, QList<api::StaffAssignment> {}};
    api::Registration registration;
    registration.fullName = u"x"_s;
    registration.contact = api::ContactFields {};
    registration.profile = api::ProfileFields {};
    registration.registration = api::RegistrationFields {now, api::ApprovalState::Pending};
    registration.attendance = api::AttendanceFields {};
    registration.consent = api::Consent {};
    api::Question question;
    question.askerName = u"x"_s;
    question.question = api::QuestionFields {u"t"_s, now, api::QuestionState::Merged,           u"a"_s, u"b"_s, true,
                                             u"c"_s, now, api::MergedInto {2, u"t"_s, {}, true}};
    const api::ConsentChoice choice;
    QTest::newRow("Organisation") << u"Organisation"_s << api::Organisation {}.toJson();
    QTest::newRow("StaffAssignment") << u"StaffAssignment"_s << api::StaffAssignment {}.toJson();
    QTest::newRow("WebinarDetail") << u"WebinarDetail"_s << detail.toJson();
    QTest::newRow("Consent") << u"Consent"_s << api::Consent {}.toJson();
    QTest::newRow("Registration") << u"Registration"_s << registration.toJson();
    QTest::newRow("Question") << u"Question"_s << question.toJson();
    QTest::newRow("Profile") << u"Profile"_s << api::Profile {}.toJson();
    QTest::newRow("WebinarReport")
        << u"WebinarReport"_s
        << api::WebinarReport {1, {{{}, 2}}, {{{}, 3}}, {{u"new"_s, 1}}, {{u"joined"_s, 4}}}.toJson();
    QTest::newRow("InvitationRequest") << u"InvitationRequest"_s << api::InvitationRequest {}.toJson();
    QTest::newRow("Invitation") << u"Invitation"_s << api::Invitation {}.toJson();
    QTest::newRow("LinkCompletion") << u"LinkCompletion"_s << api::LinkCompletion {}.toJson();
    QTest::newRow("PasswordResetRequest") << u"PasswordResetRequest"_s << api::PasswordResetRequest {}.toJson();
    QTest::newRow("OrganisationPage") << u"OrganisationPage"_s << api::pageToJson(api::Page<api::Organisation> {});
    QTest::newRow("StaffAccountPage") << u"StaffAccountPage"_s << api::pageToJson(api::Page<api::StaffAccount> {});
    QTest::newRow("RegistrationPage") << u"RegistrationPage"_s << api::pageToJson(api::Page<api::Registration> {});
    QTest::newRow("QuestionPage") << u"QuestionPage"_s << api::pageToJson(api::Page<api::Question> {});
    QTest::newRow("RegistrationList") << u"RegistrationList"_s << api::listToJson(QList<api::Registration> {});
    QTest::newRow("QuestionList") << u"QuestionList"_s << api::listToJson(QList<api::Question> {});
    QTest::newRow("OrganisationCreate") << u"OrganisationCreate"_s << api::OrganisationCreate {}.toJson();
    QTest::newRow("OrganisationUpdate") << u"OrganisationUpdate"_s << api::OrganisationUpdate {}.toJson();
    QTest::newRow("StaffAccountCreate") << u"StaffAccountCreate"_s << api::StaffAccountCreate {}.toJson();
    QTest::newRow("StaffAccountUpdate") << u"StaffAccountUpdate"_s
                                        << api::StaffAccountUpdate {1, u"x"_s, Role::Director, 0, false}.toJson();
    QTest::newRow("WebinarCreate") << u"WebinarCreate"_s << api::WebinarCreate {0, {}, {}, now, 0}.toJson();
    QTest::newRow("WebinarUpdate") << u"WebinarUpdate"_s
                                   << api::WebinarUpdate {1, u"x"_s, u"x"_s, now, 60, false}.toJson();
    QTest::newRow("WebinarStateChange") << u"WebinarStateChange"_s
                                        << api::WebinarStateChange {WebinarState::Live, 1, u"why"_s}.toJson();
    addGoLiveRows();
    QTest::newRow("StaffAssignmentRequest") << u"StaffAssignmentRequest"_s << api::StaffAssignmentRequest {}.toJson();
    QTest::newRow("RegistrationUpdate") << u"RegistrationUpdate"_s
                                        << api::RegistrationUpdate {api::ApprovalState::Rejected, 1, u"r"_s}.toJson();
    QTest::newRow("ApprovalRules") << u"ApprovalRules"_s << api::ApprovalRules {}.toJson();
    QTest::newRow("ApprovalRulesUpdate") << u"ApprovalRulesUpdate"_s << api::ApprovalRulesUpdate {}.toJson();
    QTest::newRow("ConsentChoice") << u"ConsentChoice"_s << choice.toJson();
    QTest::newRow("RegistrationCreate") << u"RegistrationCreate"_s << api::RegistrationCreate {}.toJson();
    QTest::newRow("QuestionUpdate") << u"QuestionUpdate"_s
                                    << api::QuestionUpdate {1, api::QuestionState::Pinned, u"a"_s, true}.toJson();
    QTest::newRow("QuestionCreate") << u"QuestionCreate"_s << api::QuestionCreate {}.toJson();
    QTest::newRow("QuestionMerge") << u"QuestionMerge"_s << api::QuestionMerge {3}.toJson();
    QTest::newRow("QuestionVote") << u"QuestionVote"_s << api::QuestionVote {}.toJson();
    QTest::newRow("AudienceQuestion") << u"AudienceQuestion"_s << api::AudienceQuestion {}.toJson();
    api::AuditEntry entry;
    entry.at = now;
    entry.change = u"state=scheduled>live"_s; // both optional members present
    entry.names = {u"Webinar"_s, u"Object"_s, u"Attendee"_s};
    QTest::newRow("AuditEntry") << u"AuditEntry"_s << entry.toJson();
    QTest::newRow("AuditPage") << u"AuditPage"_s << api::AuditPage {{entry}, 7}.toJson();
    QTest::newRow("AuditStatus") << u"AuditStatus"_s << api::AuditStatus {1, 1, now, true, {}}.toJson();
    QTest::newRow("AuditStatus broken") << u"AuditStatus"_s
                                        << api::AuditStatus {5, 2, now, false, u"entry 3 was changed"_s, 3}.toJson();
    QTest::newRow("ProfileUpdate") << u"ProfileUpdate"_s
                                   << api::ProfileUpdate {1, u"x"_s, u"x"_s, u"x"_s, u"x"_s, choice}.toJson();
}

void TestOpenApi::schemasMatchWhatTheCodeWrites()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, written);
    const QJsonObject documented = schema(name);
    QVERIFY2(!documented.isEmpty(), qPrintable(name + u" is not in docs/openapi.json"_s));
    const QStringList properties = documented.value("properties"_L1).toObject().keys();
    const QStringList keys = written.keys();
    QCOMPARE(QSet<QString>(properties.begin(), properties.end()), QSet<QString>(keys.begin(), keys.end()));
    for (const QJsonValue &required : documented.value("required"_L1).toArray())
        QVERIFY2(written.contains(required.toString()), qPrintable(required.toString()));
}

void TestOpenApi::errorCodesAreDocumented()
{
    const QJsonArray documented = schema(u"ErrorBody"_s)
                                      .value("properties"_L1)
                                      .toObject()
                                      .value("error"_L1)
                                      .toObject()
                                      .value("enum"_L1)
                                      .toArray();
    for (const char *code : {api::errc::badRequest,        api::errc::invalidCredentials, api::errc::deviceRevoked,
                             api::errc::tooManyAttempts,   api::errc::unauthenticated,    api::errc::sessionExpired,
                             api::errc::forbidden,         api::errc::notFound,           api::errc::conflict,
                             api::errc::capacityFull,      api::errc::payloadTooLarge,    api::errc::internal,
                             api::errc::invalidToken,      api::errc::preflightUnmet,     api::errc::secondFactorWrong,
                             api::errc::codeReused,        api::errc::secondFactorLocked, api::errc::challengeInvalid,
                             api::errc::enrolmentRequired, api::errc::stepUpRequired,     api::errc::secondFactorActive,
                             api::errc::noSecondFactor}) {
        QVERIFY2(documented.contains(QJsonValue(QString::fromLatin1(code))), code);
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
