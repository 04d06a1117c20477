#pragma once

#include "Result.h"

namespace regiekamer::server {

// Checks at start that the crypto we rely on is present and correct: crypto::selfTest() (QCA with its OpenSSL
// provider, AES-256-GCM, HKDF, HMAC and Argon2id known answers, the Aead facade). Needs a live QCA::Initializer.
Status runCryptoSelfTest();

} // namespace regiekamer::server
