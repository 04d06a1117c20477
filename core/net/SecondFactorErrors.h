#pragma once

#include "base/Result.h"

namespace regiekamer::client {

namespace errc {
inline constexpr auto secondFactorRequired = "second_factor_required"; // the sign-in needs its second step
inline constexpr auto enrolmentRequired = "second_factor_enrolment_required";
inline constexpr auto stepUpRequired = "step_up_required";
inline constexpr auto stepUpConfirmed = "step_up_confirmed"; // client: confirmed, the download must start again
inline constexpr auto sealed = "sealed";
} // namespace errc

// The translated message for the errors of the second factor and of unsealing (docs/api.md): the server's codes for
// a wrong, reused or locked code and for wrong, foreign, repeated shares, each with what to do. Any other error is
// returned as it came (ReplyDecoding already translated it). A "try again in" sentence the reply carried is kept.
Error describeSecondFactorError(const Error &error);

// Whether the error means the sign-in's challenge is gone (expired, used, unknown): the password step starts again.
bool challengeEnded(const Error &error);

} // namespace regiekamer::client
