#include "net/ClientTls.h"

#include "crypto/TlsPolicy.h"

namespace regiekamer::client {

QSslConfiguration clientTlsConfiguration(const QList<QSslCertificate> &userTrusted)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    tls::applyModernPolicy(configuration);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Setting CA certificates turns off OpenSSL's on-demand loading of the system roots, so they are added
    // explicitly; reading them once per process is enough.
    static const QList<QSslCertificate> systemAuthorities = QSslConfiguration::systemCaCertificates();
    QList<QSslCertificate> authorities = systemAuthorities;
    authorities += userTrusted;
    configuration.setCaCertificates(authorities);
    return configuration;
}

} // namespace regiekamer::client
