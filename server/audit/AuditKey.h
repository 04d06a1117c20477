#pragma once

#include "base/Result.h"

#include <QtCrypto>

namespace regiekamer::server::audit {

// The key that authenticates the access log's checkpoints and head (HMAC-SHA-256). It lives in a file outside
// the database (docs/design.md §6): whoever can rewrite the database but not read this file cannot forge a checkpoint.
class AuditKey
{
public:
    static inline const QString defaultFileName = QStringLiteral("audit-checkpoint.key");
    static constexpr qsizetype keyBytes = 32;

    // Reads the key file; with createIfMissing, a missing file is created (mode 0600) with a fresh random key.
    static Result<AuditKey> load(const QString &path, bool createIfMissing);
    static AuditKey fromBytes(const QCA::SecureArray &bytes); // tests

    // HMAC-SHA-256 over `message`.
    QByteArray mac(QByteArrayView message) const;
    // Constant-time check of a MAC.
    bool verify(QByteArrayView message, QByteArrayView mac) const;

private:
    explicit AuditKey(const QCA::SecureArray &bytes);

    QCA::SecureArray m_bytes;
};

} // namespace regiekamer::server::audit
