#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace regiekamer::client {

// The one place that configures a client TLS connection (HTTPS requests and the event WebSocket): the protocol,
// suites and groups of tls::applyModernPolicy (common/TlsPolicy.h), the peer is always verified, trusted roots are
// the system CAs plus the certificates the user explicitly trusted for this server. Peer verification is never
// switched off and errors are never ignored.
QSslConfiguration clientTlsConfiguration(const QList<QSslCertificate> &userTrusted);

} // namespace regiekamer::client
