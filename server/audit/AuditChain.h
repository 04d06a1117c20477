#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVariantList>

#include <span>

// The hash chain of the access log. An entry's hash is SHA-256 over the previous entry's hash followed by the
// entry's canonical bytes; the first entry follows 32 zero bytes. The canonical bytes are defined over the columns
// of the audit_log table (not over JSON), so the server that appends and the verifier that reads the raw table
// compute them from one column list and cannot disagree about field order or encoding.
namespace regiekamer::server::audit {

inline constexpr qsizetype hashSize = 32;

// OptionalText is written only when it is not empty, and then the canonical bytes start "RKA2" instead of "RKA1": a
// column added later leaves the hashes of the entries written before it unchanged.
enum class ColumnKind { Integer, Text, OptionalText };

struct ChainedColumn
{
    const char *name;
    ColumnKind kind;
};

// The audit_log columns covered by the hash, in canonical order (the hash column itself is not one of them).
std::span<const ChainedColumn> chainedColumns();
// "seq, at_ms, actor_id, …" in canonical order, for SELECT and INSERT statements.
QString chainedColumnList();

// Canonical bytes: "RKA1" (or "RKA2", see ColumnKind::OptionalText), then per column an 8-byte big-endian integer, or
// a 4-byte big-endian length and the UTF-8 bytes. Integers that are NULL encode as 0, text that is NULL as empty.
class CanonicalWriter
{
public:
    CanonicalWriter();
    void clear();
    void integer(qint64 value);
    void text(QByteArrayView utf8);
    void optionalText(QByteArrayView utf8);
    // One column's value as its kind writes it.
    void column(ColumnKind kind, qint64 integer, QByteArrayView utf8);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Canonical bytes of a row given as values in chainedColumns() order.
QByteArray canonicalBytes(const QVariantList &row);

QByteArray genesisHash();
// SHA-256(previousHash || canonical), written into `out` (resized to hashSize).
void chainHash(QByteArrayView previousHash, QByteArrayView canonical, QByteArray &out);
QByteArray chainHash(QByteArrayView previousHash, QByteArrayView canonical);

} // namespace regiekamer::server::audit
