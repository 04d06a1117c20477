#pragma once

#include "base/Result.h"
#include "net/CertificateProblem.h"
#include "net/ClientErrors.h"
#include "net/TrustStore.h"

#include <QSslError>

#include <optional>

namespace regiekamer::client {

// Decides what a failed verification means: an unknown self-signed certificate (may be trusted), a changed
// certificate for a server trusted earlier (refused), or another failure (refused). Never ignores errors.
CertificateProblem classifySslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                                     const TrustStore &store, const QString &server);

// After a successful handshake: a pinned server must still present its pinned certificate, even when the new one
// would verify against a public CA. Returns the problem when it does not.
std::optional<CertificateProblem> checkPinnedCertificate(const QSslCertificate &peer, const TrustStore &store,
                                                         const QString &server);

// The translated error for a certificate problem (codes in ClientErrors.h).
Error certificateError(const CertificateProblem &problem);

} // namespace regiekamer::client
