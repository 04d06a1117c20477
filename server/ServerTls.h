#pragma once

#include "CertificateStore.h"

#include <QSslConfiguration>

namespace regiekamer::server {

// The ONE place that decides how a server TLS socket is configured: TLS 1.3 only (Mozilla "modern"), HTTP/1.1 over
// ALPN, OpenSSL's default TLS 1.3 suites (AES-GCM, ChaCha20-Poly1305) and groups.
QSslConfiguration serverTlsConfiguration(const ServerIdentity &identity);

} // namespace regiekamer::server
