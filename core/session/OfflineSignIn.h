#pragma once

#include "base/Result.h"
#include "protocol/Session.h"

#include <QtCrypto>

#include <QObject>
#include <QUrl>

#include <functional>

namespace regiekamer::client {

class ClientCache;
class KeychainUnlock;

// Signing in while the server cannot be reached: opens the offline cache of (server, e-mail) with the password
// (the directory key derived with Argon2id on a worker thread) or, when no password was typed, with the key kept in
// the OS keychain; admits it only while its lease runs and the clock was not set back (cachelease; an ended lease
// deletes the file), and gives the account stored in it. The session then runs read-only from the cache.
class OfflineSignIn : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<api::UserInfo>)>;

    OfflineSignIn(ClientCache &cache, KeychainUnlock &keychain, QObject *parent = nullptr);

    // `unreachable` says why the server could not be reached (part of the message when there is no offline data).
    // done runs once, later or at once, unless cancel() came first. Opened with the password, the key is then kept
    // in (or removed from) the keychain as the person chose.
    void open(const QUrl &server, const QString &email, const QCA::SecureArray &password, const Error &unreachable,
              Done done);
    void cancel();

private:
    void openWithPassword(const QUrl &server, const QString &email, const QCA::SecureArray &password,
                          const Error &unreachable, Done done);
    // The cache is open: its lease admits it (or the file is deleted) and it gives the account.
    Result<api::UserInfo> admitted();
    Result<api::UserInfo> storedAccount() const;

    ClientCache &m_cache;
    KeychainUnlock &m_keychain;
    quint64 m_generation = 0;
};

} // namespace regiekamer::client
