#include "net/CertificateCheck.h"

#include "net/ClientTls.h"
#include "net/NetLogging.h"

#include <QCoreApplication>

#include <algorithm>

namespace regiekamer::client {
namespace {

QSslCertificate presentedCertificate(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    if (!peer.isNull())
        return peer;
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull())
            return error.certificate();
    }
    return QSslCertificate();
}

// OpenSSL reports "self-signed" only for a certificate that issued itself; a self-signed server certificate
// need not pass QSslCertificate::isSelfSigned(), which also demands the keyCertSign usage.
bool onlySelfSignedErrors(const QList<QSslError> &errors)
{
    bool selfSigned = false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
            selfSigned = true;
            break;
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    }
    return selfSigned;
}

// The errors a handshake with the pinned self-signed certificate itself ends in (ClientTls trusts no root for a
// pinned server), and only those: every error names that certificate.
bool onlyErrorsOfPinnedCertificate(const QList<QSslError> &errors, const QString &pinnedFingerprint)
{
    if (pinnedFingerprint.isEmpty() || !onlySelfSignedErrors(errors))
        return false;
    return std::ranges::all_of(errors, [&pinnedFingerprint](const QSslError &error) {
        return sha256Fingerprint(error.certificate()) == pinnedFingerprint;
    });
}

const char *kindName(CertificateProblem::Kind kind)
{
    switch (kind) {
    case CertificateProblem::Kind::Untrusted:
        return "not trusted yet";
    case CertificateProblem::Kind::Changed:
        return "changed since it was trusted";
    case CertificateProblem::Kind::Invalid:
        return "invalid";
    }
    return "refused";
}

} // namespace

CertificateProblem classifySslErrors(const QList<QSslError> &errors, const QSslCertificate &peer,
                                     const TrustStore &store, const QString &server)
{
    CertificateProblem problem;
    problem.server = server;
    problem.presented = CertificateInfo::fromCertificate(presentedCertificate(errors, peer));
    for (const QSslError &error : errors)
        problem.errors << error.errorString();
    problem.pinnedFingerprint = store.pinnedFingerprint(server);
    if (!problem.pinnedFingerprint.isEmpty() && problem.pinnedFingerprint != problem.presented.fingerprint)
        problem.kind = CertificateProblem::Kind::Changed;
    else if (problem.pinnedFingerprint.isEmpty() && onlySelfSignedErrors(errors))
        problem.kind = CertificateProblem::Kind::Untrusted;
    else
        problem.kind = CertificateProblem::Kind::Invalid;
    return problem;
}

std::optional<CertificateProblem> checkPinnedCertificate(const QSslCertificate &peer, const TrustStore &store,
                                                         const QString &server)
{
    if (store.check(server, peer) != TrustStore::Verdict::Changed)
        return std::nullopt;
    CertificateProblem problem;
    problem.kind = CertificateProblem::Kind::Changed;
    problem.server = server;
    problem.presented = CertificateInfo::fromCertificate(peer);
    problem.pinnedFingerprint = store.pinnedFingerprint(server);
    return problem;
}

Error certificateError(const CertificateProblem &problem)
{
    switch (problem.kind) {
    case CertificateProblem::Kind::Untrusted:
        return Error {QString::fromLatin1(errc::certificateUntrusted),
                      QCoreApplication::translate("CertificateCheck",
                                                  "The server %1 uses a certificate this computer does not trust "
                                                  "yet. Compare its fingerprint with the one in the server's log "
                                                  "before trusting it.")
                          .arg(problem.server)};
    case CertificateProblem::Kind::Changed:
        return Error {QString::fromLatin1(errc::certificateChanged),
                      QCoreApplication::translate("CertificateCheck",
                                                  "The certificate of %1 has changed. Trusted fingerprint: %2. "
                                                  "Presented fingerprint: %3. The connection was refused and "
                                                  "nothing was sent. Ask the server's operator whether the "
                                                  "certificate was replaced on purpose; only then remove the old "
                                                  "trust for this server and sign in again.")
                          .arg(problem.server, problem.pinnedFingerprint, problem.presented.fingerprint)};
    case CertificateProblem::Kind::Invalid:
        break;
    }
    return Error {QString::fromLatin1(errc::certificateInvalid),
                  QCoreApplication::translate("CertificateCheck",
                                              "The certificate of %1 is not valid (%2). The connection was "
                                              "refused. Ask the server's operator to fix the certificate.")
                      .arg(problem.server, problem.errors.join(QStringLiteral("; ")))};
}

QSslConfiguration CertificateCheck::configurationFor(const QUrl &server) const
{
    const bool pinned = m_trustStore.lookup(TrustStore::serverKey(server)).has_value();
    return clientTlsConfiguration(pinned ? PeerTrust::PinnedCertificate : PeerTrust::SystemAuthorities);
}

std::optional<CertificateProblem> CertificateCheck::verdict(const QString &server, const QSslCertificate &peer,
                                                            const QList<QSslError> &errors) const
{
    if (errors.isEmpty() || onlyErrorsOfPinnedCertificate(errors, m_trustStore.pinnedFingerprint(server)))
        return checkPinnedCertificate(presentedCertificate(errors, peer), m_trustStore, server);
    return classifySslErrors(errors, peer, m_trustStore, server);
}

void CertificateCheck::record(const CertificateProblem &problem)
{
    qCWarning(lcNet, "Connection to %s refused: its certificate is %s (SHA-256 %s)", qUtf8Printable(problem.server),
              kindName(problem.kind), qUtf8Printable(problem.presented.fingerprint));
    m_lastProblem = problem;
}

std::optional<CertificateProblem> CertificateCheck::lastProblem() const
{
    return m_lastProblem;
}

TrustStore &CertificateCheck::trustStore()
{
    return m_trustStore;
}

} // namespace regiekamer::client
