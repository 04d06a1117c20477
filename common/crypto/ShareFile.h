#pragma once

#include "base/ApiError.h"
#include "base/Result.h"
#include "crypto/Argon2id.h"

#include <QtCrypto>

#include <QByteArray>
#include <QString>

namespace regiekamer::crypto {

// The error codes of share files and of the sealed server's unsealing (docs/keys.md "Key ceremony"), shared by the
// server, the admin CLI and the desktop app, which translates them (api::describeApiError).
namespace errc {
inline constexpr auto shareFileMalformed = api::errc::shareFileMalformed;
inline constexpr auto sharePassphrase = api::errc::sharePassphrase;
inline constexpr auto shareMalformed = api::errc::shareMalformed;
inline constexpr auto shareForeign = api::errc::shareForeign;
inline constexpr auto shareUnknown = api::errc::shareUnknown;
inline constexpr auto shareWrong = api::errc::shareWrong;
inline constexpr auto shareRepeated = api::errc::shareRepeated;
} // namespace errc

// A custodian's share of the sealed server's unseal key (docs/keys.md), as a file the custodian keeps: JSON
// {"format":"regiekamer-share/1","shareSet","index","threshold","shares","custodian","kdf":{"alg":"argon2id",
// "memoryKiB","iterations","lanes","salt"},"nonce","sealed"}, where sealed is AES-256-GCM under
// Argon2id(passphrase, salt) of the 33 share bytes (index byte + 32 bytes), bound to the share set, the index, the
// threshold, the number of shares and the custodian, so that none of them can be edited unnoticed.
class ShareFile
{
public:
    static constexpr int shareBytes = 33;
    static constexpr int minimumPassphraseLength = 12;
    // Sealing parameters: 256 MiB and 3 passes (about a second on a current computer), so that each guess at the
    // passphrase of a stolen share file costs the same.
    static constexpr Argon2Parameters sealingParameters {262144, 3, 1};

    // Reads a share file; refuses another format, missing or mistyped members, parameters outside sane bounds.
    static Result<ShareFile> fromJson(const QByteArray &json);
    // Seals `share` (shareBytes, its first byte the index) for `custodian` under `passphrase` (at least
    // minimumPassphraseLength characters). `parameters` below the OWASP minimum are refused.
    static Result<ShareFile> seal(const QCA::SecureArray &share, const QString &shareSet, int threshold, int shares,
                                  const QString &custodian, const QCA::SecureArray &passphrase,
                                  const Argon2Parameters &parameters = sealingParameters);

    QByteArray toJson() const;
    // The 33 share bytes; error share_passphrase when the passphrase is wrong or the file was changed. Slow (one
    // Argon2id derivation): not on a thread that must stay responsive.
    Result<QCA::SecureArray> open(const QCA::SecureArray &passphrase) const;

    QString shareSet() const { return m_shareSet; }
    int index() const { return m_index; }
    int threshold() const { return m_threshold; }
    int shares() const { return m_shares; }
    QString custodian() const { return m_custodian; }
    Argon2Parameters parameters() const { return m_parameters; }

private:
    QByteArray context() const;
    Result<QCA::SecureArray> derivedKey(const QCA::SecureArray &passphrase) const;

    QString m_shareSet;
    int m_index = 0;
    int m_threshold = 0;
    int m_shares = 0;
    QString m_custodian;
    Argon2Parameters m_parameters;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_sealed; // ciphertext | tag
};

} // namespace regiekamer::crypto
