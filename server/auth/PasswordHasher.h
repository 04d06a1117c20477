#pragma once

#include "base/Result.h"
#include "crypto/Argon2id.h"

#include <QtCrypto>

#include <QString>

namespace regiekamer::server {

using crypto::Argon2Parameters;

// A stored hash in PHC form: $argon2id$v=19$m=..,t=..,p=..$<salt>$<hash> (base64 without padding).
struct PhcHash
{
    Argon2Parameters parameters;
    QByteArray salt;
    QByteArray hash;

    static Result<PhcHash> parse(const QString &phc);
    QString toString() const;
};

// Argon2id password hashing (crypto::argon2id: OpenSSL 3.5's EVP_KDF "ARGON2ID") in PHC strings.
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

    // RFC 9106 §5.3 known-answer test (crypto::KnownAnswer::Argon2id).
    static Status selfTest();

private:
    explicit PasswordHasher(Argon2Parameters parameters);

    Argon2Parameters m_parameters;
    QString m_dummyHash;
};

} // namespace regiekamer::server
