#pragma once

#include "base/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace regiekamer::server {

struct ServerIdentity
{
    QList<QSslCertificate> chain; // leaf first
    QSslKey key;

    // SHA-256 of the leaf certificate, "AB:CD:..." (32 upper-case hex pairs).
    QString fingerprint() const;
};

// The server's TLS identity. Embedded mode: a self-signed EC P-256 certificate in the data dir, created on first
// start and reused afterwards. Operator mode: PEM certificate (chain) and key files.
// The certificate is made with OpenSSL's X509 API: QCA 2.3.10's qca-ossl writes IP subjectAltNames wrongly
// (0.0.0.0, only one), which would break name verification for 127.0.0.1 / ::1.
namespace certificateStore {

inline constexpr auto certificateFileName = "server-certificate.pem";
inline constexpr auto keyFileName = "server-key.pem";

Result<ServerIdentity> loadOrCreate(const QString &dataDir, const QString &listenHost);
Result<ServerIdentity> load(const QString &certificateFile, const QString &keyFile);

} // namespace certificateStore
} // namespace regiekamer::server
