#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QtCrypto>

#include <optional>

namespace regiekamer::crypto {

// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) with HMAC-SHA1 through QCA: what authenticator apps
// show for an otpauth://totp URI with the defaults (SHA1, 6 digits, 30 s).
namespace totp {

inline constexpr int periodSeconds = 30;
inline constexpr int digits = 6;
inline constexpr int secretBytes = 20; // 160 bits, RFC 4226's recommendation for HMAC-SHA1

// The time step of a moment: floor(unix seconds / 30).
qint64 stepAt(const QDateTime &time);
// The code of one step, zero-padded to `digitCount` digits (RFC 4226 §5.3 dynamic truncation).
QString code(const QCA::SecureArray &secret, qint64 step, int digitCount = digits);

// RFC 4648 base32 (upper case, no padding), as otpauth:// URIs carry secrets.
QString base32Encode(QByteArrayView bytes);
// Ignores spaces and case; nullopt for a character outside the alphabet.
std::optional<QCA::SecureArray> base32Decode(QStringView text);

} // namespace totp
} // namespace regiekamer::crypto
