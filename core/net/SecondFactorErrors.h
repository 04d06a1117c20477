#pragma once

#include "base/Result.h"

namespace regiekamer::client {

namespace errc {
inline constexpr auto secondFactorRequired = "second_factor_required"; // client: the sign-in needs its second step
inline constexpr auto stepUpConfirmed = "step_up_confirmed"; // client: confirmed, the download must start again
inline constexpr auto sealed = "sealed"; // 503 from every route of a sealed server
inline constexpr auto notSealed = "not_sealed"; // 409 from POST /api/v1/unseal on a serving server
} // namespace errc

// The translated message for the sealed server's answers that describeApiError leaves generic ("sealed",
// "not_sealed"); any other error is returned as it came (ReplyDecoding translated it already: a wrong, reused or
// locked code, a wrong, foreign or repeated share). A "try again in" sentence the reply carried is kept.
Error describeSecondFactorError(const Error &error);

// Whether the error means the sign-in's challenge is gone (expired, used, unknown): the password step starts again.
bool challengeEnded(const Error &error);

} // namespace regiekamer::client
