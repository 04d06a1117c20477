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
