#include "auth/PasswordCheckPool.h"

#include "auth/PasswordPolicy.h"

#include <QtConcurrent>

namespace regiekamer::server {

PasswordCheckPool::PasswordCheckPool(const PasswordHasher &hasher, int threads, int limit)
    : m_hasher(hasher)
    , m_limit(limit)
{
    m_pool.setMaxThreadCount(threads);
}

PasswordCheckPool::~PasswordCheckPool()
{
    m_pool.waitForDone();
}

std::optional<QFuture<bool>> PasswordCheckPool::verify(const QCA::SecureArray &password, QString storedHash)
{
    if (m_underWay.fetch_add(1) >= m_limit) {
        --m_underWay;
        return std::nullopt;
    }
    return QtConcurrent::run(&m_pool, [this, password, storedHash = std::move(storedHash)] {
        const bool matches = m_hasher.verify(password, storedHash);
        --m_underWay;
        return matches;
    });
}

std::optional<QFuture<Result<QString>>> PasswordCheckPool::hashNew(const QCA::SecureArray &password)
{
    if (m_underWay.fetch_add(1) >= m_limit) {
        --m_underWay;
        return std::nullopt;
    }
    return QtConcurrent::run(&m_pool, [this, password]() -> Result<QString> {
        auto hash = [&]() -> Result<QString> {
            if (auto strong = passwordPolicy::checkStrength(password); !strong)
                return std::unexpected(strong.error());
            return m_hasher.hash(password);
        }();
        --m_underWay;
        return hash;
    });
}

} // namespace regiekamer::server
