#pragma once

#include "net/ConnectionLimits.h"
#include "net/HttpFramer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;
class QTcpSocket;

namespace regiekamer::server::net {
class RelayEnd;
}

namespace regiekamer::server::net {

// One client's TLS connection, relayed to QHttpServer over a socket pair after the guard has framed every request
// (HttpFramer): what breaks a limit is answered here and ends the connection, and QHttpServer never holds more than
// one request within the limits. Reads from either side stop while the other side has not taken what it was given,
// so a slow or a flooding peer costs a bounded buffer, not memory without end.
class GuardedConnection : public QObject
{
    Q_OBJECT

public:
    // Takes `client` (encrypted) as its child. serverSide() is null when no socket pair could be made.
    GuardedConnection(QSslSocket *client, const ConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedConnection() override;

    // The socket QHttpServer reads (with the client's address and port), once; the caller hands it over.
    QTcpSocket *takeServerSide();

Q_SIGNALS:
    void finished();

private:
    enum class Wait { Nothing, Idle, Head, Body, Answers, Lingering };

    bool openRelay();
    void readClient();
    void readServer();
    void serverClosed();
    void refuse(QByteArray answer);
    void sendRefusalOnceAnswered(bool evenIfUnanswered = false);
    void linger();
    void end();
    void armDeadline(bool restart = false);
    void deadlinePassed();
    std::chrono::milliseconds duration(Wait wait) const;

    QSslSocket *m_client;
    RelayEnd *m_relay = nullptr;
    QTcpSocket *m_serverSide = nullptr;
    ConnectionLimits m_limits;
    HttpFramer m_requests;
    HttpFramer m_responses;
    int m_unanswered = 0; // requests passed on whose answers have not come back yet
    QByteArray m_refusal; // to send once every earlier request has its answer
    bool m_closing = false;
    QTimer m_deadline;
    QElapsedTimer m_lingering;
    qint64 m_dropped = 0;
    Wait m_waiting = Wait::Nothing;
};

} // namespace regiekamer::server::net
