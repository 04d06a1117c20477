#include "net/EventStream.h"

#include "net/NetLogging.h"
#include "net/StreamHandshake.h"
#include "protocol/EventTypes.h"

#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

EventStream::EventStream(std::shared_ptr<CertificateCheck> check, QObject *parent)
    : QObject(parent)
    , m_check(std::move(check))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::open);
}

EventStream::~EventStream()
{
    m_state = State::Stopped;
    dropSocket();
}

void EventStream::start(const QNetworkRequest &request)
{
    m_request = request;
    m_failures = 0;
    open();
}

void EventStream::stop()
{
    m_retryTimer.stop();
    setState(State::Stopped);
    dropSocket();
}

EventStream::State EventStream::state() const
{
    return m_state;
}

int EventStream::reconnectDelayMs() const
{
    return std::min(30000, 1000 << std::min(m_failures, 5));
}

void EventStream::open()
{
    setState(m_failures == 0 ? State::Connecting : State::Reconnecting);
    m_wasConnected = false;
    replaceSocket();
    // Read again at every attempt: the trust in the server may have changed since the last one.
    m_socket->setSslConfiguration(m_check->configurationFor(m_request.url()));
    m_socket->open(m_request);
    const bool checked = checkStreamHandshake(*m_socket, m_check, TrustStore::serverKey(m_request.url()),
                                              [this](const CertificateProblem &problem) { refuse(problem); });
    if (!checked) {
        qCCritical(lcNet, "Event stream not opened: its server certificate cannot be checked before sending");
        m_socket->abort(); // counts as a failed attempt: retried with backoff, never connected unchecked
    }
}

void EventStream::replaceSocket()
{
    dropSocket();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::stateChanged, this, &EventStream::onSocketStateChanged);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onTextMessage);
}

void EventStream::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

// Runs inside the TLS socket's sslErrors() or encrypted(), while the upgrade request is still unsent: abort()
// drops it (close() would flush it first).
void EventStream::refuse(const CertificateProblem &problem)
{
    m_check->record(problem);
    m_retryTimer.stop();
    setState(State::Stopped);
    if (m_socket)
        m_socket->abort();
    Q_EMIT certificateRefused(problem);
}

void EventStream::onSocketStateChanged()
{
    if (m_state == State::Stopped)
        return;
    const auto socketState = m_socket->state();
    if (socketState == QAbstractSocket::ConnectedState) {
        m_wasConnected = true;
        return; // Connected once the server said hello.
    }
    if (socketState != QAbstractSocket::UnconnectedState)
        return;
    const bool lost = m_wasConnected;
    m_wasConnected = false;
    setState(State::Reconnecting);
    qCWarning(lcNet, "Event stream %s (%s); retrying in %d ms", lost ? "lost" : "not connected",
              qUtf8Printable(m_socket->errorString()), reconnectDelayMs());
    m_retryTimer.start(reconnectDelayMs());
    ++m_failures;
    if (lost || m_failures == 1)
        Q_EMIT connectionLost();
}

void EventStream::onTextMessage(const QString &message)
{
    const auto event = api::Event::fromFrame(message.toUtf8());
    if (!event)
        return;
    if (event->type == QString::fromLatin1(api::event::hello)) {
        if (const auto user = api::UserInfo::fromJson(event->data.value(u"user"_s).toObject())) {
            m_failures = 0;
            qCInfo(lcNet, "Event stream connected");
            setState(State::Connected);
            Q_EMIT helloReceived(*user);
        }
        return;
    }
    Q_EMIT eventReceived(*event);
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace regiekamer::client
