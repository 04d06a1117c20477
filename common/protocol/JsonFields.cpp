#include "protocol/JsonFields.h"

#include "protocol/Limits.h"

#include <QCoreApplication>

namespace regiekamer::api::fields {

using namespace Qt::StringLiterals;

std::unexpected<Error> badValue(const QString &message)
{
    return fail(QStringLiteral("bad_request"), message);
}

Result<Role> requireRole(const QJsonObject &object, QLatin1StringView key)
{
    auto wire = json::requireString(object, key);
    if (!wire)
        return std::unexpected(wire.error());
    const auto role = roleFromWire(*wire);
    if (!role)
        return json::unknownValue(*wire);
    return *role;
}

Result<QString> requireName(const QJsonObject &object, QLatin1StringView key)
{
    return json::requireText(object, key, maximumStringLength);
}

Result<QString> freeText(const QJsonObject &object, QLatin1StringView key) // may be empty (clears the field)
{
    return json::requireText(object, key, maximumStringLength, true);
}

Result<qint64> requireVersion(const QJsonObject &object)
{
    auto value = json::requireInteger(object, "version"_L1);
    if (value && *value < 1)
        return badValue(QCoreApplication::translate("Json", "Member \"version\" must be at least 1."));
    return value;
}

Result<qint64> duration(const QJsonObject &object, QLatin1StringView key)
{
    auto value = json::requireInteger(object, key);
    if (value && (*value < 1 || *value > qint64 {24} * 60))
        return badValue(QCoreApplication::translate("Json", "A duration is 1 to 1440 minutes."));
    return value;
}

Result<qint64> organisationReference(const QJsonObject &object, QLatin1StringView key)
{
    auto value = json::requireInteger(object, key);
    if (value && *value < 0)
        return badValue(QCoreApplication::translate("Json", "Member \"%1\" must not be negative.").arg(key));
    return value;
}

Result<std::optional<QString>> requireNullableString(const QJsonObject &object, QLatin1StringView key)
{
    if (object.contains(key) && object.value(key).isNull())
        return std::optional<QString> {};
    auto text = json::requireString(object, key);
    if (!text)
        return std::unexpected(text.error());
    return std::optional<QString> {*text};
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(json::toWire(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableText(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

Result<QString> requireLanguage(const QJsonObject &object)
{
    if (!object.contains("language"_L1))
        return u"nl"_s;
    auto language = json::requireString(object, "language"_L1);
    if (language && *language != "nl"_L1 && *language != "en"_L1)
        return badValue(u"language must be \"nl\" or \"en\"."_s);
    return language;
}

bool has(const QList<rights::FieldClass> &readable, rights::FieldClass field)
{
    return readable.contains(field);
}

} // namespace regiekamer::api::fields
