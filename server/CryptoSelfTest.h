#pragma once

#include "Result.h"

namespace regiekamer::server {

// Checks at start that the crypto we rely on is present and correct: QCA with its OpenSSL provider (sha256,
// aes256-gcm) and OpenSSL's Argon2id (RFC 9106 known answer). Needs a live QCA::Initializer.
Status runCryptoSelfTest();

} // namespace regiekamer::server
