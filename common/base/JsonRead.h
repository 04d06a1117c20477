#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>

// Strict readers for JSON members: a missing member or a wrong type is an error, never a silent default.
namespace regiekamer::json {

Result<QString> requireString(const QJsonObject &object, QLatin1StringView key);
Result<qint64> requireInteger(const QJsonObject &object, QLatin1StringView key);
Result<bool> requireBool(const QJsonObject &object, QLatin1StringView key);
Result<QDateTime> requireDateTime(const QJsonObject &object, QLatin1StringView key);
Result<QJsonObject> requireObject(const QJsonObject &object, QLatin1StringView key);
Result<QJsonObject> parseObject(const QByteArray &body);

// Strict request reading (docs/api.md "Bodies"): members outside `allowed` are an error.
Status onlyMembers(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed);
// A string of 1..maximumLength characters (0..maximumLength with allowEmpty); whitespace-only counts as empty.
Result<QString> requireText(const QJsonObject &object, QLatin1StringView key, qsizetype maximumLength,
                            bool allowEmpty = false);
// A date and time, or null (an invalid QDateTime).
Result<QDateTime> requireNullableDateTime(const QJsonObject &object, QLatin1StringView key);

// nullopt when the member is absent, else the reader's result.
template<typename Reader>
auto optionalMember(const QJsonObject &object, QLatin1StringView key, Reader reader)
    -> Result<std::optional<typename decltype(reader(object, key))::value_type>>
{
    using Value = typename decltype(reader(object, key))::value_type;
    if (!object.contains(key))
        return std::optional<Value> {};
    auto value = reader(object, key);
    if (!value)
        return std::unexpected(value.error());
    return std::optional<Value> {std::move(*value)};
}

QString toWire(const QDateTime &time); // ISO 8601 UTC with milliseconds

// bad_request "Unknown value "…"." for a string that names no value of an enumeration (cut at 100 characters).
std::unexpected<Error> unknownValue(const QString &wire);

} // namespace regiekamer::json
