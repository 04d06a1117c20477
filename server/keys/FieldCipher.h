#pragma once

#include "base/Result.h"
#include "crypto/Aead.h"
#include "keys/KeyStore.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace regiekamer::server {

// Seals and opens the personal fields of the database (docs/keys.md, "Personal fields"): AES-256-GCM under a data
// key of the KeyStore, bound to the field's place "table/column/rowid", so a value copied to another row or column
// does not open. One crypto::Aead per data key is kept (key schedule done once); a caller asks for the key once per
// operation (key()) and then seals or opens any number of fields with it.
// Not thread-safe: one per Database connection, like the KeyStore.
class FieldCipher
{
public:
    // The Aead of one data key, valid until the next key() call for the same scope and id.
    struct Key
    {
        const crypto::Aead *aead = nullptr;
        // Benchmark baseline only (regiekamer-bench-at-rest): seal() stores the plain UTF-8 bytes instead, so the
        // cost of sealing is measured through the same code path. Never set by the server.
        bool plainBaseline = false;
    };

    explicit FieldCipher(KeyStore &keys);

    // "registrations/email/42"
    static QByteArray context(const char *table, const char *column, qint64 rowId);
    static QByteArray seal(Key key, QStringView text, const QByteArray &context);
    // crypto::errc::wrongContext for a value sealed for another place, crypto::errc::undecryptable for changed bytes,
    // a wrong key or a value that was never sealed; the message names the place (never the value).
    static Result<QString> open(Key key, const QVariant &sealed, const QByteArray &context);
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

    KeyStore &keys() { return m_keys; }

private:
    struct Cached
    {
        QByteArray fingerprint; // HMAC of a fixed text under the key: detects a replaced key without storing it
        crypto::Aead aead;
    };

    Result<Key> key(KeyStore::Scope scope, qint64 scopeId);

    KeyStore &m_keys;
    std::map<std::pair<KeyStore::Scope, qint64>, Cached> m_cache;
};

} // namespace regiekamer::server
