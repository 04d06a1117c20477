#include "protocol/SecurityKey.h"

#include "base/ApiError.h"
#include "base/JsonRead.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Result<QByteArray> requireBytes(const QJsonObject &object, QLatin1StringView key, qsizetype maximum = 4096)
{
    auto text = json::requireString(object, key);
    if (!text)
        return std::unexpected(text.error());
    auto bytes = fromBase64Url(*text, maximum);
    if (!bytes || bytes->isEmpty())
        return badRequest(u"\"%1\" must be base64url of at most %2 bytes."_s.arg(key).arg(maximum));
    return *bytes;
}

} // namespace

QString toBase64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(base64Url));
}

std::optional<QByteArray> fromBase64Url(const QString &text, qsizetype maximum)
{
    if (text.size() > (maximum * 4) / 3 + 4)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > maximum)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray securityKeyClientDataHash(const char *purpose, const QString &challenge)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("regiekamer-security-key\n");
    hash.addData(QByteArrayView(purpose));
    hash.addData("\n");
    hash.addData(challenge.toUtf8());
    return hash.result();
}

QJsonObject SecurityKeyRequest::toJson() const
{
    QJsonArray ids;
    for (const QByteArray &id : credentialIds)
        ids.append(toBase64Url(id));
    QJsonObject object {{"challenge"_L1, challenge},
                        {"rpId"_L1, rpId},
                        {"credentialIds"_L1, ids},
                        {"expiresAt"_L1, json::toWire(expiresAt)}};
    if (!userHandle.isEmpty())
        object.insert("userHandle"_L1, toBase64Url(userHandle));
    return object;
}

Result<SecurityKeyRequest> SecurityKeyRequest::fromJson(const QJsonObject &object)
{
    auto challenge = json::requireString(object, "challenge"_L1);
    auto rp = json::requireString(object, "rpId"_L1);
    auto expires = json::requireDateTime(object, "expiresAt"_L1);
    if (const auto error = firstError(challenge, rp, expires))
        return std::unexpected(*error);
    SecurityKeyRequest request {*challenge, *rp, {}, {}, *expires};
    if (object.contains("userHandle"_L1)) {
        auto handle = requireBytes(object, "userHandle"_L1, 64);
        if (!handle)
            return std::unexpected(handle.error());
        request.userHandle = *handle;
    }
    if (!object.value("credentialIds"_L1).isArray())
        return badRequest(u"\"credentialIds\" must be a list."_s);
    for (const QJsonValue &id : object.value("credentialIds"_L1).toArray()) {
        auto bytes = fromBase64Url(id.toString(), 1024);
        if (!id.isString() || !bytes || bytes->isEmpty())
            return badRequest(u"\"credentialIds\" must be a list of base64url strings."_s);
        request.credentialIds.append(*bytes);
    }
    return request;
}

QJsonObject SecurityKeyRegistration::toJson() const
{
    return {{"challenge"_L1, challenge},
            {"name"_L1, name},
            {"format"_L1, format},
            {"authenticatorData"_L1, toBase64Url(authenticatorData)},
            {"attestationStatement"_L1, toBase64Url(attestationStatement)}};
}

Result<SecurityKeyRegistration> SecurityKeyRegistration::fromJson(const QJsonObject &object)
{
    if (auto only = json::onlyMembers(
            object, {"challenge"_L1, "name"_L1, "format"_L1, "authenticatorData"_L1, "attestationStatement"_L1});
        !only)
        return std::unexpected(only.error());
    auto challenge = json::requireText(object, "challenge"_L1, 256);
    auto name = json::requireText(object, "name"_L1, securityKey::nameMaximum);
    auto format = json::requireText(object, "format"_L1, 32);
    auto authData = requireBytes(object, "authenticatorData"_L1);
    if (const auto error = firstError(challenge, name, format, authData))
        return std::unexpected(*error);
    // "none" attestation has an empty statement (an empty CBOR map, one byte).
    auto statement = requireBytes(object, "attestationStatement"_L1, 8192);
    if (!statement)
        return std::unexpected(statement.error());
    return SecurityKeyRegistration {*challenge, name->trimmed(), *format, *authData, *statement};
}

QJsonObject SecurityKeyAssertion::toJson() const
{
    return {{"credentialId"_L1, toBase64Url(credentialId)},
            {"authenticatorData"_L1, toBase64Url(authenticatorData)},
            {"signature"_L1, toBase64Url(signature)}};
}

Result<SecurityKeyAssertion> SecurityKeyAssertion::fromJson(const QJsonObject &object)
{
    auto id = requireBytes(object, "credentialId"_L1, 1024);
    auto authData = requireBytes(object, "authenticatorData"_L1);
    auto signature = requireBytes(object, "signature"_L1, 512);
    if (const auto error = firstError(id, authData, signature))
        return std::unexpected(*error);
    return SecurityKeyAssertion {*id, *authData, *signature};
}

QJsonObject SecurityKeyInfo::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"createdAt"_L1, json::toWire(createdAt)},
            {"lastUsedAt"_L1, lastUsedAt.isValid() ? QJsonValue(json::toWire(lastUsedAt)) : QJsonValue()}};
}

Result<SecurityKeyInfo> SecurityKeyInfo::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto name = json::requireString(object, "name"_L1);
    auto created = json::requireDateTime(object, "createdAt"_L1);
    auto used = json::requireNullableDateTime(object, "lastUsedAt"_L1);
    if (const auto error = firstError(id, name, created, used))
        return std::unexpected(*error);
    return SecurityKeyInfo {*id, *name, *created, *used};
}

} // namespace regiekamer::api
