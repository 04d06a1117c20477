#include "protocol/AccountLinks.h"

#include "base/JsonRead.h"
#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject InvitationRequest::toJson() const
{
    return {{"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationId"_L1, organisationId},
            {"language"_L1, language}};
}

Result<InvitationRequest> InvitationRequest::fromJson(const QJsonObject &object)
{
    if (auto ok =
            json::onlyMembers(object, {"email"_L1, "displayName"_L1, "role"_L1, "organisationId"_L1, "language"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto email = fields::requireName(object, "email"_L1);
    auto display = fields::requireName(object, "displayName"_L1);
    auto role = fields::requireRole(object, "role"_L1);
    auto organisation = object.contains("organisationId"_L1)
        ? fields::organisationReference(object, "organisationId"_L1)
        : Result<qint64>(0);
    auto language = fields::requireLanguage(object);
    if (const auto error = firstError(email, display, role, organisation, language))
        return std::unexpected(*error);
    return InvitationRequest {*email, display->trimmed(), *role, *organisation, *language};
}

QJsonObject Invitation::toJson() const
{
    return {{"id"_L1, id},
            {"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationId"_L1, organisationId},
            {"organisationName"_L1, organisationName},
            {"language"_L1, language},
            {"expiresAt"_L1, fields::nullableTime(expiresAt)}};
}

Result<Invitation> Invitation::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto email = json::requireString(object, "email"_L1);
    auto display = json::requireString(object, "displayName"_L1);
    auto role = fields::requireRole(object, "role"_L1);
    auto organisation = json::requireInteger(object, "organisationId"_L1);
    auto organisationName = json::requireString(object, "organisationName"_L1);
    auto language = fields::requireLanguage(object);
    auto expires = json::requireNullableDateTime(object, "expiresAt"_L1);
    if (const auto error = firstError(id, email, display, role, organisation, organisationName, language, expires))
        return std::unexpected(*error);
    return Invitation {*id, *email, *display, *role, *organisation, *organisationName, *language, *expires};
}

QJsonObject LinkCompletion::toJson() const
{
    return {{"token"_L1, token}, {"password"_L1, password}};
}

Result<LinkCompletion> LinkCompletion::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"token"_L1, "password"_L1}); !ok)
        return std::unexpected(ok.error());
    auto token = json::requireText(object, "token"_L1, 64);
    auto password = json::requireText(object, "password"_L1, 1024);
    if (const auto error = firstError(token, password))
        return std::unexpected(*error);
    return LinkCompletion {*token, *password};
}

QJsonObject PasswordResetRequest::toJson() const
{
    return {{"email"_L1, email}};
}

Result<PasswordResetRequest> PasswordResetRequest::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"email"_L1}); !ok)
        return std::unexpected(ok.error());
    auto email = json::requireText(object, "email"_L1, 320);
    if (!email)
        return std::unexpected(email.error());
    return PasswordResetRequest {*email};
}

} // namespace regiekamer::api
