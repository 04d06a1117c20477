#include "protocol/Organisation.h"

#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject Organisation::toJson() const
{
    return {{"id"_L1, id}, {"name"_L1, name}, {"version"_L1, version}};
}

Result<Organisation> Organisation::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto name = json::requireString(object, "name"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    if (const auto error = firstError(id, name, version))
        return std::unexpected(*error);
    return Organisation {*id, *name, *version};
}

QJsonObject OrganisationCreate::toJson() const
{
    return {{"name"_L1, name}};
}

Result<OrganisationCreate> OrganisationCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"name"_L1}); !ok)
        return std::unexpected(ok.error());
    auto value = fields::requireName(object, "name"_L1);
    if (!value)
        return std::unexpected(value.error());
    return OrganisationCreate {value->trimmed()};
}

QJsonObject OrganisationUpdate::toJson() const
{
    return {{"name"_L1, name}, {"version"_L1, version}};
}

Result<OrganisationUpdate> OrganisationUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"name"_L1, "version"_L1}); !ok)
        return std::unexpected(ok.error());
    auto value = fields::requireName(object, "name"_L1);
    auto based = fields::requireVersion(object);
    if (const auto error = firstError(value, based))
        return std::unexpected(*error);
    return OrganisationUpdate {value->trimmed(), *based};
}

} // namespace regiekamer::api
