#pragma once

#include "base/Result.h"
#include "crypto/Aead.h"
#include "keys/KeyStore.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>

namespace regiekamer::server {

// Seals and opens the personal fields of the database (docs/keys.md, "Personal fields"): AES-256-GCM under a data
// key of the KeyStore, bound to the field's place "table/column/rowid", so a value copied to another row or column
// does not open. One crypto::Aead per data key is kept (key schedule done once), at most maxCachedKeys (the least
// recently used leave first), each checked against the key store on every key() call (a database look-up: ReadKeys
// makes it once per key per read); a destroyed subject key and a rotation wipe them (KeyCacheListener). A caller asks
// for the key once per operation (key()) and then seals or opens any number of fields with it.
// Not thread-safe: one per Database connection, like the KeyStore.
class FieldCipher : private KeyCacheListener
{
public:
    static constexpr std::size_t maxCachedKeys = 1024;

    // The Aead of one data key; a Key from key() keeps its Aead alive (owner) even after the cache let it go.
    struct Key
    {
        const crypto::Aead *aead = nullptr;
        // Benchmark baseline only (regiekamer-bench-at-rest): seal() stores the plain UTF-8 bytes instead, so the
        // cost of sealing is measured through the same code path. Never set by the server.
        bool plainBaseline = false;
        std::shared_ptr<const crypto::Aead> owner = nullptr;
    };

    explicit FieldCipher(KeyStore &keys, std::size_t maxKeys = maxCachedKeys);
    ~FieldCipher() override;
    FieldCipher(const FieldCipher &) = delete;
    FieldCipher &operator=(const FieldCipher &) = delete;

    // "registrations/email/42"
    static QByteArray context(const char *table, const char *column, qint64 rowId);
    static QByteArray seal(Key key, QStringView text, const QByteArray &context);
    // crypto::errc::wrongContext for a value sealed for another place, crypto::errc::undecryptable for changed bytes,
    // a wrong key or a value that was never sealed; the message names the place (never the value).
    static Result<QString> open(Key key, const QVariant &sealed, const QByteArray &context);
    // The same, the plaintext UTF-8 bytes (to be written straight into a response; the caller wipes them).
    static Result<QByteArray> openBytes(const Key &key, const QVariant &sealed, const QByteArray &context);
    // Seals with the context of `table/column/rowId`; an empty array only for an invalid key.
    static QByteArray seal(Key key, QStringView text, const char *table, const char *column, qint64 rowId)
    {
        return seal(key, text, context(table, column, rowId));
    }
    static Result<QString> open(Key key, const QVariant &sealed, const char *table, const char *column, qint64 rowId)
    {
        return open(key, sealed, context(table, column, rowId));
    }

    // The data key of an organisation / a data subject (a user account), created on first use.
    Result<Key> organisationKey(qint64 organisationId) { return key(KeyStore::Scope::Organisation, organisationId); }
    Result<Key> subjectKey(qint64 userId) { return key(KeyStore::Scope::Subject, userId); }
    // The data key of mail in flight: the personal payloads of account tokens (a sign-up's details, a new address).
    Result<Key> mailKey() { return key(KeyStore::Scope::Mail, 0); }
    // The blind index of a normalised e-mail address (users.email_index).
    Result<QByteArray> emailIndex(const QString &normalisedEmail) { return m_keys.blindIndex(normalisedEmail); }
    // The data key of any scope but the index (which seals no fields).
    Result<Key> key(KeyStore::Scope scope, qint64 scopeId);

    KeyStore &keys() { return m_keys; }
    std::size_t cachedKeyCount() const { return m_cache.size(); }

private:
    struct Cached
    {
        QByteArray wrapped; // the stored wrapped bytes the key came from (KeyStore::ServedKey)
        std::shared_ptr<const crypto::Aead> aead;
        quint64 lastUse = 0;
    };

    void forgetSubjectKey(qint64 userId) override;
    void forgetAllKeys() override;

    KeyStore &m_keys;
    std::size_t m_maxKeys;
    std::map<std::pair<KeyStore::Scope, qint64>, Cached> m_cache;
    quint64 m_uses = 0;
};

} // namespace regiekamer::server
