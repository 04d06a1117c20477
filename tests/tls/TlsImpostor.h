#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QString>

// Takes a server's place on its address for the pinning tests, as a proxy or a rogue host would: it completes TLS
// handshakes with its own certificate and keeps every byte a client sent after the handshake, decrypted (where an
// upgrade request or a bearer token would show up). While held, it accepts TCP connections but leaves their
// handshakes waiting until release(), as a slow network would.
class TlsImpostor : public QObject
{
public:
    // False (with a warning) when the port cannot be taken or the files do not load. Port 0: any free port.
    bool listen(int port, const QString &certificateFile, const QString &keyFile);
    int port() const;
    void hold();
    void release(); // starts the waiting handshakes; later connections are served at once
    int waiting() const; // TCP connections held before their handshake
    int connections() const; // TCP connections whose handshake started
    int handshakesEnded() const; // handshakes that ended, completed or failed
    QByteArray received() const; // application data of all connections

private:
    class Server : public QSslServer
    {
    public:
        bool held = false;
        QList<qintptr> waiting;
        void serve(qintptr descriptor) { QSslServer::incomingConnection(descriptor); }

    protected:
        void incomingConnection(qintptr descriptor) override;
    };

    Server m_server;
    int m_connections = 0;
    int m_handshakesEnded = 0;
    QByteArray m_received;
};
