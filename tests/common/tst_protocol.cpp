#include "protocol/AuditEntry.h"
#include "protocol/Lists.h"
#include "protocol/Question.h"
#include "protocol/Roles.h"
#include "protocol/Session.h"
#include "protocol/Webinar.h"
#include "protocol/WebinarState.h"

#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleWireNamesRoundTrip();
    void unknownRoleIsRejected();
    void sessionGrantRoundTrip();
    void missingMemberNamesTheMember();
    void fractionalIdIsRejected();
    void webinarListRoundTrip();
    void lifeCycleTransitions();
    void auditEntryLeavesOutWithheldClasses();
    void questionModerationRoundTrip();
    void questionWithoutModerationMembersReads();
    void questionRequestsAreStrict();
};

// Issue 17: votes, answered live, who/when and the question a merged one joined survive the wire.
void TestProtocol::questionModerationRoundTrip()
{
    const QDateTime at(QDate(2026, 12, 7), QTime(14, 2), QTimeZone::UTC);
    api::Question question {7, 3, 11, 4, 12, u"Anna"_s, std::nullopt};
    question.question = api::QuestionFields {u"Wanneer?"_s,
                                             at.addSecs(-60),
                                             api::QuestionState::Merged,
                                             std::nullopt,
                                             u"Jan"_s,
                                             true,
                                             u"Jan de Vries"_s,
                                             at,
                                             api::MergedInto {5, u"Hoe laat?"_s, u"Om drie uur."_s, false}};
    const auto read = api::Question::fromJson(question.toJson());
    QVERIFY(read.has_value());
    QCOMPARE(read->votes, 12);
    QCOMPARE(read->question->state, api::QuestionState::Merged);
    QCOMPARE(read->question->answeredLive, true);
    QCOMPARE(read->question->moderatedBy, std::optional<QString>(u"Jan de Vries"_s));
    QCOMPARE(read->question->moderatedAt, at);
    QVERIFY(read->question->mergedInto == question.question->mergedInto);
    const auto vote = api::QuestionVote::fromJson(api::QuestionVote {7, 3, true}.toJson());
    QVERIFY(vote && vote->votes == 3 && vote->voted);
    const auto audience = api::AudienceQuestion::fromJson(
        api::AudienceQuestion {7, u"Wanneer?"_s, api::QuestionState::Pinned, 2, true, false}.toJson());
    QVERIFY(audience && audience->state == api::QuestionState::Pinned && audience->votedByMe && !audience->mine);
    QVERIFY(!audience->toJson().contains("askerName"_L1));
}

// A question cached before issue 17 (no votes, no moderation members) still reads, as none.
void TestProtocol::questionWithoutModerationMembersReads()
{
    const QJsonObject old {
        {"id"_L1, 4},           {"webinarId"_L1, 9},         {"registrationId"_L1, 11},
        {"version"_L1, 2},      {"text"_L1, u"Vraag?"_s},    {"askedAt"_L1, u"2025-03-01T10:05:00.000Z"_s},
        {"state"_L1, u"new"_s}, {"answer"_L1, QJsonValue()}, {"answeredBy"_L1, QJsonValue()}};
    const auto read = api::Question::fromJson(old);
    QVERIFY(read.has_value());
    QCOMPARE(read->votes, 0);
    QVERIFY(!read->question->answeredLive && !read->question->moderatedBy && !read->question->mergedInto);
}

// Bodies are strict: a merge names a positive id and nothing else; "merged" is no state a PATCH can set.
void TestProtocol::questionRequestsAreStrict()
{
    QVERIFY(api::QuestionMerge::fromJson({{"into"_L1, 5}}).has_value());
    QVERIFY(!api::QuestionMerge::fromJson({{"into"_L1, 0}}).has_value());
    QVERIFY(!api::QuestionMerge::fromJson({{"into"_L1, 5}, {"version"_L1, 1}}).has_value());
    QVERIFY(!api::QuestionMerge::fromJson({}).has_value());
    QVERIFY(!api::QuestionUpdate::fromJson({{"version"_L1, 1}, {"state"_L1, u"merged"_s}}).has_value());
    const auto live = api::QuestionUpdate::fromJson({{"version"_L1, 1}, {"answeredLive"_L1, true}});
    QVERIFY(live && live->answeredLive == std::optional(true));
    QVERIFY(!api::QuestionUpdate::fromJson({{"version"_L1, 1}, {"answeredLive"_L1, u"yes"_s}}).has_value());
}

void TestProtocol::roleWireNamesRoundTrip()
{
    for (Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
        const QString wire = roleToWire(role);
        QVERIFY(!wire.isEmpty());
        QCOMPARE(roleFromWire(wire), role);
    }
    QCOMPARE(roleToWire(Role::ClientStaff), u"client_staff"_s);
    QVERIFY(!mayUseDesktopApp(Role::Viewer));
    QVERIFY(mayUseDesktopApp(Role::Moderator));
}

void TestProtocol::unknownRoleIsRejected()
{
    QVERIFY(!roleFromWire(u"Admin"_s).has_value());
    QVERIFY(!roleFromWire(u"root"_s).has_value());
    const QJsonObject user {{"id"_L1, 1},           {"email"_L1, u"a@b.test"_s}, {"displayName"_L1, u"A"_s},
                            {"role"_L1, u"root"_s}, {"organisationId"_L1, 0},    {"organisationName"_L1, QString()}};
    QVERIFY(!api::UserInfo::fromJson(user).has_value());
}

void TestProtocol::sessionGrantRoundTrip()
{
    api::SessionGrant grant;
    grant.token = u"opaque"_s;
    grant.expiresAt = QDateTime(QDate(2026, 11, 26), QTime(12, 30, 0, 250), QTimeZone::UTC);
    grant.idleTimeoutSeconds = 1800;
    grant.user = {7, u"regisseur@demo.test"_s, u"Ingrid de Vries"_s, Role::Director, 0, QString()};
    const auto decoded = api::SessionGrant::fromJson(grant.toJson());
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->token, grant.token);
    QCOMPARE(decoded->expiresAt, grant.expiresAt);
    QCOMPARE(decoded->idleTimeoutSeconds, 1800);
    QCOMPARE(decoded->user.displayName, u"Ingrid de Vries"_s);
    QCOMPARE(decoded->user.role, Role::Director);
}

void TestProtocol::missingMemberNamesTheMember()
{
    auto object = api::SessionGrant {}.toJson();
    object.remove("expiresAt"_L1);
    const auto decoded = api::SessionGrant::fromJson(object);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, u"bad_request"_s);
    QVERIFY(decoded.error().message.contains("expiresAt"_L1));
}

void TestProtocol::fractionalIdIsRejected()
{
    auto object = api::WebinarSummary {}.toJson();
    object.insert("id"_L1, 1.5);
    QVERIFY(!api::WebinarSummary::fromJson(object).has_value());
    object.insert("id"_L1, u"1"_s);
    QVERIFY(!api::WebinarSummary::fromJson(object).has_value());
}

void TestProtocol::webinarListRoundTrip()
{
    api::WebinarSummary webinar;
    webinar.id = 3;
    webinar.title = u"Zorg in 2030"_s;
    webinar.state = WebinarState::Live;
    webinar.startsAt = QDateTime::currentDateTimeUtc();
    const auto decoded = api::listFromJson<api::WebinarSummary>(api::listToJson(QList {webinar, webinar}));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->size(), 2);
    QCOMPARE(decoded->at(1).state, WebinarState::Live);
    QCOMPARE(decoded->at(0).title, u"Zorg in 2030"_s);
    QVERIFY(!api::listFromJson<api::WebinarSummary>(QJsonObject {}).has_value());
}

void TestProtocol::lifeCycleTransitions()
{
    using enum WebinarState;
    QVERIFY(isTransitionAllowed(Draft, Scheduled));
    QVERIFY(isTransitionAllowed(Scheduled, Live));
    QVERIFY(isTransitionAllowed(Rehearsal, Scheduled));
    QVERIFY(!isTransitionAllowed(Live, Draft));
    QVERIFY(!isTransitionAllowed(Draft, Live));
    QVERIFY(!isTransitionAllowed(Ended, Live));
    QVERIFY(allowedNextStates(Archived).isEmpty());
    QCOMPARE(allowedNextStates(Scheduled), (QList<WebinarState> {Draft, Rehearsal, Live}));
    // Registering: from the announcement until the webinar has ended (attack review finding 3).
    for (WebinarState state : {Scheduled, Rehearsal, Live})
        QVERIFY(isOpenForRegistration(state));
    for (WebinarState state : {Draft, Ended, Archived})
        QVERIFY(!isOpenForRegistration(state));
}

// A class of the access log's own fields withheld from a reader is absent from the JSON, and reads back as withheld;
// a class with only some of its members is malformed.
void TestProtocol::auditEntryLeavesOutWithheldClasses()
{
    api::AuditEntry entry;
    entry.sequence = 7;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actorRole = u"director"_s;
    entry.withheld = {rights::LogField::ActorIdentity, rights::LogField::ClientAddress, rights::LogField::Reason};
    const QJsonObject json = entry.toJson();
    for (const char *member : {"actorId", "actorName", "clientAddress", "reason"})
        QVERIFY2(!json.contains(QLatin1StringView(member)), member);
    QCOMPARE(json.value("actorRole"_L1).toString(), u"director"_s);
    const auto read = api::AuditEntry::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->withheld, entry.withheld);
    QCOMPARE(read->sequence, 7);
    QVERIFY(read->clientAddress.isEmpty());

    api::AuditEntry whole = entry;
    whole.withheld.clear();
    const auto wholeRead = api::AuditEntry::fromJson(whole.toJson());
    QVERIFY(wholeRead && wholeRead->withheld.isEmpty());
    QJsonObject half = json;
    half.insert("actorId"_L1, 3); // without actorName
    QVERIFY(!api::AuditEntry::fromJson(half));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
