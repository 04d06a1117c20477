#include "protocol/Device.h"

#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject Device::toJson() const
{
    return {{"id"_L1, id},
            {"label"_L1, label},
            {"firstSeen"_L1, json::toWire(firstSeen)},
            {"lastSeen"_L1, json::toWire(lastSeen)},
            {"revokedAt"_L1, fields::nullableTime(revokedAt)}};
}

Result<Device> Device::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto label = json::requireString(object, "label"_L1);
    auto first = json::requireDateTime(object, "firstSeen"_L1);
    auto last = json::requireDateTime(object, "lastSeen"_L1);
    auto revoked = json::requireNullableDateTime(object, "revokedAt"_L1);
    if (const auto error = firstError(id, label, first, last, revoked))
        return std::unexpected(*error);
    return Device {*id, *label, *first, *last, *revoked};
}

} // namespace regiekamer::api
