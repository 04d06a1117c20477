#pragma once

#include "base/Result.h"
#include "db/Clock.h"

#include <QDateTime>
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
};

// Bearer sessions. Tokens are 32 CSPRNG bytes (base64url); the database holds only their SHA-256.
// Idle expiry is refreshed on use; the absolute expiry never moves.
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

private:
    QDateTime expiryFor(const QDateTime &lastSeen, const QDateTime &absolute) const;

    Database &m_database;
    SessionPolicy m_policy;
    Clock m_clock;
};

} // namespace regiekamer::server
