#include "net/EventStream.h"

#include "net/NetLogging.h"
#include "protocol/EventTypes.h"

#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

EventStream::EventStream(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::open);
    connect(m_socket, &QWebSocket::stateChanged, this, &EventStream::onSocketStateChanged);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onTextMessage);
}

EventStream::~EventStream()
{
    m_state = State::Stopped;
    m_socket->disconnect(this);
    m_socket->abort();
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
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
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
    m_socket->setSslConfiguration(m_request.sslConfiguration());
    m_socket->open(m_request);
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
