// Certificates and pins as the desktop reads them: a server certificate presented in a handshake (DER) or read
// from a stored pin (PEM) becomes a CertificateInfo with its SHA-256 fingerprint, grouped for display, and is
// classified against the trust store (CertificateCheck); a stored pin (PEM plus recorded fingerprint) goes through
// TrustStore::fromStored. The first byte picks the form; for a pin, the input's first line is the fingerprint.
#include "FuzzSupport.h"

#include "net/CertificateCheck.h"
#include "net/CertificateInfo.h"
#include "net/TrustStore.h"

#include <QSslError>

namespace {

using namespace regiekamer;
using namespace Qt::StringLiterals;

const QString server = u"regiekamer.test:8443"_s;

void present(const QByteArray &bytes, QSsl::EncodingFormat format)
{
    const QSslCertificate certificate(bytes, format);
    const auto info = client::CertificateInfo::fromCertificate(certificate);
    if (info.isNull())
        return;
    fuzz::require(info.fingerprint.size() == 32 * 3 - 1, "a SHA-256 fingerprint of another length");
    fuzz::require(client::groupedFingerprint(info.fingerprint).count(u'\n') == 3, "a fingerprint not in 4 lines");
    const client::TrustStore store;
    const auto problem = client::classifySslErrors({QSslError(QSslError::SelfSignedCertificate, certificate)},
                                                   certificate, store, server);
    fuzz::require(problem.presented.fingerprint == info.fingerprint, "the problem names another certificate");
    static_cast<void>(client::certificateError(problem));
    static_cast<void>(client::checkPinnedCertificate(certificate, store, server));
}

void pinned(const QByteArray &bytes)
{
    const qsizetype lineEnd = bytes.indexOf('\n');
    const QString fingerprint = QString::fromUtf8(bytes.first(std::max<qsizetype>(0, lineEnd)));
    const QByteArray pem = lineEnd < 0 ? bytes : bytes.sliced(lineEnd + 1);
    const auto certificate = client::TrustStore::fromStored(pem, fingerprint);
    if (certificate)
        fuzz::require(client::sha256Fingerprint(*certificate) == fingerprint,
                      "a pin accepted with another fingerprint");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Input input(data, size);
    const quint8 form = input.take() % 4;
    const QByteArray bytes = input.rest();
    if (form == 0)
        present(bytes, QSsl::Der);
    else if (form == 1)
        present(bytes, QSsl::Pem);
    else if (form == 2)
        pinned(bytes);
    else
        static_cast<void>(client::groupedFingerprint(QString::fromUtf8(bytes)));
    return 0;
}
