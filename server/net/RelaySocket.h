#pragma once

#include <QTcpSocket>

namespace regiekamer::server::net {

// QHttpServer's end of a guarded connection: a socket pair end that answers peerAddress() and peerPort() with the
// TLS client's, so that what QHttpServerRequest::remoteAddress() reports is the real client.
class RelaySocket : public QTcpSocket
{
    Q_OBJECT

public:
    RelaySocket(qintptr descriptor, const QAbstractSocket &client, QObject *parent = nullptr);
};

} // namespace regiekamer::server::net
