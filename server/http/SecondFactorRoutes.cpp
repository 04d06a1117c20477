#include "http/SecondFactorRoutes.h"

#include "protocol/ApiPaths.h"

namespace regiekamer::server::http {

namespace {

using Method = QHttpServerRequest::Method;
using enum SecondFactorRule;

struct Marked
{
    const char *path;
    Method method;
    SecondFactorRule rule;
};

constexpr Marked marked[] {
    // A session limited to enrolment: who it is, enrolment, and signing out.
    {api::path::me, Method::Get, WhileEnrolling},
    {api::path::session, Method::Delete, WhileEnrolling},
    {api::path::mySecondFactor, Method::Get, WhileEnrolling},
    // Adding a factor: while enrolling, and with a step-up once the account has one (TOTP next to keys, more keys).
    {api::path::mySecondFactorTotp, Method::Post, EnrolOrStepUp},
    {api::path::mySecondFactorTotpConfirm, Method::Post, EnrolOrStepUp},
    {api::path::mySecurityKeysChallenge, Method::Post, EnrolOrStepUp},
    {api::path::mySecurityKeys, Method::Post, EnrolOrStepUp},
    // Every export.
    {api::path::webinarRegistrationsExport, Method::Get, StepUp},
    {api::path::webinarReportExport, Method::Get, StepUp},
    {api::path::auditExport, Method::Get, StepUp},
    // Account changes: staff accounts, invitations, the own e-mail address, the second factor itself.
    {api::path::users, Method::Post, StepUp},
    {api::path::user, Method::Patch, StepUp},
    {api::path::user, Method::Delete, StepUp},
    {api::path::invitations, Method::Post, StepUp},
    {api::path::invitationResend, Method::Post, StepUp},
    {api::path::invitation, Method::Delete, StepUp},
    {api::path::myEmailChange, Method::Post, StepUp},
    {api::path::mySecondFactor, Method::Delete, StepUp},
    {api::path::mySecondFactorRecoveryCodes, Method::Post, StepUp},
    {api::path::mySecurityKey, Method::Delete, StepUp},
    {api::path::staffSecondFactorReset, Method::Post, StepUp},
    // Sealing the server again (issue 18's sealed server).
    {"/api/v1/seal", Method::Post, StepUp},
};

} // namespace

SecondFactorRule secondFactorRuleOf(QStringView pathTemplate, QHttpServerRequest::Method method)
{
    for (const Marked &route : marked) {
        if (route.method == method && pathTemplate == QLatin1StringView(route.path))
            return route.rule;
    }
    return Session;
}

} // namespace regiekamer::server::http
