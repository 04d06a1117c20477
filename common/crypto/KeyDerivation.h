#pragma once

#include <QtCrypto>

#include <QByteArray>
#include <QByteArrayView>

namespace regiekamer::crypto {

// HKDF-SHA256 (RFC 5869) through QCA: `length` bytes from `key`; empty if QCA cannot (length over 8160 or 0).
QCA::SecureArray hkdfSha256(const QCA::SecureArray &key, QByteArrayView salt, QByteArrayView info, int length);

// HMAC-SHA256 through QCA, e.g. for a keyed blind index; empty on failure. The MAC is not secret.
QByteArray hmacSha256(const QCA::SecureArray &key, QByteArrayView message);

// `bytes` bytes from QCA's random generator (qca-ossl: OpenSSL's CSPRNG).
QCA::SecureArray randomKey(int bytes = 32);

} // namespace regiekamer::crypto
