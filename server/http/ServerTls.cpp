#include "http/ServerTls.h"

#include "crypto/TlsPolicy.h"

namespace regiekamer::server {

QSslConfiguration serverTlsConfiguration(const ServerIdentity &identity)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    tls::applyModernPolicy(configuration);
    configuration.setLocalCertificateChain(identity.chain);
    configuration.setPrivateKey(identity.key);
    // Clients are not asked for certificates; they authenticate with a bearer token inside the TLS channel.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    return configuration;
}

} // namespace regiekamer::server
