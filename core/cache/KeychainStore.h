#pragma once

#include "base/Result.h"

#include <QtCrypto>

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>

namespace regiekamer::client {

// Error codes of the OS keychain, with their translated texts.
namespace keychainerrc {
inline constexpr auto unavailable = "keychain_unavailable";
inline constexpr auto denied = "keychain_denied";
inline constexpr auto missing = "keychain_entry_missing";
inline constexpr auto failed = "keychain_failed";
} // namespace keychainerrc

// Keeps the key of one offline cache in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager), asynchronously. Each entry is named after the cache file's random id, so the
// keychain shows neither the e-mail nor the server; its value is the file's raw 32-byte key (binary), never the
// password.
// QtKeychain's plain-text QSettings fallback is always switched off: without a keychain nothing is stored.
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    using StatusCallback = std::function<void(Status)>;
    using KeyCallback = std::function<void(Result<QCA::SecureArray>)>;

    explicit KeychainStore(QObject *parent = nullptr);

    static QString serviceName(); // "Regiekamer offline cache"
    // The entry of the cache file at path: "cache-" and its random id (no e-mail, no server).
    static QString entryFor(const QString &cacheFilePath);

    // Whether a keychain can be used: checked once per process on a worker thread (it may wait ~0.5 s for D-Bus);
    // the first call starts the check.
    static QFuture<bool> availability();
    // The check's answer; waits for it if it still runs. The answer is kept for the rest of the process.
    static bool isAvailable();

    // Each calls done once on this object's thread (never after this object is gone).
    void store(const QString &entry, const QCA::SecureArray &key, StatusCallback done);
    void load(const QString &entry, KeyCallback done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &entry, StatusCallback done);

    // The translated, actionable texts.
    static QString unavailableMessage();
    static QString deniedMessage();
    static QString missingMessage();
    static QString failedMessage(const QString &detail);
    static QString staleMessage();
};

} // namespace regiekamer::client
