// Attendees in the live webinar's room (issue 17, docs/api.md "The room") against the real server over TLS: joining
// needs the token of the own personal join link, an approved registration and a live webinar; leaving and the
// server's sweep of silent viewers; minutes watched from the stays; `attendance.changed` reaches the director and the
// moderator (ids and a count, no names) but not client staff of another organisation or a viewer; removal (the
// attendee may join again); a ban with a required reason refuses a new join and is visible to the client's staff;
// lifting it; every join and leave in the access log.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "SqlFile.h"
#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"
#include "protocol/Roles.h"
#include "protocol/Room.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

// A token as the server makes one: 43 characters of base64url.
QString tokenOf(char fill)
{
    return QString(43, QLatin1Char(fill));
}

QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

// The frames of one event stream, kept as they arrive.
struct Stream
{
    QWebSocket *socket = nullptr;
    QList<api::Event> events;

    QList<api::Event> attendance() const
    {
        QList<api::Event> found;
        for (const api::Event &event : events) {
            if (event.type == QLatin1StringView(api::event::attendanceChanged))
                found.append(event);
        }
        return found;
    }
};

} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;
    QMap<Role, QString> m_tokens;
    QString m_otherClientStaff; // client staff of the other organisation
    qint64 m_live = 0, m_ended = 0; // the demo webinars the demo viewer is registered for
    qint64 m_registration = 0; // the viewer's registration of the live webinar
    qint64 m_endedRegistration = 0;
    const QString m_joinToken = tokenOf('j');
    QMap<QString, Stream *> m_streams;

    QString database() const { return QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s); }
    ApiReply as(const QString &token, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return m_api.sendJson(verb, m_api.url(path), token, body);
    }
    ApiReply as(Role role, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return as(m_tokens.value(role), verb, path, body);
    }
    static QString registrationPath(const char *path, qint64 id) { return api::path::expand(path, {id}); }
    ApiReply join(const QString &token, Role role = Role::Viewer)
    {
        return as(role, "POST", QString::fromLatin1(api::path::roomJoin), api::RoomJoin {token}.toJson());
    }
    QJsonObject registration(Role role = Role::Director)
    {
        return as(role, "GET", registrationPath(api::path::registration, m_registration)).json();
    }
    void setJoinToken(qint64 registrationId, const QString &token)
    {
        SqlFile file(database());
        QVERIFY(file.isOpen());
        QCOMPARE(
            file.exec(u"UPDATE registrations SET join_token_hash = ? WHERE id = ?"_s, {hashOf(token), registrationId}),
            QString());
    }
    Stream *openStream(const QString &name, const QString &token)
    {
        auto *stream = new Stream;
        stream->socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        stream->socket->setSslConfiguration(m_api.tls());
        connect(stream->socket, &QWebSocket::textMessageReceived, this, [stream](const QString &frame) {
            if (auto event = api::Event::fromFrame(frame.toUtf8()))
                stream->events.append(*event);
        });
        QSignalSpy connected(stream->socket, &QWebSocket::connected);
        stream->socket->open(m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), token));
        if (!connected.wait(10000))
            qWarning("the event stream of %s did not open", qPrintable(name));
        m_streams.insert(name, stream);
        return stream;
    }
    void clearStreams()
    {
        for (Stream *stream : std::as_const(m_streams))
            stream->events.clear();
    }
    qint64 webinarTitled(const QString &state)
    {
        const QJsonArray items = as(Role::Viewer, "GET", QString::fromLatin1(api::path::webinars)).items();
        for (const QJsonValue &item : items) {
            if (item.toObject().value("state"_L1).toString() == state)
                return item.toObject().value("id"_L1).toInteger();
        }
        return 0;
    }
    qint64 ownRegistration(qint64 webinarId)
    {
        for (const QJsonValue &item :
             as(Role::Viewer, "GET", QString::fromLatin1(api::path::myRegistrations)).items()) {
            if (item.toObject().value("webinarId"_L1).toInteger() == webinarId)
                return item.toObject().value("id"_L1).toInteger();
        }
        return 0;
    }
    void approve(qint64 registrationId)
    {
        const QString path = registrationPath(api::path::registration, registrationId);
        const QJsonObject current = as(Role::Director, "GET", path).json();
        if (current.value("approvalState"_L1).toString() == "approved"_L1)
            return;
        const ApiReply reply = as(Role::Director, "PATCH", path,
                                  {{"approvalState"_L1, u"approved"_s}, {"version"_L1, current.value("version"_L1)}});
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    }
    int auditCount(const QString &action, qint64 objectId)
    {
        const ApiReply reply =
            m_api.send("GET", m_api.url(u"/api/v1/audit"_s, {{u"action"_s, action}, {u"limit"_s, u"500"_s}}),
                       m_tokens.value(Role::Director));
        int count = 0;
        for (const QJsonValue &item : reply.items()) {
            const QJsonObject entry = item.toObject();
            count += entry.value("objectId"_L1).toInteger() == objectId && entry.value("outcome"_L1) == "allowed"_L1;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase();
    void joinNeedsTheOwnTokenOfAnApprovedRegistration();
    void joinNeedsALiveWebinar();
    void joinAndLeaveReachDirectorAndModeratorOnly();
    void minutesWatchedCountTheStays();
    void theSweepEndsASilentStay();
    void ticksKeepAViewerPresent();
    void removalSendsOutAndAllowsRejoining();
    void banRefusesRejoiningUntilLifted();
    void cleanupTestCase();
};

void TestRoom::initTestCase()
{
    // A short presence timeout so the sweep can be watched (the sweep runs every third of it).
    QVERIFY2(m_server.start({u"--demo"_s, u"--presence-timeout-seconds"_s, u"3"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    const auto accounts = m_server.demoAccounts();
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        m_tokens.insert(it.key(), m_api.login(it->email, it->password));
        QVERIFY2(!m_tokens.value(it.key()).isEmpty(), qPrintable(roleToWire(it.key())));
    }
    // Client staff of the other organisation (the demo's client staff belong to the live webinar's).
    const QJsonArray organisations = as(Role::Admin, "GET", u"/api/v1/organisations"_s).items();
    qint64 other = 0;
    for (const QJsonValue &organisation : organisations) {
        if (organisation.toObject().value("name"_L1).toString() == "Atlas Financial Services"_L1)
            other = organisation.toObject().value("id"_L1).toInteger();
    }
    QVERIFY(other > 0);
    const QString password = u"Another long passphrase for the room test 7"_s;
    const ApiReply created = as(Role::Admin, "POST", u"/api/v1/users"_s,
                                {{"email"_L1, u"staff.other@atlas-fs.example"_s},
                                 {"displayName"_L1, u"Other Staff"_s},
                                 {"role"_L1, u"client_staff"_s},
                                 {"organisationId"_L1, other},
                                 {"password"_L1, password}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    m_otherClientStaff = m_api.login(u"staff.other@atlas-fs.example"_s, password);
    QVERIFY(!m_otherClientStaff.isEmpty());

    m_live = webinarTitled(u"live"_s);
    m_ended = webinarTitled(u"ended"_s);
    QVERIFY(m_live > 0 && m_ended > 0);
    m_registration = ownRegistration(m_live);
    m_endedRegistration = ownRegistration(m_ended);
    QVERIFY(m_registration > 0 && m_endedRegistration > 0);
    approve(m_registration);
    setJoinToken(m_registration, m_joinToken);
    // The demo may have the viewer in the room already: out, so every case starts outside.
    QCOMPARE(as(Role::Viewer, "POST", registrationPath(api::path::registrationLeave, m_registration)).status, 200);

    openStream(u"director"_s, m_tokens.value(Role::Director));
    openStream(u"moderator"_s, m_tokens.value(Role::Moderator));
    openStream(u"clientStaff"_s, m_tokens.value(Role::ClientStaff));
    openStream(u"otherClientStaff"_s, m_otherClientStaff);
    openStream(u"viewer"_s, m_tokens.value(Role::Viewer));
}

void TestRoom::joinNeedsTheOwnTokenOfAnApprovedRegistration()
{
    QCOMPARE(join(tokenOf('x')).status, 404); // a token never issued
    QCOMPARE(join(u"short"_s).status, 404);
    QCOMPARE(as(Role::Viewer, "POST", QString::fromLatin1(api::path::roomJoin), {{"token"_L1, 7}}).status, 400);
    // Another account with the viewer's token: the director may not join, the other client staff do not see it.
    QCOMPARE(join(m_joinToken, Role::Director).status, 403);
    QCOMPARE(
        as(m_otherClientStaff, "POST", QString::fromLatin1(api::path::roomJoin), api::RoomJoin {m_joinToken}.toJson())
            .status,
        404);
    QCOMPARE(registration().value("present"_L1).toBool(), false);
    // Not approved (yet): refused.
    const QJsonObject current = registration();
    QVERIFY(as(Role::Director, "PATCH", registrationPath(api::path::registration, m_registration),
               {{"approvalState"_L1, u"pending"_s}, {"version"_L1, current.value("version"_L1)}})
                .status == 200);
    setJoinToken(m_registration, m_joinToken);
    QCOMPARE(join(m_joinToken).status, 409);
    approve(m_registration);
    setJoinToken(m_registration, m_joinToken); // approval mails a new link, which replaces the old one
}

void TestRoom::joinNeedsALiveWebinar()
{
    const QString token = tokenOf('e');
    approve(m_endedRegistration);
    setJoinToken(m_endedRegistration, token);
    const ApiReply refused = join(token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), u"conflict"_s);
}

void TestRoom::joinAndLeaveReachDirectorAndModeratorOnly()
{
    clearStreams();
    const int logged = auditCount(u"join"_s, 0);
    const int leaves = auditCount(u"leave"_s, m_registration);
    const ApiReply joined = join(m_joinToken);
    QVERIFY2(joined.status == 200, qPrintable(joined.describe()));
    const auto stay = api::RoomStay::fromJson(joined.json());
    QVERIFY(stay);
    QCOMPARE(stay->registrationId, m_registration);
    QVERIFY(stay->present);
    QCOMPARE(stay->tickSeconds, 30);
    QTRY_COMPARE_WITH_TIMEOUT(m_streams.value(u"director"_s)->attendance().size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_streams.value(u"moderator"_s)->attendance().size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_streams.value(u"clientStaff"_s)->attendance().size(), 1, 10000);
    const api::Event event = m_streams.value(u"director"_s)->attendance().first();
    QCOMPARE(event.data.value("registrationId"_L1).toInteger(), m_registration);
    QCOMPARE(event.data.value("present"_L1).toBool(), true);
    QVERIFY(event.data.value("presentCount"_L1).toInteger() >= 1);
    // Ids and a count only.
    QStringList members = event.data.keys();
    members.sort();
    QCOMPARE(members,
             (QStringList {u"banned"_s, u"present"_s, u"presentCount"_s, u"registrationId"_s, u"webinarId"_s}));
    QVERIFY(registration().value("present"_L1).toBool());
    QVERIFY(registration(Role::Moderator).value("present"_L1).toBool());
    QVERIFY(!registration().value("joinedAt"_L1).isNull());
    QCOMPARE(auditCount(u"join"_s, 0), logged + 1);

    const ApiReply left = as(Role::Viewer, "POST", registrationPath(api::path::registrationLeave, m_registration));
    QVERIFY2(left.status == 200, qPrintable(left.describe()));
    QCOMPARE(left.json().value("present"_L1).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_streams.value(u"director"_s)->attendance().size(), 2, 10000);
    QCOMPARE(m_streams.value(u"director"_s)->attendance().last().data.value("present"_L1).toBool(), false);
    QVERIFY(!registration().value("present"_L1).toBool());
    QVERIFY(!registration().value("leftAt"_L1).isNull());
    QCOMPARE(auditCount(u"leave"_s, m_registration), leaves + 1);
    // Neither the other organisation's staff nor a viewer hear of it.
    QTest::qWait(500);
    QCOMPARE(m_streams.value(u"otherClientStaff"_s)->attendance().size(), 0);
    QCOMPARE(m_streams.value(u"viewer"_s)->attendance().size(), 0);
}

void TestRoom::minutesWatchedCountTheStays()
{
    const qint64 before = registration().value("minutesWatched"_L1).toInteger();
    QCOMPARE(join(m_joinToken).status, 200);
    {
        // The stay began three and a half minutes ago (written as the server writes times).
        SqlFile file(database());
        const QString earlier = QDateTime::currentDateTimeUtc().addSecs(-210).toString(Qt::ISODateWithMs);
        QCOMPARE(
            file.exec(u"UPDATE attendance_sessions SET joined_at = ? WHERE registration_id = ? AND left_at IS NULL"_s,
                      {earlier, m_registration}),
            QString());
    }
    QCOMPARE(as(Role::Viewer, "POST", registrationPath(api::path::registrationLeave, m_registration)).status, 200);
    // Whole minutes of all stays together: the earlier stays' seconds may round up one more.
    const qint64 after = registration().value("minutesWatched"_L1).toInteger();
    QVERIFY2(after == before + 3 || after == before + 4, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
    // Leaving twice changes nothing.
    QCOMPARE(as(Role::Viewer, "POST", registrationPath(api::path::registrationLeave, m_registration)).status, 200);
    QCOMPARE(registration().value("minutesWatched"_L1).toInteger(), after);
}

void TestRoom::theSweepEndsASilentStay()
{
    clearStreams();
    QCOMPARE(join(m_joinToken).status, 200);
    QVERIFY(registration().value("present"_L1).toBool());
    // No ticks: after the timeout (3 s) the sweep counts the viewer as left, logged as the server's leave.
    QTRY_VERIFY_WITH_TIMEOUT(!registration().value("present"_L1).toBool(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_streams.value(u"director"_s)->attendance().size(), 2, 5000);
    const ApiReply log =
        m_api.send("GET", m_api.url(u"/api/v1/audit"_s, {{u"action"_s, u"leave"_s}}), m_tokens.value(Role::Director));
    bool byServer = false;
    for (const QJsonValue &item : log.items()) {
        const QJsonObject entry = item.toObject();
        byServer = byServer ||
            (entry.value("objectId"_L1).toInteger() == m_registration && entry.value("actorRole"_L1) == "operator"_L1);
    }
    QVERIFY2(byServer, log.body.constData());
    // The tick of a swept viewer says so: the app joins again.
    const ApiReply tick = as(Role::Viewer, "POST", registrationPath(api::path::registrationPresence, m_registration));
    QCOMPARE(tick.status, 200);
    QCOMPARE(tick.json().value("present"_L1).toBool(), false);
}

void TestRoom::ticksKeepAViewerPresent()
{
    QCOMPARE(join(m_joinToken).status, 200);
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(1000);
        const ApiReply tick =
            as(Role::Viewer, "POST", registrationPath(api::path::registrationPresence, m_registration));
        QCOMPARE(tick.status, 200);
        QVERIFY2(tick.json().value("present"_L1).toBool(), "swept although it ticked");
    }
    QVERIFY(registration().value("present"_L1).toBool());
    // Only the own registration ticks.
    QCOMPARE(as(Role::Director, "POST", registrationPath(api::path::registrationPresence, m_registration)).status, 403);
    QCOMPARE(as(Role::Viewer, "POST", registrationPath(api::path::registrationLeave, m_registration)).status, 200);
}

void TestRoom::removalSendsOutAndAllowsRejoining()
{
    const QString removal = registrationPath(api::path::registrationRemoval, m_registration);
    QCOMPARE(as(Role::Moderator, "POST", removal).status, 409); // not in the room
    QCOMPARE(join(m_joinToken).status, 200);
    QCOMPARE(as(Role::ClientStaff, "POST", removal).status, 403);
    QCOMPARE(as(Role::Viewer, "POST", removal).status, 403);
    QCOMPARE(as(m_otherClientStaff, "POST", removal).status, 404);
    QVERIFY(registration().value("present"_L1).toBool());
    clearStreams();
    QCOMPARE(as(Role::Moderator, "POST", removal).status, 204);
    QVERIFY(!registration().value("present"_L1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_streams.value(u"director"_s)->attendance().size(), 1, 10000);
    QCOMPARE(auditCount(u"remove_from_room"_s, m_registration), 1);
    // They may come back.
    QCOMPARE(join(m_joinToken).status, 200);
    QCOMPARE(as(Role::Director, "POST", removal).status, 204);
}

void TestRoom::banRefusesRejoiningUntilLifted()
{
    const QString ban = registrationPath(api::path::registrationBan, m_registration);
    QCOMPARE(join(m_joinToken).status, 200);
    QCOMPARE(as(Role::Moderator, "PUT", ban, {{"reason"_L1, u"Spam in the chat"_s}}).status, 403);
    QCOMPARE(as(Role::ClientStaff, "PUT", ban, {{"reason"_L1, u"Spam in the chat"_s}}).status, 403);
    QCOMPARE(as(Role::Director, "PUT", ban, {{"reason"_L1, u"   "_s}}).status, 400); // a reason is required
    QCOMPARE(as(Role::Director, "PUT", ban, QJsonObject {}).status, 400);
    QVERIFY(!registration().value("banned"_L1).toBool());

    const ApiReply banned = as(Role::Director, "PUT", ban, {{"reason"_L1, u"Spam in the chat"_s}});
    QVERIFY2(banned.status == 200, qPrintable(banned.describe()));
    QCOMPARE(banned.json().value("banned"_L1).toBool(), true);
    QCOMPARE(banned.json().value("present"_L1).toBool(), false); // out of the room at once
    const ApiReply refused = join(m_joinToken);
    QCOMPARE(refused.status, 403);
    // The client's staff see the ban and its reason; other organisations see nothing.
    const QJsonObject seen = registration(Role::ClientStaff);
    QCOMPARE(seen.value("banned"_L1).toBool(), true);
    QCOMPARE(seen.value("banReason"_L1).toString(), u"Spam in the chat"_s);
    QVERIFY(!seen.value("bannedAt"_L1).isNull());
    QCOMPARE(as(m_otherClientStaff, "GET", registrationPath(api::path::registration, m_registration)).status, 404);
    QCOMPARE(auditCount(u"ban"_s, m_registration), 1);
    // The reason is sealed at rest, like the attendee's own fields.
    {
        SqlFile file(database());
        const QStringList rows =
            file.rows(u"SELECT reason FROM attendee_bans WHERE registration_id = ?"_s, {m_registration});
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().contains(u"Spam"_s));
    }

    QCOMPARE(as(Role::Moderator, "DELETE", ban).status, 403);
    const ApiReply lifted = as(Role::Director, "DELETE", ban);
    QVERIFY2(lifted.status == 200, qPrintable(lifted.describe()));
    QCOMPARE(lifted.json().value("banned"_L1).toBool(), false);
    QVERIFY(lifted.json().value("banReason"_L1).isNull());
    QCOMPARE(as(Role::Director, "DELETE", ban).status, 409); // not banned (any more)
    QCOMPARE(auditCount(u"unban"_s, m_registration), 1);
    QCOMPARE(join(m_joinToken).status, 200);
    QCOMPARE(as(Role::Viewer, "POST", registrationPath(api::path::registrationLeave, m_registration)).status, 200);
}

void TestRoom::cleanupTestCase()
{
    for (Stream *stream : std::as_const(m_streams)) {
        stream->socket->close();
        delete stream;
    }
    m_streams.clear();
    m_server.terminate();
}

QTEST_GUILESS_MAIN(TestRoom)
#include "tst_room.moc"
