#include "protocol/SecondFactor.h"

#include "base/ApiError.h"
#include "protocol/JsonFields.h"

#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

Result<QStringList> stringList(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return badRequest(u"\"%1\" must be a list of strings."_s.arg(key));
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return badRequest(u"\"%1\" must be a list of strings."_s.arg(key));
        strings.append(item.toString());
    }
    return strings;
}

} // namespace

QJsonObject SecondFactorChallenge::toJson() const
{
    QJsonObject object {{"secondFactor"_L1, QLatin1StringView(secondFactor::required)},
                        {"challenge"_L1, challenge},
                        {"methods"_L1, QJsonArray::fromStringList(methods)},
                        {"expiresAt"_L1, json::toWire(expiresAt)}};
    if (!credentialIds.isEmpty()) {
        QJsonArray ids;
        for (const QByteArray &id : credentialIds)
            ids.append(toBase64Url(id));
        object.insert("securityKey"_L1,
                      QJsonObject {{"rpId"_L1, QLatin1StringView(securityKey::rpId)}, {"credentialIds"_L1, ids}});
    }
    return object;
}

Result<SecondFactorChallenge> SecondFactorChallenge::fromJson(const QJsonObject &object)
{
    if (object.value("secondFactor"_L1).toString() != QLatin1StringView(secondFactor::required))
        return badRequest(u"\"secondFactor\" must be \"required\"."_s);
    auto challenge = json::requireString(object, "challenge"_L1);
    auto methods = stringList(object, "methods"_L1);
    auto expires = json::requireDateTime(object, "expiresAt"_L1);
    if (const auto error = firstError(challenge, methods, expires))
        return std::unexpected(*error);
    SecondFactorChallenge result {*challenge, *methods, *expires, {}};
    for (const QJsonValue &id : object.value("securityKey"_L1).toObject().value("credentialIds"_L1).toArray()) {
        auto bytes = fromBase64Url(id.toString(), 1024);
        if (!bytes || bytes->isEmpty())
            return badRequest(u"\"credentialIds\" must be a list of base64url strings."_s);
        result.credentialIds.append(*bytes);
    }
    return result;
}

QJsonObject SecondFactorAnswer::toJson() const
{
    QJsonObject object;
    if (!challenge.isEmpty())
        object.insert("challenge"_L1, challenge);
    if (!code.isEmpty())
        object.insert("code"_L1, code);
    if (!recoveryCode.isEmpty())
        object.insert("recoveryCode"_L1, recoveryCode);
    if (!securityKey.isEmpty())
        object.insert("securityKey"_L1, securityKey.toJson());
    return object;
}

Result<SecondFactorAnswer> SecondFactorAnswer::fromJson(const QJsonObject &object)
{
    const QJsonValue challenge = object.value("challenge"_L1), code = object.value("code"_L1),
                     recovery = object.value("recoveryCode"_L1);
    if ((!challenge.isUndefined() && !challenge.isString()) || (!code.isUndefined() && !code.isString()) ||
        (!recovery.isUndefined() && !recovery.isString()))
        return badRequest(u"\"challenge\", \"code\" and \"recoveryCode\" must be strings."_s);
    SecondFactorAnswer answer {challenge.toString(), code.toString(), recovery.toString(), {}};
    if (object.contains("securityKey"_L1)) {
        auto assertion = SecurityKeyAssertion::fromJson(object.value("securityKey"_L1).toObject());
        if (!assertion)
            return std::unexpected(assertion.error());
        answer.securityKey = *assertion;
    }
    if (int(!answer.code.isEmpty()) + int(!answer.recoveryCode.isEmpty()) + int(!answer.securityKey.isEmpty()) != 1)
        return badRequest(u"Give one of \"code\", \"recoveryCode\" or \"securityKey\"."_s);
    if (answer.challenge.size() > 256 || answer.code.size() > 16 || answer.recoveryCode.size() > 32)
        return badRequest(u"The challenge or code is too long."_s);
    return answer;
}

QJsonObject TotpEnrolment::toJson() const
{
    return {{"secret"_L1, secret}, {"uri"_L1, uri}};
}

Result<TotpEnrolment> TotpEnrolment::fromJson(const QJsonObject &object)
{
    auto secret = json::requireString(object, "secret"_L1);
    auto uri = json::requireString(object, "uri"_L1);
    if (const auto error = firstError(secret, uri))
        return std::unexpected(*error);
    return TotpEnrolment {*secret, *uri};
}

QJsonObject RecoveryCodes::toJson() const
{
    return {{"recoveryCodes"_L1, QJsonArray::fromStringList(codes)}};
}

Result<RecoveryCodes> RecoveryCodes::fromJson(const QJsonObject &object)
{
    auto codes = stringList(object, "recoveryCodes"_L1);
    if (!codes)
        return std::unexpected(codes.error());
    return RecoveryCodes {*codes};
}

QJsonObject SecondFactorStatus::toJson() const
{
    return {{"totp"_L1, totp},
            {"recoveryCodesLeft"_L1, recoveryCodesLeft},
            {"securityKeys"_L1, securityKeys},
            {"stepUpUntil"_L1, stepUpUntil.isValid() ? QJsonValue(json::toWire(stepUpUntil)) : QJsonValue()}};
}

Result<SecondFactorStatus> SecondFactorStatus::fromJson(const QJsonObject &object)
{
    if (!object.value("totp"_L1).isBool())
        return badRequest(u"\"totp\" must be true or false."_s);
    auto left = json::requireInteger(object, "recoveryCodesLeft"_L1);
    auto until = json::requireNullableDateTime(object, "stepUpUntil"_L1);
    if (const auto error = firstError(left, until))
        return std::unexpected(*error);
    return SecondFactorStatus {object.value("totp"_L1).toBool(), static_cast<int>(*left), *until,
                               object.value("securityKeys"_L1).toInt()};
}

} // namespace regiekamer::api
