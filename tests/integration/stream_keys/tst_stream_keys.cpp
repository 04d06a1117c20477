// The stream-key vault and going live (issue 17) against the real server over TLS: who may read, set, reveal and
// rotate a webinar's stream key (the rights matrix); every reveal, set and rotation in the access log, seen by the
// webinar's director and the client's staff; a rotation stops the old key at once; a canary key never appears in
// the server's output, event frames, lists, the access log, its export or the data directory; the pre-flight
// checklist's items turn from false to true one by one; going live is refused without them and recorded with an
// override; the timeline lists every state change with who and when.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "canary/CanaryScan.h"
#include "protocol/ApiPaths.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QString canaryKey = u"CanaryStreamKey-7f3a9c1e5b"_s;
const QString ingestUrl = u"rtmps://ingest.example.net:443/live/test"_s;

QString path(const char *pathTemplate, qint64 id)
{
    return api::path::expand(pathTemplate, {id});
}

} // namespace

class TestStreamKeys : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;
    QMap<Role, QString> m_token;
    QMap<Role, qint64> m_user;
    qint64 m_organisation = 0;
    qint64 m_webinar = 0; // the vault's webinar: director and moderator assigned

    ApiReply as(Role role, const QByteArray &verb, const QString &target, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_api.send(verb, m_api.url(target), m_token.value(role));
        return m_api.sendJson(verb, m_api.url(target), m_token.value(role), body);
    }
    // A new webinar of the client's organisation with the demo director and moderator assigned, scheduled.
    qint64 newWebinar(const QString &title)
    {
        const QJsonObject created =
            as(Role::Admin, "POST", QString::fromLatin1(api::path::webinars),
               {{"organisationId"_L1, m_organisation},
                {"title"_L1, title},
                {"description"_L1, u"Test"_s},
                {"startsAt"_L1, QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)},
                {"durationMinutes"_L1, 60}})
                .json();
        const qint64 id = created.value("id"_L1).toInteger();
        for (const auto &[role, name] :
             {std::pair {Role::Director, "director"}, std::pair {Role::Moderator, "moderator"}})
            as(Role::Admin, "PUT", api::path::expand(api::path::webinarStaff, {id, m_user.value(role)}),
               {{"role"_L1, QLatin1StringView(name)}});
        changeState(Role::Director, id, u"scheduled"_s);
        return id;
    }
    ApiReply changeState(Role role, qint64 webinar, const QString &state, const QString &overrideReason = {})
    {
        const qint64 version =
            as(Role::Admin, "GET", path(api::path::webinar, webinar)).json().value("version"_L1).toInteger();
        QJsonObject body {{"state"_L1, state}, {"version"_L1, version}};
        if (!overrideReason.isNull())
            body.insert("overrideReason"_L1, overrideReason);
        return as(role, "POST", path(api::path::webinarState, webinar), body);
    }
    ApiReply setKey(Role role, qint64 webinar, const QString &url, const QString &key)
    {
        return as(role, "PUT", path(api::path::webinarStreamKey, webinar),
                  {{"ingestUrl"_L1, url}, {"streamKey"_L1, key}});
    }
    QString reveal(qint64 webinar)
    {
        const ApiReply reply = as(Role::Director, "POST", path(api::path::webinarStreamKeyReveal, webinar));
        if (reply.status != 200)
            qWarning("reveal: %s", qPrintable(reply.describe()));
        return reply.json().value("streamKey"_L1).toString();
    }
    // The newest access log entries of `action` on the webinar, as `role` reads them.
    QJsonArray entries(Role role, const QString &action, qint64 webinar)
    {
        const ApiParams params {{u"action"_s, action}, {u"webinar"_s, QString::number(webinar)}};
        return m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), params), m_token.value(role))
            .items();
    }
    QMap<QString, bool> preflight(qint64 webinar)
    {
        const ApiReply reply = as(Role::Director, "GET", path(api::path::webinarPreflight, webinar));
        QMap<QString, bool> items;
        for (const QJsonValue &item : reply.json().value("items"_L1).toArray())
            items.insert(item.toObject().value("check"_L1).toString(), item.toObject().value("passed"_L1).toBool());
        return items;
    }
    // An open event stream of `role`, its frames collected.
    struct Stream
    {
        std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
        std::unique_ptr<QSignalSpy> frames;
    };
    Stream openStream(Role role)
    {
        Stream stream;
        stream.socket->setSslConfiguration(m_api.tls());
        stream.frames = std::make_unique<QSignalSpy>(stream.socket.get(), &QWebSocket::textMessageReceived);
        stream.socket->open(
            m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), m_token.value(role)));
        if (!stream.frames->wait(10000))
            qWarning("no hello on the event stream of %s", qPrintable(roleToWire(role)));
        return stream;
    }

private Q_SLOTS:
    void initTestCase();
    void nothingSetAtFirst();
    void rightsFollowTheMatrix();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void revealIsLoggedAndSeenByTheClient();
    void rotationStopsTheOldKey();
    void canaryNeverLeaks();
    void preflightItemsTurnTrueOneByOne();
    void overrideIsRecorded();
    void timelineFollowsTheRights();
    void cleanupTestCase();
};

void TestStreamKeys::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    for (Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
        const auto account = m_server.demoAccounts().value(role);
        qint64 id = 0;
        m_token.insert(role, m_api.login(account.email, account.password, &id));
        QVERIFY2(!m_token.value(role).isEmpty(), qPrintable(roleToWire(role)));
        m_user.insert(role, id);
    }
    m_organisation =
        as(Role::ClientStaff, "GET", QString::fromLatin1(api::path::me)).json().value("organisationId"_L1).toInteger();
    QVERIFY(m_organisation > 0);
    m_webinar = newWebinar(u"Stream-key vault"_s);
    QVERIFY(m_webinar > 0);
}

void TestStreamKeys::nothingSetAtFirst()
{
    const ApiReply reply = as(Role::Director, "GET", path(api::path::webinarStreamKey, m_webinar));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value("isSet"_L1).toBool(true), false);
    QCOMPARE(as(Role::Director, "POST", path(api::path::webinarStreamKeyReveal, m_webinar)).status, 409);
    QCOMPARE(as(Role::Admin, "POST", path(api::path::webinarStreamKeyRotation, m_webinar)).status, 409);
}

void TestStreamKeys::rightsFollowTheMatrix()
{
    QCOMPARE(setKey(Role::Director, m_webinar, ingestUrl, u"first-key-123456"_s).status, 200);
    const QString get = path(api::path::webinarStreamKey, m_webinar);
    const QString revealPath = path(api::path::webinarStreamKeyReveal, m_webinar);
    const QString rotation = path(api::path::webinarStreamKeyRotation, m_webinar);
    // Moderator, client staff and viewer: nothing on the key itself, not even that the vault exists.
    for (Role role : {Role::Moderator, Role::ClientStaff, Role::Viewer}) {
        QCOMPARE(as(role, "GET", get).status, 404);
        QCOMPARE(as(role, "POST", revealPath).status, 404);
        QCOMPARE(as(role, "POST", rotation).status, 404);
        QCOMPARE(setKey(role, m_webinar, ingestUrl, canaryKey).status, 404);
    }
    // The administrator sets and rotates but never sees the key.
    QCOMPARE(as(Role::Admin, "GET", get).status, 200);
    const ApiReply refused = as(Role::Admin, "POST", revealPath);
    QCOMPARE(refused.status, 403);
    QVERIFY(!refused.body.contains("first-key"));
    QCOMPARE(setKey(Role::Admin, m_webinar, ingestUrl, u"second-key-123456"_s).status, 200);
    QCOMPARE(reveal(m_webinar), u"second-key-123456"_s);
    // The metadata never carries the key.
    const ApiReply info = as(Role::Director, "GET", get);
    QCOMPARE(info.json().value("ingestUrl"_L1).toString(), ingestUrl);
    QCOMPARE(info.json().value("changedBy"_L1).toInteger(), m_user.value(Role::Admin));
    QVERIFY(!info.body.contains("second-key"));
}

void TestStreamKeys::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("http scheme") << u"http://ingest.example.net/live"_s << u"valid-key-123456"_s;
    QTest::newRow("no host") << u"rtmp:///live"_s << u"valid-key-123456"_s;
    QTest::newRow("credentials in URL") << u"rtmp://user:secret@ingest.example.net/live"_s << u"valid-key-123456"_s;
    QTest::newRow("space in URL") << u"srt://ingest.example.net:9000 x"_s << u"valid-key-123456"_s;
    QTest::newRow("short key") << ingestUrl << u"short"_s;
    QTest::newRow("space in key") << ingestUrl << u"has a space 123"_s;
    QTest::newRow("long key") << ingestUrl << QString(257, u'k');
}

void TestStreamKeys::badInputChangesNothing()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    const QString before = reveal(m_webinar);
    QCOMPARE(setKey(Role::Director, m_webinar, url, key).status, 400);
    QCOMPARE(reveal(m_webinar), before);
}

void TestStreamKeys::revealIsLoggedAndSeenByTheClient()
{
    const ApiReply reply = as(Role::Director, "POST", path(api::path::webinarStreamKeyReveal, m_webinar));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.cacheControl, "no-store");
    for (Role reader : {Role::Director, Role::ClientStaff, Role::Admin}) {
        const QJsonArray seen = entries(reader, u"reveal"_s, m_webinar);
        QVERIFY2(!seen.isEmpty(), qPrintable(roleToWire(reader)));
        const QJsonObject entry = seen.first().toObject();
        QCOMPARE(entry.value("objectType"_L1).toString(), u"stream_key"_s);
        QCOMPARE(entry.value("webinarId"_L1).toInteger(), m_webinar);
        QCOMPARE(entry.value("organisationId"_L1).toInteger(), m_organisation);
        QCOMPARE(entry.value("outcome"_L1).toString(), u"allowed"_s);
        QCOMPARE(entry.value("actorRole"_L1).toString(), u"director"_s);
        QVERIFY(!entries(reader, u"update"_s, m_webinar).isEmpty());
    }
    // The administrator's refused reveal is in the log too (a denied entry names only the path's ids: security.md).
    as(Role::Admin, "POST", path(api::path::webinarStreamKeyReveal, m_webinar));
    const ApiParams newest {{u"action"_s, u"reveal"_s}, {u"limit"_s, u"1"_s}};
    const QJsonObject denied =
        m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), newest), m_token.value(Role::Admin))
            .items()
            .first()
            .toObject();
    QCOMPARE(denied.value("outcome"_L1).toString(), u"denied"_s);
    QCOMPARE(denied.value("actorRole"_L1).toString(), u"admin"_s);
    QCOMPARE(denied.value("objectId"_L1).toInteger(), m_webinar);
}

void TestStreamKeys::rotationStopsTheOldKey()
{
    const QString old = reveal(m_webinar);
    const ApiReply rotated = as(Role::Admin, "POST", path(api::path::webinarStreamKeyRotation, m_webinar));
    QCOMPARE(rotated.status, 200);
    QCOMPARE(rotated.json().value("origin"_L1).toString(), u"rotated"_s);
    QVERIFY(!rotated.body.contains("streamKey"));
    const QString fresh = reveal(m_webinar);
    QVERIFY(fresh != old);
    // 256 random bits, base64url: at least 128 bits whatever the alphabet.
    QVERIFY2(fresh.size() >= 43, qPrintable(QString::number(fresh.size())));
    QCOMPARE(reveal(m_webinar), fresh); // the old key is gone, the new one stays
    QCOMPARE(
        as(Role::Director, "GET", path(api::path::webinarStreamKey, m_webinar)).json().value("ingestUrl"_L1).toString(),
        ingestUrl);
    QVERIFY(!entries(Role::ClientStaff, u"rotate"_s, m_webinar).isEmpty());
}

void TestStreamKeys::canaryNeverLeaks()
{
    Stream director = openStream(Role::Director);
    Stream client = openStream(Role::ClientStaff);
    Stream admin = openStream(Role::Admin);
    QCOMPARE(setKey(Role::Director, m_webinar, ingestUrl, canaryKey).status, 200);
    const ApiReply revealed = as(Role::Director, "POST", path(api::path::webinarStreamKeyReveal, m_webinar));
    QVERIFY(revealed.body.contains(canaryKey.toUtf8())); // the search below can find it
    QList<QByteArray> answers;
    for (Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
        answers += as(role, "GET", QString::fromLatin1(api::path::webinars)).body;
        answers += as(role, "GET", path(api::path::webinar, m_webinar)).body;
        answers += as(role, "GET", path(api::path::webinarStreamKey, m_webinar)).body;
        answers += as(role, "GET", path(api::path::webinarTimeline, m_webinar)).body;
        answers += as(role, "GET", QString::fromLatin1(api::path::auditLog)).body;
        answers += as(role, "GET", QString::fromLatin1(api::path::auditExport)).body;
        answers += as(role, "GET", path(api::path::webinarRegistrationsExport, m_webinar)).body;
    }
    QTest::qWait(500); // the frames of the last requests
    for (Stream *stream : {&director, &client, &admin}) {
        QVERIFY(stream->frames->size() > 1);
        for (const QList<QVariant> &frame : std::as_const(*stream->frames))
            answers += frame.at(0).toString().toUtf8();
    }
    for (const QByteArray &answer : std::as_const(answers)) {
        const auto hits = canary::scanBytes(u"answer"_s, answer, {canaryKey});
        QVERIFY2(hits.isEmpty(), answer.left(300).constData());
    }
    QCOMPARE(m_server.terminate(), 0);
    const auto logHits = canary::scanBytes(u"server output"_s, m_server.lastOutput(), {canaryKey});
    QVERIFY2(logHits.isEmpty(), qPrintable(logHits.value(0).describe()));
    QVERIFY(m_server.lastOutput().contains("Stream key of webinar")); // the log does speak of it
    const auto fileHits = canary::scanDirectory(m_server.dataDir(), {canaryKey});
    QVERIFY2(fileHits.isEmpty(), qPrintable(fileHits.value(0).describe()));
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    for (Role role : m_token.keys()) {
        const auto account = m_server.demoAccounts().value(role);
        m_token[role] = m_api.login(account.email, account.password);
    }
    QCOMPARE(reveal(m_webinar), canaryKey); // sealed, not lost
}

void TestStreamKeys::preflightItemsTurnTrueOneByOne()
{
    const qint64 webinar = newWebinar(u"Pre-flight"_s);
    const ApiReply registered = as(Role::Viewer, "POST", path(api::path::webinarRegistrations, webinar),
                                   {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}});
    QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
    QCOMPARE(preflight(webinar),
             (QMap<QString, bool> {{u"rehearsal_held"_s, false},
                                   {u"moderator_present"_s, false},
                                   {u"stream_key_set"_s, false},
                                   {u"registrations_handled"_s, false}}));
    const ApiReply refused = changeState(Role::Director, webinar, u"live"_s);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), u"preflight_unmet"_s);
    QCOMPARE(refused.json().value("unmet"_L1).toArray().size(), 4);

    QCOMPARE(changeState(Role::Director, webinar, u"rehearsal"_s).status, 200);
    QCOMPARE(preflight(webinar).value(u"rehearsal_held"_s), true);
    QCOMPARE(changeState(Role::Director, webinar, u"scheduled"_s).status, 200);
    QCOMPARE(preflight(webinar).value(u"rehearsal_held"_s), true); // held once is held

    {
        Stream moderator = openStream(Role::Moderator);
        QCOMPARE(preflight(webinar).value(u"moderator_present"_s), true);
    }
    QTRY_COMPARE_WITH_TIMEOUT(preflight(webinar).value(u"moderator_present"_s), false, 10000);
    Stream moderator = openStream(Role::Moderator);
    QCOMPARE(preflight(webinar).value(u"moderator_present"_s), true);

    QCOMPARE(setKey(Role::Director, webinar, ingestUrl, u"preflight-key-1"_s).status, 200);
    QCOMPARE(preflight(webinar).value(u"stream_key_set"_s), true);

    const QJsonObject registration = registered.json();
    const ApiReply approved = as(
        Role::Director, "PATCH", api::path::expand(api::path::registration, {registration.value("id"_L1).toInteger()}),
        {{"approvalState"_L1, u"approved"_s}, {"version"_L1, registration.value("version"_L1)}});
    QVERIFY2(approved.status == 200, qPrintable(approved.describe()));
    QCOMPARE(preflight(webinar).value(u"registrations_handled"_s), true);

    const ApiReply live = changeState(Role::Director, webinar, u"live"_s);
    QVERIFY2(live.status == 200, qPrintable(live.describe()));
    const QJsonArray timeline = as(Role::ClientStaff, "GET", path(api::path::webinarTimeline, webinar)).items();
    QStringList steps;
    for (const QJsonValue &value : timeline) {
        const QJsonObject entry = value.toObject();
        steps << entry.value("from"_L1).toString() + u'>' + entry.value("to"_L1).toString();
        QVERIFY(!entry.value("actorName"_L1).toString().isEmpty());
        QVERIFY(entry.value("at"_L1).isString());
    }
    QCOMPARE(
        steps,
        (QStringList {u"draft>scheduled"_s, u"scheduled>rehearsal"_s, u"rehearsal>scheduled"_s, u"scheduled>live"_s}));
    QCOMPARE(timeline.last().toObject().value("overridden"_L1).toBool(true), false);
}

void TestStreamKeys::overrideIsRecorded()
{
    const qint64 webinar = newWebinar(u"Override"_s);
    QCOMPARE(changeState(Role::Director, webinar, u"live"_s, u"ok"_s).status, 400); // too short a reason
    QCOMPARE(changeState(Role::Director, webinar, u"live"_s).status, 409);
    const ApiReply live = changeState(Role::Director, webinar, u"live"_s, u"Speaker is waiting on stage"_s);
    QVERIFY2(live.status == 200, qPrintable(live.describe()));
    const QJsonArray seen = entries(Role::ClientStaff, u"change_state"_s, webinar);
    QVERIFY(!seen.isEmpty());
    const QJsonObject entry = seen.first().toObject();
    QCOMPARE(entry.value("outcome"_L1).toString(), u"allowed"_s);
    QVERIFY2(entry.value("reason"_L1).toString().contains("Speaker is waiting on stage"_L1),
             QJsonDocument(entry).toJson().constData());
    QVERIFY2(entry.value("change"_L1).toString().contains("preflight="_L1), QJsonDocument(entry).toJson().constData());
    const QJsonArray timeline = as(Role::Director, "GET", path(api::path::webinarTimeline, webinar)).items();
    QCOMPARE(timeline.last().toObject().value("to"_L1).toString(), u"live"_s);
    QCOMPARE(timeline.last().toObject().value("overridden"_L1).toBool(), true);
}

void TestStreamKeys::timelineFollowsTheRights()
{
    const QString timeline = path(api::path::webinarTimeline, m_webinar);
    for (Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff})
        QCOMPARE(as(role, "GET", timeline).status, 200);
    QCOMPARE(as(Role::Viewer, "GET", timeline).status, 404);
    // The checklist is for whoever may change the state.
    QCOMPARE(as(Role::Moderator, "GET", path(api::path::webinarPreflight, m_webinar)).status, 403);
    QCOMPARE(as(Role::ClientStaff, "GET", path(api::path::webinarPreflight, m_webinar)).status, 403);
    QCOMPARE(as(Role::Admin, "GET", path(api::path::webinarPreflight, m_webinar)).status, 200);
}

void TestStreamKeys::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestStreamKeys)
#include "tst_stream_keys.moc"
