#pragma once

#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/SecurityKey.h"

#include <QList>

#include <chrono>

namespace regiekamer::server {

class Database;
class FieldCipher;

// The accounts' FIDO2 security keys (docs/security.md "Security keys"): the challenges of a registration and of a
// step-up with a key (bound to the session that asked, only their hashes, five minutes, single use), the keys
// themselves (credential id, public key and name sealed under the account's subject key, found by the credential id's
// SHA-256), and the check of a key's answer with its signature counter. What the keys signed is verified by
// auth/SecurityKeyVerifier. Runs inside the request's transaction; one per Database connection.
class SecurityKeys
{
public:
    SecurityKeys(Database &database, FieldCipher &cipher, std::chrono::seconds challengeLifetime,
                 Clock clock = systemClock());

    Result<int> count(qint64 userId);
    Result<QList<QByteArray>> credentialIds(qint64 userId);

    // purpose: api::securityKey::registration or ::stepUp.
    Result<api::SecurityKeyRequest> createChallenge(qint64 userId, const QString &tokenHash, const char *purpose);
    // Uses the challenge up: "challenge_invalid" when unknown, used, expired, of another session or purpose.
    Status takeChallenge(const QString &challenge, qint64 userId, const QString &tokenHash, const char *purpose);

    // Verifies the new credential against its (already taken) challenge and stores it; "security_key_invalid" when it
    // does not verify, "conflict" when the credential is registered already.
    Result<api::SecurityKeyInfo> add(qint64 userId, const api::SecurityKeyRegistration &registration);
    Result<QList<api::SecurityKeyInfo>> list(qint64 userId);
    // Whether the account had that key.
    Result<bool> remove(qint64 userId, qint64 keyId);
    Status removeAll(qint64 userId);

    enum class Outcome { Accepted, Wrong, CounterNotIncreased };
    // An assertion over clientDataHash by one of the account's keys: Wrong for a foreign or unknown credential or a
    // signature, relying party or user-presence flag that does not verify; CounterNotIncreased when the counter did not
    // grow (both zero: a key without a counter). The counter and last use are stored when Accepted.
    Result<Outcome> check(qint64 userId, const QByteArray &clientDataHash, const api::SecurityKeyAssertion &assertion);

private:
    struct Stored
    {
        qint64 id = 0;
        QByteArray credentialId;
        QByteArray publicKey;
        qint64 signCount = 0;
    };
    Result<QList<Stored>> stored(qint64 userId);

    Database &m_database;
    FieldCipher &m_cipher;
    std::chrono::seconds m_challengeLifetime;
    Clock m_clock;
};

} // namespace regiekamer::server
