#pragma once

#include <span>

namespace regiekamer::crypto {

// Fills `out` with fresh bytes from OpenSSL's CSPRNG for a public nonce; false if the generator failed.
// One RAND_bytes call costs about 2 µs whatever its size, so each thread draws a batch and hands it out once;
// a forked child discards its inherited batch so parent and child never use the same nonce.
bool randomNonce(std::span<unsigned char> out);

} // namespace regiekamer::crypto
