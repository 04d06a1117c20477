#pragma once

#include "i18n/Language.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

// The answers of the web pages, each with the security headers (docs/portal.md "Security headers"):
//   Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';
//                            frame-ancestors 'none'; base-uri 'none'
//   Strict-Transport-Security: max-age=31536000, Referrer-Policy: no-referrer, X-Content-Type-Options: nosniff,
//   Cache-Control: no-store (every page: pages show personal data or carry a form token).
namespace regiekamer::server::web {

inline constexpr char contentSecurityPolicy[] = "default-src 'none'; style-src 'self'; img-src 'self'; "
                                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

void addSecurityHeaders(QHttpServerResponse &response);
// An HTML document (UTF-8).
QHttpServerResponse htmlDocument(const QString &document,
                                 QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// 303 See Other to a path of this server (never a URL from the request).
QHttpServerResponse redirect(const QString &path);
// A JSON download saved as `fileName`.
QHttpServerResponse jsonAttachment(const QByteArray &json, const QByteArray &fileName);
// The one stylesheet of the pages, cacheable for a day.
QHttpServerResponse stylesheet();
QByteArray stylesheetBytes();

// Appends a Set-Cookie header (a response may carry several).
void addCookie(QHttpServerResponse &response, const QByteArray &setCookie);
// Set-Cookie values. Every cookie is Secure; HttpOnly; SameSite=Strict; Path=/.
QByteArray sessionCookie(const QString &token); // a browser-session cookie: gone when the browser closes
QByteArray clearedSessionCookie();
QByteArray preSessionCookie(const QByteArray &value); // one hour
QByteArray languageCookie(i18n::Language language); // regiekamer_lang, one year

} // namespace regiekamer::server::web
