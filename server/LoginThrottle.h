#pragma once

#include "Clock.h"
#include "Result.h"

#include <chrono>
#include <optional>

namespace regiekamer::server {

class Database;

struct ThrottlePolicy
{
    int freeFailures = 3; // consecutive failures before the first lock
    std::chrono::seconds firstLock {1}; // then 1 s, 2 s, 4 s, ...
    std::chrono::seconds maximumLock {15 * 60}; // capped at 15 min
};

// Per-account back-off against password guessing, persisted in login_failures. The key is the normalised e-mail,
// also for accounts that do not exist, so throttling reveals nothing about which accounts exist.
class LoginThrottle
{
public:
    LoginThrottle(Database &database, ThrottlePolicy policy = {}, Clock clock = systemClock());

    // Seconds to wait when the key is locked now (rounded up, at least 1); nullopt when an attempt is allowed.
    Result<std::optional<qint64>> lockedFor(const QString &accountKey);
    // Returns the lock length that this failure starts (0 below the free failures).
    Result<std::chrono::seconds> recordFailure(const QString &accountKey);
    Status recordSuccess(const QString &accountKey);
    // Lock length after `failures` consecutive failures.
    std::chrono::seconds lockAfter(qint64 failures) const;
    // Forgets keys whose last failure is older than `age` (unknown-account keys must not pile up forever).
    Status purgeOlderThan(std::chrono::seconds age);

private:
    Database &m_database;
    ThrottlePolicy m_policy;
    Clock m_clock;
};

} // namespace regiekamer::server
