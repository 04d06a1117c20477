#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>

namespace regiekamer::client {

// The one place that configures a client TLS connection (HTTPS requests and the event WebSocket, both through
// CertificateCheck::configurationFor): the protocol, suites and groups of tls::applyModernPolicy
// (common/TlsPolicy.h), and the peer is always verified. The trusted roots are the certificate the user pinned for
// this server and nothing else, or, for a server without a pin, the system CAs: a proxy that the system trusts
// cannot complete a handshake in place of a pinned server. Peer verification is never switched off and errors are
// never ignored.
QSslConfiguration clientTlsConfiguration(const std::optional<QSslCertificate> &pinned);

} // namespace regiekamer::client
