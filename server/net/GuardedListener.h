#pragma once

#include "net/ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

class QSslSocket;

namespace regiekamer::server::net {

// The listener QHttpServer binds to: it never listens itself; GuardedListener hands it the server side of each
// guarded connection. (QAbstractHttpServer::bind wants a listening server, so it listens on loopback only for that
// moment: see prepare().)
class HandoverListener : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;
    bool prepare();
    void finishPreparing();
    void handOver(QTcpSocket *socket);
};

// The TLS port: accepts connections within the limits per client address and in total, runs the TLS handshake
// (within its time limit) and puts a GuardedConnection between each client and QHttpServer.
class GuardedListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedListener(const ConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedListener() override;

    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

    // What QHttpServer binds to (bind() makes it QHttpServer's child).
    HandoverListener *handover();
    // A fresh handover listener for another QHttpServer (the sealed gate and the API take turns on one port, see
    // server/app/ServerLifecycle): connections guarded from now on go to it; the old one stays with its server.
    HandoverListener *renewHandover();
    int openConnections() const { return m_total; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool admit(const QHostAddress &address);
    void release(const QHostAddress &address);
    void guard(QSslSocket *socket);

    QSslConfiguration m_tls;
    ConnectionLimits m_limits;
    QPointer<HandoverListener> m_handover;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
};

} // namespace regiekamer::server::net
