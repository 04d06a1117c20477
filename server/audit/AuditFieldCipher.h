#pragma once

#include "base/Result.h"
#include "crypto/Aead.h"
#include "protocol/AuditEntry.h"

#include <QSqlQuery>
#include <QtCrypto>

#include <optional>

namespace regiekamer::server {

class KeyStore;

namespace audit {

// The personal columns of the access log, actor_name and client_address, are stored sealed (docs/security.md
// "Access log"): AES-256-GCM under the access log's data key (KeyStore::auditKey()), bound to the place
// "audit_log/<column>/<seq>", as base64 text. The hash chain covers the stored text, so the chain is verified
// without any data key; reading the names and addresses needs the master key. An empty value stays empty.
// Not thread-safe: one per Database connection, like the KeyStore.
class AuditFieldCipher
{
public:
    static constexpr auto actorNameColumn = "actor_name";
    static constexpr auto clientAddressColumn = "client_address";

    explicit AuditFieldCipher(KeyStore &keys);

    // "audit_log/actor_name/42"
    static QByteArray context(const char *column, qint64 sequence);
    static QString sealValue(const crypto::Aead &aead, const char *column, qint64 sequence, const QString &plain);
    // crypto_wrong_context for a value sealed for another entry or column, crypto_undecryptable for changed bytes
    // or a wrong key; the message names the entry and the column, never the value.
    static Result<QString> openValue(const crypto::Aead &aead, const char *column, qint64 sequence,
                                     const QString &stored);
    // Both personal columns of an entry whose sequence number is set, in place.
    static Status sealEntry(const crypto::Aead &aead, api::AuditEntry &entry);
    static Status openEntry(const crypto::Aead &aead, api::AuditEntry &entry);

    // The Aead of the access log's data key (created on first use), valid until the next call. The key is kept
    // between calls and checked by one indexed read that compares its stored wrapped bytes with those it came from
    // (KeyStore::servedKey()): a re-wrap by `keys rotate`, a new access log key (of any process) or a key whose
    // creation rolled back changes or removes them, and the key is then asked of the key store again.
    Result<const crypto::Aead *> aead();

private:
    bool stillStored();

    KeyStore &m_keys;
    QByteArray m_wrapped; // the stored wrapped bytes m_aead's key came from
    std::optional<crypto::Aead> m_aead;
    std::optional<QSqlQuery> m_check; // prepared once; Qt finalises it when the connection closes
};

} // namespace audit
} // namespace regiekamer::server
