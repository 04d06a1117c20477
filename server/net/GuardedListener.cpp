#include "net/GuardedListener.h"

#include "net/GuardedConnection.h"
#include "net/NetLogging.h"

#include <QSslSocket>
#include <QTimer>

#include <mutex>

namespace regiekamer::server::net {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 clientReadBuffer = qint64 {64} * 1024;

// An IPv4 client reached over an IPv6 socket counts as its IPv4 address.
QHostAddress clientKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// The handover listener is closed by design (nothing may connect to it but GuardedListener), and QTcpServer warns
// about that at every connection QHttpServer takes from it. That one warning is dropped; every other message goes to
// the handler that was installed before.
QtMessageHandler previousHandler = nullptr;

void dropHandoverWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message == "QTcpServer::nextPendingConnection() called while not listening"_L1)
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

void installHandoverWarningFilter()
{
    static std::once_flag once;
    std::call_once(once, [] { previousHandler = qInstallMessageHandler(dropHandoverWarning); });
}

} // namespace

bool HandoverListener::prepare()
{
    return listen(QHostAddress::LocalHost, 0);
}

void HandoverListener::finishPreparing()
{
    close(); // nothing connects to it: connections arrive through handOver()
}

void HandoverListener::handOver(QTcpSocket *socket)
{
    addPendingConnection(socket); // emits pendingConnectionAvailable, which QHttpServer listens to
}

GuardedListener::GuardedListener(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handover(new HandoverListener)
{
    installHandoverWarningFilter();
}

// The connections end first (their sockets' destroyed signals still reach release()), then the handover listener
// goes unless QHttpServer adopted it.
GuardedListener::~GuardedListener()
{
    close();
    qDeleteAll(findChildren<GuardedConnection *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly));
    if (m_handover && !m_handover->parent())
        delete m_handover;
}

HandoverListener *GuardedListener::handover()
{
    return m_handover;
}

HandoverListener *GuardedListener::renewHandover()
{
    if (m_handover && !m_handover->parent())
        delete m_handover;
    m_handover = new HandoverListener;
    return m_handover;
}

bool GuardedListener::admit(const QHostAddress &address)
{
    int &count = m_perAddress[address];
    if (m_total >= m_limits.connectionsInTotal || count >= m_limits.connectionsPerAddress) {
        if (count == 0)
            m_perAddress.remove(address);
        return false;
    }
    ++count;
    ++m_total;
    return true;
}

void GuardedListener::release(const QHostAddress &address)
{
    --m_total;
    if (auto found = m_perAddress.find(address); found != m_perAddress.end() && --found.value() <= 0)
        m_perAddress.erase(found);
}

void GuardedListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress address = clientKey(socket->peerAddress());
    if (!admit(address)) {
        qCInfo(lcNet, "Refused a connection from %s: connection limit reached", qUtf8Printable(address.toString()));
        socket->abort();
        delete socket;
        return;
    }
    connect(socket, &QObject::destroyed, this, [this, address] { release(address); });
    // Answers are written as soon as they are ready: with Nagle's algorithm a small answer waits behind the TLS 1.3
    // session tickets for the client's delayed ACK, about 40 ms on a new connection.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(clientReadBuffer);
    socket->setSslConfiguration(m_tls);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { guard(socket); });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket] {
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    QTimer::singleShot(m_limits.handshakeTimeout, socket, [socket] {
        if (!socket->isEncrypted()) {
            socket->abort();
            socket->deleteLater();
        }
    });
    socket->startServerEncryption();
}

void GuardedListener::guard(QSslSocket *socket)
{
    // The connection takes over its ending; the count is released when the socket goes, as before.
    disconnect(socket, &QSslSocket::encrypted, this, nullptr);
    disconnect(socket, &QAbstractSocket::disconnected, socket, nullptr);
    disconnect(socket, &QAbstractSocket::errorOccurred, socket, nullptr);
    auto *connection = new GuardedConnection(socket, m_limits, this);
    connect(connection, &GuardedConnection::finished, connection, &QObject::deleteLater);
    QTcpSocket *serverSide = connection->takeServerSide();
    if (!serverSide || !m_handover) {
        delete serverSide;
        connection->deleteLater();
        return;
    }
    m_handover->handOver(serverSide);
}

} // namespace regiekamer::server::net
