#pragma once

#include "protocol/Event.h"
#include "protocol/Session.h"

#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace regiekamer::client {

// The live push channel (wss://…/api/v1/events). Opens with the bearer header and the client TLS configuration
// carried by the request, and reconnects with exponential backoff (1 s … 30 s) until stop() is called.
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    void start(const QNetworkRequest &request);
    void stop();
    State state() const;
    int reconnectDelayMs() const;

Q_SIGNALS:
    void stateChanged(regiekamer::client::EventStream::State state);
    void helloReceived(const regiekamer::api::UserInfo &user);
    void eventReceived(const regiekamer::api::Event &event);
    // The server closed the stream or the connection dropped (a reconnect is already scheduled).
    void connectionLost();

private:
    void open();
    void onSocketStateChanged();
    void onTextMessage(const QString &message);
    void setState(State state);

    QWebSocket *m_socket;
    QTimer m_retryTimer;
    QNetworkRequest m_request;
    State m_state = State::Stopped;
    int m_failures = 0;
    bool m_wasConnected = false;
};

} // namespace regiekamer::client
