#include "cache/RecordDecoding.h"

namespace regiekamer::client::recorddecoding {

std::optional<Cached<QList<api::Question>>> questionPage(const QByteArray &plain)
{
    const auto record = ClientCache::readEnvelope(plain);
    if (!record)
        return std::nullopt;
    auto items = fromArray<api::Question>(record->value.toArray());
    if (!items)
        return std::nullopt;
    return Cached<QList<api::Question>> {std::move(*items), record->receivedAt};
}

} // namespace regiekamer::client::recorddecoding
