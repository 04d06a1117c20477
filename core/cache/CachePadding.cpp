#include "cache/CachePadding.h"

namespace regiekamer::client::cachepadding {

qsizetype bucketFor(qsizetype length)
{
    const qsizetype needed = length + 1; // the 0x80 marker
    if (needed > largeStep)
        return (needed + largeStep - 1) / largeStep * largeStep;
    qsizetype bucket = smallestBucket;
    while (bucket < needed)
        bucket *= 2;
    return bucket;
}

QByteArray pad(const QByteArray &plain)
{
    QByteArray padded = plain;
    padded.reserve(bucketFor(plain.size()));
    padded.append(char(0x80));
    padded.append(bucketFor(plain.size()) - padded.size(), '\0');
    return padded;
}

std::optional<QByteArray> unpad(const QByteArray &padded)
{
    qsizetype marker = padded.size() - 1;
    while (marker >= 0 && padded.at(marker) == '\0')
        --marker;
    if (marker < 0 || static_cast<unsigned char>(padded.at(marker)) != 0x80 || bucketFor(marker) != padded.size())
        return std::nullopt;
    return padded.left(marker);
}

} // namespace regiekamer::client::cachepadding
