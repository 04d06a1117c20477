#include "keys/FieldCipher.h"

#include "crypto/KeyDerivation.h"
#include "crypto/SecureCompare.h"

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

FieldCipher::FieldCipher(KeyStore &keys)
    : m_keys(keys)
{
}

QByteArray FieldCipher::context(const char *table, const char *column, qint64 rowId)
{
    return QByteArray(table) + '/' + QByteArray(column) + '/' + QByteArray::number(rowId);
}

QByteArray FieldCipher::seal(Key key, QStringView text, const QByteArray &context)
{
    if (key.plainBaseline)
        return text.toUtf8();
    if (!key.aead)
        return {};
    QByteArray plain = text.toUtf8();
    QByteArray sealed = key.aead->seal(plain, context);
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    return sealed;
}

Result<QString> FieldCipher::open(Key key, const QVariant &sealed, const QByteArray &context)
{
    const QString place = QString::fromLatin1(context);
    // A value that is not a BLOB was never sealed (e.g. plain text a data migration has not reached yet).
    if (!key.aead || sealed.typeId() != QMetaType::QByteArray) {
        return fail(QString::fromLatin1(crypto::errc::undecryptable),
                    u"The stored value of %1 is not sealed or has no key."_s.arg(place));
    }
    auto plain = key.aead->open(sealed.toByteArray(), context);
    if (!plain) {
        const bool moved = plain.error().code == QLatin1StringView(crypto::errc::wrongContext);
        return fail(plain.error().code,
                    moved
                        ? u"The stored value of %1 belongs to another record or field (moved or copied)."_s.arg(place)
                        : u"The stored value of %1 cannot be decrypted: changed bytes or the wrong key."_s.arg(place));
    }
    QString text = QString::fromUtf8(*plain);
    OPENSSL_cleanse(plain->data(), static_cast<size_t>(plain->size()));
    return text;
}

Result<FieldCipher::Key> FieldCipher::key(KeyStore::Scope scope, qint64 scopeId)
{
    if (scope == KeyStore::Scope::Index)
        return fail(QString::fromLatin1(crypto::errc::undecryptable), u"The index key seals no fields."_s);
    auto dataKey = scope == KeyStore::Scope::Mail ? m_keys.mailKey()
        : scope == KeyStore::Scope::Organisation  ? m_keys.organisationKey(scopeId)
                                                  : m_keys.subjectKey(scopeId);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    const QByteArray fingerprint = crypto::hmacSha256(*dataKey, "regiekamer field cipher key check");
    const auto found = m_cache.find({scope, scopeId});
    if (found != m_cache.end() && crypto::constantTimeEquals(found->second.fingerprint, fingerprint))
        return Key {&found->second.aead};
    const auto stored = m_cache.insert_or_assign({scope, scopeId}, Cached {fingerprint, crypto::Aead(*dataKey)});
    return Key {&stored.first->second.aead};
}

} // namespace regiekamer::server
