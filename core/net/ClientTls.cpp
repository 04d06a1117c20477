#include "net/ClientTls.h"

#include "crypto/TlsPolicy.h"

namespace regiekamer::client {

QSslConfiguration clientTlsConfiguration(PeerTrust trust)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    tls::applyModernPolicy(configuration);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (trust == PeerTrust::PinnedCertificate) {
        configuration.setCaCertificates({});
        return configuration;
    }
    // Setting CA certificates turns off OpenSSL's on-demand loading of the system roots, so they are set
    // explicitly; reading them once per process is enough.
    static const QList<QSslCertificate> systemAuthorities = QSslConfiguration::systemCaCertificates();
    configuration.setCaCertificates(systemAuthorities);
    return configuration;
}

} // namespace regiekamer::client
