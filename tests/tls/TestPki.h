#pragma once

#include "base/Result.h"

#include <QString>

// A throwaway PKI made with the openssl command line for the TLS tests: a test CA (EC P-256) and a server
// certificate it issued for localhost and 127.0.0.1, shaped like one an operator would get from a real CA.
struct TestPki
{
    QString caCertificateFile;
    QString certificateFile; // the server's leaf certificate
    QString keyFile; // its private key, unencrypted PEM
};

regiekamer::Result<TestPki> makeTestPki(const QString &directory);

// For the pinning tests (tst_certificate_pinning, docs/transport.md), all for localhost and 127.0.0.1, EC P-256:
// - authority: self-signed and a CA (keyCertSign), what a person may pin for a server that presents it;
// - issued: a server certificate that authority issued for another key: it verifies against a trust store holding
//   only the authority, yet it is not the pinned certificate;
// - stranger: another self-signed certificate, as a new server (or an impostor) would make.
struct PinningPki
{
    QString authorityCertificateFile;
    QString authorityKeyFile;
    QString issuedCertificateFile;
    QString issuedKeyFile;
    QString strangerCertificateFile;
    QString strangerKeyFile;
};

regiekamer::Result<PinningPki> makePinningPki(const QString &directory);
