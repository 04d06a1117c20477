#include "keys/FieldCipher.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

FieldCipher::FieldCipher(KeyStore &keys, std::size_t maxKeys)
    : m_keys(keys)
    , m_maxKeys(std::max<std::size_t>(1, maxKeys))
{
    m_keys.addCacheListener(this);
}

FieldCipher::~FieldCipher()
{
    m_keys.removeCacheListener(this);
}

void FieldCipher::forgetSubjectKey(qint64 userId)
{
    m_cache.erase({KeyStore::Scope::Subject, userId}); // the Aead wipes its key as it is freed (unless a read holds it)
}

void FieldCipher::forgetAllKeys()
{
    m_cache.clear();
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

Result<QByteArray> FieldCipher::openBytes(const Key &key, const QVariant &sealed, const QByteArray &context)
{
    // A value that is not a BLOB was never sealed (e.g. plain text a data migration has not reached yet).
    if (!key.aead || sealed.typeId() != QMetaType::QByteArray) {
        return fail(QString::fromLatin1(crypto::errc::undecryptable),
                    u"The stored value of %1 is not sealed or has no key."_s.arg(QString::fromLatin1(context)));
    }
    auto plain = key.aead->open(sealed.toByteArray(), context);
    if (!plain) {
        const QString place = QString::fromLatin1(context);
        const bool moved = plain.error().code == QLatin1StringView(crypto::errc::wrongContext);
        return fail(plain.error().code,
                    moved
                        ? u"The stored value of %1 belongs to another record or field (moved or copied)."_s.arg(place)
                        : u"The stored value of %1 cannot be decrypted: changed bytes or the wrong key."_s.arg(place));
    }
    return plain;
}

Result<QString> FieldCipher::open(Key key, const QVariant &sealed, const QByteArray &context)
{
    auto plain = openBytes(key, sealed, context);
    if (!plain)
        return std::unexpected(plain.error());
    QString text = QString::fromUtf8(*plain);
    OPENSSL_cleanse(plain->data(), static_cast<size_t>(plain->size()));
    return text;
}

// The key store checks its cached key against the stored wrapped bytes; equal bytes are the same key (each wrap has a
// fresh nonce), so the Aead made from them is reused; other bytes (a rotation, a destroyed and new key) make a new one.
Result<FieldCipher::Key> FieldCipher::key(KeyStore::Scope scope, qint64 scopeId)
{
    if (scope == KeyStore::Scope::Index)
        return fail(QString::fromLatin1(crypto::errc::undecryptable), u"The index key seals no fields."_s);
    auto served = m_keys.servedKey(scope, scope == KeyStore::Scope::Mail ? 0 : scopeId);
    if (!served)
        return std::unexpected(served.error());
    const std::pair<KeyStore::Scope, qint64> place {scope, scope == KeyStore::Scope::Mail ? 0 : scopeId};
    if (const auto found = m_cache.find(place); found != m_cache.end() && found->second.wrapped == served->wrapped) {
        found->second.lastUse = ++m_uses;
        return Key {found->second.aead.get(), false, found->second.aead};
    }
    if (m_cache.size() >= m_maxKeys && !m_cache.contains(place)) {
        const auto oldest =
            std::ranges::min_element(m_cache, {}, [](const auto &entry) { return entry.second.lastUse; });
        m_cache.erase(oldest);
    }
    auto aead = std::make_shared<const crypto::Aead>(served->key);
    m_cache.insert_or_assign(place, Cached {served->wrapped, aead, ++m_uses});
    return Key {aead.get(), false, aead};
}

} // namespace regiekamer::server
