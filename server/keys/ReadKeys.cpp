#include "keys/ReadKeys.h"

namespace regiekamer::server {

Result<FieldCipher::Key> ReadKeys::key(KeyStore::Scope scope, qint64 scopeId)
{
    const std::pair<KeyStore::Scope, qint64> place {scope, scopeId};
    if (const auto found = m_keys.find(place); found != m_keys.end())
        return found->second;
    ++m_lookups;
    auto key = m_cipher.key(scope, scopeId);
    if (key)
        m_keys.emplace(place, *key);
    return key;
}

} // namespace regiekamer::server
