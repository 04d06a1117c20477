#pragma once

#include "protocol/AuditEntry.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QHttpServer;
class QWebSocket;

namespace regiekamer::server {

class ApiServer;

// The /api/v1/events WebSocket on the API's port. An upgrade is accepted only with a valid bearer token in its
// Authorization header; the socket is closed with a reason when its session is revoked or expires (checked every
// checkInterval and immediately on logout).
class EventHub : public QObject
{
    Q_OBJECT

public:
    EventHub(ApiServer &api, std::chrono::milliseconds checkInterval = std::chrono::seconds(30),
             QObject *parent = nullptr);
    ~EventHub() override;

    void closeAll(const QString &reason);
    void closeSession(const QString &tokenHash);
    // Sends {type, data: {webinarId}} to every open stream whose session has the webinar in scope now.
    void publish(const QString &type, qint64 webinarId);
    // Sends {type: "audit.appended", data: entry} to every open stream whose user may see the entry.
    void publishAuditEntry(const regiekamer::api::AuditEntry &entry);

private:
    void acceptPending();
    void checkSessions();
    void forget(QWebSocket *socket);

    ApiServer &m_api;
    QHash<QWebSocket *, QString> m_sockets; // socket -> token hash
    QTimer m_checkTimer;
};

} // namespace regiekamer::server
