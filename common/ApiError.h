#pragma once

#include <QString>

namespace regiekamer::api {

// Stable error codes in the `error` field of every JSON error body (DESIGN.md §3).
namespace errc {
inline constexpr auto badRequest = "bad_request";
inline constexpr auto invalidCredentials = "invalid_credentials";
inline constexpr auto tooManyAttempts = "too_many_attempts";
inline constexpr auto unauthenticated = "unauthenticated";
inline constexpr auto sessionExpired = "session_expired";
inline constexpr auto forbidden = "forbidden";
inline constexpr auto notFound = "not_found";
inline constexpr auto conflict = "conflict";
inline constexpr auto payloadTooLarge = "payload_too_large";
inline constexpr auto accessLogUnavailable = "access_log_unavailable"; // 503: fails closed
inline constexpr auto internal = "internal_error";
} // namespace errc

// What the desktop app tells a person for an error code it received (translated).
QString describeApiError(const QString &code);

} // namespace regiekamer::api
