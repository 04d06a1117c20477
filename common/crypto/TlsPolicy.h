#pragma once

#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslEllipticCurve>
#include <QStringList>

namespace regiekamer::tls {

// Mozilla's "modern" server-side TLS profile, the only TLS policy of Regiekamer: every TLS socket of the client
// and of the server gets its protocol, cipher suites and key exchange groups from applyModernPolicy() and nowhere
// else. Certificates and peer verification stay with the caller.
inline constexpr QSsl::SslProtocol modernProtocol = QSsl::TlsV1_3OrLater;

// The TLS 1.3 AEAD suites in order of preference (OpenSSL and IANA use the same names for them).
QStringList modernCipherNames();
// Key exchange groups in order of preference (OpenSSL short names).
QStringList modernGroupNames();
// The hybrid post-quantum key exchange offered before the groups above when the TLS library has it (OpenSSL 3.5):
// a recording of today's traffic stays safe from a future quantum computer. Qt's curve API cannot name it, so it is
// set through the OpenSSL backend's "Groups" command.
inline constexpr auto postQuantumGroupName = "X25519MLKEM768";
bool postQuantumGroupAvailable();

// The suites and groups above as the TLS backend knows them; a name the backend lacks is left out.
QList<QSslCipher> modernCiphers();
QList<QSslEllipticCurve> modernGroups();

void applyModernPolicy(QSslConfiguration &configuration);

} // namespace regiekamer::tls
