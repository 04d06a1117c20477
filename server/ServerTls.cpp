#include "ServerTls.h"

namespace regiekamer::server {

QSslConfiguration serverTlsConfiguration(const ServerIdentity &identity)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_3OrLater);
    configuration.setLocalCertificateChain(identity.chain);
    configuration.setPrivateKey(identity.key);
    // Clients are not asked for certificates; they authenticate with a bearer token inside the TLS channel.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    configuration.setSslOption(QSsl::SslOptionDisableCompression, true);
    configuration.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);
    return configuration;
}

} // namespace regiekamer::server
