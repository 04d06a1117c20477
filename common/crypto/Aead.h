#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace regiekamer::crypto {

namespace errc {
// The sealed bytes were changed, truncated, or the key is wrong.
inline constexpr auto undecryptable = "crypto_undecryptable";
// Authentic, but sealed for another context (another record, column or field).
inline constexpr auto wrongContext = "crypto_wrong_context";
} // namespace errc

// AES-256-GCM on OpenSSL's EVP directly (the OpenSSL that QCA's qca-ossl wraps). seal() gives nonce | ciphertext |
// tag with a fresh random nonce per call: the same bytes as QCA's Cipher("aes256", GCM), tested both ways.
// GCM bypasses QCA's Cipher because its setup() redoes the key schedule per message and copies all data through
// secure memory: ~2 µs per record, ~8% of `openssl speed` at 4 KiB.
// There is no associated data (QCA's GCM takes none), so the context (where the value lives, e.g. table, column
// and row id) is bound by encrypting a SHA-256 of it in front of the plaintext; open() checks it after the tag.
// Thread-safe: each call borrows a context with the key schedule done from this Aead's pool (one per thread
// that uses it at the same time, kept until the Aead is destroyed). Needs a live QCA::Initializer.
class Aead
{
public:
    static constexpr int keyBytes = 32, nonceBytes = 12, tagBytes = 16;
    static constexpr int contextBytes = 32; // the SHA-256 of the context inside the ciphertext
    static constexpr int overheadBytes = nonceBytes + contextBytes + tagBytes;

    // A key of another size, or an OpenSSL without AES-256-GCM, gives an invalid Aead: seal() returns an empty
    // array and open() fails.
    explicit Aead(const QCA::SecureArray &key);
    ~Aead();
    Aead(Aead &&) noexcept;
    Aead &operator=(Aead &&) noexcept;

    bool isValid() const;

    // nonce | ciphertext | tag, plaintext.size() + overheadBytes long; empty only if the Aead is invalid or
    // the random generator or cipher failed (never after crypto::selfTest() passed with a valid key).
    QByteArray seal(QByteArrayView plaintext, QByteArrayView context) const;
    // The plaintext, released only after the tag was verified and the context matched.
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

namespace detail {
// The AES-256-GCM step of seal() and open() alone (no context binding), for the known-answer self-test: encrypts
// `plaintext` under `key` and `iv`, then decrypts `expected` (ciphertext | tag) on the same reused context. True
// only if the encryption equals `expected` and the decryption passes the tag check and gives `plaintext` back.
bool gcmKnownAnswerMatches(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext, QByteArrayView expected);
} // namespace detail

} // namespace regiekamer::crypto
