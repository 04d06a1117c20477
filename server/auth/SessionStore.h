#pragma once

#include "base/Result.h"
#include "db/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace regiekamer::server {

class Database;

struct SessionPolicy
{
    std::chrono::seconds idle {30 * 60};
    std::chrono::seconds absolute {12 * 60 * 60};
};

struct IssuedSession
{
    QString token; // given to the client once; never stored
    QDateTime expiresAt;
};

struct ActiveSession
{
    qint64 userId = 0;
    QString tokenHash;
    QDateTime expiresAt; // the earlier of idle and absolute expiry
    // Read with the session (auth/SecondFactors.h SessionState): the account has an active second factor, and until
    // when the session's last code confirms sensitive actions (invalid: no step-up).
    bool secondFactorActive = false;
    QDateTime stepUpUntil;
};

// Bearer sessions. Tokens are 32 CSPRNG bytes (base64url); the database holds only their SHA-256.
// Idle expiry is refreshed on use; the absolute expiry never moves. The last use is kept in memory and written to
// the session's row at most once per touchWriteInterval() (docs/security.md "Sessions"): a crash loses at most that
// much of a session's last use (it may then end that much earlier), never a revocation or an expiry. Expiry and
// purging go by the later of the row and the memory. Not thread-safe (one per Database connection).
class SessionStore
{
public:
    SessionStore(Database &database, SessionPolicy policy = {}, Clock clock = systemClock());

    static QString hashToken(const QString &token); // lower-case hex SHA-256

    // deviceId: the row of the device the session was opened from (storage/DeviceRepository), nullopt for an API
    // client that named none. Revoking the device deletes exactly its sessions.
    Result<IssuedSession> create(qint64 userId, std::optional<qint64> deviceId = std::nullopt);
    // Errors: "unauthenticated" (unknown token, disabled account, revoked device), "session_expired" (the row is then
    // deleted). touch = true refreshes the idle expiry.
    Result<ActiveSession> validate(const QString &token, bool touch = true);
    Result<ActiveSession> validateHash(const QString &tokenHash, bool touch);
    Status revoke(const QString &token);
    // Every session of every account (a seal: whoever was signed in signs in again once the server is unsealed).
    Status revokeAll();
    Status purgeExpired();
    SessionPolicy policy() const { return m_policy; }
    // How stale a session's last_seen_at may be: a tenth of the idle limit, at most a minute.
    std::chrono::milliseconds touchWriteInterval() const;

private:
    QDateTime expiryFor(const QDateTime &lastSeen, const QDateTime &absolute) const;
    Status touch(const QString &tokenHash, const QDateTime &stored, const QDateTime &now);
    Status writeLastUses();
    void forget(const QString &tokenHash) { m_lastUse.remove(tokenHash); }

    Database &m_database;
    SessionPolicy m_policy;
    Clock m_clock;
    // token hash → the last use not yet (or not necessarily) in last_seen_at.
    QHash<QString, QDateTime> m_lastUse;
};

} // namespace regiekamer::server
