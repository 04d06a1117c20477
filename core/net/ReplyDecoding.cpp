#include "net/ReplyDecoding.h"

#include "base/ApiError.h"
#include "base/JsonRead.h"
#include "net/ClientErrors.h"
#include "protocol/ErrorBody.h"
#include "protocol/GoLive.h"

#include <QCoreApplication>

namespace regiekamer::client {

using namespace Qt::StringLiterals;

namespace {

Error transportError(const QNetworkReply &reply, const QUrl &server)
{
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error {QString::fromLatin1(errc::timeout), errc::timeoutMessage(server)};
    default:
        return Error {QString::fromLatin1(errc::unreachable), errc::unreachableMessage(server)};
    }
}

Error httpError(const QByteArray &body, int status, const QUrl &server)
{
    const auto object = json::parseObject(body);
    const auto errorBody =
        object ? api::ErrorBody::fromJson(*object) : Result<api::ErrorBody>(std::unexpected(object.error()));
    if (!errorBody) {
        if (status == 404 || status == 405)
            return Error {QString::fromLatin1(errc::badResponse), errc::badResponseMessage(server)};
        return Error {QString::fromLatin1(api::errc::internal),
                      api::describeApiError(QString::fromLatin1(api::errc::internal))};
    }
    QString message = api::describeApiError(errorBody->code);
    if (errorBody->code == QLatin1StringView(api::errc::preflightUnmet)) {
        QStringList unmet;
        for (const api::PreflightCheck check : api::unmetFromErrorJson(*object))
            unmet.append(api::preflightCheckLabel(check));
        message += u' ' + QCoreApplication::translate("ReplyDecoding", "Not done: %1.").arg(unmet.join(u"; "_s));
    }
    if (errorBody->retryAfterSeconds > 0)
        message += u' ' +
            QCoreApplication::translate("ReplyDecoding", "You can try again in %1 seconds.")
                .arg(errorBody->retryAfterSeconds);
    return Error {errorBody->code, message};
}

} // namespace

int httpStatus(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Result<QJsonObject> decodeReply(QNetworkReply &reply, const QUrl &server)
{
    const int status = httpStatus(reply);
    if (status == 0)
        return std::unexpected(transportError(reply, server));
    const QByteArray body = reply.readAll();
    if (status >= 400)
        return std::unexpected(httpError(body, status, server));
    if (status < 200 || status >= 300)
        return fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(server));
    if (body.trimmed().isEmpty())
        return QJsonObject();
    auto object = json::parseObject(body);
    if (!object)
        return fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(server));
    return object;
}

Result<QJsonObject> decodeBody(QNetworkReply &reply, const QUrl &server)
{
    if (httpStatus(reply) == 0)
        return std::unexpected(transportError(reply, server));
    auto object = json::parseObject(reply.readAll());
    if (!object)
        return fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(server));
    return object;
}

} // namespace regiekamer::client
