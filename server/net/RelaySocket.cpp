#include "net/RelaySocket.h"

namespace regiekamer::server::net {

RelaySocket::RelaySocket(qintptr descriptor, const QAbstractSocket &client, QObject *parent)
    : QTcpSocket(parent)
{
    // A Unix socket pair end works as a QTcpSocket, as QLocalSocket's own implementation relies on.
    setSocketDescriptor(descriptor, ConnectedState, ReadWrite);
    setPeerAddress(client.peerAddress());
    setPeerPort(client.peerPort());
    setLocalAddress(client.localAddress());
    setLocalPort(client.localPort());
}

} // namespace regiekamer::server::net
