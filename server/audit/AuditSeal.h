#pragma once

#include <QByteArray>

namespace regiekamer::server::audit {

class AuditKey;

// A seal authenticates one position of the chain: "the entry with this sequence number had this hash at this
// time". The head seal (updated with every entry) catches a cut-off tail; checkpoint seals (every N entries)
// let the verifier name the stretch in which a rewritten chain starts. The anchor seal (AuditAnchor.h) is kept
// outside the database and catches a log emptied or cut together with its head.
enum class SealKind { Head, Checkpoint, Anchor };

struct Seal
{
    qint64 sequence = 0;
    QByteArray hash;
    qint64 atMs = 0;
    QByteArray mac;
};

QByteArray sealMessage(SealKind kind, qint64 sequence, const QByteArray &hash, qint64 atMs);
Seal makeSeal(const AuditKey &key, SealKind kind, qint64 sequence, const QByteArray &hash, qint64 atMs);
bool sealIsAuthentic(const AuditKey &key, SealKind kind, const Seal &seal);

} // namespace regiekamer::server::audit
