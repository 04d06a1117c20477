#pragma once

#include "base/Result.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheKey.h"
#include "crypto/Argon2id.h"

#include <QtCrypto>

#include <QDateTime>
#include <QJsonValue>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace regiekamer::crypto {
class Aead;
}

namespace regiekamer::client {

// Where the offline caches live and how their key is derived. Tests (and the end-to-end canary test) point
// `directory` at a temporary directory and may lower `kdf` to keep the suite fast.
struct CacheConfig
{
    QString directory; // empty: CacheFiles::defaultDirectory() (QStandardPaths::CacheLocation + "/offline")
    crypto::Argon2Parameters kdf = cachekey::defaultParameters;
};

template<typename T> struct Cached
{
    T value;
    QDateTime receivedAt; // when the session received it from the server (UTC)
};

// The encrypted offline cache of one (server, account): what the session received for the user's role, each
// record sealed with AES-256-GCM (crypto::Aead) under the password-derived key and bound to its own name and to
// the file's owner, so a record moved to another name or file does not open. The header holds only the format,
// salt, Argon2id parameters and owner tag; a sealed check record tells a wrong password from damage. The key lives
// only in memory (QCA::SecureArray) from unlock() to lock(). Used from one thread. The typed records (user, webinars,
// attendees, questions) are CacheRecords.
class ClientCache
{
public:
    explicit ClientCache(CacheConfig config = {});
    ~ClientCache();

    void setConfig(CacheConfig config); // locks first
    const CacheConfig &config() const;

    // Opens the cache file of (server, e-mail). Without `create`: false when there is none. Errors:
    // cacheerrc::otherAccount (the header names another account), cacheerrc::damaged (not a usable cache file).
    Result<bool> attach(const QUrl &server, const QString &email, bool create);
    bool isAttached() const;
    QString filePath() const;
    QByteArray salt() const;
    crypto::Argon2Parameters kdfParameters() const;
    // Accepts the derived key if it opens the check record (a new file: writes the check record);
    // cacheerrc::wrongPassword otherwise.
    Status unlock(const QCA::SecureArray &key);
    bool isUnlocked() const;
    const QCA::SecureArray &key() const; // empty when locked
    // Drops the key from memory and closes the file.
    void lock();
    // Deletes the attached file and creates it afresh with a new salt (the key is dropped: derive again).
    Status recreate();
    // Removes every record except the check record (e.g. after a role change).
    Status clearRecords();
    // Whether this file's key was put in the OS keychain: a sign-in without "remember" only asks the keychain to
    // remove an entry that was stored (a request can make the OS ask to unlock its wallet).
    bool keyInKeychain() const;
    Status setKeyInKeychain(bool stored);

    // A sealed value under a context name (the record's identity, e.g. "webinar/42").
    Status put(const QString &context, const QJsonValue &payload, const QDateTime &receivedAt);
    Result<std::optional<Cached<QJsonValue>>> get(const QString &context) const;
    // The plaintext of a record in the envelope put() writes: the payload and when it was received.
    static QByteArray envelope(const QJsonValue &payload, const QDateTime &receivedAt);
    // The payload and time of such a plaintext; nullopt when it is not a JSON object.
    static std::optional<Cached<QJsonValue>> readEnvelope(const QByteArray &plain);
    // Seals plain (any format) under the context name.
    Status putSealed(const QString &context, const QByteArray &plain);
    // Replaces every record whose name starts with prefix by `count` new ones, in one transaction: record(i) gives
    // the name and plaintext of the i-th.
    Status replaceRecords(const QString &prefix, qsizetype count,
                          const std::function<std::pair<QString, QByteArray>(qsizetype)> &record);
    // Keeps the first `keep` records whose name starts with prefix (in name order) and removes the others.
    Status keepFirstRecords(const QString &prefix, qsizetype keep);
    // The sealed records whose name starts with prefix, in name order; opened one by one with openSealed.
    Result<QList<QPair<QString, QByteArray>>> sealedRecords(const QString &prefix) const;
    // The plaintext of a sealed record, nullopt when it does not open (changed, truncated or moved). Thread-safe.
    std::optional<QByteArray> openSealed(const QString &context, const QByteArray &sealed) const;
    // The raw sealed bytes (tests: flipping or moving a record).
    CacheDatabase &database();

private:
    QByteArray sealContext(const QString &context) const;
    Result<Cached<QJsonValue>> openRecord(const QString &context, const QByteArray &sealed) const;
    Status createHeader();
    Status checkHeader();

    CacheConfig m_config;
    CacheDatabase m_db;
    QByteArray m_ownerTag;
    QByteArray m_salt;
    crypto::Argon2Parameters m_kdf;
    QCA::SecureArray m_key;
    std::unique_ptr<crypto::Aead> m_aead;
    bool m_fresh = false; // created by attach(): unlock() writes the check record
};

} // namespace regiekamer::client
