#pragma once

#include "crypto/Aead.h"

#include <QByteArray>

namespace regiekamer::server {

class FieldCipher;

// The work a found account costs, done for an address that has none: the sign-in's answer must take as long for
// an unknown address as for a known one with a wrong password (docs/security.md "Sign-in throttling"). A found
// account costs its subject key (read from data_keys and compared with the cached key's wrapped bytes, FieldCipher)
// and opening its sealed address and name; the decoy reads the index key the same way and opens two sealed values of
// the usual size under a key of its own.
class LookupDecoy
{
public:
    LookupDecoy();

    void spend(FieldCipher &cipher) const;

private:
    crypto::Aead m_aead;
    QByteArray m_email;
    QByteArray m_name;
};

} // namespace regiekamer::server
