#include "protocol/Session.h"

#include "protocol/JsonFields.h"

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

QJsonObject LoginRequest::toJson() const
{
    return {{"email"_L1, email}, {"password"_L1, password}};
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &object)
{
    auto email = json::requireString(object, "email"_L1);
    if (!email)
        return std::unexpected(email.error());
    auto password = json::requireString(object, "password"_L1);
    if (!password)
        return std::unexpected(password.error());
    return LoginRequest {*email, *password};
}

QJsonObject SessionGrant::toJson() const
{
    return {{"token"_L1, token},
            {"expiresAt"_L1, json::toWire(expiresAt)},
            {"idleTimeoutSeconds"_L1, idleTimeoutSeconds},
            {"user"_L1, user.toJson()}};
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
    return SessionGrant {*token, *expires, *idle, *user};
}

} // namespace regiekamer::api
