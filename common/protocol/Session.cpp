#include "protocol/Session.h"

#include "protocol/JsonFields.h"

#include "base/ApiError.h"

#include <algorithm>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject UserInfo::toJson() const
{
    return {{"id"_L1, id},
            {"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationId"_L1, organisationId},
            {"organisationName"_L1, organisationName}};
}

Result<UserInfo> UserInfo::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto email = json::requireString(object, "email"_L1);
    auto name = json::requireString(object, "displayName"_L1);
    auto role = fields::requireRole(object, "role"_L1);
    auto organisation = json::requireInteger(object, "organisationId"_L1);
    auto organisationName = json::requireString(object, "organisationName"_L1);
    if (const auto error = firstError(id, email, name, role, organisation, organisationName))
        return std::unexpected(*error);
    return UserInfo {*id, *email, *name, *role, *organisation, *organisationName};
}

QJsonObject DeviceInfo::toJson() const
{
    return {{"id"_L1, id}, {"label"_L1, label}};
}

namespace {

bool isDeviceId(const QString &id)
{
    return id.size() == DeviceInfo::idLength && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool isDeviceLabel(const QString &label)
{
    return label.size() <= DeviceInfo::maximumLabelLength &&
        std::none_of(label.cbegin(), label.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

Result<DeviceInfo> DeviceInfo::fromJson(const QJsonObject &object)
{
    auto id = json::requireString(object, "id"_L1);
    auto label = json::requireString(object, "label"_L1);
    if (const auto error = firstError(id, label))
        return std::unexpected(*error);
    if (!isDeviceId(*id))
        return badRequest(u"device.id must be %1 lower-case hex digits"_s.arg(idLength));
    if (!isDeviceLabel(*label))
        return badRequest(
            u"device.label must be at most %1 characters without control characters"_s.arg(maximumLabelLength));
    return DeviceInfo {*id, *label};
}

QJsonObject LoginRequest::toJson() const
{
    QJsonObject object {{"email"_L1, email}, {"password"_L1, password}};
    if (device)
        object.insert("device"_L1, device->toJson());
    return object;
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &object)
{
    auto email = json::requireString(object, "email"_L1);
    if (!email)
        return std::unexpected(email.error());
    auto password = json::requireString(object, "password"_L1);
    if (!password)
        return std::unexpected(password.error());
    LoginRequest request {*email, *password, std::nullopt};
    if (const QJsonValue device = object.value("device"_L1); !device.isUndefined()) {
        if (!device.isObject())
            return badRequest(u"device must be an object"_s);
        auto info = DeviceInfo::fromJson(device.toObject());
        if (!info)
            return std::unexpected(info.error());
        request.device = std::move(*info);
    }
    return request;
}

QJsonObject SessionGrant::toJson() const
{
    QJsonObject object {
        {"token"_L1, token},
        {"expiresAt"_L1, json::toWire(expiresAt)},
        {"idleTimeoutSeconds"_L1, idleTimeoutSeconds},
        {"user"_L1, user.toJson()},
        {"offlineUntil"_L1, offlineUntil.isValid() ? QJsonValue(json::toWire(offlineUntil)) : QJsonValue()}};
    if (!secondFactor.isEmpty())
        object.insert("secondFactor"_L1, secondFactor);
    return object;
}

Result<SessionGrant> SessionGrant::fromJson(const QJsonObject &object)
{
    auto token = json::requireString(object, "token"_L1);
    auto expires = json::requireDateTime(object, "expiresAt"_L1);
    auto idle = json::requireInteger(object, "idleTimeoutSeconds"_L1);
    auto userObject = json::requireObject(object, "user"_L1);
    if (const auto error = firstError(token, expires, idle, userObject))
        return std::unexpected(*error);
    auto user = UserInfo::fromJson(*userObject);
    if (!user)
        return std::unexpected(user.error());
    QDateTime offlineUntil;
    if (const QJsonValue until = object.value("offlineUntil"_L1); !until.isUndefined() && !until.isNull()) {
        auto parsed = json::requireDateTime(object, "offlineUntil"_L1);
        if (!parsed)
            return std::unexpected(parsed.error());
        offlineUntil = *parsed;
    }
    return SessionGrant {*token, *expires, *idle, *user, offlineUntil, object.value("secondFactor"_L1).toString()};
}

} // namespace regiekamer::api
