#pragma once

#include "base/Result.h"
#include "keys/MasterKey.h"

#include <QtCrypto>

#include <QString>

namespace regiekamer::server {

// DATA_DIR/master.key.sealed (docs/keys.md): the master key file's contents sealed with AES-256-GCM under the
// random 32-byte unseal key that the custodians' shares combine to, bound to the share set. Text, mode 0600:
// "regiekamer-sealed-keyring/1 <share set>\n<base64 of nonce | ciphertext | tag>\n".
namespace sealedKeyring {

inline constexpr int unsealKeyBytes = 32;

// Writes (replaces) the sealed keyring at `path`.
Status write(const QString &path, const MasterKey &master, const QCA::SecureArray &unsealKey, const QString &shareSet);
// The master key in memory (its path() is `path`); error "unseal_failed" when the key or share set does not open it.
Result<MasterKey> open(const QString &path, const QCA::SecureArray &unsealKey, const QString &shareSet);

} // namespace sealedKeyring
} // namespace regiekamer::server
