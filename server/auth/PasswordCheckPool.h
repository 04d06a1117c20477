#pragma once

#include "auth/PasswordHasher.h"
#include "base/Result.h"

#include <QFuture>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace regiekamer::server {

// Password checks (Argon2id: tens of milliseconds of CPU and 19 MiB each) on worker threads, never on the event loop
// that serves everyone else. At most `limit` checks wait or run at once; one more is refused at once (the caller
// answers 503), which caps the memory and CPU that sign-ins take in total however many arrive
// (attack review finding 6; docs/security.md "Sign-in throttling").
class PasswordCheckPool
{
public:
    PasswordCheckPool(const PasswordHasher &hasher, int threads, int limit);
    ~PasswordCheckPool(); // waits for the checks under way

    PasswordCheckPool(const PasswordCheckPool &) = delete;
    PasswordCheckPool &operator=(const PasswordCheckPool &) = delete;

    // PasswordHasher::verify(password, storedHash) on a worker; nullopt when `limit` checks are already under way.
    std::optional<QFuture<bool>> verify(const QCA::SecureArray &password, QString storedHash);
    // A new password (a link's page: an invitation, a reset, a registration) against passwordPolicy, then hashed with
    // Argon2id, on a worker: "bad_request" for a password outside the rule; nullopt when `limit` are under way.
    std::optional<QFuture<Result<QString>>> hashNew(const QCA::SecureArray &password);
    int underWay() const { return m_underWay; }

private:
    const PasswordHasher &m_hasher;
    QThreadPool m_pool;
    std::atomic<int> m_underWay {0};
    int m_limit;
};

} // namespace regiekamer::server
