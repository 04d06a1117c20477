#include "protocol/Profile.h"

#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject Profile::toJson() const
{
    return {{"fullName"_L1, fullName}, {"email"_L1, email},       {"phone"_L1, phone},
            {"company"_L1, company},   {"jobTitle"_L1, jobTitle}, {"consent"_L1, consent.toJson()},
            {"version"_L1, version}};
}

Result<Profile> Profile::fromJson(const QJsonObject &object)
{
    auto name = json::requireString(object, "fullName"_L1);
    auto email = json::requireString(object, "email"_L1);
    auto phone = json::requireString(object, "phone"_L1);
    auto company = json::requireString(object, "company"_L1);
    auto job = json::requireString(object, "jobTitle"_L1);
    auto consentObject = json::requireObject(object, "consent"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    if (const auto error = firstError(name, email, phone, company, job, consentObject, version))
        return std::unexpected(*error);
    auto consent = Consent::fromJson(*consentObject);
    if (!consent)
        return std::unexpected(consent.error());
    return Profile {*name, *email, *phone, *company, *job, *consent, *version};
}

QJsonObject ProfileUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (fullName)
        object.insert("fullName"_L1, *fullName);
    if (phone)
        object.insert("phone"_L1, *phone);
    if (company)
        object.insert("company"_L1, *company);
    if (jobTitle)
        object.insert("jobTitle"_L1, *jobTitle);
    if (consent)
        object.insert("consent"_L1, consent->toJson());
    return object;
}

Result<ProfileUpdate> ProfileUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(
            object, {"version"_L1, "fullName"_L1, "phone"_L1, "company"_L1, "jobTitle"_L1, "consent"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto based = fields::requireVersion(object);
    auto full = json::optionalMember(object, "fullName"_L1, &fields::requireName);
    auto phone = json::optionalMember(object, "phone"_L1, &fields::freeText);
    auto company = json::optionalMember(object, "company"_L1, &fields::freeText);
    auto job = json::optionalMember(object, "jobTitle"_L1, &fields::freeText);
    auto consent = json::optionalMember(object, "consent"_L1, &ConsentChoice::fromMember);
    if (const auto error = firstError(based, full, phone, company, job, consent))
        return std::unexpected(*error);
    return ProfileUpdate {*based, *full, *phone, *company, *job, *consent};
}

} // namespace regiekamer::api
