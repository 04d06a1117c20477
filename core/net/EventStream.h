#pragma once

#include "net/CertificateCheck.h"
#include "protocol/Event.h"
#include "protocol/Session.h"

#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace regiekamer::client {

// The live push channel (wss://…/api/v1/events). Opens with the bearer header of the request and the TLS
// configuration and certificate check of the HTTPS requests (CertificateCheck, shared with ApiClient), and
// reconnects with exponential backoff (1 s … 30 s) until stop() is called or a certificate is refused. Every
// attempt is a new QWebSocket, whose handshake is checked before the upgrade request leaves (StreamHandshake).
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit EventStream(std::shared_ptr<CertificateCheck> check, QObject *parent = nullptr);
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
    // The server's certificate was refused before anything was sent (also the check's lastProblem()); the stream
    // stopped and does not retry.
    void certificateRefused(const regiekamer::client::CertificateProblem &problem);

private:
    void open();
    void replaceSocket();
    void dropSocket();
    void refuse(const CertificateProblem &problem);
    void onSocketStateChanged();
    void onTextMessage(const QString &message);
    void setState(State state);

    std::shared_ptr<CertificateCheck> m_check;
    QWebSocket *m_socket = nullptr;
    QTimer m_retryTimer;
    QNetworkRequest m_request;
    State m_state = State::Stopped;
    int m_failures = 0;
    bool m_wasConnected = false;
};

} // namespace regiekamer::client
