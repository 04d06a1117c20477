#include "crypto/CryptoKnownAnswers.h"

#include "base/ApiError.h"
#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureCompare.h"

#include <QtCrypto>

namespace regiekamer::crypto {

using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(QByteArray(digits));
}

std::unexpected<Error> broken(const QString &what)
{
    return fail(QString::fromLatin1(api::errc::internal), u"Crypto self-test failed: %1"_s.arg(what));
}

const QByteArray gcmKey = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
const QByteArray gcmIv = hex("cafebabefacedbaddecaf888");
const QByteArray gcmPlaintext = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");

// Runs the vector through the AES-256-GCM path of Aead::seal()/open() (OpenSSL EVP on a reused keyed context):
// encrypting must give `expected` and decrypting `expected` must pass the tag check.
bool gcmMatches(const QByteArray &expected)
{
    return detail::gcmKnownAnswerMatches(gcmKey, gcmIv, gcmPlaintext, expected);
}

QByteArray compute(KnownAnswer vector)
{
    switch (vector) {
    case KnownAnswer::AesGcm:
        return {};
    case KnownAnswer::HkdfSha256:
        return hkdfSha256(QCA::SecureArray(QByteArray(22, '\x0b')), hex("000102030405060708090a0b0c"),
                          hex("f0f1f2f3f4f5f6f7f8f9"), 42)
            .toByteArray();
    case KnownAnswer::HmacSha256:
        return hmacSha256(QCA::SecureArray(QByteArray("Jefe")), "what do ya want for nothing?");
    case KnownAnswer::Argon2id: {
        const auto tag = argon2id(QCA::SecureArray(QByteArray(32, '\x01')), QByteArray(16, '\x02'),
                                  Argon2Parameters {32, 3, 4}, 32, QByteArray(8, '\x03'), QByteArray(12, '\x04'));
        return tag ? tag->toByteArray() : QByteArray();
    }
    }
    return {};
}

QString vectorName(KnownAnswer vector)
{
    switch (vector) {
    case KnownAnswer::AesGcm:
        return u"AES-256-GCM (GCM spec test case 15)"_s;
    case KnownAnswer::HkdfSha256:
        return u"HKDF-SHA256 (RFC 5869 test case 1)"_s;
    case KnownAnswer::HmacSha256:
        return u"HMAC-SHA256 (RFC 4231 test case 2)"_s;
    case KnownAnswer::Argon2id:
        return u"Argon2id (RFC 9106 §5.3)"_s;
    }
    return {};
}

Status checkProvider()
{
    if (!QCA::findProvider(u"qca-ossl"_s))
        return broken(u"the QCA OpenSSL provider (qca-ossl) is not installed."_s);
    for (const auto feature : {"sha256", "aes256-gcm", "hmac(sha256)", "hkdf(sha256)", "random"}) {
        if (!QCA::isSupported(feature, u"qca-ossl"_s))
            return broken(u"QCA's OpenSSL provider does not support %1."_s.arg(QLatin1StringView(feature)));
    }
    return {};
}

Status checkAeadBehaviour()
{
    const Aead aead(randomKey(Aead::keyBytes));
    const QByteArray message = "self-test record";
    QByteArray sealed = aead.seal(message, "self-test/a");
    const auto opened = aead.open(sealed, "self-test/a");
    if (!aead.isValid() || !opened || *opened != message)
        return broken(u"an AES-256-GCM seal/open round trip did not give the plaintext back."_s);
    if (const auto moved = aead.open(sealed, "self-test/b");
        moved || moved.error().code != QLatin1StringView(errc::wrongContext))
        return broken(u"a ciphertext opened in another context was not refused as such."_s);
    sealed[Aead::nonceBytes + 3] = static_cast<char>(sealed.at(Aead::nonceBytes + 3) ^ 0x01);
    if (const auto flipped = aead.open(sealed, "self-test/a");
        flipped || flipped.error().code != QLatin1StringView(errc::undecryptable))
        return broken(u"a ciphertext with a flipped byte was not rejected."_s);
    return {};
}

} // namespace

QByteArray publishedAnswer(KnownAnswer vector)
{
    switch (vector) {
    case KnownAnswer::AesGcm:
        return hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                   "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
                   "b094dac5d93471bdec1a502270e3cc6c");
    case KnownAnswer::HkdfSha256:
        return hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    case KnownAnswer::HmacSha256:
        return hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    case KnownAnswer::Argon2id:
        return hex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }
    return {};
}

Status checkKnownAnswer(KnownAnswer vector, const std::optional<QByteArray> &expected)
{
    const QByteArray answer = expected.value_or(publishedAnswer(vector));
    const bool matches = !answer.isEmpty() &&
        (vector == KnownAnswer::AesGcm ? gcmMatches(answer) : constantTimeEquals(compute(vector), answer));
    if (!matches)
        return broken(u"the %1 known-answer test gave a wrong result."_s.arg(vectorName(vector)));
    return {};
}

Status selfTest()
{
    if (auto provider = checkProvider(); !provider)
        return provider;
    for (const auto vector :
         {KnownAnswer::AesGcm, KnownAnswer::HkdfSha256, KnownAnswer::HmacSha256, KnownAnswer::Argon2id}) {
        if (auto answer = checkKnownAnswer(vector); !answer)
            return answer;
    }
    return checkAeadBehaviour();
}

} // namespace regiekamer::crypto
