#pragma once

#include <QByteArray>

#include <optional>

// The size buckets of the offline cache's sealed plaintexts (attack review finding 16): every plaintext is padded
// before it is sealed, so a record's size on disk tells only its bucket, not its length. Buckets are the powers of
// two from 256 bytes to 64 KiB, then multiples of 64 KiB. The padding is one 0x80 byte and then zero bytes up to the
// bucket (ISO/IEC 7816-4); it is checked when read: the padded size must be the bucket of the unpadded length.
namespace regiekamer::client::cachepadding {

inline constexpr qsizetype smallestBucket = 256;
inline constexpr qsizetype largeStep = 64 * 1024;

// The bucket of a plaintext of `length` bytes (its padded size; always more than length).
qsizetype bucketFor(qsizetype length);
QByteArray pad(const QByteArray &plain);
// The plaintext again; nullopt when the padding is not exactly what pad() writes.
std::optional<QByteArray> unpad(const QByteArray &padded);

} // namespace regiekamer::client::cachepadding
