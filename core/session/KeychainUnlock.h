#pragma once

#include "base/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace regiekamer::client {

class ClientCache;
class KeychainStore;

// The offline cache's key in the OS keychain, for the session: kept there after a sign-in with the password when the
// person asked for it, used to open the cache at an offline sign-in without a password, and removed where it must
// not outlive the cache (forgetting this computer, a wiped or rebuilt cache, a stale entry, "remember" unticked).
class KeychainUnlock : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;

    // Starts the keychain availability check (off the main thread); availabilityKnown tells its answer.
    explicit KeychainUnlock(ClientCache &cache, QObject *parent = nullptr);

    // Whether an OS keychain can keep the cache key; waits for the check if it still runs.
    static bool isAvailable();
    // "Remember the cache key in the OS keychain", for the next sign-ins with a password.
    void setRemember(bool remember);
    // Opens the cache of (server, e-mail) with a key kept in the keychain: tries the entries of the cache files whose
    // header says their key was stored, until one opens its file and the file is this account's (nothing on disk
    // names the account). done gets the translated error when there is no keychain or no such entry; a stale entry
    // (its key no longer opens its file) is removed.
    void unlock(const QUrl &server, const QString &email, Done done);
    // The cache was just opened with the password: keep its key in the keychain, or remove this account's entry.
    void rememberOrForget();
    void forgetEntry(const QString &cacheFilePath);
    // Every cache file in the directory may have an entry (named after the file): removes them all.
    void forgetEntries(const QString &cacheDirectory);
    // Answers of requests made before are dropped.
    void cancel();

    // Without a password the server refuses the sign-in; says why the keychain did not help.
    static Error emptyPasswordRefused(const Error &error);

Q_SIGNALS:
    void availabilityKnown(bool available); // once, shortly after construction
    void problem(const QString &message); // translated

private:
    void watchAvailability();
    void tryEntries(QStringList candidates, const QUrl &server, const QString &email, bool staleRemoved,
                    quint64 generation, Done done);

    ClientCache &m_cache;
    KeychainStore *m_store;
    quint64 m_generation = 0;
    bool m_remember = false;
};

} // namespace regiekamer::client
