#include "net/GuardedConnection.h"

#include "net/NetLogging.h"
#include "net/Refusal.h"
#include "net/RelayEnd.h"
#include "net/RelaySocket.h"

#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <limits>

namespace regiekamer::server::net {

namespace {

constexpr qint64 readChunk = qint64 {16} * 1024;
constexpr qint64 bufferedHighWater = qint64 {256} * 1024; // what one side may have waiting before the other side pauses
constexpr std::chrono::milliseconds answerGrace {5'000}; // for earlier answers before a refusal goes out anyway
constexpr std::chrono::milliseconds lingerTime {2'000}; // reading (and dropping) what a refused client still sends
constexpr std::chrono::milliseconds quietTime {250}; // ... until it has sent nothing for this long
constexpr qint64 lingerBytes =
    qint64 {256} * 1024; // ... or this much (decrypting a flood only to drop it costs the others)

FramingLimits responseLimits()
{
    return FramingLimits {qsizetype {64} * 1024, qsizetype {1024} * 1024, 1000, std::numeric_limits<qint64>::max()};
}

} // namespace

GuardedConnection::GuardedConnection(QSslSocket *client, const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_limits(limits)
    , m_requests(HttpFramer::Role::Request, limits.request)
    , m_responses(HttpFramer::Role::Response, responseLimits())
{
    client->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &GuardedConnection::deadlinePassed);
    if (!openRelay())
        return;
    connect(m_client, &QIODevice::readyRead, this, &GuardedConnection::readClient);
    connect(m_client, &QIODevice::bytesWritten, this, &GuardedConnection::readServer);
    connect(m_client, &QAbstractSocket::disconnected, this, &GuardedConnection::end);
    connect(m_relay, &RelayEnd::readyRead, this, &GuardedConnection::readServer);
    connect(m_relay, &RelayEnd::bytesWritten, this, &GuardedConnection::readClient);
    connect(m_relay, &RelayEnd::closed, this, &GuardedConnection::serverClosed);
    armDeadline();
}

GuardedConnection::~GuardedConnection()
{
    delete m_serverSide; // only when it was never handed over
}

bool GuardedConnection::openRelay()
{
    std::array<int, 2> ends {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends.data()) != 0) {
        qCWarning(lcNet, "Cannot make a socket pair for a connection; closing it");
        return false;
    }
    m_relay = new RelayEnd(ends[0], this);
    m_serverSide = new RelaySocket(ends[1], *m_client);
    return true;
}

QTcpSocket *GuardedConnection::takeServerSide()
{
    return std::exchange(m_serverSide, nullptr);
}

// Passes on what the client sent, a framed request at a time, while the server side keeps up.
void GuardedConnection::readClient()
{
    if (m_closing || !m_refusal.isEmpty())
        return;
    bool completedAny = false;
    while (m_client->bytesAvailable() > 0 && m_relay->bytesToWrite() < bufferedHighWater) {
        const QByteArray bytes = m_client->peek(std::min(m_client->bytesAvailable(), readChunk));
        const HttpFramer::Step step = m_requests.feed(bytes);
        if (step.accepted > 0) {
            m_relay->write(bytes.first(step.accepted));
            m_client->skip(step.accepted);
        }
        m_unanswered += step.completed;
        completedAny = completedAny || step.completed > 0;
        if (step.error) {
            qCInfo(lcNet, "Refused a request from %s: HTTP %d", qUtf8Printable(m_client->peerAddress().toString()),
                   statusOf(*step.error));
            refuse(refusalFor(*step.error));
            return;
        }
        if (step.accepted < bytes.size())
            break; // waiting for the answer to an upgrade request
    }
    armDeadline(completedAny);
}

// Passes on what the server answered while the client keeps up, counting the answers.
void GuardedConnection::readServer()
{
    if (m_waiting == Wait::Lingering)
        return;
    while (m_closing || m_client->bytesToWrite() < bufferedHighWater) {
        const QByteArray bytes = m_relay->read(readChunk);
        if (bytes.isEmpty())
            break;
        const HttpFramer::Step step = m_responses.feed(bytes);
        m_client->write(bytes);
        m_unanswered -= step.completed;
        if (step.error) {
            qCWarning(lcNet, "The server's answer could not be framed; closing the connection");
            m_closing = true;
        }
    }
    if (m_responses.switchedProtocols() && m_requests.phase() == HttpFramer::Phase::AwaitingUpgradeAnswer) {
        m_requests.switchToTunnel();
        readClient();
    }
    if (m_responses.refusedUpgrade() && m_responses.phase() == HttpFramer::Phase::BetweenMessages)
        m_closing = true; // QHttpServer does not read on after refusing an upgrade
    if (!m_refusal.isEmpty())
        sendRefusalOnceAnswered();
    else if (m_closing)
        m_client->disconnectFromHost();
    else
        m_relay->setReading(m_client->bytesToWrite() < bufferedHighWater); // the client's bytesWritten resumes it
    armDeadline();
}

void GuardedConnection::serverClosed()
{
    m_closing = true;
    readServer();
}

void GuardedConnection::refuse(QByteArray answer)
{
    m_refusal = std::move(answer);
    sendRefusalOnceAnswered();
    armDeadline();
}

void GuardedConnection::sendRefusalOnceAnswered(bool evenIfUnanswered)
{
    if (m_unanswered > 0 && !evenIfUnanswered)
        return;
    m_client->write(m_refusal);
    m_refusal.clear();
    linger();
}

// After a refusal, the client may still be sending: what it sends is read and dropped until it has been quiet for
// a moment (at most for lingerTime or lingerBytes), so that the refusal is not lost to a reset; then the connection
// ends.
void GuardedConnection::linger()
{
    m_closing = true;
    disconnect(m_relay, nullptr, this, nullptr);
    m_relay->close();
    disconnect(m_client, &QIODevice::readyRead, this, nullptr);
    m_lingering.start();
    const auto drop = [this] {
        m_dropped += m_client->skip(m_client->bytesAvailable());
        if (m_lingering.hasExpired(lingerTime.count()) || m_dropped > lingerBytes) {
            m_client->abort();
            end();
            return;
        }
        m_deadline.start(quietTime);
    };
    connect(m_client, &QIODevice::readyRead, this, drop);
    m_waiting = Wait::Lingering;
    drop();
}

void GuardedConnection::end()
{
    m_deadline.stop();
    if (m_relay) {
        disconnect(m_relay, nullptr, this, nullptr);
        m_relay->close();
    }
    disconnect(m_client, nullptr, this, nullptr);
    Q_EMIT finished();
}

// One deadline at a time, for what the connection is waiting on; progress within a head or a body does not extend
// it (a client sending a byte now and then is still a slow client), a new request does.
void GuardedConnection::armDeadline(bool restart)
{
    if (m_waiting == Wait::Lingering)
        return;
    Wait wanted = Wait::Nothing;
    if (!m_refusal.isEmpty())
        wanted = Wait::Answers;
    else if (m_requests.inHead())
        wanted = Wait::Head;
    else if (m_requests.inBody())
        wanted = Wait::Body;
    else if (m_requests.phase() == HttpFramer::Phase::BetweenMessages && m_unanswered == 0 && !m_closing)
        wanted = Wait::Idle;
    if (wanted == m_waiting && !restart)
        return;
    m_waiting = wanted;
    if (wanted == Wait::Nothing)
        m_deadline.stop();
    else
        m_deadline.start(duration(wanted));
}

std::chrono::milliseconds GuardedConnection::duration(Wait wait) const
{
    switch (wait) {
    case Wait::Head:
        return m_limits.headerTimeout;
    case Wait::Body:
        return m_limits.bodyTimeout;
    case Wait::Answers:
        return answerGrace;
    case Wait::Lingering:
        return lingerTime;
    default:
        return m_limits.idleTimeout;
    }
}

void GuardedConnection::deadlinePassed()
{
    switch (m_waiting) {
    case Wait::Head:
    case Wait::Body:
        qCInfo(lcNet, "A request from %s did not arrive in time", qUtf8Printable(m_client->peerAddress().toString()));
        m_waiting = Wait::Nothing;
        refuse(requestTimeoutRefusal());
        return;
    case Wait::Answers:
        sendRefusalOnceAnswered(true);
        return;
    case Wait::Lingering:
        if (m_client->bytesToWrite() > 0 && !m_lingering.hasExpired(lingerTime.count())) {
            m_deadline.start(quietTime); // the refusal is still going out
            return;
        }
        m_client->abort();
        end();
        return;
    default:
        m_client->disconnectFromHost(); // idle
        return;
    }
}

} // namespace regiekamer::server::net
