#include "auth/SecurityKeyVerifier.h"

#include "base/ApiError.h"

#include <fido.h>
#include <fido/es256.h>

#include <memory>

namespace regiekamer::server::securityKeyVerifier {

using namespace Qt::StringLiterals;

namespace {

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray copied(const unsigned char *data, size_t size)
{
    return data ? QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)) : QByteArray();
}

struct CredFree
{
    void operator()(fido_cred_t *cred) const { fido_cred_free(&cred); }
};
struct AssertFree
{
    void operator()(fido_assert_t *assertion) const { fido_assert_free(&assertion); }
};
struct KeyFree
{
    void operator()(es256_pk_t *key) const { es256_pk_free(&key); }
};

std::unexpected<Error> invalid(const char *why)
{
    return fail(QString::fromLatin1(api::errc::securityKeyInvalid),
                u"The security key's answer cannot be verified (%1): try again."_s.arg(QLatin1StringView(why)));
}

} // namespace

Result<Credential> verifyRegistration(const api::SecurityKeyRegistration &registration,
                                      const QByteArray &clientDataHash)
{
    fido_init(0);
    const std::unique_ptr<fido_cred_t, CredFree> cred(fido_cred_new());
    if (!cred)
        return invalid("no memory");
    const QByteArray format = registration.format.toLatin1();
    // The type first: libfido2 reads the credential's COSE key from the authenticator data by it.
    if (fido_cred_set_type(cred.get(), COSE_ES256) != FIDO_OK ||
        fido_cred_set_clientdata_hash(cred.get(), bytes(clientDataHash), static_cast<size_t>(clientDataHash.size())) !=
            FIDO_OK ||
        fido_cred_set_rp(cred.get(), api::securityKey::rpId, api::securityKey::rpName) != FIDO_OK ||
        fido_cred_set_authdata_raw(cred.get(), bytes(registration.authenticatorData),
                                   static_cast<size_t>(registration.authenticatorData.size())) != FIDO_OK ||
        fido_cred_set_fmt(cred.get(), format.constData()) != FIDO_OK ||
        fido_cred_set_attstmt(cred.get(), bytes(registration.attestationStatement),
                              static_cast<size_t>(registration.attestationStatement.size())) != FIDO_OK)
        return invalid("malformed");
    // "packed" with a certificate, "fido-u2f" and "tpm": the attestation key signed; "packed" without one: the new
    // credential itself did. Either binds the challenge; "none" binds nothing and is refused.
    const int verified =
        fido_cred_x5c_ptr(cred.get()) != nullptr ? fido_cred_verify(cred.get()) : fido_cred_verify_self(cred.get());
    if (verified != FIDO_OK)
        return invalid(fido_strerr(verified));
    Credential credential {copied(fido_cred_id_ptr(cred.get()), fido_cred_id_len(cred.get())),
                           copied(fido_cred_pubkey_ptr(cred.get()), fido_cred_pubkey_len(cred.get())),
                           fido_cred_sigcount(cred.get())};
    if (credential.credentialId.isEmpty() || credential.credentialId.size() > 1024 || credential.publicKey.size() != 64)
        return invalid("not an ES256 credential");
    return credential;
}

std::optional<quint32> verifyAssertion(const QByteArray &publicKey, const QByteArray &clientDataHash,
                                       const QByteArray &authenticatorData, const QByteArray &signature)
{
    fido_init(0);
    const std::unique_ptr<fido_assert_t, AssertFree> assertion(fido_assert_new());
    const std::unique_ptr<es256_pk_t, KeyFree> key(es256_pk_new());
    if (!assertion || !key ||
        es256_pk_from_ptr(key.get(), publicKey.constData(), static_cast<size_t>(publicKey.size())) != FIDO_OK)
        return std::nullopt;
    if (fido_assert_set_rp(assertion.get(), api::securityKey::rpId) != FIDO_OK ||
        fido_assert_set_clientdata_hash(assertion.get(), bytes(clientDataHash),
                                        static_cast<size_t>(clientDataHash.size())) != FIDO_OK ||
        fido_assert_set_count(assertion.get(), 1) != FIDO_OK ||
        fido_assert_set_authdata_raw(assertion.get(), 0, bytes(authenticatorData),
                                     static_cast<size_t>(authenticatorData.size())) != FIDO_OK ||
        fido_assert_set_sig(assertion.get(), 0, bytes(signature), static_cast<size_t>(signature.size())) != FIDO_OK ||
        fido_assert_set_up(assertion.get(), FIDO_OPT_TRUE) != FIDO_OK)
        return std::nullopt;
    // The relying party's hash, the user-presence flag and the signature, all in libfido2.
    if (fido_assert_verify(assertion.get(), 0, COSE_ES256, key.get()) != FIDO_OK)
        return std::nullopt;
    return fido_assert_sigcount(assertion.get(), 0);
}

} // namespace regiekamer::server::securityKeyVerifier
