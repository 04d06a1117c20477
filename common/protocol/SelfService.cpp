#include "protocol/SelfService.h"

#include "base/JsonRead.h"
#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maximumTokenLength = 64;
constexpr qsizetype maximumPasswordLength = 1024;
constexpr qsizetype maximumEmailLength = 320;

Result<QString> optionalText(const QJsonObject &object, QLatin1StringView key)
{
    if (!object.contains(key))
        return QString();
    return fields::freeText(object, key);
}

} // namespace

QJsonObject SignUpRequest::toJson() const
{
    return {{"webinarId"_L1, webinarId},      {"fullName"_L1, fullName}, {"email"_L1, email},
            {"company"_L1, company},          {"jobTitle"_L1, jobTitle}, {"phone"_L1, phone},
            {"consent"_L1, consent.toJson()}, {"language"_L1, language}};
}

Result<SignUpRequest> SignUpRequest::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object,
                                    {"webinarId"_L1, "fullName"_L1, "email"_L1, "company"_L1, "jobTitle"_L1, "phone"_L1,
                                     "consent"_L1, "language"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto name = fields::requireName(object, "fullName"_L1);
    auto email = json::requireText(object, "email"_L1, maximumEmailLength);
    auto company = optionalText(object, "company"_L1);
    auto job = optionalText(object, "jobTitle"_L1);
    auto phone = optionalText(object, "phone"_L1);
    auto consent = object.contains("consent"_L1) ? ConsentChoice::fromMember(object, "consent"_L1)
                                                 : Result<ConsentChoice>(ConsentChoice {});
    auto language = fields::requireLanguage(object);
    if (const auto error = firstError(webinar, name, email, company, job, phone, consent, language))
        return std::unexpected(*error);
    return SignUpRequest {*webinar,       name->trimmed(),  email->trimmed(), company->trimmed(),
                          job->trimmed(), phone->trimmed(), *consent,         *language};
}

QJsonObject SignUpConfirmation::toJson() const
{
    QJsonObject object {{"token"_L1, token}};
    if (!password.isEmpty())
        object.insert("password"_L1, password);
    return object;
}

Result<SignUpConfirmation> SignUpConfirmation::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"token"_L1, "password"_L1}); !ok)
        return std::unexpected(ok.error());
    auto token = json::requireText(object, "token"_L1, maximumTokenLength);
    auto password = object.contains("password"_L1) ? json::requireText(object, "password"_L1, maximumPasswordLength)
                                                   : Result<QString>(QString());
    if (const auto error = firstError(token, password))
        return std::unexpected(*error);
    return SignUpConfirmation {*token, *password};
}

QJsonObject SignUpResult::toJson() const
{
    return {{"userId"_L1, userId},
            {"registrationId"_L1, registrationId},
            {"webinarId"_L1, webinarId},
            {"approvalState"_L1, approvalStateToWire(approval)},
            {"newAccount"_L1, newAccount}};
}

Result<SignUpResult> SignUpResult::fromJson(const QJsonObject &object)
{
    auto user = json::requireInteger(object, "userId"_L1);
    auto registration = json::requireInteger(object, "registrationId"_L1);
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto approval = fields::requireEnum<ApprovalState>(object, "approvalState"_L1, &approvalStateFromWire);
    auto created = json::requireBool(object, "newAccount"_L1);
    if (const auto error = firstError(user, registration, webinar, approval, created))
        return std::unexpected(*error);
    return SignUpResult {*user, *registration, *webinar, *approval, *created};
}

QJsonObject EmailChangeRequest::toJson() const
{
    return {{"email"_L1, email}, {"password"_L1, password}};
}

Result<EmailChangeRequest> EmailChangeRequest::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"email"_L1, "password"_L1}); !ok)
        return std::unexpected(ok.error());
    auto email = json::requireText(object, "email"_L1, maximumEmailLength);
    auto password = json::requireText(object, "password"_L1, maximumPasswordLength);
    if (const auto error = firstError(email, password))
        return std::unexpected(*error);
    return EmailChangeRequest {email->trimmed(), *password};
}

QJsonObject LinkToken::toJson() const
{
    return {{"token"_L1, token}};
}

Result<LinkToken> LinkToken::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"token"_L1}); !ok)
        return std::unexpected(ok.error());
    auto token = json::requireText(object, "token"_L1, maximumTokenLength);
    if (!token)
        return std::unexpected(token.error());
    return LinkToken {*token};
}

} // namespace regiekamer::api
