#include "audit/AuditKey.h"

#include "base/PrivateFile.h"
#include "crypto/KeyDerivation.h"
#include "keys/KeyFile.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

namespace {

std::unexpected<Error> keyError(const QString &message)
{
    return fail(u"audit_key"_s, message);
}

} // namespace

AuditKey::AuditKey(const QCA::SecureArray &bytes)
    : m_bytes(bytes)
{
}

AuditKey AuditKey::fromBytes(const QCA::SecureArray &bytes)
{
    return AuditKey(bytes);
}

Result<AuditKey> AuditKey::load(const QString &path, bool createIfMissing)
{
    if (!QFile::exists(path)) {
        if (!createIfMissing)
            return keyError(u"The access log key %1 does not exist."_s.arg(path));
        QCA::SecureArray key = crypto::randomKey(keyBytes);
        if (key.size() != keyBytes)
            return keyError(u"Cannot make a random access log key."_s);
        if (auto written = privateFile::create(path, keyFile::bytesOf(key)); !written)
            return std::unexpected(written.error());
        return AuditKey(key);
    }
    auto key = keyFile::readOwnerOnly(path, u"the access log key"_s, keyBytes + 1);
    if (!key)
        return std::unexpected(key.error());
    if (key->size() != keyBytes)
        return keyError(u"The access log key %1 is not %2 bytes long."_s.arg(path).arg(keyBytes));
    return AuditKey(*key);
}

QByteArray AuditKey::mac(QByteArrayView message) const
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t length = 0;
    EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, m_bytes.constData(), static_cast<size_t>(m_bytes.size()),
              reinterpret_cast<const unsigned char *>(message.data()), static_cast<size_t>(message.size()),
              reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()), &length);
    out.resize(static_cast<qsizetype>(length));
    return out;
}

bool AuditKey::verify(QByteArrayView message, QByteArrayView expected) const
{
    const QByteArray actual = mac(message);
    return actual.size() == expected.size() && !actual.isEmpty() &&
        CRYPTO_memcmp(actual.constData(), expected.data(), static_cast<size_t>(actual.size())) == 0;
}

} // namespace regiekamer::server::audit
