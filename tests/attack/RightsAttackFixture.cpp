// The world of tst_attack_rights: one demo server, every role signed in, the demo webinars by state.
#include "tst_attack_rights.h"

#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

using namespace regiekamer;
using namespace Qt::StringLiterals;

void TestAttackRights::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    const auto accounts = m_server.demoAccounts();
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        qint64 id = 0;
        m_token.insert(it.key(), m_api.login(it->email, it->password, &id));
        QVERIFY2(!m_token.value(it.key()).isEmpty(), qPrintable(roleToWire(it.key())));
        m_userId.insert(it.key(), id);
    }
    const ApiReply webinars = get(Role::Admin, QString::fromLatin1(api::path::webinars));
    QCOMPARE(webinars.status, 200);
    for (const QJsonValue &item : webinars.items()) {
        const QString state = item.toObject().value("state"_L1).toString();
        if (!m_webinarInState.contains(state))
            m_webinarInState.insert(state, item.toObject().value("id"_L1).toInteger());
    }
    m_viewerWebinar = m_webinarInState.value(u"live"_s);
    QVERIFY2(m_viewerWebinar > 0, "the demo has no live webinar");
    QCOMPARE(get(Role::Viewer, api::path::expand(api::path::webinar, {m_viewerWebinar})).status, 200);
    QCOMPARE(get(Role::Director, api::path::expand(api::path::webinar, {m_viewerWebinar})).status, 200);
    QCOMPARE(get(Role::ClientStaff, api::path::expand(api::path::webinar, {m_viewerWebinar})).status, 200);
}

void TestAttackRights::cleanupTestCase()
{
    m_server.terminate();
}

ApiReply TestAttackRights::send(Role role, const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body,
                                const QByteArray &reason)
{
    ApiHeaders headers;
    if (!reason.isEmpty())
        headers.append({"X-Access-Reason", reason});
    return m_api.send(verb, m_api.urlWithQuery(pathAndQuery), m_token.value(role),
                      body.isEmpty() ? QByteArray() : compactJson(body), headers);
}

ApiReply TestAttackRights::get(Role role, const QString &pathAndQuery, const QByteArray &reason)
{
    return send(role, "GET", pathAndQuery, {}, reason);
}

QJsonObject TestAttackRights::entryOf(const ApiReply &reply)
{
    const ApiReply log = get(Role::Admin, u"/api/v1/audit?q=%1&limit=5"_s.arg(QString::fromLatin1(reply.requestId)));
    return entryIn(log, reply);
}

QJsonObject TestAttackRights::entryIn(const ApiReply &log, const ApiReply &reply)
{
    for (const QJsonValue &item : log.items()) {
        if (item.toObject().value("requestId"_L1).toString().toLatin1() == reply.requestId)
            return item.toObject();
    }
    return {};
}

QByteArray TestAttackRights::show(const QJsonObject &entry)
{
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

QWebSocket *TestAttackRights::openEvents(Role role)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setSslConfiguration(m_api.tls());
    socket->open(m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), m_token.value(role)));
    return socket;
}

QMap<QString, QJsonObject> TestAttackRights::auditFrames(const QList<QList<QVariant>> &frames)
{
    QMap<QString, QJsonObject> entries;
    for (const QList<QVariant> &arguments : frames) {
        const auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
        if (event && event->type == QLatin1StringView(api::event::auditAppended))
            entries.insert(event->data.value("requestId"_L1).toString(), event->data);
    }
    return entries;
}

QString TestAttackRights::databasePath() const
{
    return QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s);
}
