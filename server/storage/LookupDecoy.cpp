#include "storage/LookupDecoy.h"

#include "keys/FieldCipher.h"

#include <QtCrypto>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

LookupDecoy::LookupDecoy()
    : m_aead(QCA::Random::randomArray(32))
    , m_email(FieldCipher::seal(FieldCipher::Key {&m_aead}, u"someone.unknown@example.nl", "users", "email", 0))
    , m_name(FieldCipher::seal(FieldCipher::Key {&m_aead}, u"Someone Unknown", "users", "display_name", 0))
{
}

void LookupDecoy::spend(FieldCipher &cipher) const
{
    // As FieldCipher::key() checks a found account's subject key: the stored key read and compared with the cached one.
    const auto served = cipher.keys().servedKey(KeyStore::Scope::Index, KeyStore::indexScopeId);
    const auto email = FieldCipher::open(FieldCipher::Key {&m_aead}, m_email, "users", "email", 0);
    const auto name = FieldCipher::open(FieldCipher::Key {&m_aead}, m_name, "users", "display_name", 0);
    // The results only have to exist (the compiler may not drop the work); they are never used.
    Q_UNUSED(served);
    Q_UNUSED(email);
    Q_UNUSED(name);
}

} // namespace regiekamer::server
