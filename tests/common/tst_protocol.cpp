#include "base/JsonRead.h"
#include "protocol/ApprovalRules.h"
#include "protocol/AuditEntry.h"
#include "protocol/GoLive.h"
#include "protocol/Lists.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Report.h"
#include "protocol/Roles.h"
#include "protocol/Room.h"
#include "protocol/Session.h"
#include "protocol/StreamKey.h"
#include "protocol/Webinar.h"
#include "protocol/WebinarState.h"

#include <QJsonArray>
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
    void reportRoundTripAndRefusesMalformedParts();
    void datesPastTheYear9999AreRefused();
    void approvalRulesRoundTrip();
    void approvalRulesRefuseWhatIsNoDomain_data();
    void approvalRulesRefuseWhatIsNoDomain();
    void domainRuleMatchesExactly_data();
    void domainRuleMatchesExactly();
    void organisationRuleMatchesNormalisedNames();
    void waitlistedRegistrationRoundTrip();
    void reasonGoesOnlyWithADecision();
    void ingestUrls_data();
    void ingestUrls();
    void streamKeyUpdateIsStrict();
    void streamKeyInfoNeverCarriesTheKey();
    void preflightRoundTrip();
    void timelineEntryRoundTrip();
    void stateChangeOverride();
    void roomBodiesAreStrict();
    void attendanceChangeRoundTrip();
    void banFieldsTravelWithAttendance();
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

// A report reads back equal, with its derived figures; a count that is not a number or a list that is not a list is
// an error naming the member, never a report with a silently empty chart.
void TestProtocol::reportRoundTripAndRefusesMalformedParts()
{
    const QDateTime day = QDateTime::fromString(u"2026-03-08T00:00:00.000Z"_s, Qt::ISODateWithMs);
    api::WebinarReport report {7,
                               {{day, 3}, {day.addDays(1), 2}},
                               {{day.addDays(2), 4}, {day.addDays(2).addSecs(60), 6}},
                               {{u"new"_s, 1}, {u"answered"_s, 0}},
                               {{u"registered"_s, 5}, {u"approved"_s, 4}}};
    const auto read = api::WebinarReport::fromJson(report.toJson());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, report);
    QCOMPARE(read->registrationTotal(), 5);
    QCOMPARE(read->peakViewers(), 6);

    QJsonObject notAList = report.toJson();
    notAList.insert("funnel"_L1, 3);
    const auto refused = api::WebinarReport::fromJson(notAList);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("funnel"_L1), qPrintable(refused.error().message));
    QJsonObject badCount = report.toJson();
    badCount.insert("questionsByState"_L1, QJsonArray {QJsonObject {{"name"_L1, u"new"_s}, {"count"_L1, u"1"_s}}});
    QVERIFY(!api::WebinarReport::fromJson(badCount));
}

// A director's change comes back normalised: domains lower case without a final dot, organisations trimmed, both
// without duplicates; the stored rules read back as written.
void TestProtocol::approvalRulesRoundTrip()
{
    const QJsonObject sent {{"domains"_L1, QJsonArray {u" Example.ORG. "_s, u"zorg.nl"_s, u"example.org"_s}},
                            {"organisations"_L1, QJsonArray {u"  Zorggroep   Zuid "_s, u"zorggroep zuid"_s}},
                            {"capacity"_L1, 120},
                            {"version"_L1, 3}};
    const auto change = api::ApprovalRulesUpdate::fromJson(sent);
    QVERIFY2(change, change ? "" : qPrintable(change.error().message));
    QCOMPARE(change->domains, (QStringList {u"example.org"_s, u"zorg.nl"_s}));
    QCOMPARE(change->organisations, QStringList {u"Zorggroep Zuid"_s});
    QCOMPARE(change->capacity, 120);
    QCOMPARE(api::ApprovalRulesUpdate::fromJson(change->toJson())->domains, change->domains);
    QJsonObject unlimited = sent;
    unlimited.insert("capacity"_L1, QJsonValue::Null);
    QVERIFY(!api::ApprovalRulesUpdate::fromJson(unlimited)->capacity.has_value());
    for (const QJsonValue &capacity : {QJsonValue(0), QJsonValue(-1), QJsonValue(1'000'001), QJsonValue(u"5"_s)}) {
        unlimited.insert("capacity"_L1, capacity);
        QVERIFY(!api::ApprovalRulesUpdate::fromJson(unlimited));
    }
    unlimited.remove("capacity"_L1);
    QVERIFY(!api::ApprovalRulesUpdate::fromJson(unlimited)); // every member at once
    api::ApprovalRules rules {9, change->domains, change->organisations, 120, 4, 100, 7};
    const auto read = api::ApprovalRules::fromJson(rules.toJson());
    QVERIFY(read);
    QCOMPARE(read->domains, rules.domains);
    QCOMPARE(read->capacity, 120);
    QCOMPARE(read->waitlistCount, 7);
}

void TestProtocol::approvalRulesRefuseWhatIsNoDomain_data()
{
    QTest::addColumn<QString>("domain");
    for (const char *bad : {"", "example", "*.example.org", "@example.org", "a@example.org", "exa mple.org",
                            "example..org", "-example.org", "example-.org", "example.org/path", "http://example.org"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestProtocol::approvalRulesRefuseWhatIsNoDomain()
{
    QFETCH(QString, domain);
    QCOMPARE(api::approval::normaliseDomain(domain), QString());
    const auto refused = api::ApprovalRulesUpdate::fromJson({{"domains"_L1, QJsonArray {domain}},
                                                             {"organisations"_L1, QJsonArray {}},
                                                             {"capacity"_L1, QJsonValue::Null},
                                                             {"version"_L1, 1}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"bad_request"_s);
}

void TestProtocol::domainRuleMatchesExactly_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"kim@example.org"_s << true;
    QTest::newRow("case") << u"Kim@EXAMPLE.Org"_s << true;
    QTest::newRow("other domain") << u"kim@zorg.nl"_s << true;
    QTest::newRow("prefix") << u"kim@evil-example.org"_s << false;
    QTest::newRow("suffix") << u"kim@example.org.evil.com"_s << false;
    QTest::newRow("subdomain") << u"kim@sub.example.org"_s << false;
    QTest::newRow("quoted at") << u"\"x@example.org\"@evil.com"_s << false;
    QTest::newRow("no at") << u"example.org"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProtocol::domainRuleMatchesExactly()
{
    QFETCH(QString, email);
    QFETCH(bool, matches);
    QCOMPARE(api::approval::domainMatches(email, {u"example.org"_s, u"zorg.nl"_s}), matches);
}

void TestProtocol::organisationRuleMatchesNormalisedNames()
{
    const QStringList organisations {u"Zorggroep Zuid"_s, u"Gemeente Assen"_s};
    QVERIFY(api::approval::organisationMatches(u"  zorggroep   ZUID "_s, organisations));
    QVERIFY(api::approval::organisationMatches(u"GEMEENTE ASSEN"_s, organisations));
    QVERIFY(!api::approval::organisationMatches(u"Zorggroep Zuid-West"_s, organisations));
    QVERIFY(!api::approval::organisationMatches(u"Zorggroep"_s, organisations));
    QVERIFY(!api::approval::organisationMatches(u"   "_s, organisations));
}

void TestProtocol::waitlistedRegistrationRoundTrip()
{
    api::Registration registration;
    registration.id = 4;
    registration.webinarId = 2;
    registration.registration =
        api::RegistrationFields {QDateTime::currentDateTimeUtc(), api::ApprovalState::Waitlisted, 3};
    const QJsonObject json = registration.toJson();
    QCOMPARE(json.value("approvalState"_L1).toString(), u"waitlisted"_s);
    QCOMPARE(json.value("waitlistPosition"_L1).toInteger(), 3);
    const auto read = api::Registration::fromJson(json);
    QVERIFY(read && read->registration);
    QCOMPARE(read->registration->approvalState, api::ApprovalState::Waitlisted);
    QCOMPARE(read->registration->waitlistPosition, 3);
    // Without the registration class, no position either.
    QVERIFY(!api::registrationToJson(registration, {}).contains("waitlistPosition"_L1));
}

// A reason goes with approving or rejecting only, up to 1,000 characters; it is trimmed, and an empty one is none.
void TestProtocol::reasonGoesOnlyWithADecision()
{
    const auto with = [](const char *state, const QString &reason) {
        return api::RegistrationUpdate::fromJson(
            {{"approvalState"_L1, QString::fromLatin1(state)}, {"version"_L1, 2}, {"reason"_L1, reason}});
    };
    QCOMPARE(with("rejected", u"  Alleen voor zorgprofessionals  "_s)->reason, u"Alleen voor zorgprofessionals"_s);
    QCOMPARE(with("approved", u"Welkom"_s)->reason, u"Welkom"_s);
    QVERIFY(with("approved", u""_s)->reason.isEmpty());
    QVERIFY(!with("pending", u"Waarom"_s));
    QVERIFY(!with("waitlisted", u"Waarom"_s));
    QVERIFY(!with("rejected", QString(1001, u'x')));
    QVERIFY(with("rejected", QString(1000, u'x')));
    QVERIFY(api::RegistrationUpdate::fromJson({{"approvalState"_L1, u"waitlisted"_s}, {"version"_L1, 2}}));
    api::RegistrationUpdate update {api::ApprovalState::Rejected, 2, u"Vol"_s};
    QCOMPARE(api::RegistrationUpdate::fromJson(update.toJson())->reason, u"Vol"_s);
}

void TestProtocol::ingestUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("rtmp") << u"rtmp://live.example.net/app"_s << true;
    QTest::newRow("rtmps with port") << u"rtmps://live.example.net:443/app"_s << true;
    QTest::newRow("srt with query") << u"srt://ingest.example.net:9000?mode=caller&latency=200"_s << true;
    QTest::newRow("https") << u"https://live.example.net/app"_s << false;
    QTest::newRow("no scheme") << u"live.example.net/app"_s << false;
    QTest::newRow("no host") << u"rtmp:///app"_s << false;
    QTest::newRow("credentials") << u"rtmp://user:pw@live.example.net/app"_s << false;
    QTest::newRow("space") << u"rtmp://live.example.net/a b"_s << false;
    QTest::newRow("newline") << u"rtmp://live.example.net/a\nb"_s << false;
    QTest::newRow("too long") << u"rtmp://live.example.net/"_s + QString(1000, u'a') << false;
}

void TestProtocol::ingestUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(api::validateIngestUrl(url).has_value(), valid);
}

void TestProtocol::streamKeyUpdateIsStrict()
{
    const api::StreamKeyUpdate update {u"srt://ingest.example.net:9000"_s, "abc-DEF_123!"};
    auto decoded = api::StreamKeyUpdate::fromJson(update.toJson());
    QVERIFY(decoded);
    QCOMPARE(decoded->streamKey, update.streamKey);
    QCOMPARE(decoded->ingestUrl, update.ingestUrl);
    QJsonObject extra = update.toJson();
    extra.insert("webinarId"_L1, 3);
    QVERIFY(!api::StreamKeyUpdate::fromJson(extra));
    for (const char *bad : {"short", "with space 123", "tab\there123", "ümlaut-key-123"}) {
        QJsonObject body = update.toJson();
        body.insert("streamKey"_L1, QString::fromUtf8(bad));
        QVERIFY2(!api::StreamKeyUpdate::fromJson(body), bad);
    }
    QVERIFY(!api::StreamKeyUpdate::fromJson(QJsonObject {{"streamKey"_L1, u"abcdefgh"_s}}));
}

void TestProtocol::streamKeyInfoNeverCarriesTheKey()
{
    const api::StreamKeyInfo info {4, true,       u"rtmp://x.example"_s,        QDateTime::currentDateTimeUtc(),
                                   7, u"Joost"_s, api::StreamKeyOrigin::Rotated};
    const QJsonObject json = info.toJson();
    QVERIFY(!json.contains("streamKey"_L1));
    auto decoded = api::StreamKeyInfo::fromJson(json);
    QVERIFY(decoded);
    QCOMPARE(decoded->origin, api::StreamKeyOrigin::Rotated);
    QCOMPARE(decoded->changedByName, u"Joost"_s);
    QCOMPARE(decoded->changedById, 7);
    auto unset = api::StreamKeyInfo::fromJson(api::StreamKeyInfo {9, false, {}, {}, 0, {}, {}}.toJson());
    QVERIFY(unset);
    QVERIFY(!unset->isSet);
    QVERIFY(unset->ingestUrl.isEmpty());
}

void TestProtocol::preflightRoundTrip()
{
    using enum api::PreflightCheck;
    const api::Preflight preflight {
        3,
        {{RehearsalHeld, true}, {ModeratorPresent, false}, {StreamKeySet, true}, {RegistrationsHandled, false}},
        2,
        1,
        0};
    QCOMPARE(preflight.unmet(), (QList<api::PreflightCheck> {ModeratorPresent, RegistrationsHandled}));
    QVERIFY(!preflight.ready());
    const QJsonObject json = preflight.toJson();
    QCOMPARE(json.value("ready"_L1).toBool(true), false);
    auto decoded = api::Preflight::fromJson(json);
    QVERIFY(decoded);
    QCOMPARE(decoded->items, preflight.items);
    QCOMPARE(decoded->pendingRegistrations, 2);
    QCOMPARE(api::unmetFromErrorJson(QJsonObject {{"unmet"_L1, QJsonArray {u"stream_key_set"_s, u"nonsense"_s}}}),
             QList<api::PreflightCheck> {StreamKeySet});
    for (const api::PreflightCheck check : api::allPreflightChecks()) {
        QCOMPARE(api::preflightCheckFromWire(api::preflightCheckToWire(check)), check);
        QVERIFY(!api::preflightCheckLabel(check).isEmpty() && !api::preflightCheckHint(check).isEmpty());
    }
    QJsonObject bad = json;
    bad.insert("items"_L1, QJsonArray {QJsonObject {{"check"_L1, u"unknown"_s}, {"passed"_L1, true}}});
    QVERIFY(!api::Preflight::fromJson(bad));
}

void TestProtocol::timelineEntryRoundTrip()
{
    const api::TimelineEntry entry {5, WebinarState::Rehearsal, WebinarState::Live, QDateTime::currentDateTimeUtc(),
                                    8, u"Joost van Dijk"_s,     u"director"_s,      true};
    auto decoded = api::TimelineEntry::fromJson(entry.toJson());
    QVERIFY(decoded);
    QCOMPARE(decoded->to, WebinarState::Live);
    QCOMPARE(decoded->actorName, entry.actorName);
    QVERIFY(decoded->overridden);
    QCOMPARE(decoded->at.toMSecsSinceEpoch(), entry.at.toMSecsSinceEpoch());
    api::TimelineEntry operatorChange = entry;
    operatorChange.actorId = 0;
    QVERIFY(operatorChange.toJson().value("actorId"_L1).isNull());
}

void TestProtocol::stateChangeOverride()
{
    const api::WebinarStateChange change {WebinarState::Live, 4, u"Speaker waits"_s};
    auto decoded = api::WebinarStateChange::fromJson(change.toJson());
    QVERIFY(decoded);
    QCOMPARE(decoded->overrideReason, change.overrideReason);
    const api::WebinarStateChange plain {WebinarState::Live, 4, {}};
    QVERIFY(!plain.toJson().contains("overrideReason"_L1));
    QJsonObject tooShort = change.toJson();
    tooShort.insert("overrideReason"_L1, u"  no "_s);
    QVERIFY(!api::WebinarStateChange::fromJson(tooShort));
    tooShort.insert("overrideReason"_L1, QString(501, u'x'));
    QVERIFY(!api::WebinarStateChange::fromJson(tooShort));
}

// The room's request bodies (docs/api.md "The room"): only their own members; a ban needs a reason of 1..500.
void TestProtocol::roomBodiesAreStrict()
{
    const QString token(43, u'a');
    QCOMPARE(api::RoomJoin::fromJson(api::RoomJoin {token}.toJson()).value_or(api::RoomJoin {}).token, token);
    QVERIFY(!api::RoomJoin::fromJson({}));
    QVERIFY(!api::RoomJoin::fromJson({{"token"_L1, 7}}));
    QVERIFY(!api::RoomJoin::fromJson({{"token"_L1, token}, {"registrationId"_L1, 3}}));
    QCOMPARE(api::RoomBan::fromJson({{"reason"_L1, u"  Spam in de chat "_s}}).value_or(api::RoomBan {}).reason,
             u"Spam in de chat"_s);
    QVERIFY(!api::RoomBan::fromJson({{"reason"_L1, u"   "_s}}));
    QVERIFY(!api::RoomBan::fromJson({{"reason"_L1, QString(501, u'x')}}));
    QVERIFY(api::RoomBan::fromJson({{"reason"_L1, QString(500, u'x')}}));
    QVERIFY(!api::RoomBan::fromJson({{"reason"_L1, u"x"_s}, {"until"_L1, u"never"_s}}));
    const api::RoomStay stay {4, 2, true, QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::UTC), 30};
    const auto read = api::RoomStay::fromJson(stay.toJson());
    QVERIFY(read);
    QCOMPARE(read->joinedAt, stay.joinedAt);
    QCOMPARE(read->tickSeconds, 30);
    QVERIFY(api::RoomStay::fromJson(api::RoomStay {}.toJson())); // not in the room: joinedAt null
}

// The event carries ids and a count only.
void TestProtocol::attendanceChangeRoundTrip()
{
    const api::AttendanceChange change {7, 42, true, false, 913};
    const QJsonObject json = change.toJson();
    QCOMPARE(json.keys(),
             (QStringList {u"banned"_s, u"present"_s, u"presentCount"_s, u"registrationId"_s, u"webinarId"_s}));
    const auto read = api::AttendanceChange::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->registrationId, 42);
    QCOMPARE(read->presentCount, 913);
    QVERIFY(read->present && !read->banned);
    QJsonObject broken = json;
    broken.remove("presentCount"_L1);
    QVERIFY(!api::AttendanceChange::fromJson(broken));
}

// The ban is part of the attendance class: present with it, absent without it; an older answer without the ban's
// members reads as not banned.
void TestProtocol::banFieldsTravelWithAttendance()
{
    api::Registration registration;
    registration.id = 5;
    registration.webinarId = 2;
    registration.attendance = api::AttendanceFields {{},
                                                     {},
                                                     12,
                                                     false,
                                                     true,
                                                     u"Schold de spreker uit"_s,
                                                     QDateTime(QDate(2026, 3, 2), QTime(10, 5), QTimeZone::UTC)};
    const QJsonObject json = registration.toJson();
    QCOMPARE(json.value("banned"_L1).toBool(), true);
    const auto read = api::Registration::fromJson(json);
    QVERIFY(read && read->attendance);
    QVERIFY(read->attendance->banned);
    QCOMPARE(read->attendance->banReason, u"Schold de spreker uit"_s);
    QCOMPARE(read->attendance->bannedAt, registration.attendance->bannedAt);
    const QJsonObject without = api::registrationToJson(registration, {rights::FieldClass::Identity});
    for (const char *member : {"banned", "banReason", "bannedAt", "present"})
        QVERIFY2(!without.contains(QLatin1StringView(member)), member);
    QJsonObject older = json;
    for (const char *member : {"banned", "banReason", "bannedAt"})
        older.remove(QLatin1StringView(member));
    const auto oldRead = api::Registration::fromJson(older);
    QVERIFY(oldRead && oldRead->attendance && !oldRead->attendance->banned);
    registration.attendance->banned = false;
    QVERIFY(registration.toJson().value("banReason"_L1).isNull());
}

// Found by fuzz_request_bodies: a fraction or an offset carried the last second of 9999 into the year 10000, which no
// ISO 8601 date spells the same way again, so the accepted body could not be read back.
void TestProtocol::datesPastTheYear9999AreRefused()
{
    for (const QString &date : {u"9999-12-31T23:59:59.9999"_s, u"9999-12-31T23:59:59-01:00"_s})
        QVERIFY2(!json::requireDateTime(QJsonObject {{"at"_L1, date}}, "at"_L1), qPrintable(date));
    const auto last = json::requireDateTime(QJsonObject {{"at"_L1, u"9999-12-31T23:59:59.999Z"_s}}, "at"_L1);
    QVERIFY(last);
    QCOMPARE(json::requireDateTime(QJsonObject {{"at"_L1, json::toWire(*last)}}, "at"_L1).value_or(QDateTime()), *last);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
