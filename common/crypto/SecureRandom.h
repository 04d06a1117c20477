#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace regiekamer::crypto {

// Bytes and strings from the operating system's CSPRNG (OpenSSL RAND_bytes). For secrets only.
namespace secureRandom {

Result<QByteArray> bytes(qsizetype count);
// 32 random bytes, base64url without padding: a bearer token with 256 bits of entropy.
Result<QString> token();
// A password of `groups` groups of 5 characters from an unambiguous alphabet, separated by '-'.
Result<QString> password(int groups = 4);

} // namespace secureRandom
} // namespace regiekamer::crypto
