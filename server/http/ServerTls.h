#pragma once

#include "http/CertificateStore.h"

#include <QSslConfiguration>

namespace regiekamer::server {

// The ONE place that configures a server TLS socket: the protocol, suites and groups of tls::applyModernPolicy
// (common/TlsPolicy.h, Mozilla "modern": TLS 1.3 only), the server's identity, HTTP/1.1 over ALPN.
QSslConfiguration serverTlsConfiguration(const ServerIdentity &identity);

} // namespace regiekamer::server
