#include "session/OfflineSignIn.h"

#include "cache/CacheErrors.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/CacheLease.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "session/KeychainUnlock.h"

#include <QDateTime>

namespace regiekamer::client {
namespace {

Error noOfflineData(const Error &unreachable)
{
    return {QString::fromLatin1(cacheerrc::noOfflineData), cacheerrc::noOfflineDataMessage(unreachable.message)};
}

} // namespace

OfflineSignIn::OfflineSignIn(ClientCache &cache, KeychainUnlock &keychain, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_keychain(keychain)
{
}

void OfflineSignIn::open(const QUrl &server, const QString &email, const QCA::SecureArray &password,
                         const Error &unreachable, Done done)
{
    m_cache.lock();
    if (CacheFiles(m_cache.config().directory).cacheFiles().isEmpty())
        return done(std::unexpected(noOfflineData(unreachable)));
    if (!password.isEmpty())
        return openWithPassword(server, email, password, unreachable, std::move(done));
    const quint64 generation = m_generation;
    m_keychain.unlock(server, email, [this, generation, done = std::move(done)](Status unlocked) {
        if (generation == m_generation)
            done(unlocked ? admitted() : std::unexpected(unlocked.error()));
    });
}

void OfflineSignIn::openWithPassword(const QUrl &server, const QString &email, const QCA::SecureArray &password,
                                     const Error &unreachable, Done done)
{
    const auto kdf = m_cache.directoryKdf(false);
    if (!kdf)
        return done(std::unexpected(kdf.error()));
    if (!*kdf)
        return done(std::unexpected(noOfflineData(unreachable)));
    const quint64 generation = m_generation;
    cachekey::deriveAsync(
        this, password, (*kdf)->salt, (*kdf)->parameters,
        [this, generation, server, email, done = std::move(done)](Result<QCA::SecureArray> key) {
            if (generation != m_generation)
                return;
            if (!key)
                return done(std::unexpected(key.error()));
            const auto opened = m_cache.open(server, email, *key, false);
            if (!opened)
                return done(std::unexpected(opened.error()));
            // No file opens with this key: a wrong password, or no offline data of this account here (the two
            // cannot be told apart without the password: nothing on disk names the account).
            if (!*opened)
                return done(fail(QString::fromLatin1(cacheerrc::wrongPassword), cacheerrc::wrongPasswordMessage()));
            const Result<api::UserInfo> user = admitted();
            done(user);
            if (user)
                m_keychain.rememberOrForget();
        });
}

void OfflineSignIn::cancel()
{
    ++m_generation;
}

Result<api::UserInfo> OfflineSignIn::admitted()
{
    if (auto admitted = cachelease::admit(m_cache, QDateTime::currentDateTimeUtc()); !admitted) {
        if (admitted.error().code == QLatin1StringView(cacheerrc::leaseExpired)) {
            // It can never be opened again: deleted now, with its key in the OS keychain.
            const QString path = m_cache.filePath();
            m_keychain.forgetEntry(path);
            (void)m_cache.removeFile();
        }
        m_cache.lock();
        return std::unexpected(admitted.error());
    }
    return storedAccount();
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
