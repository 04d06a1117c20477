#include "crypto/KeyDerivation.h"

namespace regiekamer::crypto {

using namespace Qt::StringLiterals;

QCA::SecureArray hkdfSha256(const QCA::SecureArray &key, QByteArrayView salt, QByteArrayView info, int length)
{
    if (length <= 0 || length > 255 * 32 || !QCA::isSupported("hkdf(sha256)"))
        return {};
    QCA::HKDF hkdf(u"sha256"_s);
    return hkdf.makeKey(key, QCA::InitializationVector(salt.toByteArray()),
                        QCA::InitializationVector(info.toByteArray()), static_cast<unsigned int>(length));
}

QByteArray hmacSha256(const QCA::SecureArray &key, QByteArrayView message)
{
    if (key.isEmpty() || !QCA::isSupported("hmac(sha256)"))
        return {};
    QCA::MessageAuthenticationCode mac(u"hmac(sha256)"_s, QCA::SymmetricKey(key));
    mac.update(QByteArray::fromRawData(message.data(), message.size()));
    return mac.final().toByteArray();
}

QCA::SecureArray randomKey(int bytes)
{
    if (bytes <= 0)
        return {};
    return QCA::Random::randomArray(bytes);
}

} // namespace regiekamer::crypto
