#pragma once

#include "Result.h"

#include <QtCrypto>

namespace regiekamer::server {

// Reading and checking a new password for regiekamer-admin. Never from argv.
namespace passwordInput {

inline constexpr int minimumCharacters = 12;
inline constexpr int maximumBytes = 1024;

// From a terminal: prompts on stderr with echo off, twice, both must match. Otherwise one line from stdin.
Result<QCA::SecureArray> readNewPassword();
// Counts UTF-8 code points; rejects shorter than minimumCharacters, longer than maximumBytes, invalid UTF-8.
Status checkStrength(const QCA::SecureArray &password);

} // namespace passwordInput
} // namespace regiekamer::server
