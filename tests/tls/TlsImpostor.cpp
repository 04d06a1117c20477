#include "TlsImpostor.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

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
    if (!m_server.listen(QHostAddress::LocalHost, static_cast<quint16>(port))) {
        qWarning("impostor: cannot listen on port %d: %s", port, qPrintable(m_server.errorString()));
        return false;
    }
    return true;
}

int TlsImpostor::connections() const
{
    return m_connections;
}

QByteArray TlsImpostor::received() const
{
    return m_received;
}
