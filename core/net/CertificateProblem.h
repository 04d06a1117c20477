#pragma once

#include "net/CertificateInfo.h"

#include <QStringList>

namespace regiekamer::client {

// Why a TLS connection to a server was refused, with what the person needs to decide.
struct CertificateProblem
{
    enum class Kind {
        Untrusted, // self-signed, not yet trusted: may be trusted after comparing the fingerprint
        Changed, // differs from the certificate trusted earlier for this server: refused
        Invalid, // fails verification for another reason (expired, wrong name, …): refused
    };

    Kind kind = Kind::Untrusted;
    QString server; // "host:port"
    CertificateInfo presented;
    QString pinnedFingerprint; // for Changed
    QStringList errors; // QSslError texts
};

} // namespace regiekamer::client
