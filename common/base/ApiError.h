#pragma once

#include "base/Result.h"

#include <QString>

namespace regiekamer::api {

// Stable error codes in the `error` field of every JSON error body (docs/design.md §3).
namespace errc {
inline constexpr auto badRequest = "bad_request";
inline constexpr auto invalidCredentials = "invalid_credentials";
inline constexpr auto deviceRevoked = "device_revoked"; // 403: this computer was removed from the account
inline constexpr auto tooManyAttempts = "too_many_attempts";
inline constexpr auto serverBusy = "server_busy"; // 503: too many sign-ins being checked at once
inline constexpr auto unauthenticated = "unauthenticated";
inline constexpr auto sessionExpired = "session_expired";
inline constexpr auto forbidden = "forbidden";
inline constexpr auto notFound = "not_found";
inline constexpr auto conflict = "conflict";
// 409: approving would take the webinar past its capacity (docs/api.md "Approval rules")
inline constexpr auto capacityFull = "capacity_full";
// 409: going live with unmet pre-flight checks and no override; {"unmet": [check]} names them (protocol/GoLive.h).
inline constexpr auto preflightUnmet = "preflight_unmet";
inline constexpr auto payloadTooLarge = "payload_too_large";
// Refused by the connection guard before the API sees the request (docs/security.md "Connection limits").
inline constexpr auto lengthRequired = "length_required";
inline constexpr auto uriTooLong = "uri_too_long";
inline constexpr auto headersTooLarge = "headers_too_large";
inline constexpr auto requestTimeout = "request_timeout";
inline constexpr auto notImplemented = "not_implemented";
inline constexpr auto accessLogUnavailable = "access_log_unavailable"; // 503: fails closed
inline constexpr auto accessLogBroken = "access_log_broken"; // 503: the log failed verification, no data served
inline constexpr auto internal = "internal_error";
// 400: a link that is unknown, expired, used, or voided by a newer one
inline constexpr auto invalidToken = "invalid_token";
// The second factor (docs/security.md "Second factor").
inline constexpr auto secondFactorWrong = "second_factor_wrong"; // 401: the code or recovery code is not right
inline constexpr auto codeReused = "code_reused"; // 401: that step's code was already used for this account
inline constexpr auto secondFactorLocked = "second_factor_locked"; // 429 with Retry-After: too many wrong codes
inline constexpr auto challengeInvalid = "challenge_invalid"; // 401: the sign-in's challenge is unknown or expired
inline constexpr auto enrolmentRequired = "second_factor_enrolment_required"; // 403: enrol a second factor first
inline constexpr auto stepUpRequired = "step_up_required"; // 403: confirm with a code first (15 minutes)
inline constexpr auto secondFactorActive = "second_factor_active"; // 409: remove the active one first
inline constexpr auto noSecondFactor = "no_second_factor"; // 409: nothing to confirm or to check against
// Security keys (docs/security.md "Security keys").
inline constexpr auto securityKeyInvalid = "security_key_invalid"; // 400: a new key's answer does not verify
inline constexpr auto securityKeyCounter = "security_key_counter"; // 401: the key's counter did not increase (clone?)
// Unsealing a sealed server (docs/keys.md "Key ceremony"): a custodian's share file and the share it holds.
inline constexpr auto shareFileMalformed = "share_file_malformed"; // not a share file of this format
inline constexpr auto sharePassphrase = "share_passphrase"; // wrong passphrase, or the sealed bytes were changed
inline constexpr auto shareMalformed = "share_malformed"; // 400: not 33 bytes, or the index byte differs
inline constexpr auto shareForeign = "share_foreign"; // 409: a share of another share set
inline constexpr auto shareUnknown = "share_unknown"; // 422: the set has no share with that index
inline constexpr auto shareWrong = "share_wrong"; // 422: damaged, or not the share dealt for that index
inline constexpr auto shareRepeated = "share_repeated"; // 409: that index was given already
} // namespace errc

// What the desktop app tells a person for an error code it received (translated).
QString describeApiError(const QString &code);

} // namespace regiekamer::api

namespace regiekamer {

// The errors every layer of the server returns for the API's refusals (their messages are for logs and API clients;
// the desktop shows describeApiError of the code).
Error notFound();
Error forbidden();
Error conflict(const QString &message); // a version or uniqueness conflict (409)
// A request that cannot be carried out as it stands (400), ready to return from a function returning a Result.
std::unexpected<Error> badRequest(const QString &message);

} // namespace regiekamer
