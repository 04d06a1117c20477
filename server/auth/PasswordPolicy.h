#pragma once

#include "base/Result.h"

#include <QtCrypto>

namespace regiekamer::server {

class PasswordHasher;

// The rule for a new password, the same wherever one is set (regiekamer-admin, the accounts API).
namespace passwordPolicy {

inline constexpr int minimumCharacters = 12;
inline constexpr int maximumBytes = 1024;

// Counts UTF-8 code points; rejects shorter than minimumCharacters, longer than maximumBytes, invalid UTF-8.
Status checkStrength(const QCA::SecureArray &password);

// checkStrength(), then Argon2id. The password is overwritten; no copy outlives the call.
Result<QString> hashNewPassword(const PasswordHasher &hasher, QString &password);

} // namespace passwordPolicy
} // namespace regiekamer::server
