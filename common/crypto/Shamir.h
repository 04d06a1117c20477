#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QList>

namespace regiekamer::crypto {

// Shamir's secret sharing over GF(256) through Debian's libgfshare: a secret is split into n shares of which any k
// give it back and k - 1 reveal nothing about it. A share is the index byte (1..n, the x coordinate) followed by as
// many bytes as the secret has (33 bytes for the 32-byte unseal key of the sealed server, docs/keys.md).
namespace shamir {

inline constexpr int maxShares = 16;

// n shares of `secret`, k of them needed (2 <= k <= n <= maxShares), each in secure memory; the coefficients come
// from OpenSSL's CSPRNG. Fails on a bad k or n or an empty secret.
Result<QList<QCA::SecureArray>> split(const QCA::SecureArray &secret, int k, int n);

// The secret from shares of one split. Refuses what it can tell is wrong: fewer than two shares, shares of
// different lengths, an index 0 or an index given twice. It cannot tell k - 1 shares (or shares of another split)
// from k: those give a different secret, which the caller's authenticated decryption then refuses.
Result<QCA::SecureArray> combine(const QList<QCA::SecureArray> &shares);
// The same, refusing fewer than `threshold` shares first (the threshold is known from the share files).
Result<QCA::SecureArray> combine(const QList<QCA::SecureArray> &shares, int threshold);

} // namespace shamir
} // namespace regiekamer::crypto
