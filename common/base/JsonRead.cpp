#include "base/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace regiekamer::json {
namespace {

auto malformed(QLatin1StringView key, const char *expected)
{
    //: %1 is a JSON member name, %2 a JSON type such as "string"
    return fail(QStringLiteral("bad_request"),
                QCoreApplication::translate("Json", "Member \"%1\" is missing or is not a %2.")
                    .arg(key, QLatin1StringView(expected)));
}

} // namespace

std::unexpected<Error> unknownValue(const QString &wire)
{
    return fail(QStringLiteral("bad_request"),
                QCoreApplication::translate("Json", "Unknown value \"%1\".").arg(wire.left(100)));
}

Result<QString> requireString(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return malformed(key, "string");
    return value.toString();
}

Result<qint64> requireInteger(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return malformed(key, "number");
    const double number = value.toDouble();
    constexpr double largestExactInteger = 9007199254740992.0; // 2^53
    if (std::trunc(number) != number || std::fabs(number) > largestExactInteger)
        return malformed(key, "whole number");
    return static_cast<qint64>(number);
}

Result<bool> requireBool(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return malformed(key, "boolean");
    return value.toBool();
}

Result<QDateTime> requireDateTime(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    // Years past 9999 have no ISO 8601 spelling that reads back (a fraction or an offset can carry
    // "9999-12-31T23:59:59" over the year's end).
    if (!value.isString() || !time.isValid() || time.date().year() < 1 || time.date().year() > 9999)
        return malformed(key, "date and time");
    return time;
}

Result<QJsonObject> requireObject(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return malformed(key, "object");
    return value.toObject();
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("bad_request"),
                    QCoreApplication::translate("Json", "The body is not a JSON object."));
    }
    return document.object();
}

Status onlyMembers(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            return fail(QStringLiteral("bad_request"),
                        QCoreApplication::translate("Json", "Unknown member \"%1\".").arg(it.key().left(100)));
        }
    }
    return {};
}

Result<QString> requireText(const QJsonObject &object, QLatin1StringView key, qsizetype maximumLength, bool allowEmpty)
{
    auto text = requireString(object, key);
    if (!text)
        return text;
    if ((!allowEmpty && text->trimmed().isEmpty()) || text->size() > maximumLength) {
        //: %1 is a JSON member name, %2 a number of characters
        return fail(QStringLiteral("bad_request"),
                    QCoreApplication::translate("Json", "Member \"%1\" must have 1 to %2 characters.")
                        .arg(key)
                        .arg(maximumLength));
    }
    return text;
}

Result<QDateTime> requireNullableDateTime(const QJsonObject &object, QLatin1StringView key)
{
    if (object.value(key).isNull() && object.contains(key))
        return QDateTime();
    return requireDateTime(object, key);
}

QString toWire(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace regiekamer::json
