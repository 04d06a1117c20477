#include "crypto/Argon2id.h"

#include "base/ApiError.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <cstring>
#include <list>
#include <memory>
#include <vector>

namespace regiekamer::crypto {

using namespace Qt::StringLiterals;

namespace {

using KdfPtr = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfContextPtr = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

auto internalError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

// OpenSSL takes octet strings through non-const pointers: each input is handed over as a copy of its own in secure
// memory (wiped when the derivation is done), never by casting const away.
class OctetInputs
{
public:
    OSSL_PARAM add(const char *name, QByteArrayView bytes)
    {
        // At least one byte, so that OpenSSL gets a pointer even for an empty input.
        QCA::SecureArray &copy = m_copies.emplace_back(static_cast<int>(std::max<qsizetype>(bytes.size(), 1)), 0);
        if (!bytes.isEmpty())
            std::memcpy(copy.data(), bytes.data(), static_cast<size_t>(bytes.size()));
        return OSSL_PARAM_construct_octet_string(name, copy.data(), static_cast<size_t>(bytes.size()));
    }

private:
    std::list<QCA::SecureArray> m_copies; // stable addresses while OpenSSL holds the pointers
};

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
    OctetInputs inputs;
    std::vector<OSSL_PARAM> params {
        inputs.add(OSSL_KDF_PARAM_PASSWORD, QByteArrayView(password.constData(), password.size())),
        inputs.add(OSSL_KDF_PARAM_SALT, salt),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iterations),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &lanes),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_VERSION, &version)};
    if (!secret.isEmpty())
        params.push_back(inputs.add(OSSL_KDF_PARAM_SECRET, secret));
    if (!associatedData.isEmpty())
        params.push_back(inputs.add(OSSL_KDF_PARAM_ARGON2_AD, associatedData));
    params.push_back(OSSL_PARAM_construct_end());
    QCA::SecureArray output(outputLength);
    if (EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(output.data()),
                       static_cast<size_t>(outputLength), params.data()) != 1)
        return internalError(u"Argon2id derivation failed."_s);
    return output;
}

} // namespace regiekamer::crypto
