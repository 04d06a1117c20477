#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QByteArrayView>

namespace regiekamer::crypto {

struct Argon2Parameters
{
    quint32 memoryKiB = 19456; // OWASP minimum for Argon2id: m=19 MiB, t=2, p=1
    quint32 iterations = 2;
    quint32 lanes = 1;

    bool operator==(const Argon2Parameters &) const = default;
};

// Raw Argon2id (version 0x13, RFC 9106) through OpenSSL 3.2+'s EVP_KDF "ARGON2ID". secret and associatedData
// may be empty. Deliberately slow: do not call it on a thread that must stay responsive.
Result<QCA::SecureArray> argon2id(const QCA::SecureArray &password, QByteArrayView salt,
                                  const Argon2Parameters &parameters, int outputLength, QByteArrayView secret = {},
                                  QByteArrayView associatedData = {});

} // namespace regiekamer::crypto
