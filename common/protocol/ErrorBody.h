#pragma once

#include "base/Result.h"

#include <QJsonObject>

namespace regiekamer::api {

// The body of every error answer: {"error": code, "message": text} (base/ApiError.h has the codes).
struct ErrorBody
{
    QString code;
    QString message;
    qint64 retryAfterSeconds = 0;

    QJsonObject toJson() const;
    static Result<ErrorBody> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
