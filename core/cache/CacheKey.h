#pragma once

#include "base/Result.h"
#include "crypto/Argon2id.h"

#include <QtCrypto>

#include <QByteArray>

#include <functional>

class QObject;

namespace regiekamer::client {

// The directory key of the offline caches: Argon2id of the user's password with the cache directory's random salt,
// 32 bytes; each file's key is derived from it (ClientCache). Deliberately slow (~0.1–0.5 s), so the desktop derives it
// on a worker thread.
namespace cachekey {

inline constexpr int keyBytes = 32;
inline constexpr int saltBytes = 16;
// As on the server: m = 64 MiB, t = 3, p = 1 (above the OWASP minimum m = 19 MiB, t = 2).
inline constexpr crypto::Argon2Parameters defaultParameters {65536, 3, 1};

// Parameters a stored salt file may name: not below m = 8 MiB (a stolen cache would be cheap to guess), not absurd.
bool acceptable(const crypto::Argon2Parameters &parameters);

Result<QCA::SecureArray> derive(const QCA::SecureArray &password, QByteArrayView salt,
                                const crypto::Argon2Parameters &parameters);

// Derives on the global thread pool and calls done on context's thread (never when context is gone).
void deriveAsync(QObject *context, const QCA::SecureArray &password, const QByteArray &salt,
                 const crypto::Argon2Parameters &parameters, std::function<void(Result<QCA::SecureArray>)> done);

} // namespace cachekey
} // namespace regiekamer::client
