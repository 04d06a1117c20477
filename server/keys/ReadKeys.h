#pragma once

#include "base/Result.h"
#include "keys/FieldCipher.h"

#include <map>

namespace regiekamer::server {

// The data keys of one read (a request's page or object): each asked of the FieldCipher once, so the key store's
// check against the stored key (a database look-up) is made once per key and read instead of once per row. Keyed by
// scope and id: one subject's key is never handed out for another. Holds its keys (and so their Aeads) only until it
// is destroyed at the end of the read; one per read, never kept.
class ReadKeys
{
public:
    explicit ReadKeys(FieldCipher &cipher)
        : m_cipher(cipher)
    {
    }
    ReadKeys(const ReadKeys &) = delete;
    ReadKeys &operator=(const ReadKeys &) = delete;

    Result<FieldCipher::Key> organisation(qint64 organisationId)
    {
        return key(KeyStore::Scope::Organisation, organisationId);
    }
    Result<FieldCipher::Key> subject(qint64 userId) { return key(KeyStore::Scope::Subject, userId); }
    Result<FieldCipher::Key> key(KeyStore::Scope scope, qint64 scopeId);

    // How many keys were asked of the cipher (for tests).
    int lookups() const { return m_lookups; }

private:
    FieldCipher &m_cipher;
    std::map<std::pair<KeyStore::Scope, qint64>, FieldCipher::Key> m_keys;
    int m_lookups = 0;
};

} // namespace regiekamer::server
