#include "protocol/ErrorBody.h"

#include "base/JsonRead.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject ErrorBody::toJson() const
{
    QJsonObject object {{"error"_L1, code}, {"message"_L1, message}};
    if (retryAfterSeconds > 0)
        object.insert("retryAfterSeconds"_L1, retryAfterSeconds);
    return object;
}

Result<ErrorBody> ErrorBody::fromJson(const QJsonObject &object)
{
    auto code = json::requireString(object, "error"_L1);
    if (!code)
        return std::unexpected(code.error());
    return ErrorBody {*code, object.value("message"_L1).toString(), object.value("retryAfterSeconds"_L1).toInteger()};
}

} // namespace regiekamer::api
