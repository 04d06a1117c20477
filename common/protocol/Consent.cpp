#include "protocol/Consent.h"

#include "protocol/JsonFields.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject Consent::toJson() const
{
    return {{"recording"_L1, recording}, {"marketing"_L1, marketing}, {"givenAt"_L1, fields::nullableTime(givenAt)}};
}

Result<Consent> Consent::fromJson(const QJsonObject &object)
{
    auto recording = json::requireBool(object, "recording"_L1);
    auto marketing = json::requireBool(object, "marketing"_L1);
    auto given = json::requireNullableDateTime(object, "givenAt"_L1);
    if (const auto error = firstError(recording, marketing, given))
        return std::unexpected(*error);
    return Consent {*recording, *marketing, *given};
}

QJsonObject ConsentChoice::toJson() const
{
    return {{"recording"_L1, recording}, {"marketing"_L1, marketing}};
}

Result<ConsentChoice> ConsentChoice::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"recording"_L1, "marketing"_L1}); !ok)
        return std::unexpected(ok.error());
    auto recording = json::requireBool(object, "recording"_L1);
    auto marketing = json::requireBool(object, "marketing"_L1);
    if (const auto error = firstError(recording, marketing))
        return std::unexpected(*error);
    return ConsentChoice {*recording, *marketing};
}

Result<ConsentChoice> ConsentChoice::fromMember(const QJsonObject &object, QLatin1StringView key)
{
    auto inner = json::requireObject(object, key);
    if (!inner)
        return std::unexpected(inner.error());
    return ConsentChoice::fromJson(*inner);
}

} // namespace regiekamer::api
