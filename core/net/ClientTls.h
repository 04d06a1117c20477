#pragma once

#include <QSslConfiguration>

namespace regiekamer::client {

enum class PeerTrust {
    SystemAuthorities, // a server nobody pinned: verified against the system CAs
    PinnedCertificate, // a pinned server: no root at all, see clientTlsConfiguration
};

// The one place that configures a client TLS connection (HTTPS requests and the event WebSocket, both through
// CertificateCheck::configurationFor): the protocol, suites and groups of tls::applyModernPolicy
// (common/TlsPolicy.h), and the peer is always verified. Peer verification is never switched off.
//
// A pinned server gets no trusted root, not even its pinned certificate: every handshake with it then ends in
// verification errors, and CertificateCheck::verdict accepts those only for the pinned certificate itself. As a root,
// the pinned certificate would also vouch for certificates it issued, and a connection that verified would reach
// the request unchecked whenever Qt opened it ahead of the request (QNetworkAccessManager emits encrypted() only for
// a connection that has a request when its handshake ends; an idle one carries the next request unasked). With
// errors, Qt asks about every connection (sslErrors) or drops it.
QSslConfiguration clientTlsConfiguration(PeerTrust trust);

} // namespace regiekamer::client
