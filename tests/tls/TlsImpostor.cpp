#include "TlsImpostor.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

#include <utility>

void TlsImpostor::Server::incomingConnection(qintptr descriptor)
{
    if (held)
        waiting.append(descriptor);
    else
        serve(descriptor);
}

bool TlsImpostor::listen(int port, const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
    QFile keyData(keyFile);
    if (certificates.size() != 1 || !keyData.open(QIODevice::ReadOnly)) {
        qWarning("impostor: cannot read %s or %s", qPrintable(certificateFile), qPrintable(keyFile));
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(QSslKey(&keyData, QSsl::Ec));
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        ++m_connections;
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
    });
    const auto ended = [this] { ++m_handshakesEnded; };
    connect(&m_server, &QSslServer::errorOccurred, this, ended);
    connect(&m_server, &QSslServer::sslErrors, this, ended);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, ended);
    if (!m_server.listen(QHostAddress::LocalHost, static_cast<quint16>(port))) {
        qWarning("impostor: cannot listen on port %d: %s", port, qPrintable(m_server.errorString()));
        return false;
    }
    return true;
}

int TlsImpostor::port() const
{
    return m_server.serverPort();
}

void TlsImpostor::hold()
{
    m_server.held = true;
}

void TlsImpostor::release()
{
    m_server.held = false;
    const QList<qintptr> waiting = std::exchange(m_server.waiting, {});
    for (const qintptr descriptor : waiting)
        m_server.serve(descriptor);
}

int TlsImpostor::waiting() const
{
    return int(m_server.waiting.size());
}

int TlsImpostor::connections() const
{
    return m_connections;
}

int TlsImpostor::handshakesEnded() const
{
    return m_handshakesEnded;
}

QByteArray TlsImpostor::received() const
{
    return m_received;
}
