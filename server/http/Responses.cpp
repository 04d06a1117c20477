#include "http/Responses.h"

#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "protocol/ErrorBody.h"

namespace regiekamer::server::http {

using namespace Qt::StringLiterals;
using Code = QHttpServerResponse::StatusCode;

namespace {

void addHeaders(QHttpServerResponse &response, qint64 retryAfterSeconds = 0)
{
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.replaceOrAppend("X-Content-Type-Options"_L1, "nosniff");
    headers.replaceOrAppend("Referrer-Policy"_L1, "no-referrer");
    headers.replaceOrAppend("Content-Security-Policy"_L1, "default-src 'none'; frame-ancestors 'none'");
    if (retryAfterSeconds > 0)
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(retryAfterSeconds));
    response.setHeaders(std::move(headers));
}

} // namespace

QHttpServerResponse json(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(body, status);
    addHeaders(response);
    return response;
}

QHttpServerResponse jsonBytes(const QByteArray &body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, status);
    addHeaders(response);
    return response;
}

QHttpServerResponse noContent()
{
    QHttpServerResponse response(Code::NoContent);
    addHeaders(response);
    return response;
}

QHttpServerResponse csvAttachment(const QString &csv, const QByteArray &fileName)
{
    QHttpServerResponse response("text/csv; charset=utf-8"_ba, csv.toUtf8());
    addHeaders(response);
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ContentDisposition,
                            "attachment; filename=\"" + fileName + '"');
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse error(QHttpServerResponse::StatusCode status, const char *code, const QString &message,
                          qint64 retryAfterSeconds)
{
    const api::ErrorBody body {QString::fromLatin1(code), message, retryAfterSeconds};
    QHttpServerResponse response(body.toJson(), status);
    addHeaders(response, retryAfterSeconds);
    return response;
}

QHttpServerResponse respond(const Result<QJsonObject> &result, QHttpServerResponse::StatusCode status)
{
    return result ? json(*result, status) : fromError(result.error());
}

QHttpServerResponse respondStatus(const regiekamer::Status &status)
{
    return status ? noContent() : fromError(status.error());
}

QHttpServerResponse payloadTooLarge()
{
    return error(Code::PayloadTooLarge, api::errc::payloadTooLarge, u"The request body is larger than 64 KiB."_s);
}

QHttpServerResponse::StatusCode statusFor(const QString &code)
{
    const auto is = [&code](const char *candidate) { return code == QLatin1StringView(candidate); };
    if (is(api::errc::badRequest) || is(api::errc::invalidToken) || is(api::errc::securityKeyInvalid))
        return Code::BadRequest;
    if (is(api::errc::invalidCredentials) || is(api::errc::unauthenticated) || is(api::errc::sessionExpired) ||
        is(api::errc::secondFactorWrong) || is(api::errc::codeReused) || is(api::errc::challengeInvalid) ||
        is(api::errc::securityKeyCounter))
        return Code::Unauthorized;
    if (is(api::errc::forbidden) || is(api::errc::deviceRevoked) || is(api::errc::enrolmentRequired) ||
        is(api::errc::stepUpRequired))
        return Code::Forbidden;
    if (is(api::errc::notFound))
        return Code::NotFound;
    if (is(api::errc::conflict) || is(api::errc::capacityFull) || is(api::errc::preflightUnmet) ||
        is(api::errc::secondFactorActive) || is(api::errc::noSecondFactor))
        return Code::Conflict;
    if (is(api::errc::payloadTooLarge))
        return Code::PayloadTooLarge;
    if (is(api::errc::tooManyAttempts) || is(api::errc::secondFactorLocked))
        return Code::TooManyRequests;
    if (is(api::errc::accessLogUnavailable) || is(api::errc::accessLogBroken) || is(api::errc::serverBusy))
        return Code::ServiceUnavailable;
    return Code::InternalServerError;
}

QHttpServerResponse fromError(const Error &failure)
{
    const Code status = statusFor(failure.code);
    if (status == Code::InternalServerError) {
        qCWarning(lcHttp, "Internal error: %s", qUtf8Printable(failure.message));
        return error(status, api::errc::internal, u"The server could not complete the request."_s);
    }
    QHttpServerResponse response(api::ErrorBody {failure.code, failure.message, 0}.toJson(), status);
    addHeaders(response);
    return response;
}

QString bearerToken(QByteArrayView authorizationHeader)
{
    constexpr QByteArrayView scheme("Bearer ");
    const QByteArrayView value = authorizationHeader.trimmed();
    if (value.size() <= scheme.size() || value.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.sliced(scheme.size()).trimmed());
}

} // namespace regiekamer::server::http
