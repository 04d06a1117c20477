#include "net/Refusal.h"

#include "base/ApiError.h"
#include "protocol/ErrorBody.h"

#include <QJsonDocument>

namespace regiekamer::server::net {

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 408:
        return "Request Timeout"_ba;
    case 411:
        return "Length Required"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 414:
        return "URI Too Long"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 501:
        return "Not Implemented"_ba;
    default:
        return "Bad Request"_ba;
    }
}

QByteArray refusal(int status, const char *code, const QString &message)
{
    const QByteArray body =
        QJsonDocument(api::ErrorBody {QString::fromLatin1(code), message}.toJson()).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: "_ba + QByteArray::number(body.size()) +
        "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"_ba + body;
}

} // namespace

QByteArray refusalFor(FramingError error)
{
    switch (error) {
    case FramingError::UriTooLong:
        return refusal(414, api::errc::uriTooLong, u"The request line is longer than the server reads."_s);
    case FramingError::HeadersTooLarge:
        return refusal(431, api::errc::headersTooLarge, u"The request's header is larger than the server reads."_s);
    case FramingError::LengthRequired:
        return refusal(411, api::errc::lengthRequired,
                       u"Send the body with a Content-Length; chunked request bodies are not taken."_s);
    case FramingError::PayloadTooLarge:
        return refusal(413, api::errc::payloadTooLarge, u"The request body is larger than the server reads."_s);
    case FramingError::NotImplemented:
        return refusal(501, api::errc::notImplemented, u"The API does not take this method."_s);
    case FramingError::BadRequest:
        break;
    }
    return refusal(400, api::errc::badRequest, u"The request is not HTTP/1.1 as this server reads it."_s);
}

QByteArray requestTimeoutRefusal()
{
    return refusal(408, api::errc::requestTimeout, u"The request did not arrive in time."_s);
}

} // namespace regiekamer::server::net
