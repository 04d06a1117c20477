#pragma once

#include "Result.h"

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

QString toWire(const QDateTime &time); // ISO 8601 UTC with milliseconds

} // namespace regiekamer::json
