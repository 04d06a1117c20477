#include "protocol/StreamKey.h"

#include "base/WireNames.h"
#include "protocol/JsonFields.h"

#include <QCoreApplication>
#include <QUrl>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

constexpr WireTable<StreamKeyOrigin, 2> originNames {{
    {StreamKeyOrigin::Set, "set"},
    {StreamKeyOrigin::Rotated, "rotated"},
}};

Result<QByteArray> requireKey(const QJsonObject &object)
{
    auto key = json::requireString(object, "streamKey"_L1);
    if (!key)
        return std::unexpected(key.error());
    QByteArray bytes = key->toUtf8();
    if (auto valid = validateStreamKey(bytes); !valid)
        return std::unexpected(valid.error());
    return bytes;
}

} // namespace

QString streamKeyOriginToWire(StreamKeyOrigin origin)
{
    return enumToWire(originNames, origin);
}

std::optional<StreamKeyOrigin> streamKeyOriginFromWire(const QString &wire)
{
    return enumFromWire(originNames, wire);
}

Status validateIngestUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    const bool knownScheme = scheme == "rtmp"_L1 || scheme == "rtmps"_L1 || scheme == "srt"_L1;
    const bool blank =
        std::ranges::any_of(url, [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
    if (url.size() > streamKeyLimits::maximumUrlLength || blank || !parsed.isValid() || !knownScheme ||
        parsed.host().isEmpty() || !parsed.userInfo().isEmpty())
        return fields::badValue(QCoreApplication::translate(
            "Json", "The ingest URL must start with rtmp://, rtmps:// or srt:// and name a server, without spaces."));
    return {};
}

Status validateStreamKey(QByteArrayView key)
{
    const bool printable = std::ranges::all_of(key, [](char c) { return c > ' ' && c < 127; });
    if (key.size() < streamKeyLimits::minimumKeyLength || key.size() > streamKeyLimits::maximumKeyLength || !printable)
        return fields::badValue(QCoreApplication::translate(
            "Json", "A stream key is 8 to 256 characters: letters, digits and punctuation, without spaces."));
    return {};
}

QJsonObject StreamKeyInfo::toJson() const
{
    return {{"webinarId"_L1, webinarId},
            {"isSet"_L1, isSet},
            {"ingestUrl"_L1, isSet ? QJsonValue(ingestUrl) : QJsonValue()},
            {"changedAt"_L1, fields::nullableTime(changedAt)},
            {"changedBy"_L1, changedById > 0 ? QJsonValue(changedById) : QJsonValue()},
            {"changedByName"_L1, changedById > 0 ? QJsonValue(changedByName) : QJsonValue()},
            {"origin"_L1, isSet ? QJsonValue(streamKeyOriginToWire(origin)) : QJsonValue()}};
}

Result<StreamKeyInfo> StreamKeyInfo::fromJson(const QJsonObject &object)
{
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto isSet = json::requireBool(object, "isSet"_L1);
    auto changedAt = json::requireNullableDateTime(object, "changedAt"_L1);
    auto url = fields::requireNullableString(object, "ingestUrl"_L1);
    auto name = fields::requireNullableString(object, "changedByName"_L1);
    if (const auto error = firstError(webinar, isSet, changedAt, url, name))
        return std::unexpected(*error);
    StreamKeyInfo info {
        *webinar, *isSet, url->value_or(QString()), *changedAt, 0, name->value_or(QString()), StreamKeyOrigin::Set};
    info.changedById = object.value("changedBy"_L1).toInteger();
    if (info.isSet) {
        auto origin = fields::requireEnum<StreamKeyOrigin>(object, "origin"_L1, &streamKeyOriginFromWire);
        if (!origin)
            return std::unexpected(origin.error());
        info.origin = *origin;
    }
    return info;
}

QJsonObject StreamKeyUpdate::toJson() const
{
    return {{"ingestUrl"_L1, ingestUrl}, {"streamKey"_L1, QString::fromUtf8(streamKey)}};
}

Result<StreamKeyUpdate> StreamKeyUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"ingestUrl"_L1, "streamKey"_L1}); !ok)
        return std::unexpected(ok.error());
    auto url = json::requireString(object, "ingestUrl"_L1);
    if (!url)
        return std::unexpected(url.error());
    if (auto valid = validateIngestUrl(*url); !valid)
        return std::unexpected(valid.error());
    auto key = requireKey(object);
    if (!key)
        return std::unexpected(key.error());
    return StreamKeyUpdate {*url, *key};
}

QJsonObject StreamKeyReveal::toJson() const
{
    return {{"webinarId"_L1, webinarId}, {"ingestUrl"_L1, ingestUrl}, {"streamKey"_L1, QString::fromUtf8(streamKey)}};
}

Result<StreamKeyReveal> StreamKeyReveal::fromJson(const QJsonObject &object)
{
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto url = json::requireString(object, "ingestUrl"_L1);
    auto key = requireKey(object);
    if (const auto error = firstError(webinar, url, key))
        return std::unexpected(*error);
    return StreamKeyReveal {*webinar, *url, *key};
}

} // namespace regiekamer::api
