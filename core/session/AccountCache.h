#pragma once

#include "base/Result.h"
#include "protocol/Session.h"

#include <QtCrypto>

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

namespace regiekamer::client {

class ClientCache;
class KeychainUnlock;

// The offline cache of the account signed in online: opened with the password-derived key once the server accepted
// the sign-in (found among the cache files by its sealed owner, or created), its records wiped when the account or
// its role changed, the server's lease stored in it; and its file deleted when the account must not open it again
// (no lease from the server, the device revoked, the password refused).
class AccountCache : public QObject
{
    Q_OBJECT
public:
    AccountCache(ClientCache &cache, KeychainUnlock &keychain, QObject *parent = nullptr);

    // With a lease (offlineUntil valid): opens or creates the cache of (server, e-mail) with the key derived from
    // password on a worker thread (at once when it is open already: the session was offline), checks the account
    // stored in it against user, stores user and the lease; then emits opened, so the session writes what it
    // received so far. Without a lease the server allows no offline copy: the account's cache file is deleted and
    // none is kept. A failure is reported through problem.
    void open(const QUrl &server, const QString &email, const api::UserInfo &user, const QCA::SecureArray &password,
              const QDateTime &offlineUntil);
    // The account as the server names it now (the event stream's hello): another role than `known` wipes the records.
    void checkAccount(const api::UserInfo &known, const api::UserInfo &now);
    // Deletes the open cache file and its keychain entry (nothing when no cache is open).
    void wipe();
    // Finds the cache of (server, e-mail) with the password (empty: with the keys in the OS keychain) and deletes it
    // with its keychain entry, e.g. when the server says this device was revoked.
    void wipe(const QUrl &server, const QString &email, const QCA::SecureArray &password);
    // Answers of key derivations started before are dropped.
    void cancel();

Q_SIGNALS:
    void opened();
    void problem(const QString &message); // translated
    void wiped(); // a wipe(server, e-mail, password) finished (found or not)

private:
    using KeyDone = std::function<void(const QCA::SecureArray &)>;
    // Derives the directory key from password on a worker thread, then calls done (not after cancel()).
    void deriveDirectoryKey(const QCA::SecureArray &password, bool create, KeyDone done);
    void onKeyDerived(const QCA::SecureArray &key, const QUrl &server, const QString &email, const api::UserInfo &user,
                      const QDateTime &offlineUntil);
    bool adopt(const api::UserInfo &user);
    bool storeLease(const QDateTime &offlineUntil);

    ClientCache &m_cache;
    KeychainUnlock &m_keychain;
    quint64 m_generation = 0;
};

} // namespace regiekamer::client
