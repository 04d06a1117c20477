#pragma once

#include "base/Result.h"
#include "db/Clock.h"

#include <chrono>
#include <optional>

namespace regiekamer::server {

class Database;
class KeyStore;

struct ThrottlePolicy
{
    int freeFailures = 3; // consecutive failures before the first lock
    std::chrono::seconds firstLock {1}; // then 1 s, 2 s, 4 s, ...
    std::chrono::seconds maximumLock {15 * 60}; // capped at 15 min
};

// Per-account back-off against password guessing, persisted in login_failures. The account is the normalised e-mail,
// also for accounts that do not exist, so throttling reveals nothing about which accounts exist. login_failures
// never holds the address: its key is the blind index of it (KeyStore::blindIndex, hex).
class LoginThrottle
{
public:
    LoginThrottle(Database &database, KeyStore &keys, ThrottlePolicy policy = {}, Clock clock = systemClock());

    // Seconds to wait when the account is locked now (rounded up, at least 1); nullopt when an attempt is allowed.
    Result<std::optional<qint64>> lockedFor(const QString &normalisedEmail);
    // Returns the lock length that this failure starts (0 below the free failures).
    Result<std::chrono::seconds> recordFailure(const QString &normalisedEmail);
    Status recordSuccess(const QString &normalisedEmail);
    // The value stored in login_failures.account_key for an address.
    Result<QString> storedKey(const QString &normalisedEmail);
    // Lock length after `failures` consecutive failures.
    std::chrono::seconds lockAfter(qint64 failures) const;
    // Forgets keys whose last failure is older than `age` (unknown-account keys must not pile up forever).
    Status purgeOlderThan(std::chrono::seconds age);

private:
    Database &m_database;
    KeyStore &m_keys;
    ThrottlePolicy m_policy;
    Clock m_clock;
};

} // namespace regiekamer::server
