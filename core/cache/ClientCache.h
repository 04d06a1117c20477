#pragma once

#include "base/Result.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheFiles.h"
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
// record padded to a size bucket (cachepadding) and sealed with AES-256-GCM (crypto::Aead) under the file's key,
// bound to the file's random id and the record's real name, and stored under a keyed name (HMAC-SHA256 of the real
// name under a key of the file: no ids or names on disk). The file's key is derived with HKDF from the directory
// key (Argon2id of the password, cachekey) and the file's random id; the file's sealed check record holds the
// (server, e-mail) it belongs to, so open() finds the account's file by trying each file's check record. The key
// lives only in memory (QCA::SecureArray) from open() to lock(). Used from one thread. The typed records (user,
// webinars, attendees, questions) are CacheRecords; the lease is cachelease.
class ClientCache
{
public:
    explicit ClientCache(CacheConfig config = {});
    ~ClientCache();

    void setConfig(CacheConfig config); // locks first
    const CacheConfig &config() const;

    // The directory's salt and parameters (created with config().kdf when missing and `create`).
    Result<std::optional<DirectoryKdf>> directoryKdf(bool create) const;
    // Opens, unlocked, the file of (server, e-mail) that the directory key opens. Without `create`: false when there
    // is none (no file, or none this password opens); with `create`: a new file then.
    Result<bool> open(const QUrl &server, const QString &email, const QCA::SecureArray &directoryKey, bool create);
    // Opens the file at path with its own key (kept in the OS keychain) if it is the file of (server, e-mail):
    // cacheerrc::wrongPassword when the key does not open it, cacheerrc::otherAccount when it is another account's,
    // cacheerrc::damaged when it is not a cache file of this version.
    Status openFile(const QString &path, const QCA::SecureArray &fileKey, const QUrl &server, const QString &email);
    bool isAttached() const;
    bool isUnlocked() const;
    QString filePath() const;
    const QCA::SecureArray &key() const; // the file's key; empty when locked
    // Drops the key from memory and closes the file.
    void lock();
    // Closes the file and deletes it (with its -wal and -shm); the caller removes its keychain entry.
    Status removeFile();
    // Removes every record except the check record and the lease (e.g. after a role change).
    Status clearRecords();
    // Whether this file's key was put in the OS keychain (a plain header mark: keychain unlock tries these files).
    bool keyInKeychain() const;
    Status setKeyInKeychain(bool stored);
    // The plain, non-authoritative hint when the lease ends (CacheFiles::removeExpired).
    Status setExpiryHint(const QDateTime &offlineUntil);

    // A sealed value under a context name (the record's identity, e.g. "webinar/42").
    Status put(const QString &context, const QJsonValue &payload, const QDateTime &receivedAt);
    Result<std::optional<Cached<QJsonValue>>> get(const QString &context) const;
    // The plaintext of a record in the envelope put() writes: the payload and when it was received.
    static QByteArray envelope(const QJsonValue &payload, const QDateTime &receivedAt);
    // The payload and time of such a plaintext; nullopt when it is not a JSON object.
    static std::optional<Cached<QJsonValue>> readEnvelope(const QByteArray &plain);
    // Seals plain (any format) under the context name.
    Status putSealed(const QString &context, const QByteArray &plain);

    // Lists kept in pages: the real name of page `page` of a list (prefix + a six-digit number).
    static QString pageName(const QString &prefix, qint64 page);
    // Replaces the pages of prefix by `count` new ones in one transaction; plain(i) gives the i-th page's plaintext.
    Status replacePages(const QString &prefix, qsizetype count, const std::function<QByteArray(qsizetype)> &plain);
    // Keeps the first `keep` pages of prefix and removes the others.
    Status keepFirstPages(const QString &prefix, qsizetype keep);
    // The sealed pages of prefix in order (page 0, 1, … up to the first missing one): real name and sealed bytes,
    // opened one by one with openSealed.
    Result<QList<QPair<QString, QByteArray>>> sealedPages(const QString &prefix) const;
    // The plaintext of a sealed record, nullopt when it does not open (changed, truncated, moved or badly padded).
    // Thread-safe.
    std::optional<QByteArray> openSealed(const QString &context, const QByteArray &sealed) const;
    // The name a record is stored under: keyed by the file, so only an unlocked cache can compute it.
    QString storedName(const QString &context) const;
    // The raw sealed bytes (tests: flipping or moving a record).
    CacheDatabase &database();

private:
    Status createFile(const QUrl &server, const QString &email, const QCA::SecureArray &directoryKey);
    Status checkIdentity(const QUrl &server, const QString &email);
    void useKey(const QCA::SecureArray &fileKey, const QByteArray &fileId);
    QByteArray sealContext(const QString &context) const;
    Result<Cached<QJsonValue>> openRecord(const QString &context, const QByteArray &sealed) const;
    qsizetype pageCount(const QString &prefix) const;

    CacheConfig m_config;
    CacheDatabase m_db;
    QByteArray m_fileId;
    QCA::SecureArray m_key;
    QCA::SecureArray m_namesKey;
    std::unique_ptr<crypto::Aead> m_aead;
};

} // namespace regiekamer::client
