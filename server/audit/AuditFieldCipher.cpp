#include "audit/AuditFieldCipher.h"

#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

AuditFieldCipher::AuditFieldCipher(KeyStore &keys)
    : m_keys(keys)
{
}

QByteArray AuditFieldCipher::context(const char *column, qint64 sequence)
{
    return FieldCipher::context("audit_log", column, sequence);
}

QString AuditFieldCipher::sealValue(const crypto::Aead &aead, const char *column, qint64 sequence, const QString &plain)
{
    if (plain.isEmpty())
        return u""_s;
    const QByteArray sealed = aead.seal(plain.toUtf8(), context(column, sequence));
    return sealed.isEmpty() ? QString() : QString::fromLatin1(sealed.toBase64());
}

Result<QString> AuditFieldCipher::openValue(const crypto::Aead &aead, const char *column, qint64 sequence,
                                            const QString &stored)
{
    if (stored.isEmpty())
        return u""_s;
    const auto decoded = QByteArray::fromBase64Encoding(stored.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    auto plain = decoded ? aead.open(*decoded, context(column, sequence))
                         : Result<QByteArray>(fail(QString::fromLatin1(crypto::errc::undecryptable), QString()));
    if (!plain) {
        const bool moved = plain.error().code == QLatin1StringView(crypto::errc::wrongContext);
        return fail(plain.error().code,
                    u"Access log entry %1: the %2 column cannot be decrypted: %3. Run `regiekamer-admin audit "
                    "verify`."_s.arg(sequence)
                        .arg(QLatin1StringView(column),
                             moved ? u"it was sealed for another entry or column (moved)"_s
                                   : u"its bytes were changed, or the access log's data key is wrong"_s));
    }
    return QString::fromUtf8(*plain);
}

Status AuditFieldCipher::sealEntry(const crypto::Aead &aead, api::AuditEntry &entry)
{
    const QString name = sealValue(aead, actorNameColumn, entry.sequence, entry.actorName);
    const QString address = sealValue(aead, clientAddressColumn, entry.sequence, entry.clientAddress);
    if (name.isNull() || address.isNull())
        return fail(u"audit_unsealed"_s, u"Cannot seal access log entry %1."_s.arg(entry.sequence));
    entry.actorName = name;
    entry.clientAddress = address;
    return {};
}

Status AuditFieldCipher::openEntry(const crypto::Aead &aead, api::AuditEntry &entry)
{
    auto name = openValue(aead, actorNameColumn, entry.sequence, entry.actorName);
    auto address = openValue(aead, clientAddressColumn, entry.sequence, entry.clientAddress);
    if (const auto error = firstError(name, address))
        return std::unexpected(*error);
    entry.actorName = *name;
    entry.clientAddress = *address;
    return {};
}

Result<const crypto::Aead *> AuditFieldCipher::aead()
{
    if (m_aead && stillStored())
        return &*m_aead;
    m_aead.reset();
    auto served = m_keys.servedKey(KeyStore::Scope::Audit, 0);
    if (!served)
        return std::unexpected(served.error());
    m_aead.emplace(served->key);
    m_wrapped = served->wrapped;
    return &*m_aead;
}

// Any failure (no row, a closed connection) counts as changed: aead() then asks the key store, which reports it.
bool AuditFieldCipher::stillStored()
{
    if (!m_check) {
        m_check.emplace(m_keys.database().connection());
        m_check->setForwardOnly(true);
        if (!m_check->prepare(u"SELECT wrapped = ? FROM data_keys WHERE scope_kind = ? AND scope_id = 0"_s)) {
            m_check.reset();
            return false;
        }
        m_check->bindValue(1, KeyStore::scopeName(KeyStore::Scope::Audit));
    }
    m_check->bindValue(0, m_wrapped);
    const bool same = m_check->exec() && m_check->next() && m_check->value(0).toBool();
    m_check->finish();
    if (!same)
        m_check.reset(); // prepared again next time, also on a connection opened again
    return same;
}

} // namespace regiekamer::server::audit
