#pragma once

#include "base/Result.h"

#include <QtCrypto>

namespace regiekamer::server {

// Reading and checking a new password for regiekamer-admin. Never from argv.
namespace passwordInput {

// From a terminal (the rule of auth/PasswordPolicy is checked by the caller): prompts on stderr with echo off, twice,
// both must match. Otherwise one line from stdin.
Result<QCA::SecureArray> readNewPassword();

} // namespace passwordInput
} // namespace regiekamer::server
