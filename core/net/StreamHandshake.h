#pragma once

#include "net/CertificateCheck.h"

#include <functional>
#include <memory>

class QWebSocket;

namespace regiekamer::client {

// Puts the TLS handshake of a QWebSocket that open() just started through CertificateCheck::verdict, before its
// upgrade request (which carries the bearer token) leaves the computer. QWebSocket writes that request as soon as
// TCP is connected; its QSslSocket holds it until the handshake ended and emits sslErrors() or encrypted() first.
// QWebSocket forwards neither at that moment with the peer certificate in hand, so the check listens on the
// QSslSocket that open() creates as the QWebSocket's child. On a problem, refused runs inside that signal; it must
// abort() the socket there (never close(), which would flush the request). Returns false when the socket has no
// such child, e.g. a Qt that works differently: the caller must then abort, never connect unchecked.
bool checkStreamHandshake(QWebSocket &socket, std::shared_ptr<const CertificateCheck> check, const QString &server,
                          std::function<void(const CertificateProblem &)> refused);

} // namespace regiekamer::client
