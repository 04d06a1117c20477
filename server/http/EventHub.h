#pragma once

#include "protocol/AuditEntry.h"
#include "protocol/Session.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QHttpServer;
class QWebSocket;

namespace regiekamer::server {

class ApiServer;

// The /api/v1/events WebSocket on the API's port. An upgrade is accepted only with a valid bearer token in its
// Authorization header; the socket is closed with a reason when its session is revoked or expires (checked every
// checkInterval and immediately on logout). One stream per session (a newer one replaces the older), at most
// streamsPerAccount per account (the oldest goes), and clients may send nothing larger than maxIncomingBytes: the
// stream only sends (attack review finding 7).
class EventHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int streamsPerAccount = 5;
    static constexpr qint64 maxIncomingBytes = 4096;

    EventHub(ApiServer &api, std::chrono::milliseconds checkInterval = std::chrono::seconds(30),
             QObject *parent = nullptr);
    ~EventHub() override;

    void closeAll(const QString &reason);
    void closeSession(const QString &tokenHash);
    // The session's device was revoked: {type: "device.revoked", data: {}} on its streams, then they close.
    void closeRevokedDevice(const QString &tokenHash);
    // Sends {type, data: {webinarId, …data}} to every open stream whose session has the webinar in scope now;
    // `attendance.changed` only to those that may read the attendance of the webinar's registrations.
    void publish(const QString &type, qint64 webinarId, const QJsonObject &data = {});
    // Sends {type: "audit.appended", data: entry} to every open stream whose user may see the entry, with only the
    // fields that user may see (AuditQuery::entryFor, the filter of GET /api/v1/audit).
    void publishAuditEntry(const regiekamer::api::AuditEntry &entry);
    // Whether the account has an event stream open now (the pre-flight's "a moderator is present").
    bool isConnected(qint64 userId) const;

private:
    void acceptPending();
    void checkSessions();
    void forget(QWebSocket *socket);
    QList<QWebSocket *> streamsOf(const QString &tokenHash) const;
    void close(QWebSocket *socket, const QString &reason);
    void makeRoomFor(const QString &tokenHash, qint64 userId);

    // A stream keeps the account its session had at the last check (at opening and every checkInterval; a session
    // the server ends closes its streams at once), and which webinars it may hear about, until a change of that
    // webinar's staff or registrations: no database read per stream for each event.
    struct Stream
    {
        QString tokenHash;
        api::UserInfo user;
        quint64 opened = 0; // order of opening
        QHash<qint64, bool> webinarInScope;
        QHash<qint64, bool> attendanceInScope;
    };
    bool inScope(Stream &stream, qint64 webinarId, bool attendance);

    ApiServer &m_api;
    QHash<QWebSocket *, Stream> m_sockets;
    quint64 m_opened = 0;
    QTimer m_checkTimer;
};

} // namespace regiekamer::server
