#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHttpServerRequest>

// Cookies of the web pages (server/web): the session cookie the pipeline authenticates routes of Access::WebPage by.
namespace regiekamer::server::http {

// The session token of a signed-in browser (a SessionStore token, as a bearer token is). The __Host- prefix makes
// browsers accept it only with Secure, Path=/ and no Domain, so no other host can set or overwrite it.
inline constexpr char sessionCookieName[] = "__Host-regiekamer_session";

// The value of the first cookie called `name` in the request's Cookie headers, or empty when there is none.
QByteArray cookie(const QHttpServerRequest &request, QByteArrayView name);

} // namespace regiekamer::server::http
