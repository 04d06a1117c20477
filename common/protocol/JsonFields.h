#pragma once

#include "base/JsonRead.h"
#include "base/Result.h"
#include "protocol/Rights.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <initializer_list>
#include <optional>

// Readers and writers of the members the protocol's resources share (the library's own helpers, strict as
// docs/api.md "Bodies" says: unknown values, wrong types and out-of-range strings are "bad_request").
namespace regiekamer::api::fields {

// A string member holding one of an enum's wire names.
template<typename Enum>
Result<Enum> requireEnum(const QJsonObject &object, QLatin1StringView key,
                         std::optional<Enum> (*fromWire)(const QString &))
{
    auto wire = json::requireString(object, key);
    if (!wire)
        return std::unexpected(wire.error());
    const auto value = fromWire(*wire);
    if (!value)
        return json::unknownValue(*wire);
    return *value;
}

// The members of one field class: absent when none of them is there, an error when only some are.
template<typename Fields>
Result<std::optional<Fields>> readClass(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys,
                                        auto build)
{
    const auto present = std::count_if(keys.begin(), keys.end(), [&](auto key) { return object.contains(key); });
    if (present == 0)
        return std::optional<Fields> {};
    auto fields = build();
    if (!fields)
        return std::unexpected(fields.error());
    return std::optional<Fields> {*fields};
}

std::unexpected<Error> badValue(const QString &message);
Result<Role> requireRole(const QJsonObject &object, QLatin1StringView key);
// A name: 1 to maximumStringLength characters, not blank.
Result<QString> requireName(const QJsonObject &object, QLatin1StringView key);
// Free text up to maximumStringLength characters; may be empty (clears the field).
Result<QString> freeText(const QJsonObject &object, QLatin1StringView key);
Result<qint64> requireVersion(const QJsonObject &object);
// Minutes, 1 to 1440.
Result<qint64> duration(const QJsonObject &object, QLatin1StringView key);
// An organisation id, 0 for none.
Result<qint64> organisationReference(const QJsonObject &object, QLatin1StringView key);
Result<std::optional<QString>> requireNullableString(const QJsonObject &object, QLatin1StringView key);
// Member "language" of the mails and pages: "nl" (also when absent) or "en".
Result<QString> requireLanguage(const QJsonObject &object);

QJsonValue nullableTime(const QDateTime &time);
QJsonValue nullableText(const std::optional<QString> &text);
bool has(const QList<rights::FieldClass> &readable, rights::FieldClass field);

} // namespace regiekamer::api::fields
