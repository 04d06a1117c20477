#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

#include <chrono>

// One TLS connection to a test server on which a test writes raw HTTP bytes, as an attacker's tool would, and reads
// what comes back. Trusts what ApiRequests::tls() trusts.
class RawHttpsClient
{
public:
    // `from`: the loopback address to connect from (127.0.0.2, ... stand for other clients), or any.
    RawHttpsClient(const QSslConfiguration &tls, int port, const QHostAddress &from = {});

    // Connects and completes the TLS handshake within `timeout`.
    bool open(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void send(const QByteArray &bytes);
    // Writes `total` bytes of filler as fast as the connection takes them, until sent or the server ends the
    // connection; returns how many bytes went out.
    qint64 push(qint64 total, std::chrono::milliseconds timeout);
    // One step of a push that runs beside others: writes a piece of filler when the connection has taken the last
    // one, without waiting; returns the bytes written so far.
    qint64 pushStep(qint64 total);
    // Reads until one whole answer (head and Content-Length body) is in, the connection ends or time runs out.
    // Returns its status, 0 when none came; the answer's body in *body.
    int readAnswer(QByteArray *body = nullptr, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The same, with the answer's head (status line and headers, without the blank line) in *head.
    int readAnswer(QByteArray *head, QByteArray *body, std::chrono::milliseconds timeout);
    // True when the server ends the connection within `timeout`.
    bool waitClosed(std::chrono::milliseconds timeout);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted(); }

private:
    QSslSocket m_socket;
    QByteArray m_received;
    qint64 m_pushed = 0;
    int m_port;
};
