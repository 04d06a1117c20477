#pragma once

#include "base/Result.h"
#include "protocol/SecurityKey.h"

#include <QByteArray>

#include <optional>

// What a FIDO2 security key signed, checked without the key (docs/security.md "Security keys"): libfido2's own
// parsing and verification (fido_cred_verify, fido_cred_verify_self, fido_assert_verify), so the server runs the same
// CBOR, COSE and signature code as the desktop app. Only ES256 (P-256) credentials; relying party
// api::securityKey::rpId.
namespace regiekamer::server::securityKeyVerifier {

struct Credential
{
    QByteArray credentialId;
    QByteArray publicKey; // ES256: x || y, 64 bytes
    quint32 signCount = 0;
};

// A new credential: the attestation statement's signature over authenticatorData || clientDataHash (an attestation
// certificate's or the credential's own, "packed" self-attestation), the relying party's hash and the user-presence
// flag. "security_key_invalid" otherwise. The attestation certificate is not checked against any vendor list.
Result<Credential> verifyRegistration(const api::SecurityKeyRegistration &registration,
                                      const QByteArray &clientDataHash);

// An assertion of a stored credential: the relying party's hash, the user-presence flag and the signature over
// authenticatorData || clientDataHash with `publicKey`. Its signature counter when all hold, std::nullopt otherwise.
std::optional<quint32> verifyAssertion(const QByteArray &publicKey, const QByteArray &clientDataHash,
                                       const QByteArray &authenticatorData, const QByteArray &signature);

} // namespace regiekamer::server::securityKeyVerifier
