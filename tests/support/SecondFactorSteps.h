#pragma once

#include "ApiRequests.h"

#include <QString>
#include <QStringList>

// The second factor as a test drives it (docs/api.md "Second factor"): TOTP codes of a secret for the current time
// step or a neighbouring one, enrolment with its confirmation, and a sign-in that answers the challenge.
namespace secondFactorSteps {

// The code of `secret` (base32) for the current 30-second step plus `stepOffset`.
QString code(const QString &secret, int stepOffset = 0);
// Waits until at least `seconds` of the current step remain, so that a sequence of codes sees no step change.
void awaitStepWithRemaining(int seconds);
// A six-digit code that is none of the codes of the steps -3..+3 (a surely wrong one).
QString wrongCode(const QString &secret);

struct Enrolment
{
    QString secret;
    QStringList recoveryCodes;
    bool ok = false;
};
// POST .../totp and .../totp/confirm with the code of `confirmOffset` (default: the previous step, so that the
// current and the next step stay usable for sign-ins right after).
Enrolment enrol(ApiRequests &api, const QString &token, int confirmOffset = -1);

// POST /api/v1/session: the challenge of an account with a second factor (empty, with a warning, when none came).
QString challengeOf(ApiRequests &api, const QString &email, const QString &password);
// POST /api/v1/session/second-factor.
ApiReply answer(ApiRequests &api, const QString &challenge, const QString &code, bool recovery = false);
// Both steps with the code of `stepOffset`: the session token, or empty with a warning.
QString signIn(ApiRequests &api, const QString &email, const QString &password, const QString &secret,
               int stepOffset = 0);

} // namespace secondFactorSteps
