#pragma once

#include "base/Result.h"
#include "net/CertificateInfo.h"

#include <QUrl>

#include <optional>

namespace regiekamer::client {

// Self-signed server certificates the user trusted after comparing fingerprints, one per "host:port"
// (like SSH's known_hosts). Stored in the client settings as PEM plus SHA-256 fingerprint under a hash of
// "host:port" (TrustStore.cpp): no server names in the settings' keys or values, except inside the certificate.
class TrustStore
{
public:
    enum class Verdict { Unknown, Trusted, Changed };

    static QString serverKey(const QUrl &server); // "host:port" ("[::1]:8443" for IPv6)
    // The certificate of a stored pin (its PEM and recorded fingerprint); nullopt when the PEM does not parse or no
    // longer matches the fingerprint.
    static std::optional<QSslCertificate> fromStored(const QByteArray &pem, const QString &fingerprint);

    std::optional<QSslCertificate> lookup(const QString &server) const;
    QString pinnedFingerprint(const QString &server) const; // empty when none
    Verdict check(const QString &server, const QSslCertificate &presented) const;
    Status trust(const QString &server, const QSslCertificate &certificate);
    void forget(const QString &server);
    // The stored pins' names: opaque hashes (an older version's pins: the hex of "host:port"). forget() takes them.
    QStringList servers() const;
};

} // namespace regiekamer::client
