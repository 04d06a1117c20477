#include "PasswordHasher.h"

#include "ApiError.h"
#include "SecureRandom.h"

#include <QRegularExpression>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int hashLength = 32;
constexpr int saltLength = 16;
// Upper bounds so a stored string cannot make verification arbitrarily expensive.
constexpr quint32 maximumMemoryKiB = 1024 * 1024;
constexpr quint32 maximumIterations = 16;
constexpr quint32 maximumLanes = 16;

auto internalError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

bool atLeastMinimum(const Argon2Parameters &p)
{
    return p.memoryKiB >= PasswordHasher::minimum.memoryKiB && p.iterations >= PasswordHasher::minimum.iterations &&
        p.lanes >= PasswordHasher::minimum.lanes;
}

bool withinMaximum(const Argon2Parameters &p)
{
    return p.memoryKiB <= maximumMemoryKiB && p.iterations <= maximumIterations && p.lanes <= maximumLanes &&
        p.memoryKiB >= 8 * p.lanes;
}

QByteArray base64NoPadding(const QByteArray &data)
{
    return data.toBase64(QByteArray::OmitTrailingEquals);
}

Result<QByteArray> decodeBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return internalError(u"Malformed base64 in password hash."_s);
    return decoded.decoded;
}

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

using KdfPtr = std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)>;
using KdfContextPtr = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

} // namespace

Result<PhcHash> PhcHash::parse(const QString &phc)
{
    static const QRegularExpression pattern(
        u"^\\$argon2id\\$v=19\\$m=([0-9]{1,10}),t=([0-9]{1,10}),p=([0-9]{1,10})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{11,})$"_s);
    const auto match = pattern.match(phc);
    if (!match.hasMatch())
        return internalError(u"Not an Argon2id (v=19) PHC string."_s);
    bool okM = false, okT = false, okP = false;
    const Argon2Parameters parameters {match.captured(1).toUInt(&okM), match.captured(2).toUInt(&okT),
                                       match.captured(3).toUInt(&okP)};
    if (!okM || !okT || !okP)
        return internalError(u"Argon2id parameters out of range."_s);
    auto salt = decodeBase64(match.captured(4));
    auto hash = decodeBase64(match.captured(5));
    if (const auto error = firstError(salt, hash))
        return std::unexpected(*error);
    if (salt->size() < 8 || hash->size() < 16)
        return internalError(u"Argon2id salt or hash too short."_s);
    return PhcHash {parameters, *salt, *hash};
}

QString PhcHash::toString() const
{
    return u"$argon2id$v=19$m=%1,t=%2,p=%3$%4$%5"_s.arg(parameters.memoryKiB)
        .arg(parameters.iterations)
        .arg(parameters.lanes)
        .arg(QString::fromLatin1(base64NoPadding(salt)), QString::fromLatin1(base64NoPadding(hash)));
}

PasswordHasher::PasswordHasher(Argon2Parameters parameters)
    : m_parameters(parameters)
{
}

Result<PasswordHasher> PasswordHasher::create(Argon2Parameters parameters)
{
    if (!atLeastMinimum(parameters) || !withinMaximum(parameters)) {
        return internalError(u"Argon2id parameters must be at least m=%1 KiB, t=%2, p=%3."_s.arg(minimum.memoryKiB)
                                 .arg(minimum.iterations)
                                 .arg(minimum.lanes));
    }
    PasswordHasher hasher(parameters);
    auto randomPassword = secureRandom::bytes(32);
    if (!randomPassword)
        return std::unexpected(randomPassword.error());
    auto dummy = hasher.hash(QCA::SecureArray(*randomPassword));
    OPENSSL_cleanse(randomPassword->data(), static_cast<size_t>(randomPassword->size()));
    if (!dummy)
        return std::unexpected(dummy.error());
    hasher.m_dummyHash = *dummy;
    return hasher;
}

Result<QCA::SecureArray> PasswordHasher::derive(const QCA::SecureArray &password, const QByteArray &salt,
                                                const Argon2Parameters &parameters, int outputLength,
                                                const QByteArray &secret, const QByteArray &associatedData)
{
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "ARGON2ID", nullptr), &EVP_KDF_free);
    if (!kdf)
        return internalError(u"OpenSSL offers no ARGON2ID KDF (OpenSSL 3.2 or later is required)."_s);
    KdfContextPtr context(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    if (!context)
        return internalError(u"Could not create the Argon2id context."_s);
    uint32_t iterations = parameters.iterations, lanes = parameters.lanes, memory = parameters.memoryKiB;
    uint32_t threads = 1, version = 0x13;
    QByteArray passwordCopy = password.toByteArray(); // OpenSSL wants a non-const pointer
    QByteArray saltCopy = salt, secretCopy = secret, adCopy = associatedData;
    OSSL_PARAM params[10];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passwordCopy.data(),
                                                    static_cast<size_t>(passwordCopy.size()));
    params[n++] =
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(), static_cast<size_t>(saltCopy.size()));
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ITER, &iterations);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_LANES, &lanes);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_THREADS, &threads);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_MEMCOST, &memory);
    params[n++] = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_ARGON2_VERSION, &version);
    if (!secretCopy.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SECRET, secretCopy.data(),
                                                        static_cast<size_t>(secretCopy.size()));
    if (!adCopy.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_ARGON2_AD, adCopy.data(),
                                                        static_cast<size_t>(adCopy.size()));
    params[n] = OSSL_PARAM_construct_end();
    QCA::SecureArray output(outputLength);
    const int ok = EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(output.data()),
                                  static_cast<size_t>(outputLength), params);
    OPENSSL_cleanse(passwordCopy.data(), static_cast<size_t>(passwordCopy.size()));
    if (ok != 1)
        return internalError(u"Argon2id derivation failed."_s);
    return output;
}

Result<QString> PasswordHasher::hash(const QCA::SecureArray &password) const
{
    auto salt = secureRandom::bytes(saltLength);
    if (!salt)
        return std::unexpected(salt.error());
    auto derived = derive(password, *salt, m_parameters, hashLength);
    if (!derived)
        return std::unexpected(derived.error());
    return PhcHash {m_parameters, *salt, derived->toByteArray()}.toString();
}

bool PasswordHasher::verify(const QCA::SecureArray &password, const QString &phc) const
{
    const auto parsed = PhcHash::parse(phc);
    if (!parsed || !atLeastMinimum(parsed->parameters) || !withinMaximum(parsed->parameters))
        return false;
    const auto derived = derive(password, parsed->salt, parsed->parameters, static_cast<int>(parsed->hash.size()));
    if (!derived)
        return false;
    return CRYPTO_memcmp(derived->constData(), parsed->hash.constData(), static_cast<size_t>(parsed->hash.size())) == 0;
}

Status PasswordHasher::selfTest()
{
    const QCA::SecureArray password(QByteArray(32, '\x01'));
    const auto tag = derive(password, QByteArray(16, '\x02'), Argon2Parameters {32, 3, 4}, 32, QByteArray(8, '\x03'),
                            QByteArray(12, '\x04'));
    if (!tag)
        return std::unexpected(tag.error());
    const QByteArray expected = fromHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    if (tag->toByteArray() != expected)
        return internalError(u"The Argon2id known-answer test (RFC 9106 §5.3) failed."_s);
    return {};
}

} // namespace regiekamer::server
