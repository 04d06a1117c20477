#include "protocol/StaffAccount.h"

#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject StaffAccount::toJson() const
{
    QJsonObject object {{"id"_L1, id},
                        {"role"_L1, roleToWire(role)},
                        {"organisationName"_L1, organisationName},
                        {"disabled"_L1, disabled},
                        {"organisationId"_L1, organisationId},
                        {"version"_L1, version},
                        {"custodian"_L1, custodian}};
    if (email)
        object.insert("email"_L1, *email);
    if (displayName)
        object.insert("displayName"_L1, *displayName);
    return object;
}

Result<StaffAccount> StaffAccount::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto email = json::optionalMember(object, "email"_L1, &json::requireString);
    auto name = json::optionalMember(object, "displayName"_L1, &json::requireString);
    auto role = fields::requireRole(object, "role"_L1);
    auto organisationName = json::requireString(object, "organisationName"_L1);
    auto disabled = json::requireBool(object, "disabled"_L1);
    auto organisation = json::requireInteger(object, "organisationId"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    auto custodian = json::optionalMember(object, "custodian"_L1, &json::requireBool);
    if (const auto error =
            firstError(id, email, name, role, organisationName, disabled, organisation, version, custodian))
        return std::unexpected(*error);
    return StaffAccount {
        *id, *email, *name, *role, *organisationName, *disabled, *organisation, *version, custodian->value_or(false)};
}

QJsonObject staffAccountToJson(const StaffAccount &account, const QList<rights::FieldClass> &readable)
{
    StaffAccount shown = account;
    if (account.role == Role::Viewer) {
        if (!fields::has(readable, rights::FieldClass::Contact))
            shown.email.reset();
        if (!fields::has(readable, rights::FieldClass::Identity))
            shown.displayName.reset();
    }
    return shown.toJson();
}

QJsonObject StaffAccountCreate::toJson() const
{
    return {{"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationId"_L1, organisationId},
            {"password"_L1, password}};
}

Result<StaffAccountCreate> StaffAccountCreate::fromJson(const QJsonObject &object)
{
    if (auto ok =
            json::onlyMembers(object, {"email"_L1, "displayName"_L1, "role"_L1, "organisationId"_L1, "password"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto email = fields::requireName(object, "email"_L1);
    auto display = fields::requireName(object, "displayName"_L1);
    auto role = fields::requireRole(object, "role"_L1);
    auto organisation = fields::organisationReference(object, "organisationId"_L1);
    auto password = json::requireText(object, "password"_L1, 1024);
    if (const auto error = firstError(email, display, role, organisation, password))
        return std::unexpected(*error);
    return StaffAccountCreate {*email, display->trimmed(), *role, *organisation, *password};
}

QJsonObject StaffAccountUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (displayName)
        object.insert("displayName"_L1, *displayName);
    if (role)
        object.insert("role"_L1, roleToWire(*role));
    if (organisationId)
        object.insert("organisationId"_L1, *organisationId);
    if (disabled)
        object.insert("disabled"_L1, *disabled);
    return object;
}

Result<StaffAccountUpdate> StaffAccountUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok =
            json::onlyMembers(object, {"version"_L1, "displayName"_L1, "role"_L1, "organisationId"_L1, "disabled"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto based = fields::requireVersion(object);
    auto display = json::optionalMember(object, "displayName"_L1, &fields::requireName);
    auto role = json::optionalMember(object, "role"_L1, &fields::requireRole);
    auto organisation = json::optionalMember(object, "organisationId"_L1, &fields::organisationReference);
    auto disabled = json::optionalMember(object, "disabled"_L1, &json::requireBool);
    if (const auto error = firstError(based, display, role, organisation, disabled))
        return std::unexpected(*error);
    return StaffAccountUpdate {*based, *display, *role, *organisation, *disabled};
}

} // namespace regiekamer::api
