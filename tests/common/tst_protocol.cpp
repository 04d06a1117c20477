#include "protocol/AuditEntry.h"
#include "protocol/Lists.h"
#include "protocol/Registration.h"
#include "protocol/Roles.h"
#include "protocol/Room.h"
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
    void roomBodiesAreStrict();
    void attendanceChangeRoundTrip();
    void banFieldsTravelWithAttendance();
};

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

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
