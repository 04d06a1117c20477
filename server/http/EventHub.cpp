#include "http/EventHub.h"

#include "base/ApiError.h"
#include "http/ApiServer.h"
#include "http/HttpLogging.h"
#include "http/Responses.h"
#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"

#include <QHttpServer>
#include <QHttpServerWebSocketUpgradeResponse>
#include <QWebSocket>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

EventHub::EventHub(ApiServer &api, std::chrono::milliseconds checkInterval, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_api.presence().setProbe([this](qint64 userId) { return isConnected(userId); });
    QHttpServer &http = api.http();
    http.addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest &request) {
        if (request.url().path() != QLatin1StringView(api::path::events))
            return QHttpServerWebSocketUpgradeResponse::deny(404, "Not Found");
        const QString token = http::bearerToken(request.headers().value(QHttpHeaders::WellKnownHeader::Authorization));
        if (!m_api.authenticator().authenticate(token, false))
            return QHttpServerWebSocketUpgradeResponse::deny(401, "Unauthorized");
        return QHttpServerWebSocketUpgradeResponse::accept();
    });
    connect(&http, &QHttpServer::newWebSocketConnection, this, &EventHub::acceptPending);
    connect(&api, &ApiServer::sessionRevoked, this, &EventHub::closeSession);
    connect(&api, &ApiServer::deviceSessionRevoked, this, &EventHub::closeRevokedDevice);
    connect(&api, &ApiServer::domainChanged, this, &EventHub::publish);
    connect(&api, &ApiServer::auditAppended, this, &EventHub::publishAuditEntry);
    connect(&m_checkTimer, &QTimer::timeout, this, &EventHub::checkSessions);
    m_checkTimer.start(checkInterval);
}

EventHub::~EventHub()
{
    m_api.presence().setProbe({});
    closeAll(u"Server shutting down"_s);
}

bool EventHub::isConnected(qint64 userId) const
{
    for (const Stream &stream : m_sockets) {
        if (stream.user.id == userId)
            return true;
    }
    return false;
}

void EventHub::acceptPending()
{
    while (m_api.http().hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> owned = m_api.http().nextPendingWebSocketConnection();
        if (!owned)
            continue;
        QWebSocket *socket = owned.release();
        socket->setParent(this);
        // The upgrade was verified; authenticate again from the handshake so the socket knows its session.
        const QString token = http::bearerToken(socket->request().rawHeader("Authorization"));
        auto caller = m_api.authenticator().authenticate(token, false);
        if (!caller) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"Not authenticated"_s);
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(maxIncomingBytes);
        socket->setMaxAllowedIncomingFrameSize(maxIncomingBytes);
        makeRoomFor(caller->tokenHash, caller->user.id);
        m_sockets.insert(socket, Stream {caller->tokenHash, caller->user, ++m_opened, {}, {}});
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
        socket->sendTextMessage(QString::fromUtf8(
            api::Event {QString::fromLatin1(api::event::hello), QJsonObject {{"user"_L1, caller->user.toJson()}}}
                .toFrame()));
        qCInfo(lcHttp, "Event stream opened for user %lld", static_cast<long long>(caller->user.id));
    }
}

void EventHub::forget(QWebSocket *socket)
{
    if (m_sockets.remove(socket))
        socket->deleteLater();
}

void EventHub::close(QWebSocket *socket, const QString &reason)
{
    m_sockets.remove(socket);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    socket->deleteLater();
}

// The session's earlier stream, and the account's oldest beyond its limit, give way to a new one.
void EventHub::makeRoomFor(const QString &tokenHash, qint64 userId)
{
    for (QWebSocket *socket : streamsOf(tokenHash))
        close(socket, u"Replaced by a newer event stream of this session"_s);
    QList<std::pair<quint64, QWebSocket *>> ofAccount;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        if (it->user.id == userId)
            ofAccount.append({it->opened, it.key()});
    }
    std::sort(ofAccount.begin(), ofAccount.end());
    for (qsizetype i = 0; i + streamsPerAccount <= ofAccount.size(); ++i)
        close(ofAccount.at(i).second, u"Too many event streams for this account"_s);
}

QList<QWebSocket *> EventHub::streamsOf(const QString &tokenHash) const
{
    QList<QWebSocket *> sockets;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        if (it->tokenHash == tokenHash)
            sockets.append(it.key());
    }
    return sockets;
}

void EventHub::closeSession(const QString &tokenHash)
{
    for (QWebSocket *socket : streamsOf(tokenHash))
        close(socket, u"Session ended"_s);
}

void EventHub::closeRevokedDevice(const QString &tokenHash)
{
    const QString frame = QString::fromUtf8(api::Event {QString::fromLatin1(api::event::deviceRevoked), {}}.toFrame());
    for (QWebSocket *socket : streamsOf(tokenHash)) {
        socket->sendTextMessage(frame);
        close(socket, u"This computer was removed from the account"_s);
    }
}

void EventHub::closeAll(const QString &reason)
{
    const auto sockets = m_sockets.keys();
    m_sockets.clear();
    for (QWebSocket *socket : sockets) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
        socket->deleteLater();
    }
}

void EventHub::publish(const QString &type, qint64 webinarId, const QJsonObject &data)
{
    QJsonObject members = data;
    members.insert("webinarId"_L1, webinarId);
    const QString frame = QString::fromUtf8(api::Event {type, members}.toFrame());
    const bool attendance = type == QLatin1StringView(api::event::attendanceChanged);
    const bool scopeMayChange = type == QLatin1StringView(api::event::webinarChanged) ||
        type == QLatin1StringView(api::event::registrationsChanged);
    for (auto it = m_sockets.begin(); it != m_sockets.end(); ++it) {
        if (scopeMayChange) {
            it->webinarInScope.remove(webinarId);
            it->attendanceInScope.remove(webinarId);
        }
        if (inScope(*it, webinarId, attendance))
            it.key()->sendTextMessage(frame);
    }
}

bool EventHub::inScope(Stream &stream, qint64 webinarId, bool attendance)
{
    QHash<qint64, bool> &known = attendance ? stream.attendanceInScope : stream.webinarInScope;
    if (const auto found = known.constFind(webinarId); found != known.cend())
        return *found;
    const Result<bool> decided =
        attendance ? m_api.attendanceInScope(stream.user, webinarId) : m_api.webinarInScope(stream.user, webinarId);
    if (!decided)
        return false; // not remembered: asked again with the next event
    known.insert(webinarId, *decided);
    return *decided;
}

void EventHub::publishAuditEntry(const api::AuditEntry &entry)
{
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        auto seen = m_api.auditEntryFor(it->user, entry);
        if (!seen || !*seen)
            continue;
        it.key()->sendTextMessage(QString::fromUtf8(
            api::Event {QString::fromLatin1(api::event::auditAppended), (*seen)->toJson()}.toFrame()));
    }
}

void EventHub::checkSessions()
{
    QList<QString> ended;
    for (auto it = m_sockets.begin(); it != m_sockets.end(); ++it) {
        if (ended.contains(it->tokenHash))
            continue;
        const auto caller = m_api.authenticator().authenticateHash(it->tokenHash);
        if (!caller) {
            ended.append(it->tokenHash);
            continue;
        }
        it->user = caller->user; // a changed role or organisation counts from here
        it->webinarInScope.clear();
        it->attendanceInScope.clear();
    }
    for (const QString &tokenHash : std::as_const(ended))
        closeSession(tokenHash);
}

} // namespace regiekamer::server
