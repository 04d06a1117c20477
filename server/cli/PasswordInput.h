#pragma once

#include "base/Result.h"

#include <QtCrypto>

namespace regiekamer::server {

// Reading and checking a new password for regiekamer-admin. Never from argv.
namespace passwordInput {

// From a terminal (the rule of auth/PasswordPolicy is checked by the caller): prompts on stderr with echo off, twice,
// both must match. Otherwise one line from stdin.
Result<QCA::SecureArray> readNewPassword();

// A share file's passphrase (docs/keys.md "Key ceremony"): the first line of `file` when it is set (for scripts and
// tests: never on the command line); else from a terminal with `prompt`, echo off, twice when `confirm` (a new
// passphrase); else one line of stdin.
Result<QCA::SecureArray> readPassphrase(const QString &file, const QString &prompt, bool confirm);

} // namespace passwordInput
} // namespace regiekamer::server
