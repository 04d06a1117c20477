#include "session/OfflineSignIn.h"

#include "cache/CacheErrors.h"
#include "cache/CacheKey.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "session/KeychainUnlock.h"

namespace regiekamer::client {

OfflineSignIn::OfflineSignIn(ClientCache &cache, KeychainUnlock &keychain, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_keychain(keychain)
{
}

void OfflineSignIn::open(const QUrl &server, const QString &email, const QCA::SecureArray &password,
                         const Error &unreachable, Done done)
{
    if (auto attached = attach(server, email, unreachable); !attached)
        return done(std::unexpected(attached.error()));
    const quint64 generation = m_generation;
    if (password.isEmpty()) {
        m_keychain.unlock([this, generation, done = std::move(done)](Status unlocked) {
            if (generation == m_generation)
                done(unlocked ? storedAccount() : std::unexpected(unlocked.error()));
        });
        return;
    }
    cachekey::deriveAsync(this, password, m_cache.salt(), m_cache.kdfParameters(),
                          [this, generation, done = std::move(done)](Result<QCA::SecureArray> key) {
                              if (generation != m_generation)
                                  return;
                              const Status unlocked = key ? m_cache.unlock(*key) : Status(std::unexpected(key.error()));
                              const Result<api::UserInfo> user =
                                  unlocked ? storedAccount() : std::unexpected(unlocked.error());
                              done(user);
                              if (user)
                                  m_keychain.rememberOrForget();
                          });
}

void OfflineSignIn::cancel()
{
    ++m_generation;
}

// The cache file of (server, e-mail): an error when there is none (no offline data) or it cannot be used.
Status OfflineSignIn::attach(const QUrl &server, const QString &email, const Error &unreachable)
{
    const auto attached = m_cache.attach(server, email, false);
    if (!attached)
        return std::unexpected(attached.error());
    if (!*attached)
        return fail(QString::fromLatin1(cacheerrc::noOfflineData),
                    cacheerrc::noOfflineDataMessage(unreachable.message));
    return {};
}

Result<api::UserInfo> OfflineSignIn::storedAccount() const
{
    const auto user = CacheRecords(m_cache).loadUser();
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return fail(QString::fromLatin1(cacheerrc::damaged), cacheerrc::damagedMessage());
    return (*user)->value;
}

} // namespace regiekamer::client
