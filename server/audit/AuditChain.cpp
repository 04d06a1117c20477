#include "audit/AuditChain.h"

#include <QtEndian>

#include <openssl/evp.h>

#include <array>

namespace regiekamer::server::audit {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView canonicalTag = "RKA1";
constexpr QByteArrayView extendedTag = "RKA2";

constexpr std::array<ChainedColumn, 18> chainedColumnTable {{
    {"seq", ColumnKind::Integer},
    {"at_ms", ColumnKind::Integer},
    {"actor_id", ColumnKind::Integer},
    {"actor_role", ColumnKind::Text},
    {"client_address", ColumnKind::Text},
    {"request_id", ColumnKind::Text},
    {"action", ColumnKind::Text},
    {"object_type", ColumnKind::Text},
    {"object_id", ColumnKind::Integer},
    {"webinar_id", ColumnKind::Integer},
    {"organisation_id", ColumnKind::Integer},
    {"subject_user_id", ColumnKind::Integer},
    {"fields", ColumnKind::Text},
    {"outcome", ColumnKind::Text},
    {"reason", ColumnKind::Text},
    {"row_count", ColumnKind::Integer},
    {"actor_name", ColumnKind::Text},
    {"change_detail", ColumnKind::OptionalText},
}};

} // namespace

std::span<const ChainedColumn> chainedColumns()
{
    return chainedColumnTable;
}

QString chainedColumnList()
{
    QStringList names;
    for (const ChainedColumn &column : chainedColumnTable)
        names.append(QString::fromLatin1(column.name));
    return names.join(u", "_s);
}

CanonicalWriter::CanonicalWriter()
{
    m_bytes.reserve(512);
    clear();
}

void CanonicalWriter::clear()
{
    m_bytes.resize(0);
    m_bytes.append(canonicalTag);
}

void CanonicalWriter::integer(qint64 value)
{
    std::array<char, sizeof(qint64)> buffer {};
    qToBigEndian(value, buffer.data());
    m_bytes.append(buffer.data(), buffer.size());
}

void CanonicalWriter::text(QByteArrayView utf8)
{
    std::array<char, sizeof(quint32)> length {};
    qToBigEndian(static_cast<quint32>(utf8.size()), length.data());
    m_bytes.append(length.data(), length.size());
    m_bytes.append(utf8);
}

void CanonicalWriter::optionalText(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return;
    m_bytes.replace(0, extendedTag.size(), extendedTag);
    text(utf8);
}

void CanonicalWriter::column(ColumnKind kind, qint64 integer, QByteArrayView utf8)
{
    switch (kind) {
    case ColumnKind::Integer:
        return this->integer(integer);
    case ColumnKind::Text:
        return text(utf8);
    case ColumnKind::OptionalText:
        return optionalText(utf8);
    }
}

QByteArray canonicalBytes(const QVariantList &row)
{
    CanonicalWriter writer;
    for (qsizetype i = 0; i < static_cast<qsizetype>(chainedColumnTable.size()); ++i) {
        const QVariant value = row.value(i);
        const ColumnKind kind = chainedColumnTable[static_cast<size_t>(i)].kind;
        if (kind == ColumnKind::Integer)
            writer.integer(value.isNull() ? 0 : value.toLongLong());
        else
            writer.column(kind, 0, value.isNull() ? QByteArray() : value.toString().toUtf8());
    }
    return writer.bytes();
}

QByteArray genesisHash()
{
    return QByteArray(hashSize, '\0');
}

void chainHash(QByteArrayView previousHash, QByteArrayView canonical, QByteArray &out)
{
    // One digest context per thread, reused: the verifier hashes millions of entries per second.
    struct Digest
    {
        EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        ~Digest()
        {
            EVP_MD_CTX_free(context);
            EVP_MD_free(md);
        }
    };
    thread_local Digest digest;
    out.resize(hashSize);
    EVP_DigestInit_ex2(digest.context, digest.md, nullptr);
    EVP_DigestUpdate(digest.context, previousHash.data(), static_cast<size_t>(previousHash.size()));
    EVP_DigestUpdate(digest.context, canonical.data(), static_cast<size_t>(canonical.size()));
    EVP_DigestFinal_ex(digest.context, reinterpret_cast<unsigned char *>(out.data()), nullptr);
}

QByteArray chainHash(QByteArrayView previousHash, QByteArrayView canonical)
{
    QByteArray out;
    chainHash(previousHash, canonical, out);
    return out;
}

} // namespace regiekamer::server::audit
