#pragma once

#include "auth/SecondFactorPolicy.h"
#include "auth/SecurityKeys.h"
#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/SecondFactor.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace regiekamer::server {

class Database;
class FieldCipher;

// The accounts' second factors (docs/security.md "Second factor"): a TOTP secret sealed under the account's subject
// key, the last step used (a code is good once), ten recovery codes kept as SHA-256 hashes, a counter of wrong codes
// and the lock it leads to; the sign-in's challenges (only their hashes) and the sessions' step-ups. Runs inside the
// request's transaction. Not thread-safe (one per Database connection, like the FieldCipher).
class SecondFactors
{
public:
    SecondFactors(Database &database, FieldCipher &cipher, SecondFactorPolicy policy, Clock clock = systemClock());

    const SecondFactorPolicy &policy() const { return m_policy; }
    SecurityKeys &securityKeys() { return m_keys; }

    // What a session's requests are allowed (http/RequestPipeline): whether the account has an active factor, and
    // until when the session's last code confirms sensitive actions.
    struct SessionState
    {
        bool active = false;
        QDateTime stepUpUntil;
    };
    Result<SessionState> sessionState(qint64 userId, const QString &tokenHash);
    // The state as two SQL columns over a sessions row aliased s, so that SessionStore reads it with the session (one
    // read per request), and the state of those two values.
    static QString sessionStateColumns();
    static SessionState sessionStateOf(const QVariant &active, const QVariant &stepUpUntil);
    Result<bool> isActive(qint64 userId);

    // A sign-in's password was right for an account with an active factor: 32 random bytes, single use, only their
    // hash stored. deviceId: the device the sign-in named (its session is tied to it).
    Result<api::SecondFactorChallenge> createChallenge(qint64 userId, std::optional<qint64> deviceId);
    struct ChallengeOwner
    {
        qint64 userId = 0;
        std::optional<qint64> deviceId;
    };
    // "challenge_invalid" when unknown, used or expired.
    Result<ChallengeOwner> findChallenge(const QString &challenge);
    Status consumeChallenge(const QString &challenge);

    // Checks a code (TOTP, ±1 step, each step once) or a recovery code (once) against the active factor; counts wrong
    // ones and locks the factor after policy().maximumFailures of them.
    // CounterNotIncreased: a security key whose signature counter did not grow (a possible clone), counted as wrong.
    enum class Outcome { Accepted, Wrong, Reused, Locked, NewlyLocked, CounterNotIncreased };
    struct Check
    {
        Outcome outcome = Outcome::Wrong;
        qint64 retryAfterSeconds = 0; // Locked, NewlyLocked
    };
    // A security key's answer (answer.securityKey) is checked over the clientDataHash of answer.challenge and
    // keyPurpose (api::securityKey::signIn or ::stepUp; the step-up's challenge is taken by the caller).
    Result<Check> check(qint64 userId, const api::SecondFactorAnswer &answer,
                        const char *keyPurpose = api::securityKey::signIn);

    // A new pending secret (replaces a pending one); "second_factor_active" when one is active.
    Result<api::TotpEnrolment> beginEnrolment(qint64 userId, const QString &accountName);
    // The pending secret confirmed with a code of it: active now, with ten new recovery codes. A wrong code counts
    // like one at sign-in. "no_second_factor" without a pending secret.
    Result<Check> confirmEnrolment(qint64 userId, const QString &code);
    // Ten new recovery codes (the old ones stop working); "no_second_factor" without an active factor.
    Result<api::RecoveryCodes> newRecoveryCodes(qint64 userId);
    Result<api::SecondFactorStatus> status(qint64 userId, const QString &tokenHash);
    // The session may do sensitive actions until the returned time.
    Result<QDateTime> stepUp(const QString &tokenHash);
    // Removes the factor, the security keys, its recovery codes and open challenges (the account enrols again where the
    // policy says so). Returns whether there was one.
    Result<bool> remove(qint64 userId);

private:
    struct Row;
    Result<std::optional<Row>> row(qint64 userId);
    Result<Check> checkCode(qint64 userId, const Row &factor, const QString &code);
    Result<bool> useRecoveryCode(qint64 userId, const QString &code);
    Result<Check> countFailure(qint64 userId, const Row &factor);
    Result<Check> checkSecurityKey(qint64 userId, const Row &factor, const api::SecondFactorAnswer &answer,
                                   const char *purpose);

    Database &m_database;
    FieldCipher &m_cipher;
    SecondFactorPolicy m_policy;
    Clock m_clock;
    SecurityKeys m_keys;
};

} // namespace regiekamer::server
