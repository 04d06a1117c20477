#include "protocol/Room.h"

#include "base/JsonRead.h"
#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject RoomJoin::toJson() const
{
    return {{"token"_L1, token}};
}

Result<RoomJoin> RoomJoin::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"token"_L1}); !ok)
        return std::unexpected(ok.error());
    auto token = json::requireText(object, "token"_L1, 200);
    if (!token)
        return std::unexpected(token.error());
    return RoomJoin {*token};
}

QJsonObject RoomStay::toJson() const
{
    return {{"registrationId"_L1, registrationId},
            {"webinarId"_L1, webinarId},
            {"present"_L1, present},
            {"joinedAt"_L1, fields::nullableTime(joinedAt)},
            {"tickSeconds"_L1, tickSeconds}};
}

Result<RoomStay> RoomStay::fromJson(const QJsonObject &object)
{
    auto registration = json::requireInteger(object, "registrationId"_L1);
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto present = json::requireBool(object, "present"_L1);
    auto joined = json::requireNullableDateTime(object, "joinedAt"_L1);
    auto tick = json::requireInteger(object, "tickSeconds"_L1);
    if (const auto error = firstError(registration, webinar, present, joined, tick))
        return std::unexpected(*error);
    return RoomStay {*registration, *webinar, *present, *joined, static_cast<int>(*tick)};
}

QJsonObject RoomBan::toJson() const
{
    return {{"reason"_L1, reason}};
}

Result<RoomBan> RoomBan::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"reason"_L1}); !ok)
        return std::unexpected(ok.error());
    auto reason = json::requireText(object, "reason"_L1, maximumBanReasonLength);
    if (!reason)
        return std::unexpected(reason.error());
    return RoomBan {reason->trimmed()};
}

QJsonObject AttendanceChange::toJson() const
{
    return {{"webinarId"_L1, webinarId},
            {"registrationId"_L1, registrationId},
            {"present"_L1, present},
            {"banned"_L1, banned},
            {"presentCount"_L1, presentCount}};
}

Result<AttendanceChange> AttendanceChange::fromJson(const QJsonObject &object)
{
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto registration = json::requireInteger(object, "registrationId"_L1);
    auto present = json::requireBool(object, "present"_L1);
    auto banned = json::requireBool(object, "banned"_L1);
    auto count = json::requireInteger(object, "presentCount"_L1);
    if (const auto error = firstError(webinar, registration, present, banned, count))
        return std::unexpected(*error);
    return AttendanceChange {*webinar, *registration, *present, *banned, *count};
}

QJsonObject ConcurrentMinute::toJson() const
{
    return {{"minute"_L1, json::toWire(minute)}, {"viewers"_L1, viewers}};
}

} // namespace regiekamer::api
