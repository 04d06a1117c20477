#include "crypto/Argon2id.h"

#include "base/ApiError.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace regiekamer::crypto {

using namespace Qt::StringLiterals;

namespace {

using KdfPtr = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfContextPtr = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

auto internalError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

// OpenSSL takes octet strings through non-const pointers but only reads them, and wants a pointer even when empty.
OSSL_PARAM octets(const char *name, QByteArrayView bytes)
{
    static char nothing = 0;
    char *data = bytes.isEmpty() ? &nothing : const_cast<char *>(bytes.data());
    return OSSL_PARAM_construct_octet_string(name, data, static_cast<size_t>(bytes.size()));
}

} // namespace

Result<QCA::SecureArray> argon2id(const QCA::SecureArray &password, QByteArrayView salt,
                                  const Argon2Parameters &parameters, int outputLength, QByteArrayView secret,
                                  QByteArrayView associatedData)
{
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "ARGON2ID", nullptr), &EVP_KDF_free);
    if (!kdf)
        return internalError(u"OpenSSL offers no ARGON2ID KDF (OpenSSL 3.2 or later is required)."_s);
    KdfContextPtr context(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    if (!context || outputLength <= 0)
        return internalError(u"Could not create the Argon2id context."_s);
    uint32_t iterations = parameters.iterations, lanes = parameters.lanes, memory = parameters.memoryKiB;
    uint32_t threads = 1, version = 0x13;
    OSSL_PARAM params[10];
    int n = 0;
    params[n++] = octets(OSSL_KDF_PARAM_PASSWORD, QByteArrayView(password.constData(), password.size()));
    params[n++] = octets(OSSL_KDF_PARAM_SALT, salt);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iterations);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &lanes);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_VERSION, &version);
    if (!secret.isEmpty())
        params[n++] = octets(OSSL_KDF_PARAM_SECRET, secret);
    if (!associatedData.isEmpty())
        params[n++] = octets(OSSL_KDF_PARAM_ARGON2_AD, associatedData);
    params[n] = OSSL_PARAM_construct_end();
    QCA::SecureArray output(outputLength);
    if (EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(output.data()),
                       static_cast<size_t>(outputLength), params) != 1)
        return internalError(u"Argon2id derivation failed."_s);
    return output;
}

} // namespace regiekamer::crypto
