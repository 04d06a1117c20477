#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QString>

// Takes a server's place on its address for the pinning tests, as a proxy or a rogue host would: it completes TLS
// handshakes with its own certificate and keeps every byte a client sent after the handshake, decrypted (where an
// upgrade request or a bearer token would show up).
class TlsImpostor : public QObject
{
public:
    // False (with a warning) when the port cannot be taken or the files do not load.
    bool listen(int port, const QString &certificateFile, const QString &keyFile);
    int connections() const; // TCP connections whose handshake started
    QByteArray received() const; // application data of all connections

private:
    QSslServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};
