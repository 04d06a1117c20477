#pragma once

#include "base/Result.h"

#include <QByteArray>

#include <optional>

namespace regiekamer::crypto {

// Published test vectors of the primitives the facade relies on.
enum class KnownAnswer {
    AesGcm, // McGrew–Viega GCM spec, test case 15 (AES-256, 96-bit IV, no associated data)
    HkdfSha256, // RFC 5869 test case 1
    HmacSha256, // RFC 4231 test case 2
    Argon2id, // RFC 9106 §5.3
};

// The published output of a vector (for AES-GCM: ciphertext | tag).
QByteArray publishedAnswer(KnownAnswer vector);

// Computes the vector and compares it with `expected`, the published answer when not given.
Status checkKnownAnswer(KnownAnswer vector, const std::optional<QByteArray> &expected = std::nullopt);

// Start-up check of the whole facade: the qca-ossl provider and its features, every known answer, an Aead
// round trip, a flipped byte rejected and a ciphertext in the wrong context refused. Needs a live
// QCA::Initializer. Messages are for the operator's log and contain no secrets.
Status selfTest();

} // namespace regiekamer::crypto
