#pragma once

#include "Result.h"

#include <QtCrypto>

#include <QString>

namespace regiekamer::server {

struct Argon2Parameters
{
    quint32 memoryKiB = 19456; // OWASP minimum for Argon2id: m=19 MiB, t=2, p=1
    quint32 iterations = 2;
    quint32 lanes = 1;

    bool operator==(const Argon2Parameters &) const = default;
};

// A stored hash in PHC form: $argon2id$v=19$m=..,t=..,p=..$<salt>$<hash> (base64 without padding).
struct PhcHash
{
    Argon2Parameters parameters;
    QByteArray salt;
    QByteArray hash;

    static Result<PhcHash> parse(const QString &phc);
    QString toString() const;
};

// Argon2id password hashing through OpenSSL 3.5's EVP_KDF "ARGON2ID".
class PasswordHasher
{
public:
    static constexpr Argon2Parameters minimum {};

    // Refuses parameters below the OWASP minimum.
    static Result<PasswordHasher> create(Argon2Parameters parameters = {});

    Result<QString> hash(const QCA::SecureArray &password) const;
    // True only for a well-formed hash at or above the minimum that matches; compares in constant time.
    bool verify(const QCA::SecureArray &password, const QString &phc) const;
    // A valid hash of a random password, to verify against for unknown accounts (equal timing).
    const QString &dummyHash() const { return m_dummyHash; }
    Argon2Parameters parameters() const { return m_parameters; }

    // Raw Argon2id (version 0x13). secret and associatedData may be empty.
    static Result<QCA::SecureArray> derive(const QCA::SecureArray &password, const QByteArray &salt,
                                           const Argon2Parameters &parameters, int outputLength,
                                           const QByteArray &secret = {}, const QByteArray &associatedData = {});
    // RFC 9106 §5.3 known-answer test.
    static Status selfTest();

private:
    explicit PasswordHasher(Argon2Parameters parameters);

    Argon2Parameters m_parameters;
    QString m_dummyHash;
};

} // namespace regiekamer::server
