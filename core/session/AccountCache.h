#pragma once

#include "base/Result.h"
#include "protocol/Session.h"

#include <QtCrypto>

#include <QObject>
#include <QUrl>

namespace regiekamer::client {

class ClientCache;
class KeychainUnlock;

// The offline cache of the account signed in online: opened with the password-derived key once the server accepted
// the sign-in (created, or rebuilt when it is another account's or damaged), its records wiped when the account or
// its role changed, and its file deleted when the account must not open it again.
class AccountCache : public QObject
{
    Q_OBJECT
public:
    AccountCache(ClientCache &cache, KeychainUnlock &keychain, QObject *parent = nullptr);

    // Opens the cache of (server, e-mail) with the key derived from password on a worker thread (at once when it is
    // open already: the session was offline), checks the account stored in it against user and stores user; then
    // emits opened, so the session writes what it received so far. A failure is reported through problem.
    void open(const QUrl &server, const QString &email, const api::UserInfo &user, const QCA::SecureArray &password);
    // The account as the server names it now (the event stream's hello): another role than `known` wipes the records.
    void checkAccount(const api::UserInfo &known, const api::UserInfo &now);
    // Deletes the cache file of (server, e-mail) and its keychain entry.
    void wipe(const QUrl &server, const QString &email);
    // Answers of key derivations started before are dropped.
    void cancel();

Q_SIGNALS:
    void opened();
    void problem(const QString &message); // translated

private:
    void unlockWith(const api::UserInfo &user, const QCA::SecureArray &password, bool retried);
    void onKeyDerived(const Result<QCA::SecureArray> &key, const api::UserInfo &user, const QCA::SecureArray &password,
                      bool retried);
    bool attachOrRebuild(const QUrl &server, const QString &email);
    bool adopt(const api::UserInfo &user);

    ClientCache &m_cache;
    KeychainUnlock &m_keychain;
    quint64 m_generation = 0;
};

} // namespace regiekamer::client
