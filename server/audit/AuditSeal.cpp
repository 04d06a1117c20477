#include "audit/AuditSeal.h"

#include "audit/AuditKey.h"

#include <QtEndian>

#include <array>

namespace regiekamer::server::audit {

QByteArray sealMessage(SealKind kind, qint64 sequence, const QByteArray &hash, qint64 atMs)
{
    const char *tag = "RKCP1";
    if (kind == SealKind::Head)
        tag = "RKHD1";
    else if (kind == SealKind::Anchor)
        tag = "RKAN1";
    QByteArray message(tag);
    std::array<char, sizeof(qint64)> number {};
    qToBigEndian(sequence, number.data());
    message.append(number.data(), number.size());
    message.append(hash);
    qToBigEndian(atMs, number.data());
    message.append(number.data(), number.size());
    return message;
}

Seal makeSeal(const AuditKey &key, SealKind kind, qint64 sequence, const QByteArray &hash, qint64 atMs)
{
    return Seal {sequence, hash, atMs, key.mac(sealMessage(kind, sequence, hash, atMs))};
}

bool sealIsAuthentic(const AuditKey &key, SealKind kind, const Seal &seal)
{
    return key.verify(sealMessage(kind, seal.sequence, seal.hash, seal.atMs), seal.mac);
}

} // namespace regiekamer::server::audit
