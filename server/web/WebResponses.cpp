#include "web/WebResponses.h"

#include "http/Cookies.h"
#include "web/Csrf.h"

#include <QHttpHeaders>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

constexpr char cookieAttributes[] = "; Path=/; Secure; HttpOnly; SameSite=Strict";

void setHeader(QHttpServerResponse &response, QHttpHeaders::WellKnownHeader name, QByteArrayView value)
{
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(name, value);
    response.setHeaders(std::move(headers));
}

} // namespace

void addSecurityHeaders(QHttpServerResponse &response)
{
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend("Content-Security-Policy"_L1, contentSecurityPolicy);
    headers.replaceOrAppend("Strict-Transport-Security"_L1, "max-age=31536000");
    headers.replaceOrAppend("Referrer-Policy"_L1, "no-referrer");
    headers.replaceOrAppend("X-Content-Type-Options"_L1, "nosniff");
    headers.replaceOrAppend("X-Frame-Options"_L1, "DENY");
    if (!headers.contains(QHttpHeaders::WellKnownHeader::CacheControl))
        headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    response.setHeaders(std::move(headers));
}

QHttpServerResponse htmlDocument(const QString &document, StatusCode status)
{
    QHttpServerResponse response("text/html; charset=utf-8"_ba, document.toUtf8(), status);
    addSecurityHeaders(response);
    return response;
}

QHttpServerResponse redirect(const QString &path)
{
    QHttpServerResponse response(StatusCode::SeeOther);
    setHeader(response, QHttpHeaders::WellKnownHeader::Location, path.toUtf8());
    addSecurityHeaders(response);
    return response;
}

QHttpServerResponse jsonAttachment(const QByteArray &json, const QByteArray &fileName)
{
    QHttpServerResponse response("application/json"_ba, json);
    setHeader(response, QHttpHeaders::WellKnownHeader::ContentDisposition,
              QByteArray("attachment; filename=\"" + fileName + '"'));
    addSecurityHeaders(response);
    return response;
}

QHttpServerResponse stylesheet()
{
    QHttpServerResponse response("text/css; charset=utf-8"_ba, stylesheetBytes());
    setHeader(response, QHttpHeaders::WellKnownHeader::CacheControl, "public, max-age=86400");
    addSecurityHeaders(response);
    return response;
}

void addCookie(QHttpServerResponse &response, const QByteArray &setCookie)
{
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::SetCookie, setCookie);
    response.setHeaders(std::move(headers));
}

QByteArray sessionCookie(const QString &token)
{
    return QByteArray(http::sessionCookieName) + '=' + token.toLatin1() + cookieAttributes;
}

QByteArray clearedSessionCookie()
{
    return QByteArray(http::sessionCookieName) + "=; Max-Age=0" + cookieAttributes;
}

QByteArray preSessionCookie(const QByteArray &value)
{
    return QByteArray(CsrfGuard::preSessionCookieName) + '=' + value + "; Max-Age=3600" + cookieAttributes;
}

QByteArray languageCookie(i18n::Language language)
{
    return "regiekamer_lang=" + i18n::languageCode(language).toLatin1() + "; Max-Age=31536000" + cookieAttributes;
}

} // namespace regiekamer::server::web
