#pragma once

#include "base/Result.h"
#include "net/CertificateProblem.h"
#include "net/ClientErrors.h"
#include "net/TrustStore.h"

#include <QSslConfiguration>
#include <QSslError>

#include <optional>

namespace regiekamer::client {

// Decides what a failed verification means: an unknown self-signed certificate (may be trusted), a changed
// certificate for a server trusted earlier (refused), or another failure (refused).
CertificateProblem classifySslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                                     const TrustStore &store, const QString &server);

// After a successful handshake: a pinned server must still present its pinned certificate, even when the new one
// verifies (say, issued by the pinned certificate, or by a public CA). Returns the problem when it does not.
std::optional<CertificateProblem> checkPinnedCertificate(const QSslCertificate &peer, const TrustStore &store,
                                                         const QString &server);

// The translated error for a certificate problem (codes in ClientErrors.h).
Error certificateError(const CertificateProblem &problem);

// The one certificate check of every TLS connection the desktop app opens: the HTTPS requests (ApiClient) and the
// event WebSocket (EventStream, through StreamHandshake). Each connection starts from configurationFor() and hands
// the end of its handshake to verdict() before the first byte of its request leaves; a problem stops the
// connection, and record() keeps it as the one the person is shown.
class CertificateCheck
{
public:
    // A pinned server is verified against no root at all, any other server against the system CAs (ClientTls).
    QSslConfiguration configurationFor(const QUrl &server) const;
    // The handshake with server ("host:port") ended: with the errors verification reported (sslErrors), or with none
    // (encrypted). Nothing when the connection may carry the request; the caller then ignores exactly these errors,
    // which for a pinned server are those of its pinned self-signed certificate and nothing else.
    std::optional<CertificateProblem> verdict(const QString &server, const QSslCertificate &peer,
                                              const QList<QSslError> &errors) const;
    // Logs the refusal (address and fingerprints only) and keeps it until the next one.
    void record(const CertificateProblem &problem);
    std::optional<CertificateProblem> lastProblem() const;
    TrustStore &trustStore();

private:
    TrustStore m_trustStore;
    std::optional<CertificateProblem> m_lastProblem;
};

} // namespace regiekamer::client
